/**
 * @jest-environment jsdom
 *
 * The owner of a restricted group, in three tenants: no directory, IT's
 * published owners.json only, and owners.json with Microsoft Graph behind it.
 * The published directory is the real one (PublishedOwnerDirectory reading
 * test/fixtures/owners/contoso-owners.json through owners-file.ts); Graph is
 * played at the pane's seam. What the user sees on the diagnosis and the card,
 * and what "Ask for permission" hands Outlook (To, subject, body), in English
 * and Dutch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { messageText } from '../../src/taskpane/compose';
import { chainOwnerDirectories, type OwnerDirectory } from '../../src/taskpane/owners/owner-directory';
import { PublishedOwnerDirectory, type PublishedFile } from '../../src/taskpane/owners/published-owner-directory';
import { scriptedDirectory } from './support/fake-graph-services';
import { moderatedBounce, restrictedBounce, type BouncedGroup } from './support/group-bounces';
import { findHeadline, renderApp } from './support/render';
import type { ItemSnapshot } from '../../src/office/host';
import type { DeliveryCheck, DeliveryCheckResult } from '../../src/taskpane/owners/delivery-check';

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'owners', 'contoso-owners.json'));

const published = (file: PublishedFile = { status: 'ok', bytes: new Uint8Array(FIXTURE) }): PublishedOwnerDirectory =>
  new PublishedOwnerDirectory(() => Promise.resolve(file));

/** Graph knows a Microsoft 365 group the file does not list. */
const graphWithBoard = scriptedDirectory({
  status: 'found',
  source: { kind: 'graph' },
  owners: [{ displayName: 'Lee Gu', mail: 'lee.gu@contoso.com' }],
});

const SALES_ALL: BouncedGroup = { name: 'Sales All', address: 'sales-all@contoso.com' };

async function openDiagnosis(snapshot: ItemSnapshot, ownerDirectory: OwnerDirectory | undefined, displayLanguage = 'en-US') {
  const user = userEvent.setup();
  const rendered = renderApp({ displayLanguage, read: () => Promise.resolve(snapshot) }, ownerDirectory ? { ownerDirectory } : {});
  await findHeadline();
  return { user, ...rendered };
}

