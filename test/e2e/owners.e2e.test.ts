/**
 * IT's published owner directory in the real browser: owners.json served
 * beside taskpane.html (the page fetches it from its own origin, under the
 * production CSP's `connect-src 'self'`), the owner named on the diagnosis, the
 * card, and "Ask for permission" opening a message addressed to the owners in
 * one click. Screenshots at 320 and 450 px, light and dark, English and Dutch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, openTaskPane, ROOT, screenshot, useBrowserAndDist, type OpenedPane, type PaneOptions } from './harness';
import { ndrItem } from './items';

const OWNERS = readFileSync(join(ROOT, 'test', 'fixtures', 'owners', 'contoso-owners.json'), 'utf8');
const DARK = { bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#292929', controlForegroundColor: '#FFFFFF' };

const chromium = useBrowserAndDist();

/** The pane with owners.json published on its host (or not), counting the requests for it. */
async function open(options: PaneOptions, owners: string | undefined): Promise<OpenedPane & { ownersRequests: () => number }> {
  const { browser, origin } = chromium();
  let requests = 0;
  const pane = await openTaskPane(browser, origin, {
    ...options,
    beforeLoad: (page) =>
      page.route(`${origin}/owners.json`, (route) => {
        requests++;
        return owners === undefined
          ? route.fulfill({ status: 404, body: 'not found' })
          : route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', headers: { 'cache-control': 'no-cache' }, body: owners });
      }),
  });
  return { ...pane, ownersRequests: () => requests };
}

async function lastNewMessage(page: Page): Promise<{ toRecipients?: unknown[]; subject?: string; htmlBody?: string }> {
  const calls = await page.evaluate(() =>
    (window as unknown as { __fakeOffice: { calls: Array<{ name: string; args: unknown[] }> } }).__fakeOffice.calls.filter((call) => call.name.startsWith('displayNewMessageForm')),
  );
  expect(calls.length).toBe(1);
  return calls[0]?.args[0] as { toRecipients?: unknown[]; subject?: string; htmlBody?: string };
}

const address = (recipient: unknown): string => (typeof recipient === 'string' ? recipient : String((recipient as { emailAddress?: string }).emailAddress ?? ''));

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('with owners.json on the host', () => {
  it('names the owners, and one click in the pane opens a request addressed to them', async () => {
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'en-US', item: await ndrItem('restricted-group-en.eml') } } }, OWNERS);
    const { page } = pane;
    await page.getByText('Megan Bowen and Jan Jansen, owners of Sales All, can fix this.').waitFor({ timeout: 15_000 });
    expect(pane.ownersRequests()).toBe(1);
    await expect(page.getByRole('button', { name: 'Owner contact card' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'owners-named-en-320');
    await expectNoAxeViolations(page);

    // The one click: from the diagnosis to a request ready to send.
    await page.getByRole('button', { name: 'Ask for permission' }).first().click();
    const message = await lastNewMessage(page);
    expect((message.toRecipients ?? []).map(address)).toEqual(['megan.bowen@contoso.com', 'jan.jansen@contoso.nl']);
    expect(message.subject).toBe('Request: permission to send to Sales All (sales-all@contoso.com)');
    expect(message.htmlBody).toContain('Offer for the spring campaign');
    expect(message.htmlBody).not.toContain('To line');

    await page.getByRole('button', { name: 'Open their contact card' }).click();
    await page.getByRole('heading', { name: 'Owner of Sales All' }).waitFor();
    await expect(page.getByText('From your IT department’s list of group owners, as of 1 December 2026.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'owners-card-en-320');
    await expectNoAxeViolations(page);
    expect(pane.ownersRequests()).toBe(1);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it.each([
    ['en', 'en-US', 'light', 450],
    ['nl', 'nl-NL', 'light', 320],
    ['nl', 'nl-NL', 'dark', 450],
    ['en', 'en-US', 'dark', 320],
  ] as const)('the owner card in %s (%s, %s, %i px)', async (lang, displayLanguage, theme, width) => {
    const config = { displayLanguage, item: await ndrItem('restricted-group-en.eml'), ...(theme === 'dark' ? { theme: DARK } : {}) };
    const pane = await open({ office: { kind: 'outlook', config }, width, colorScheme: theme }, OWNERS);
    const { page } = pane;
    const named = lang === 'nl' ? 'Megan Bowen en Jan Jansen, eigenaren van Sales All, kunnen dit oplossen.' : 'Megan Bowen and Jan Jansen, owners of Sales All, can fix this.';
    await page.getByText(named).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: lang === 'nl' ? 'Contactkaart openen' : 'Open their contact card' }).click();
    await page.getByRole('heading', { name: lang === 'nl' ? 'Eigenaar van Sales All' : 'Owner of Sales All' }).waitFor();
    await screenshot(page, `owners-card-${lang}-${theme}-${width}`);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });
});

describe('without owners.json', () => {
  it('a 404 is silent, and the Dutch pane asks first how to find the owner', async () => {
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'nl-NL', item: await ndrItem('restricted-group-nl.eml') } } }, undefined);
    const { page } = pane;
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Toestemming vragen' }).first().click();
    await page.getByRole('heading', { name: 'Zoek eerst de eigenaar van Directie Overleg' }).waitFor();
    await screenshot(page, 'find-owner-first-nl-320');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Verzoek opstellen' }).click();
    const message = await lastNewMessage(page);
    expect(message.toRecipients ?? []).toEqual([]);
    expect(message.htmlBody?.startsWith('<p>Goedendag,</p>')).toBe(true);
    expect(pane.ownersRequests()).toBe(1);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });
});
