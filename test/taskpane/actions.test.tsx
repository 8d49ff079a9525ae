/**
 * @jest-environment jsdom
 *
 * What the diagnosis view's buttons do: the owner contact card (with and
 * without an owner directory), "Ask for permission", "Ask IT" and "Send to IT"
 * (which attaches the bounce only when the host can).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RestrictedGroup } from '../../src/ndr/types';
import { escapeHtml } from '../../src/taskpane/compose';
import { translator } from '../../src/taskpane/i18n';
import type { OwnerDirectory, OwnerLookup } from '../../src/taskpane/owners/owner-directory';
import { sampleSnapshot } from './support/fake-host';
import { TEST_CONFIG, findHeadline, renderApp } from './support/render';

const t = translator('en');

function fakeDirectory(answer: OwnerLookup): OwnerDirectory & { asked: RestrictedGroup[] } {
  const asked: RestrictedGroup[] = [];
  return {
    asked,
    lookupOwners(group) {
      asked.push(group);
      return Promise.resolve(answer);
    },
  };
}

const restrictedEn = () => Promise.resolve(sampleSnapshot('restricted-group-en.eml'));

describe('owner contact card', () => {
  it('opens in the pane and, without a directory, says so honestly and shows the Outlook steps', async () => {
    const user = userEvent.setup();
    renderApp({ read: restrictedEn });
    await findHeadline();
    expect(screen.queryByRole('button', { name: 'Owner contact card' })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Find the owner' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const card = await screen.findByRole('region', { name: t('ownerCardHeading', { group: 'Sales All' }) });
    expect(toggle).toHaveAttribute('aria-controls', card.id);
    expect(within(card).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(within(card).getByText('sales-all@contoso.com')).toBeInTheDocument();
    expect(await within(card).findByText(t('ownerUnknown'))).toBeInTheDocument();
    expect(within(card).getByText(t('ownerReasonNotConfigured'))).toBeInTheDocument();
    expect(within(card).getByText(t('outlookWebHeading'))).toBeInTheDocument();
    expect(within(card).getByText('Outlook shows who owns the group, in two steps. The group’s name is in the bounce: Sales All.')).toBeInTheDocument();
    expect(within(card).getByText('Go to People (or open the address book) and search for Sales All.')).toBeInTheDocument();
    expect(within(card).getByText('Open the group’s card: it lists the owner.')).toBeInTheDocument();
    expect(within(card).getByText(t('outlookClassicHeading'))).toBeInTheDocument();
    expect(within(card).getByText('On the Home tab, choose Address Book and search for Sales All.')).toBeInTheDocument();
    expect(within(card).getByText('Double-click the group: the General tab of its properties shows the owner.')).toBeInTheDocument();
    expect(card).not.toHaveTextContent(/To line/);
    expect(within(card).getByRole('button', { name: t('askPermissionButton') })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: t('askItButton') })).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: t('closeOwnerCard') }));
    expect(screen.queryByRole('region', { name: t('ownerCardHeading', { group: 'Sales All' }) })).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('shows the owner the directory found', async () => {
    const user = userEvent.setup();
    const directory = fakeDirectory({
      status: 'found',
      source: { kind: 'graph' },
      owners: [{ displayName: 'Megan Bowen', mail: 'megan.bowen@contoso.com', jobTitle: 'Sales manager' }],
    });
    renderApp({ read: restrictedEn }, { ownerDirectory: directory });
    await findHeadline();
    await user.click(await screen.findByRole('button', { name: 'Owner contact card' }));
    const card = await screen.findByRole('region', { name: t('ownerCardHeading', { group: 'Sales All' }) });
    expect(await within(card).findByText('Megan Bowen')).toBeInTheDocument();
    expect(within(card).getByText('megan.bowen@contoso.com')).toBeInTheDocument();
    expect(within(card).getByText('Sales manager')).toBeInTheDocument();
    expect(within(card).queryByText(t('ownerUnknown'))).toBeNull();
    expect(directory.asked).toEqual([{ name: 'Sales All', address: 'sales-all@contoso.com' }]);
  });

  it.each<[OwnerLookup, string]>([
    [{ status: 'no-owners', reason: 'distribution-list' }, t('ownerReasonDistributionList')],
    [{ status: 'no-owners', reason: 'other' }, t('ownerReasonNoOwners')],
    [{ status: 'not-found' }, t('ownerReasonNotFound')],
    [{ status: 'error', message: 'Consent required' }, t('ownerReasonError', { message: 'Consent required' })],
  ])('explains a look-up without owners (%j)', async (answer, reason) => {
    const user = userEvent.setup();
    renderApp({ read: restrictedEn }, { ownerDirectory: fakeDirectory(answer) });
    await findHeadline();
    await user.click(await screen.findByRole('button', { name: 'Find the owner' }));
    const card = await screen.findByRole('region', { name: t('ownerCardHeading', { group: 'Sales All' }) });
    expect(await within(card).findByText(reason)).toBeInTheDocument();
    expect(within(card).getByText('Go to People (or open the address book) and search for Sales All.')).toBeInTheDocument();
  });
});

describe('Ask for permission', () => {
  it('writes to the owner when the directory finds one', async () => {
    const user = userEvent.setup();
    const directory = fakeDirectory({ status: 'found', source: { kind: 'graph' }, owners: [{ displayName: 'Megan Bowen', mail: 'megan.bowen@contoso.com' }] });
    const { host } = renderApp({ read: restrictedEn }, { ownerDirectory: directory });
    await findHeadline();
    await user.click(screen.getByRole('button', { name: t('askPermissionButton') }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    const message = host.composed[0]!;
    expect(message.toRecipients).toEqual(['megan.bowen@contoso.com']);
    expect(message.subject).toContain('Sales All');
    expect(message.htmlBody).toContain('Offer for the spring campaign');
    expect(message.htmlBody).toContain('jan.devries@fabrikam.com');
    expect(message.htmlBody.startsWith('<p>Hello Megan,</p>')).toBe(true);
    expect(message.htmlBody).not.toMatch(/To line|Before you send/);
  });

  it('without an owner: first how to find the owner, then a clean message with an empty To (in the UI language)', async () => {
    const user = userEvent.setup();
    const { host } = renderApp({ displayLanguage: 'nl-NL', read: () => Promise.resolve(sampleSnapshot('restricted-group-nl.eml')) });
    await findHeadline();
    await user.click(screen.getByRole('button', { name: 'Toestemming vragen' }));
    const panel = await screen.findByRole('region', { name: 'Zoek eerst de eigenaar van Directie Overleg' });
    expect(host.composed).toHaveLength(0);
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(within(panel).getByText('Ga naar Personen (of open het adresboek) en zoek Directie Overleg.')).toBeInTheDocument();
    expect(within(panel).getByText('Kies op het tabblad Start de optie Adresboek en zoek Directie Overleg.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Liever IT vragen' })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Verzoek opstellen' }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    const message = host.composed[0]!;
    expect(message.toRecipients).toEqual([]);
    expect(message.subject).toBe('Verzoek: toestemming om te mailen naar Directie Overleg (directie-overleg@contoso.nl)');
    expect(message.htmlBody.startsWith('<p>Goedendag,</p>')).toBe(true);
    expect(message.htmlBody).not.toMatch(/regel Aan|Voordat u/);
    expect(message.htmlBody).toContain('Agenda teamoverleg');
  });

  it('from the owner card, asks the directory once for both', async () => {
    const user = userEvent.setup();
    const directory = fakeDirectory({ status: 'found', source: { kind: 'graph' }, owners: [{ displayName: 'Megan Bowen', mail: 'megan.bowen@contoso.com' }] });
    const { host } = renderApp({ read: restrictedEn }, { ownerDirectory: directory });
    await findHeadline();
    await user.click(await screen.findByRole('button', { name: 'Owner contact card' }));
    const card = await screen.findByRole('region', { name: t('ownerCardHeading', { group: 'Sales All' }) });
    await within(card).findByText('Megan Bowen');
    await user.click(within(card).getByRole('button', { name: t('askPermissionButton') }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual(['megan.bowen@contoso.com']);
    expect(directory.asked).toHaveLength(1);
  });

  it('shows the host\'s error when the new message cannot be opened', async () => {
    const user = userEvent.setup();
    renderApp({ read: restrictedEn, composeError: new Error('displayNewMessageForm is not available') });
    await findHeadline();
    await user.click(screen.getByRole('button', { name: t('askPermissionButton') }));
    await user.click(await screen.findByRole('button', { name: 'Write the request' }));
    expect(await screen.findByText(t('composeFailed'))).toBeInTheDocument();
    expect(screen.getByText('displayNewMessageForm is not available', { exact: false })).toBeInTheDocument();
  });
});

describe('Send to IT', () => {
  it('writes to the helpdesk with the summary and attaches the bounce when the host can', async () => {
    const user = userEvent.setup();
    const snapshot = sampleSnapshot('restricted-group-en.eml');
    const { host } = renderApp({ read: () => Promise.resolve(snapshot) });
    await findHeadline();
    expect(screen.getByText(t('sendToItHint', { helpdesk: TEST_CONFIG.helpdeskEmail }), { exact: false })).toHaveTextContent(
      t('sendToItAttachHint'),
    );
    await user.click(screen.getByRole('button', { name: t('sendToItButton') }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    const message = host.composed[0]!;
    expect(message.toRecipients).toEqual(['helpdesk@fabrikam.com']);
    expect(message.attachCurrentItem).toEqual({ itemId: snapshot.itemId, name: 'Undeliverable: Offer for the spring campaign' });
    for (const expected of ['550 5.7.124', 'sales-all@contoso.com', 'Sales All only accepts mail from certain senders', 'DB9PR01MB0001.eurprd01.prod.outlook.com']) {
      expect(message.htmlBody).toContain(expected);
    }
  });

  it('does not attach when the host cannot attach items', async () => {
    const user = userEvent.setup();
    const { host } = renderApp({ read: restrictedEn, capabilities: ['compose'] });
    await findHeadline();
    expect(screen.queryByText(t('sendToItAttachHint'), { exact: false })).toBeNull();
    await user.click(screen.getByRole('button', { name: t('sendToItButton') }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.attachCurrentItem).toBeUndefined();
    expect(host.composed[0]!.htmlBody).toContain(escapeHtml(t('itNotAttached')));
  });

  it('does not attach when the item has no id', async () => {
    const user = userEvent.setup();
    const snapshot = sampleSnapshot('restricted-group-en.eml');
    delete snapshot.itemId;
    const { host } = renderApp({ read: () => Promise.resolve(snapshot) });
    await findHeadline();
    await user.click(screen.getByRole('button', { name: t('sendToItButton') }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.attachCurrentItem).toBeUndefined();
  });

  it('without a helpdesk address: empty To and the line asking the user to address it', async () => {
    const user = userEvent.setup();
    const { host } = renderApp({ read: restrictedEn }, { config: { ...TEST_CONFIG, helpdeskEmail: '' } });
    await findHeadline();
    expect(screen.getByText(t('sendToItHintNoAddress'), { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('sendToItButton') }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual([]);
    expect(host.composed[0]!.htmlBody.startsWith(`<p><b>${escapeHtml(t('itAddressLine'))}</b></p>`)).toBe(true);
  });

  it('"Ask IT" on the owner card writes to the helpdesk about that group', async () => {
    const user = userEvent.setup();
    const { host } = renderApp({ read: restrictedEn });
    await findHeadline();
    await user.click(screen.getByRole('button', { name: 'Find the owner' }));
    const card = await screen.findByRole('region', { name: t('ownerCardHeading', { group: 'Sales All' }) });
    await user.click(within(card).getByRole('button', { name: t('askItButton') }));
    await waitFor(() => expect(host.composed).toHaveLength(1));
    expect(host.composed[0]!.toRecipients).toEqual(['helpdesk@fabrikam.com']);
    expect(host.composed[0]!.htmlBody).toContain(escapeHtml(t('itIntroGroup', { group: 'Sales All (sales-all@contoso.com)' })));
    expect(host.composed[0]!.attachCurrentItem).toBeDefined();
  });
});

describe('where the host cannot open a new message (Outlook before Mailbox 1.6)', () => {
  it('shows the summary to copy into a message by hand, next to "Send to IT"', async () => {
    const user = userEvent.setup();
    const { host } = renderApp({ read: restrictedEn, capabilities: [] });
    await findHeadline();
    expect(screen.getByText(t('sendToItHintByHand', { helpdesk: TEST_CONFIG.helpdeskEmail }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('sendToItButton') }));
    const help = screen.getByRole('region', { name: t('helpHeading') });
    expect(await within(help).findByText(t('composeByHandTitle'))).toBeInTheDocument();
    expect(within(help).getByText('helpdesk@fabrikam.com')).toBeInTheDocument();
    expect(within(help).getByText(/- Code: 550 5\.7\.124/)).toBeInTheDocument();
    expect(within(help).getByRole('button', { name: t('copySubjectLabel') })).toBeInTheDocument();
    expect(within(help).getByRole('button', { name: t('copyBodyLabel') })).toBeInTheDocument();
    expect(host.composed).toHaveLength(0);
  });

  it('shows the request to the owner by hand under the group', async () => {
    const user = userEvent.setup();
    const { host } = renderApp({ read: restrictedEn, capabilities: [] });
    await findHeadline();
    await user.click(screen.getByRole('button', { name: t('askPermissionButton') }));
    await user.click(await screen.findByRole('button', { name: 'Write the request' }));
    const groups = screen.getByRole('region', { name: t('restrictedGroupsHeading') });
    expect(await within(groups).findByText(t('composeByHandTitle'))).toBeInTheDocument();
    expect(within(groups).getByText(t('askSubject', { group: 'Sales All (sales-all@contoso.com)' }))).toBeInTheDocument();
    expect(host.composed).toHaveLength(0);
  });
});