describe('tenant without a directory', () => {
  it('says who can fix it in general, labels the button "Find the owner", and asks first how to find the owner', async () => {
    const { user, host } = await openDiagnosis(restrictedBounce(SALES_ALL), published({ status: 'absent' }));
    expect(screen.getByText('The owner of the group', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Owner contact card' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Find the owner' })).toBeInTheDocument();
    // A missing owners.json is silent.
    expect(screen.queryByText(/could not be read/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Ask for permission' }));
    expect(await screen.findByRole('region', { name: 'First, find the owner of Sales All' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write the request' }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual([]);
    expect(messageText(host.composed[0]!).split('\n\n')[0]).toBe('Hello,');
  });
});

describe('tenant with owners.json', () => {
  it('a distribution list with two owners: named on the diagnosis, on the card with the date of the list, one click to a request to both', async () => {
    const { user, host } = await openDiagnosis(restrictedBounce(SALES_ALL), published());
    expect(await screen.findByText('Megan Bowen and Jan Jansen, owners of Sales All, can fix this.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open their contact card' }));
    const card = await screen.findByRole('region', { name: 'Owner of Sales All' });
    expect(within(card).getByText('Megan Bowen')).toBeInTheDocument();
    expect(within(card).getByText('jan.jansen@contoso.nl')).toBeInTheDocument();
    expect(within(card).getByText('From your IT department’s list of group owners, as of 1 December 2026.')).toBeInTheDocument();
    expect(within(card).getByText('This group accepts mail only from people in your organization.')).toBeInTheDocument();
    // Teams works without Graph: the deep link to the owner's address.
    const teams = within(card).getByRole('link', { name: 'Chat in Teams with Jan Jansen (opens in a new window)' });
    expect(new URL(teams.getAttribute('href')!).searchParams.get('users')).toBe('jan.jansen@contoso.nl');
    expect(within(card).getByRole('button', { name: 'Copy the address of Jan Jansen' })).toBeInTheDocument();

    const [ask] = screen.getAllByRole('button', { name: 'Ask for permission' });
    await user.click(ask!);
    await waitFor(() => expect(host.composed).toHaveLength(1));
    const message = host.composed[0]!;
    expect(message.toRecipients).toEqual(['megan.bowen@contoso.com', 'jan.jansen@contoso.nl']);
    expect(message.subject).toBe('Request: permission to send to Sales All (sales-all@contoso.com)');
    expect(messageText(message)).toBe(
      [
        'Hello,',
        'My message to the group Sales All (sales-all@contoso.com) was not delivered: the group does not accept messages from me.',
        'It was the message “Offer for the spring campaign”. The bounce of 1 December 2026 gives the code 550 5.7.124.',
        'Could you allow me (jan.devries@fabrikam.com) to send to this group? If you are not the right person to ask, please let me know who is.',
        'The bounce is attached.',
        'Thank you!',
      ].join('\n\n'),
    );
    expect(message.attachCurrentItem).toEqual({ itemId: expect.any(String), name: 'Undeliverable: Offer for the spring campaign' });
  });

  it('one click from opening the pane to a request addressed to the owner (a group found by an alias, in Dutch)', async () => {
    const { user, host } = await openDiagnosis(restrictedBounce({ name: 'Sales Benelux', address: 'Sales-Benelux@contoso.com' }), published(), 'nl-NL');
    expect(await screen.findByText('Anna de Boer, eigenaar van Verkoop Benelux, kan dit oplossen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Toestemming vragen' }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    const message = host.composed[0]!;
    expect(message.toRecipients).toEqual(['anna.deboer@contoso.nl']);
    // The owner knows the group by the name in IT's list; the address is the one the user wrote to.
    expect(message.subject).toBe('Verzoek: toestemming om te mailen naar Verkoop Benelux (sales-benelux@contoso.com)');
    expect(messageText(message)).toBe(
      [
        'Beste Anna,',
        'Mijn bericht aan de groep Verkoop Benelux (sales-benelux@contoso.com) is niet bezorgd: de groep neemt geen berichten van mij aan.',
        'Het ging om het bericht “Offer for the spring campaign”. De melding van 1 december 2026 noemt de code 550 5.7.124.',
        'Zou u mij (jan.devries@fabrikam.com) toestemming willen geven om naar deze groep te mailen? Bent u daarvoor niet de juiste persoon, laat u mij dan weten bij wie ik moet zijn?',
        'De melding zit als bijlage bij dit bericht.',
        'Alvast bedankt!',
      ].join('\n\n'),
    );
  });

  it('a Microsoft 365 group', async () => {
    const { user, host } = await openDiagnosis(restrictedBounce({ name: 'Project Zeeland', address: 'projectzeeland@contoso.nl' }), published());
    expect(await screen.findByText('Pieter van Dijk and Sanne Visser, owners of Project Zeeland, can fix this.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask for permission' }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual(['pieter.vandijk@contoso.nl', 'sanne.visser@contoso.nl']);
  });

  it('a mail-enabled security group with no owner: says so honestly, offers IT, no Outlook steps that cannot help', async () => {
    const { user, host } = await openDiagnosis(restrictedBounce({ name: 'Finance Approvers', address: 'finance-approvers@contoso.com' }), published());
    const toggle = await screen.findByRole('button', { name: 'Find the owner' });
    await user.click(toggle);
    const card = await screen.findByRole('region', { name: 'Owner of Finance Approvers' });
    expect(await within(card).findByText('Your IT department’s list names no owner for this group.')).toBeInTheDocument();
    expect(within(card).queryByText(/search for Finance Approvers/)).toBeNull();
    expect(within(card).getByText('From your IT department’s list of group owners, as of 1 December 2026.')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Ask IT' }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual(['helpdesk@fabrikam.com']);
  });

  it('a moderated group: the moderators approve, and the request goes to them', async () => {
    const { user, host } = await openDiagnosis(moderatedBounce({ name: 'Directie', address: 'directie@contoso.nl' }), published());
    expect(await screen.findByText('Eva Smit and Lars Mulder, moderators of Directie, can approve your message.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask for permission' }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    const message = host.composed[0]!;
    expect(message.toRecipients).toEqual(['eva.smit@contoso.nl', 'lars.mulder@contoso.nl']);
    expect(messageText(message)).toContain('was held for approval and was not approved.');
    expect(messageText(message)).toContain('The bounce of 2 December 2026 gives the code 550 5.7.1.');
  });

  it('an owner without a mailbox: shown by name, without Email; the request goes to the owner who has one', async () => {
    const { user, host } = await openDiagnosis(restrictedBounce({ name: 'Magazijn Tilburg', address: 'magazijn-tilburg@contoso.nl' }), published());
    await user.click(await screen.findByRole('button', { name: 'Open their contact card' }));
    const card = await screen.findByRole('region', { name: 'Owner of Magazijn Tilburg' });
    expect(within(card).getByText('Organization Management')).toBeInTheDocument();
    expect(within(card).getByText('No mailbox: reach this person another way.')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Email Organization Management to ask for permission' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Email Kees Vermeulen to ask for permission' }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual(['kees.vermeulen@contoso.nl']);
    expect(messageText(host.composed[0]!).split('\n\n')[0]).toBe('Hello Kees,');
  });

  it('a group the file does not list, without Graph: the Outlook steps, and a clean message', async () => {
    const { user } = await openDiagnosis(restrictedBounce({ name: 'Inkoop', address: 'inkoop@contoso.nl' }), published());
    await user.click(await screen.findByRole('button', { name: 'Find the owner' }));
    const card = await screen.findByRole('region', { name: 'Owner of Inkoop' });
    expect(await within(card).findByText('The group is not in your organization’s directory: it may belong to another organization, or be hidden from the address book.')).toBeInTheDocument();
    expect(within(card).getByText('Go to People (or open the address book) and search for Inkoop.')).toBeInTheDocument();
  });
});

describe('tenant with owners.json and Microsoft Graph', () => {
  it('the file answers for the groups it lists, without asking Graph', async () => {
    const graphDirectory = scriptedDirectory({ status: 'no-owners', reason: 'distribution-list', source: { kind: 'graph' } });
    await openDiagnosis(restrictedBounce(SALES_ALL), chainOwnerDirectories(published(), graphDirectory));
    expect(await screen.findByText('Megan Bowen and Jan Jansen, owners of Sales All, can fix this.')).toBeInTheDocument();
    expect(graphDirectory.asked).toEqual([]);
  });

  it('Graph answers for a group the file does not list, and the card says where the answer came from', async () => {
    const { user, host } = await openDiagnosis(restrictedBounce({ name: 'Board 2026', address: 'board-2026@contoso.com' }), chainOwnerDirectories(published(), graphWithBoard));
    expect(await screen.findByText('Lee Gu, owner of Board 2026, can fix this.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open their contact card' }));
    const card = await screen.findByRole('region', { name: 'Owner of Board 2026' });
    expect(within(card).getByText('From your organization’s Microsoft 365 directory.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Ask for permission' })[0]!);
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual(['lee.gu@contoso.com']);
  });

  it('a malformed owners.json: Graph still answers, and the card tells the user what to pass on to IT', async () => {
    const broken = published({ status: 'ok', bytes: new TextEncoder().encode('{"version": 1, "generated": "2026-12-01T06:00:00Z", "groups": [{"name": "X"}]}') });
    const { user } = await openDiagnosis(restrictedBounce({ name: 'Board 2026', address: 'board-2026@contoso.com' }), chainOwnerDirectories(broken, graphWithBoard));
    expect(await screen.findByText('Lee Gu, owner of Board 2026, can fix this.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open their contact card' }));
    const card = await screen.findByRole('region', { name: 'Owner of Board 2026' });
    expect(within(card).getByText(/could not be read, so Bounce Doctor did not use it/)).toBeInTheDocument();
    expect(within(card).getByText(/^groups\[0\]\.addresses: /)).toBeInTheDocument();
  });
});

describe('Check again (Microsoft Graph MailTips)', () => {
  it('is absent without Graph', async () => {
    await openDiagnosis(restrictedBounce(SALES_ALL), published());
    await screen.findByText('Megan Bowen and Jan Jansen, owners of Sales All, can fix this.');
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
  });

  it('with Graph: asks Exchange for the group the bounce names and says whether the way is open now', async () => {
    const answers: DeliveryCheckResult[] = [{ status: 'restricted' }, { status: 'open' }];
    const asked: string[] = [];
    const deliveryCheck: DeliveryCheck = {
      check(address) {
        asked.push(address);
        return Promise.resolve(answers.shift() ?? { status: 'unknown' });
      },
    };
    const user = userEvent.setup();
    renderApp({ read: () => Promise.resolve(restrictedBounce(SALES_ALL)) }, { ownerDirectory: published(), deliveryCheck });
    await findHeadline();
    const check = await screen.findByRole('button', { name: 'Check again' });
    await user.click(check);
    expect(await screen.findByText('Sales All still doesn’t accept messages from you.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('You may send to Sales All now.')).toBeInTheDocument();
    expect(asked).toEqual(['sales-all@contoso.com', 'sales-all@contoso.com']);
  });
});

