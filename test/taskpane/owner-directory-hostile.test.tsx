/**
 * @jest-environment jsdom
 *
 * A hostile or broken owners.json in the pane: HTML and direction controls in
 * names, a 5 MB file, wrong types, duplicate addresses, a version we do not
 * read, a byte-order mark, an empty file. The pane never crashes, never shows
 * half a card, never turns a name into an element, and tells the user in one
 * sentence what to pass on to IT.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { messageText } from '../../src/taskpane/compose';
import { PublishedOwnerDirectory } from '../../src/taskpane/owners/published-owner-directory';
import { restrictedBounce } from './support/group-bounces';
import { findHeadline, renderApp } from './support/render';

const HOSTILE = readFileSync(join(__dirname, '..', 'fixtures', 'owners', 'hostile-names.json'));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const directoryOf = (bytes: Uint8Array): PublishedOwnerDirectory => new PublishedOwnerDirectory(() => Promise.resolve({ status: 'ok', bytes }));

function bigFile(groups: number): Uint8Array {
  const list = Array.from({ length: groups }, (_, index) => ({
    name: `Group ${index}`,
    addresses: [`group-${index}@contoso.com`],
    kind: 'distribution-list',
    owners: [{ name: `Owner ${index}`, address: `owner-${index}@contoso.com` }],
  }));
  return encode(JSON.stringify({ version: 1, generated: '2026-12-01T06:00:00Z', groups: list }));
}

describe('names with markup and direction controls', () => {
  it('are shown as their characters, without controls, and no element comes from them', async () => {
    const user = userEvent.setup();
    const { container, host } = renderApp(
      { read: () => Promise.resolve(restrictedBounce({ name: 'Payroll', address: 'payroll@contoso.com' })) },
      { ownerDirectory: directoryOf(new Uint8Array(HOSTILE)) },
    );
    await findHeadline();
    const who = await screen.findByText(/owners of <img src=x onerror=alert\(1\)>Payroll, can fix this\./);
    expect(who.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);
    await user.click(screen.getByRole('button', { name: 'Open their contact card' }));
    const card = await screen.findByRole('region', { name: 'Owner of <img src=x onerror=alert(1)>Payroll' });
    expect(within(card).getByText('gnp.exe Mallory')).toBeInTheDocument();
    expect(within(card).getByText('<b>Bold</b> Owner')).toBeInTheDocument();
    expect(container.querySelector('img[src="x"], b')).toBeNull();
    // eslint-disable-next-line no-control-regex -- the BEL from the file must not reach the page
    expect(container.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\u0007]/);

    await user.click(screen.getAllByRole('button', { name: 'Ask for permission' })[0]!);
    await waitFor(() => expect(host.composed).toHaveLength(1));
    const message = host.composed[0]!;
    expect(message.toRecipients).toEqual(['mallory@contoso.com', 'bold.owner@contoso.com']);
    expect(message.htmlBody).not.toMatch(/<img|<b>/);
    expect(message.subject).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(messageText(message)).toContain('<img src=x onerror=alert(1)>Payroll (payroll@contoso.com)');
  });
});

describe('a file the pane cannot use', () => {
  const groupBounce = () => Promise.resolve(restrictedBounce({ name: 'Sales All', address: 'sales-all@contoso.com' }));

  it.each<[string, Uint8Array, RegExp]>([
    ['an empty file', encode(''), /empty/i],
    ['version 2', encode('{"version": 2, "generated": "2026-12-01T06:00:00Z", "groups": []}'), /^version: .*1/],
    ['wrong types', encode('{"version": 1, "generated": "2026-12-01T06:00:00Z", "groups": [{"name": 5, "addresses": "x", "kind": "club", "owners": {}}]}'), /^groups\[0\]\./],
    [
      'the same address in two groups',
      encode(
        '{"version": 1, "generated": "2026-12-01T06:00:00Z", "groups": [' +
          '{"name": "A", "addresses": ["sales-all@contoso.com"], "kind": "distribution-list", "owners": [{"name": "Eve", "address": "eve@evil.example"}]},' +
          '{"name": "B", "addresses": ["SALES-ALL@contoso.com"], "kind": "distribution-list", "owners": []}]}',
      ),
      /^groups\[1\]\.addresses\[0\]: .*groups\[0\]/,
    ],
    ['not JSON', encode('<html><body>Sign in</body></html>'), /JSON/],
  ])('%s: a sentence for IT with the problem, the Outlook steps, never half a card', async (_label, bytes, problem) => {
    const user = userEvent.setup();
    renderApp({ read: groupBounce }, { ownerDirectory: directoryOf(bytes) });
    await findHeadline();
    // No owner named from a file that was not used.
    expect(screen.queryByText(/, owners? of .* can fix this\./)).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Find the owner' }));
    const card = await screen.findByRole('region', { name: 'Owner of Sales All' });
    expect(await within(card).findByText(/could not be read, so Bounce Doctor did not use it/)).toBeInTheDocument();
    expect(within(card).getByText(problem)).toBeInTheDocument();
    expect(within(card).getByText('Go to People (or open the address book) and search for Sales All.')).toBeInTheDocument();
    expect(within(card).queryByText('Eve')).toBeNull();
  });

  it('a byte-order mark is tolerated', async () => {
    const file = readFileSync(join(__dirname, '..', 'fixtures', 'owners', 'contoso-owners.json'));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...file]);
    renderApp({ read: groupBounce }, { ownerDirectory: directoryOf(withBom) });
    expect(await screen.findByText('Megan Bowen and Jan Jansen, owners of Sales All, can fix this.')).toBeInTheDocument();
  });

  it('a 5 MB file of 20,000 groups is read once and answers', async () => {
    const bytes = bigFile(20_000);
    expect(bytes.byteLength).toBeGreaterThan(2_500_000);
    renderApp({ read: () => Promise.resolve(restrictedBounce({ name: 'Group 19999', address: 'group-19999@contoso.com' })) }, { ownerDirectory: directoryOf(bytes) });
    expect(await screen.findByText('Owner 19999, owner of Group 19999, can fix this.', {}, { timeout: 10_000 })).toBeInTheDocument();
  }, 30_000);
});
