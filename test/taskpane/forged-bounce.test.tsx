/**
 * @jest-environment jsdom
 *
 * A bounce that looks forged, in the pane: the warning comes first and says what
 * to do; the admin's commands wait behind "I checked, show them anyway"; the
 * command that opens the group to everyone is never offered for it. Its genuine
 * twin shows the commands, with the broad one after the targeted fix under its
 * own heading. The real engine reads the real .eml (test/fixtures/forged/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translator } from '../../src/taskpane/i18n';
import { snapshotOf } from './support/fake-host';
import { findHeadline, renderApp } from './support/render';

const t = translator('en');
const nl = translator('nl');
const FIXTURES = join(__dirname, '..', 'fixtures', 'forged');
const item = (file: string) => () => Promise.resolve(snapshotOf(readFileSync(join(FIXTURES, file), 'utf8')));
const OPENS = /RequireSenderAuthenticationEnabled \$false|AcceptMessagesOnlyFromSendersOrMembers \$null/;
const TARGETED = /AcceptMessagesOnlyFromSendersOrMembers @\{Add=/;

function codeBlocks(): string[] {
  return [...document.querySelectorAll('pre code')].map((code) => code.textContent ?? '');
}

async function openAdminTab(user: ReturnType<typeof userEvent.setup>, name = t('tabAdmin')): Promise<HTMLElement> {
  await user.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel');
}

describe('a forged bounce in the pane', () => {
  it('says so first, in plain words, with what to do and what gives it away', async () => {
    renderApp({ read: item('forged-held-message-link.en.eml'), userAddress: 'jan@contoso.com' });
    const headline = await findHeadline();
    const title = screen.getByText(t('notGenuineTitle'));
    // The warning is above the diagnosis.
    expect(title.compareDocumentPosition(headline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(t('forgedAdvice'))).toBeInTheDocument();
    expect(screen.getByText(/do not enter your password anywhere/)).toBeInTheDocument();
    expect(screen.getByText(t('concernFound', { detail: 'mx-hold-center.example' }))).toBeInTheDocument();
    // The bounce's link is text, never a link.
    for (const anchor of document.querySelectorAll('a')) expect(anchor.getAttribute('href')).not.toContain('mx-hold-center');
  });

  it('holds the admin commands back until "I checked, show them anyway", and never offers the broad one', async () => {
    const user = userEvent.setup();
    renderApp({ read: item('forged-held-message-link.en.eml'), userAddress: 'jan@contoso.com' });
    await findHeadline();
    const panel = await openAdminTab(user);
    // The steps still show; the commands do not.
    expect(within(panel).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(codeBlocks()).toEqual([]);
    expect(within(panel).getByText(t('commandsHeldBack'))).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: t('showCommandsAnyway') }));
    expect(within(panel).queryByRole('button', { name: t('showCommandsAnyway') })).toBeNull();
    expect(within(panel).getByRole('heading', { level: 3, name: t('commandsHeading') })).toHaveFocus();
    const shown = codeBlocks();
    expect(shown.some((command) => TARGETED.test(command))).toBe(true);
    expect(shown.some((command) => OPENS.test(command))).toBe(false);
    expect(within(panel).queryByRole('heading', { name: t('broadCommandsHeading') })).toBeNull();
    expect(within(panel).getByText(t('broadCommandsOmitted'))).toBeInTheDocument();
  });

  it('offers the button in Dutch', async () => {
    const user = userEvent.setup();
    renderApp({ read: item('forged-bekijk-vastgehouden.nl.eml'), userAddress: 'jan@contoso.com', displayLanguage: 'nl-NL' });
    await findHeadline();
    expect(screen.getByText(nl('notGenuineTitle'))).toBeInTheDocument();
    expect(screen.getByText(nl('forgedAdvice'))).toBeInTheDocument();
    const panel = await openAdminTab(user, nl('tabAdmin'));
    expect(within(panel).getByRole('button', { name: 'Ik heb het gecontroleerd, toon ze toch' })).toBeInTheDocument();
    expect(codeBlocks()).toEqual([]);
  });

  it('knows a look-alike of the user’s own domain only from the address Outlook gives', async () => {
    const withUser = renderApp({ read: item('forged-look-alike-sender.en.eml'), userAddress: 'jan@contoso.com' });
    await findHeadline();
    expect(screen.getByText(t('notGenuineTitle'))).toBeInTheDocument();
    expect(screen.getByText(t('concernFound', { detail: 'postmaster@contoso-mail-support.com' }))).toBeInTheDocument();
    withUser.unmount();

    // Without the user's address (the stand-alone page) the pane cannot know whose domain is imitated.
    renderApp({ read: item('forged-look-alike-sender.en.eml') });
    await findHeadline();
    expect(screen.queryByText(t('notGenuineTitle'))).toBeNull();
  });
});

describe('its genuine twin in the pane', () => {
  it('shows no warning, and the broad command after the targeted fix, under its own heading with its consequence', async () => {
    const user = userEvent.setup();
    renderApp({ read: item('genuine-exo-text.en.eml'), userAddress: 'jan@contoso.com' });
    await findHeadline();
    expect(screen.queryByText(t('notGenuineTitle'))).toBeNull();
    expect(screen.queryByText(t('doubtfulTitle'))).toBeNull();
    const panel = await openAdminTab(user);
    expect(within(panel).queryByRole('button', { name: t('showCommandsAnyway') })).toBeNull();
    const shown = codeBlocks();
    const targeted = shown.findIndex((command) => TARGETED.test(command));
    const broad = shown.findIndex((command) => OPENS.test(command));
    expect(targeted).toBeGreaterThan(-1);
    expect(broad).toBeGreaterThan(targeted);
    const heading = within(panel).getByRole('heading', { level: 3, name: t('broadCommandsHeading') });
    const broadCode = [...panel.querySelectorAll('pre code')][broad];
    expect(heading.compareDocumentPosition(broadCode as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(panel).getByText(/spammers and phishers included/)).toBeInTheDocument();
  });
});

describe('a doubtful bounce in the pane', () => {
  it('gets a quieter note and keeps its commands', async () => {
    const user = userEvent.setup();
    // Our own postmaster, but replies would go to another organisation: odd, not forged on its own without the user's domain.
    renderApp({ read: item('forged-reply-to.nl.eml') });
    await findHeadline();
    expect(screen.getByText(t('doubtfulTitle'))).toBeInTheDocument();
    expect(screen.queryByText(t('notGenuineTitle'))).toBeNull();
    const panel = await openAdminTab(user);
    expect(within(panel).queryByRole('button', { name: t('showCommandsAnyway') })).toBeNull();
    expect(codeBlocks().length).toBeGreaterThan(0);
  });
});
