/**
 * @jest-environment jsdom
 *
 * The owner contact card with Microsoft Graph behind it (a scripted owner
 * directory at the pane's seam): owners found (persona, Email, Teams, copy),
 * a distribution list and other groups Graph keeps no owners for, a group not
 * found, consent missing (the admin-consent link), sign-in only after a click,
 * and each failure with its own words and a way forward.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphProblem } from '../../src/graph/problem';
import { translator } from '../../src/taskpane/i18n';
import type { OwnerLookup } from '../../src/taskpane/owners/owner-directory';
import { sampleSnapshot } from './support/fake-host';
import { scriptedDirectory, type ScriptedDirectory } from './support/fake-graph-services';
import { TEST_CONFIG, findHeadline, renderApp } from './support/render';

const t = translator('en');
const nl = translator('nl');
const CLIENT_ID = '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const GRAPH_CONFIG = { ...TEST_CONFIG, graphClientId: CLIENT_ID };
const PHOTO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const restrictedEn = () => Promise.resolve(sampleSnapshot('restricted-group-en.eml'));

const FOUND: OwnerLookup = {
  status: 'found',
  source: { kind: 'graph' },
  owners: [
    { displayName: 'Megan Bowen', mail: 'megan.bowen@contoso.com', jobTitle: 'Sales manager', userPrincipalName: 'megan.bowen@contoso.com', photoUrl: PHOTO },
    { displayName: 'Alex Wilber', mail: 'alex.wilber@contoso.com', userPrincipalName: 'alexw@contoso.onmicrosoft.com' },
  ],
};

async function openCard(directory: ScriptedDirectory, hostOptions: Parameters<typeof renderApp>[0] = {}) {
  const user = userEvent.setup();
  const rendered = renderApp({ read: restrictedEn, ...hostOptions }, { ownerDirectory: directory, config: GRAPH_CONFIG });
  await findHeadline();
  await user.click(await screen.findByRole('button', { name: /^(Owner contact card|Find the owner)$/ }));
  const card = await screen.findByRole('region', { name: t('ownerCardHeading', { group: 'Sales All' }) });
  return { user, card, ...rendered };
}

describe('owners found', () => {
  it('shows each owner as a persona: photo or initials, name, job title, address', async () => {
    const directory = scriptedDirectory(FOUND);
    const { card } = await openCard(directory);
    expect(await within(card).findByText('Megan Bowen')).toBeInTheDocument();
    expect(within(card).getByText('Sales manager')).toBeInTheDocument();
    expect(within(card).getByText('megan.bowen@contoso.com')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { name: t('ownerMany') })).toBeInTheDocument();
    expect(card.querySelector(`img[src="${PHOTO}"]`)).not.toBeNull();
    // No photo: initials.
    expect(within(card).getByText('AW')).toBeInTheDocument();
    // Without a job title the address is the second line.
    expect(within(card).getByText('alex.wilber@contoso.com')).toBeInTheDocument();
    expect(directory.asked).toEqual([{ group: { name: 'Sales All', address: 'sales-all@contoso.com' }, interactive: false }]);
  });

  it('Email writes the ask-for-permission message to that owner only', async () => {
    const { user, card, host } = await openCard(scriptedDirectory(FOUND));
    await user.click(await within(card).findByRole('button', { name: t('ownerEmailLabel', { name: 'Alex Wilber' }) }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    const message = host.composed[0]!;
    expect(message.toRecipients).toEqual(['alex.wilber@contoso.com']);
    expect(message.subject).toBe(t('askSubject', { group: 'Sales All (sales-all@contoso.com)' }));
    expect(message.htmlBody).toContain('Offer for the spring campaign');
    expect(message.htmlBody).not.toContain('put the owner of');
  });

  it('"Ask for permission" on the group addresses every owner found', async () => {
    const { user, host } = await openCard(scriptedDirectory(FOUND));
    await screen.findByText('Megan Bowen');
    await user.click(screen.getAllByRole('button', { name: t('askPermissionButton') })[0]!);
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual(['megan.bowen@contoso.com', 'alex.wilber@contoso.com']);
  });

  it('Chat in Teams: a deep link to the owner\'s sign-in name with a short message, in a new window', async () => {
    const { card } = await openCard(scriptedDirectory(FOUND));
    const link = await within(card).findByRole('link', { name: t('ownerTeamsLabel', { name: 'Alex Wilber' }) });
    const url = new URL(link.getAttribute('href')!);
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(url.searchParams.get('users')).toBe('alexw@contoso.onmicrosoft.com');
    expect(url.searchParams.get('message')).toBe(t('teamsMessage', { group: 'Sales All' }));
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('Copy address, per owner', async () => {
    const { card } = await openCard(scriptedDirectory(FOUND));
    expect(await within(card).findByRole('button', { name: t('copyAddressLabel', { name: 'Megan Bowen' }) })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: t('copyAddressLabel', { name: 'Alex Wilber' }) })).toBeInTheDocument();
  });

  it('in Dutch for a Dutch Outlook', async () => {
    const user = userEvent.setup();
    renderApp({ displayLanguage: 'nl-NL', read: restrictedEn }, { ownerDirectory: scriptedDirectory(FOUND), config: GRAPH_CONFIG });
    await findHeadline();
    await user.click(await screen.findByRole('button', { name: 'Contactkaart eigenaar' }));
    expect(await screen.findByRole('button', { name: nl('ownerEmailLabel', { name: 'Megan Bowen' }) })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: nl('ownerTeamsLabel', { name: 'Megan Bowen' }) })).toBeInTheDocument();
  });
});

describe('groups Graph keeps no owners for, and groups it cannot find', () => {
  it.each([
    ['distribution-list', t('ownerReasonDistributionList')],
    ['mail-enabled-security', t('ownerReasonMailEnabledSecurity')],
    ['synced', t('ownerReasonSynced')],
    ['other', t('ownerReasonNoOwners')],
  ] as const)('no owners (%s): says why in plain words, then Outlook\'s own card and Ask IT', async (reason, sentence) => {
    const { card } = await openCard(scriptedDirectory({ status: 'no-owners', reason }));
    expect(await within(card).findByText(sentence)).toBeInTheDocument();
    expect(within(card).getByText(t('outlookCardIntro', { group: 'Sales All' }))).toBeInTheDocument();
    expect(within(card).getByText(t('outlookWebStep2', { group: 'Sales All' }))).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: t('askItButton') })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Email/ })).toBeNull();
  });

  it('not found: its own sentence', async () => {
    const { card } = await openCard(scriptedDirectory({ status: 'not-found' }));
    expect(await within(card).findByText(t('ownerReasonNotFound'))).toBeInTheDocument();
    expect(within(card).getByText(t('outlookWebHeading'))).toBeInTheDocument();
  });
});

describe('sign-in and consent', () => {
  it('needs sign-in: a button, and only its click signs in (interactive); then the owners', async () => {
    const directory = scriptedDirectory({ status: 'problem', problem: { kind: 'sign-in' } }, FOUND);
    const { user, card } = await openCard(directory);
    expect(await within(card).findByText(t('graphSignInNeeded', { feature: t('featureOwners') }))).toBeInTheDocument();
    expect(directory.asked.map((ask) => ask.interactive)).toEqual([false]);
    // Outlook's own card stays available meanwhile.
    expect(within(card).getByText(t('outlookWebStep2', { group: 'Sales All' }))).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: t('ownerSignInButton') }));
    expect(await within(card).findByText('Megan Bowen')).toBeInTheDocument();
    expect(directory.asked.map((ask) => ask.interactive)).toEqual([false, true]);
  });

  it('consent missing for the admin-only scope: says an administrator must consent, with the consent link to open or copy', async () => {
    const directory = scriptedDirectory({ status: 'problem', problem: { kind: 'consent', adminOnly: true } });
    const { user, card } = await openCard(directory);
    expect(await within(card).findByText(t('graphConsentAdmin'))).toBeInTheDocument();
    const link = within(card).getByRole('link', { name: new RegExp(t('graphConsentAdminLinkLabel')) });
    const url = new URL(link.getAttribute('href')!);
    expect(`${url.origin}${url.pathname}`).toBe('https://login.microsoftonline.com/organizations/v2.0/adminconsent');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('scope')).toContain('https://graph.microsoft.com/GroupMember.Read.All');
    expect(url.searchParams.get('redirect_uri')).toBe(`brk-multihub://${window.location.host}`);
    // The same link as text, with a copy button.
    expect(within(card).getByText(link.getAttribute('href')!)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: `${t('copyButton')}: ${t('graphConsentAdminLinkLabel')}` })).toBeInTheDocument();
    expect(within(card).getByText(t('graphConsentAdminAfter'))).toBeInTheDocument();
    // No sign-in button for a consent only the admin can give; "Try again" (a click) for afterwards.
    expect(within(card).queryByRole('button', { name: t('ownerSignInButton') })).toBeNull();
    await user.click(within(card).getByRole('button', { name: t('graphTryAgain') }));
    await waitFor(() => expect(directory.asked.map((ask) => ask.interactive)).toEqual([false, true]));
  });

  it('consent a user can give: an Allow button', async () => {
    const { card } = await openCard(scriptedDirectory({ status: 'problem', problem: { kind: 'consent', adminOnly: false } }));
    expect(await within(card).findByText(t('graphConsentUser', { feature: t('featureOwners') }))).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: t('graphAllowButton') })).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: new RegExp(t('graphConsentAdminLinkLabel')) })).toBeNull();
  });
});

describe('failures: own words, a way forward, the rest of the pane untouched', () => {
  it.each<[GraphProblem, string, string]>([
    [{ kind: 'popup-blocked' }, t('graphPopupBlocked'), t('graphSignInButton')],
    [{ kind: 'cancelled' }, t('graphCancelled'), t('graphSignInButton')],
    [{ kind: 'forbidden', code: 'Authorization_RequestDenied' }, t('graphForbidden'), t('graphTryAgain')],
    [{ kind: 'not-found' }, t('graphNotFound'), t('graphTryAgain')],
    [{ kind: 'throttled', retryAfterSeconds: 30 }, t('graphThrottled', { seconds: '30' }), t('graphTryAgain')],
    [{ kind: 'throttled' }, t('graphThrottledSoon'), t('graphTryAgain')],
    [{ kind: 'offline' }, t('graphOffline'), t('graphTryAgain')],
    [{ kind: 'failed', message: 'Boom (generalException)' }, t('graphFailed', { message: 'Boom (generalException)' }), t('graphTryAgain')],
  ])('%j', async (problem, sentence, action) => {
    const directory = scriptedDirectory({ status: 'problem', problem }, FOUND);
    const { user, card } = await openCard(directory);
    expect(await within(card).findByText(sentence)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: t('askItButton') })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: t('tabSender') })).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: action }));
    // "Try again" asks again (silently), "Sign in" with a click (interactive).
    await waitFor(() => expect(directory.asked).toHaveLength(2));
    expect(directory.asked[1]?.interactive).toBe(action !== t('graphTryAgain'));
  });

  it('unavailable: says so, no button that cannot help', async () => {
    const { card } = await openCard(scriptedDirectory({ status: 'problem', problem: { kind: 'unavailable' } }));
    expect(await within(card).findByText(t('graphUnavailable'))).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: t('graphTryAgain') })).toBeNull();
  });
});
