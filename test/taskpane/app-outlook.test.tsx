/**
 * @jest-environment jsdom
 *
 * The pane inside Outlook: a fake MailHost (the contract, no Office.js) and
 * the real engine. Every state in English and Dutch; the diagnosis view of the
 * restricted-group samples; ItemChanged; the theme.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { diagnose, renderScenario, type RenderedScenario } from '../../src/ndr';
import type { UiLanguage } from '../../src/ndr/types';
import { ReadFailure, type ReadFailureKind } from '../../src/office/host';
import { translator } from '../../src/taskpane/i18n';
import { sampleSnapshot, sampleText } from './support/fake-host';
import { FakeRecentSource } from './support/fake-graph-services';
import { findHeadline, renderApp } from './support/render';
import { forwardedToHelpdesk, germanBounceText } from './support/bounces';

const LANGUAGES: ReadonlyArray<[string, UiLanguage]> = [
  ['en-US', 'en'],
  ['nl-NL', 'nl'],
];

async function rendered(file: string, lang: UiLanguage): Promise<RenderedScenario> {
  const diagnosis = await diagnose({ raw: sampleText(file) });
  const best = diagnosis.scenarios[0];
  if (!best) throw new Error(`no scenario for ${file}`);
  return renderScenario(best, diagnosis.facts, lang);
}

describe.each(LANGUAGES)('in Outlook, display language %s', (displayLanguage, lang) => {
  const t = translator(lang);

  it('shows words while it reads the item, and sets the page language', () => {
    renderApp({ displayLanguage });
    expect(screen.getByText(t('loading'))).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(lang);
  });

  it.each(['restricted-group-en.eml', 'restricted-group-nl.eml'])('diagnoses %s', async (file) => {
    const expected = await rendered(file, lang);
    renderApp({ displayLanguage, read: () => Promise.resolve(sampleSnapshot(file)) });

    const headline = await findHeadline(expected.title);
    expect(headline).toBeInTheDocument();
    const header = headline.closest('header') as HTMLElement;
    expect(within(header).getByText(file.endsWith('en.eml') ? '550 5.7.124' : '550 5.7.1')).toBeInTheDocument();
    expect(within(header).getByText(expected.whoCanFix)).toBeInTheDocument();
    expect(within(header).getByText(expected.explanation)).toBeInTheDocument();

    const group = file.endsWith('en.eml')
      ? { name: 'Sales All', address: 'sales-all@contoso.com' }
      : { name: 'Directie Overleg', address: 'directie-overleg@contoso.nl' };
    const recipients = screen.getByRole('region', { name: t('failedRecipientsHeading') });
    expect(within(recipients).getByText(group.name)).toBeInTheDocument();
    expect(within(recipients).getByText(group.address)).toBeInTheDocument();

    const groups = screen.getByRole('region', { name: t('restrictedGroupsHeading') });
    // No owner directory in this pane: the button says what it leads to.
    expect(within(groups).getByRole('button', { name: t('findOwnerButton') })).toBeInTheDocument();
    expect(within(groups).getByRole('button', { name: t('askPermissionButton') })).toBeInTheDocument();

    // The sender's tab is open, with the steps (real names filled in).
    const tabs = screen.getByRole('tablist', { name: t('tabsLabel') });
    expect(within(tabs).getByRole('tab', { name: t('tabSender') })).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel');
    for (const step of expected.steps.sender) expect(within(panel).getByText(step)).toBeInTheDocument();

    // Other tabs hold the owner's steps and the admin's PowerShell.
    await userEvent.click(within(tabs).getByRole('tab', { name: t('tabAdmin') }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent(`Get-DistributionGroup -Identity '${group.address}'`);

    // Details are folded.
    const details = screen.getByRole('region', { name: t('detailsHeading') });
    expect(within(details).getByRole('button', { name: t('detailsReply') })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: t('sendToItButton') })).toBeInTheDocument();
  });

  it('says when the selected message is not a bounce, and offers the forward hint and the paste box', async () => {
    renderApp({ displayLanguage, read: () => Promise.resolve(sampleSnapshot('not-a-bounce.eml', { itemClass: 'IPM.Note' })) });
    await findHeadline(t('notABounceHeading'));
    expect(screen.getByText(t('notABounceItem'))).toBeInTheDocument();
    expect(screen.getByText(t('notABounceForwardHint'))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: t('pasteLabel') })).toBeInTheDocument();
  });

  const kinds: ReadonlyArray<[ReadFailureKind, Parameters<typeof t>[0]]> = [
    ['no-item', 'cannotReadNoItem'],
    ['restricted', 'cannotReadRestricted'],
    ['empty', 'cannotReadEmpty'],
    ['not-a-message', 'cannotReadNotAMessage'],
    ['error', 'cannotReadError'],
  ];

  it.each(kinds)('cannot read the item (%s): says why and offers the ways forward', async (kind, reason) => {
    const hostError = kind === 'error' ? { code: 9020, name: 'GenericResponseError', message: 'An internal error occurred.' } : undefined;
    renderApp({ displayLanguage, read: () => Promise.reject(new ReadFailure(kind, 'Outlook said no', hostError)) });
    await findHeadline(t('cannotReadHeading'));
    expect(screen.getByText(t(reason))).toBeInTheDocument();
    expect(screen.getByText(t('wayForward'))).toBeInTheDocument();
    expect(screen.getByText(t('wayPaste'))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: t('pasteLabel') })).toBeInTheDocument();
    if (hostError) {
      // Office's raw error is for the IT department: folded under Details, not in the first view.
      expect(screen.queryByText(/9020/)).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: t('cannotReadDetails') }));
      expect(screen.getByText(/9020/)).toHaveTextContent(t('officeError', { code: '9020' }));
    } else {
      expect(screen.queryByText(/Office/)).toBeNull();
    }
    // Two ways forward; no "coming soon" line for recent bounces.
    expect(within(screen.getByRole('region', { name: t('waysForwardHeading') })).getAllByRole('listitem')).toHaveLength(2);
  });
});

describe('cannot read this item: the ways forward work', () => {
  const t = translator('en');

  it('pastes the bounce, diagnoses it, and goes back to the item', async () => {
    const user = userEvent.setup();
    const { host } = renderApp({ read: () => Promise.reject(new ReadFailure('restricted', 'NDR')) });
    await findHeadline(t('cannotReadHeading'));
    await user.click(screen.getByRole('textbox', { name: t('pasteLabel') }));
    await user.paste(sampleText('restricted-group-en.eml'));
    await user.click(screen.getByRole('button', { name: t('diagnoseButton') }));
    await findHeadline('Sales All only accepts mail from certain senders');
    expect(screen.getByText(t('sourcePasted'))).toBeInTheDocument();
    // Pasted text is not an item: Send to IT cannot attach it.
    expect(screen.queryByText(t('sendToItAttachHint'), { exact: false })).toBeNull();

    await user.click(screen.getByRole('button', { name: t('backToItem') }));
    expect(await findHeadline(t('cannotReadHeading'))).toHaveFocus();
    expect(host.readCount).toBe(1);
  });

  it('asks for text when the paste box is empty', async () => {
    const user = userEvent.setup();
    renderApp({ read: () => Promise.reject(new ReadFailure('restricted', 'NDR')) });
    await findHeadline(t('cannotReadHeading'));
    await user.click(screen.getByRole('button', { name: t('diagnoseButton') }));
    expect(screen.getByText(t('pasteEmpty'))).toBeInTheDocument();
  });

  it('offers the recent bounces as a third way forward, and diagnoses the one picked', async () => {
    const user = userEvent.setup();
    const source = new FakeRecentSource([
      {
        id: 'AAMkAD-restricted-nl',
        subject: 'Onbestelbaar: Agenda teamoverleg',
        receivedDateTime: '2026-11-26T09:00:00Z',
        bodyPreview: 'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:',
        foundBy: 'message-class',
        mime: sampleText('restricted-group-nl.eml'),
      },
    ]);
    renderApp({ read: () => Promise.reject(new ReadFailure('restricted', 'NDR')) }, { recentBounceSource: source });
    await findHeadline(t('cannotReadHeading'));
    const ways = screen.getByRole('region', { name: t('waysForwardHeading') });
    expect(within(ways).getAllByRole('listitem')).toHaveLength(3);
    await user.click(within(ways).getByRole('button', { name: t('wayRecentButton') }));
    const view = await screen.findByRole('region', { name: t('recentBouncesHeading') });
    const [picked] = await within(view).findAllByRole('listitem');
    await user.click(within(picked!).getByRole('button'));
    await findHeadline('Directie Overleg only accepts mail from certain senders');
    expect(screen.getByText(t('sourceRecent', { subject: 'Agenda teamoverleg' }))).toBeInTheDocument();
  });

  it('treats an unexpected error from the host as "cannot read" with its message', async () => {
    renderApp({ read: () => Promise.reject(new Error('Something odd')) });
    await findHeadline(t('cannotReadHeading'));
    expect(screen.getByText(t('cannotReadError'))).toBeInTheDocument();
    expect(screen.queryByText('Something odd')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: t('cannotReadDetails') }));
    expect(screen.getByText('Something odd')).toBeInTheDocument();
  });
});

describe('the diagnosis view', () => {
  const t = translator('en');

  it('opens the admin tab first for a bounce forwarded to a helpdesk', async () => {
    renderApp({ read: () => Promise.resolve(forwardedToHelpdesk) });
    await findHeadline('Directie Overleg only accepts mail from certain senders');
    expect(screen.getByRole('tab', { name: t('tabAdmin') })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: t('tabSender') })).toHaveAttribute('aria-selected', 'false');
  });

  it('says in one line that a German bounce is explained in the UI language', async () => {
    renderApp({
      displayLanguage: 'nl-NL',
      read: () => Promise.resolve({ subject: 'Unzustellbar: Budget', source: { text: germanBounceText, subject: 'Unzustellbar: Budget' }, notes: [] }),
    });
    await findHeadline();
    const nl = translator('nl');
    expect(screen.getByText(nl('bounceLanguageNote', { language: nl('language_de') }))).toBeInTheDocument();
  });

  it('hides tabs with nothing in them and offers no "Ask for permission" outside group scenarios', async () => {
    const expected = await rendered('blocklisted-ip.eml', 'en');
    renderApp({ read: () => Promise.resolve(sampleSnapshot('blocklisted-ip.eml')) });
    await findHeadline(expected.title);
    const tabNames = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabNames).not.toContain(t('tabOwner'));
    expect(screen.queryByRole('button', { name: t('askPermissionButton') })).toBeNull();
    expect(screen.queryByRole('region', { name: t('restrictedGroupsHeading') })).toBeNull();
  });

  it('folds other possible causes under "Also possible"', async () => {
    const diagnosis = await diagnose({ raw: sampleText('public-folder.eml') });
    expect(diagnosis.scenarios.length).toBeGreaterThan(1);
    const second = renderScenario(diagnosis.scenarios[1]!, diagnosis.facts, 'en');
    renderApp({ read: () => Promise.resolve(sampleSnapshot('public-folder.eml')) });
    await findHeadline();
    const also = screen.getByRole('region', { name: t('alsoPossibleHeading') });
    const header = within(also).getByRole('button', { name: second.title });
    expect(header).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(header);
    expect(header).toHaveAttribute('aria-expanded', 'true');
    expect(within(also).getByText(second.explanation)).toBeVisible();
  });

  it('shows the reply line, servers and read notes in the details', async () => {
    const user = userEvent.setup();
    renderApp({
      read: () =>
        Promise.resolve(
          sampleSnapshot('restricted-group-en.eml', {
            notes: [{ part: 'headers', status: 'failed', hostError: { code: 9041, name: 'NetworkError', message: 'offline' } }],
          }),
        ),
    });
    await findHeadline();
    const details = screen.getByRole('region', { name: t('detailsHeading') });
    await user.click(within(details).getByRole('button', { name: t('detailsReply') }));
    expect(within(details).getByText(/RESOLVER\.RST\.RestrictedToGroupPermission; Sender not in allowed-senders list/)).toBeVisible();
    await user.click(within(details).getByRole('button', { name: t('detailsServers') }));
    expect(within(details).getByText('DB9PR01MB0001.eurprd01.prod.outlook.com')).toBeVisible();
    await user.click(within(details).getByRole('button', { name: t('detailsReadNotes') }));
    expect(within(details).getByText(t('readNoteFailed', { part: t('partHeaders') }), { exact: false })).toBeVisible();
    expect(within(details).getByText(/9041/)).toBeVisible();
  });

  it('warns first when the bounce does not look genuine', async () => {
    renderApp({
      read: () =>
        Promise.resolve({
          subject: 'Undeliverable: invoice',
          notes: [],
          source: {
            subject: 'Undeliverable: invoice',
            from: 'Mail Administrator <it-support@secure-mail-center.example>',
            html:
              '<p>Delivery has failed to these recipients: boss@contoso.com</p><p>550 5.7.1 Messages are on hold.</p>' +
              '<p><a href="https://secure-mail-center.example/release">Release your messages</a></p>',
          },
        }),
    });
    const warning = await screen.findByText(t('notGenuineTitle'));
    const headline = await findHeadline();
    // The warning comes before anything else, the headline included.
    expect(warning.compareDocumentPosition(headline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('main').firstElementChild).toContainElement(warning);
    expect(screen.getByText(t('concernFound', { detail: 'secure-mail-center.example' }))).toBeInTheDocument();
  });
});

describe('pinned pane and theme', () => {
  it('re-reads when the user selects another item', async () => {
    const { host } = renderApp({ read: () => Promise.resolve(sampleSnapshot('restricted-group-en.eml')) });
    await findHeadline('Sales All only accepts mail from certain senders');
    act(() => host.selectItem(() => Promise.resolve(sampleSnapshot('not-a-bounce.eml', { itemClass: 'IPM.Note' }))));
    await findHeadline(translator('en')('notABounceHeading'));
    act(() => host.selectItem(() => Promise.resolve(sampleSnapshot('restricted-group-nl.eml'))));
    await findHeadline('Directie Overleg only accepts mail from certain senders');
    expect(host.readCount).toBe(3);
  });

  it('ignores a slow answer for an item the user has already left', async () => {
    let answerFirst: (value: ReturnType<typeof sampleSnapshot>) => void = () => undefined;
    const { host } = renderApp({ read: () => new Promise((resolve) => (answerFirst = resolve)) });
    const resolveFirst = answerFirst;
    act(() => host.selectItem(() => Promise.resolve(sampleSnapshot('restricted-group-nl.eml'))));
    await findHeadline('Directie Overleg only accepts mail from certain senders');
    await act(async () => resolveFirst(sampleSnapshot('restricted-group-en.eml')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Directie Overleg');
  });

  it('follows Office from light to dark', async () => {
    const { host, container } = renderApp({ theme: { isDark: false }, read: () => Promise.resolve(sampleSnapshot('restricted-group-en.eml')) });
    await findHeadline();
    const provider = container.querySelector('.fui-FluentProvider') as HTMLElement;
    expect(provider).toHaveAttribute('data-theme', 'light');
    act(() => host.changeTheme({ isDark: true }));
    await waitFor(() => expect(provider).toHaveAttribute('data-theme', 'dark'));
    // The provider's CSS variables are now the dark theme's (webDarkTheme's background is #292929).
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(css).toMatch(/--colorNeutralBackground1:\s*#292929/i);
  });

  it('starts dark when Office is dark', async () => {
    const { container } = renderApp({ theme: { isDark: true } });
    expect(container.querySelector('.fui-FluentProvider')).toHaveAttribute('data-theme', 'dark');
  });
});
