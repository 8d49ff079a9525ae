/**
 * @jest-environment jsdom
 *
 * "Cannot read this message": each cause has its own sentence and way forward, in
 * English and Dutch (literal text: these are the words users read), and Office's raw
 * error line is folded under Details, never in the first view.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReadFailure, type HostError, type ReadFailureKind } from '../../src/office/host';
import { sampleSnapshot } from './support/fake-host';
import { findHeadline, renderApp } from './support/render';

const ACCESS_RESTRICTED: HostError = { code: 9017, name: 'AccessRestricted', message: 'Access to this item is restricted.' };
const TIMEOUT: HostError = { code: 'timeout', name: 'Timeout', message: 'Outlook did not answer body-html within 10 s.' };

interface Case {
  kind: ReadFailureKind;
  hostError?: HostError;
  en: { reason: string; first?: string };
  nl: { reason: string; first?: string };
}

const CASES: Case[] = [
  {
    kind: 'timeout',
    hostError: TIMEOUT,
    en: { reason: 'Outlook did not answer in time when Bounce Doctor asked for this message. Outlook may be busy or offline.' },
    nl: { reason: 'Outlook gaf niet op tijd antwoord toen Bounce Doctor om dit bericht vroeg. Misschien is Outlook bezig of offline.' },
  },
  {
    kind: 'outlook-too-old',
    en: {
      reason:
        'This version of Outlook is too old to let add-ins read a message. Bounce Doctor needs an Outlook that supports the Mailbox 1.3 requirement set: Outlook on the web, the new Outlook, or a current Outlook for Windows or Mac.',
      first: 'Open this message in Outlook on the web (or the new Outlook) and start Bounce Doctor there.',
    },
    nl: {
      reason:
        'Deze versie van Outlook is te oud om invoegtoepassingen een bericht te laten lezen. Bounce Doctor heeft een Outlook nodig die de vereistenset Mailbox 1.3 ondersteunt: Outlook op het web, de nieuwe Outlook of een actuele Outlook voor Windows of Mac.',
      first: 'Open dit bericht in Outlook op het web (of de nieuwe Outlook) en start Bounce Doctor daar.',
    },
  },
  {
    kind: 'restricted',
    hostError: ACCESS_RESTRICTED,
    en: {
      reason: 'Outlook does not let add-ins read delivery reports (bounces), so we can’t see this one.',
      first: 'Forward the bounce to yourself (or forward it as an attachment). Open that message and start Bounce Doctor again.',
    },
    nl: {
      reason: 'Outlook laat invoegtoepassingen geen onbestelbaarheidsberichten lezen, dus deze melding kunnen wij niet zien.',
    },
  },
  {
    kind: 'protected',
    hostError: ACCESS_RESTRICTED,
    en: { reason: 'This message is protected (encrypted or with restricted permissions), and Outlook does not let add-ins read protected messages.' },
    nl: { reason: 'Dit bericht is beveiligd (versleuteld of met beperkte machtigingen), en Outlook laat invoegtoepassingen geen beveiligde berichten lezen.' },
  },
  {
    kind: 'denied',
    hostError: { code: 7000, name: 'Permission Denied', message: 'The requested operation is not allowed in the current context.' },
    en: {
      reason:
        'Outlook did not let Bounce Doctor read this message. Outlook closes some messages to add-ins, such as protected messages and messages in a mailbox that is shared with you.',
      first: 'Forward the bounce to yourself (or forward it as an attachment). Open that message and start Bounce Doctor again.',
    },
    nl: {
      reason:
        'Outlook liet Bounce Doctor dit bericht niet lezen. Outlook sluit sommige berichten af voor invoegtoepassingen, zoals beveiligde berichten en berichten in een postvak dat met u gedeeld is.',
    },
  },
];

const HEADING = { en: 'Bounce Doctor can’t read this message', nl: 'Bounce Doctor kan dit bericht niet lezen' };
const DETAILS = { en: 'Details for your IT department', nl: 'Details voor uw IT-afdeling' };
const TRY_AGAIN = { en: 'Try again', nl: 'Opnieuw proberen' };
const FORWARD_START = { en: 'Forward the bounce to yourself', nl: 'Stuur de melding' };

describe.each([
  ['en-US', 'en'],
  ['nl-NL', 'nl'],
] as const)('cannot read the item, display language %s', (displayLanguage, lang) => {
  it.each(CASES)('$kind: its own sentence and ways forward; the raw error only under Details', async ({ kind, hostError, ...words }) => {
    const user = userEvent.setup();
    const { container } = renderApp({ displayLanguage, read: () => Promise.reject(new ReadFailure(kind, 'adapter message', hostError)) });
    await findHeadline(HEADING[lang]);
    expect(screen.getByText(words[lang].reason)).toBeInTheDocument();
    const first = words[lang].first;
    if (first) expect(screen.getByText(first)).toBeInTheDocument();

    // "Try again" only where reading again may help.
    if (kind === 'timeout') expect(screen.getByRole('button', { name: TRY_AGAIN[lang] })).toBeInTheDocument();
    else expect(screen.queryByRole('button', { name: TRY_AGAIN[lang] })).toBeNull();

    // Forwarding a protected message keeps it protected: not offered there.
    const ways = screen.getByRole('list');
    if (kind === 'protected' || kind === 'timeout' || kind === 'outlook-too-old') expect(within(ways).queryByText(new RegExp(FORWARD_START[lang]))).toBeNull();
    else expect(within(ways).getByText(new RegExp(FORWARD_START[lang]))).toBeInTheDocument();

    // Our internal message never shows; Office's error only after opening Details.
    expect(container).not.toHaveTextContent('adapter message');
    if (!hostError) {
      expect(screen.queryByRole('button', { name: DETAILS[lang] })).toBeNull();
      return;
    }
    expect(container).not.toHaveTextContent(String(hostError.code));
    expect(container).not.toHaveTextContent(hostError.name);
    await user.click(screen.getByRole('button', { name: DETAILS[lang] }));
    const officeError = lang === 'en' ? `Office error ${hostError.code}` : `Office-foutcode ${hostError.code}`;
    expect(screen.getByText(`${officeError} (${hostError.name}: ${hostError.message})`)).toBeInTheDocument();
  });
});

describe('cannot read the item: the ways forward that fit the cause', () => {
  it('protected: asks to copy the bounce out of the message instead of forwarding it', async () => {
    renderApp({ read: () => Promise.reject(new ReadFailure('protected', 'protected', ACCESS_RESTRICTED)) });
    await findHeadline(HEADING.en);
    expect(screen.getByText('If the message holds a bounce, open it in Outlook, copy the bounce’s text and paste it here:')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Text of the bounce' })).toBeInTheDocument();
  });

  it('timeout: "Try again" reads the item again, and the diagnosis appears when Outlook answers', async () => {
    const user = userEvent.setup();
    let answer: () => Promise<ReturnType<typeof sampleSnapshot>> = () => Promise.reject(new ReadFailure('timeout', 'late', TIMEOUT));
    const { host } = renderApp({ read: () => answer() });
    await findHeadline(HEADING.en);
    answer = () => Promise.resolve(sampleSnapshot('restricted-group-en.eml'));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findHeadline('Sales All only accepts mail from certain senders')).toBeInTheDocument();
    expect(host.readCount).toBe(2);
  });
});
