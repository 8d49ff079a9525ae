/**
 * Does this "bounce" look like a genuine non-delivery report, or like phishing
 * dressed up as one? Real NDRs come from a system sender, carry delivery-status
 * structure (RFC 3464 `message/delivery-status`, or Exchange's diagnostic
 * block) and do not ask the reader to click a link to "release" or "verify"
 * anything on a host that is not the mail provider's.
 *
 * Pure: facts in, verdict out.
 */
import { domainOf } from './parse/address';
import type { BounceFacts, FoundLink, Localized } from './types';

export type AuthenticityConcernId =
  | 'not-from-system-sender'
  | 'no-delivery-structure'
  | 'action-link-to-foreign-host'
  | 'credential-request';

export interface AuthenticityConcern {
  id: AuthenticityConcernId;
  text: Localized;
  /** The host or phrase that raised the concern (from the bounce: show as text only). */
  detail?: string;
}

export interface Authenticity {
  authentic: boolean;
  concerns: AuthenticityConcern[];
}

/**
 * Hosts that genuine bounces link to: Microsoft's help and delist pages, the
 * big receivers' postmaster pages, and block-list operators.
 */
const TRUSTED_LINK_HOSTS: readonly string[] = [
  'microsoft.com',
  'office.com',
  'office365.com',
  'outlook.com',
  'live.com',
  'messaging.microsoft.com',
  'google.com',
  'gmail.com',
  'yahoo.com',
  'yahooinc.com',
  'aol.com',
  'apple.com',
  'icloud.com',
  'spamhaus.org',
  'spamcop.net',
  'proofpoint.com',
  'mimecast.com',
  'barracudanetworks.com',
  'barracudacentral.org',
  'trendmicro.com',
  'cloudmark.com',
  'sorbs.net',
  'abuseat.org',
  'mailru.com',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'zoho.com',
  'amazon.com',
  'amazonses.com',
  'aws.amazon.com',
  'comcast.net',
  'att.net',
  'rfc-editor.org',
  'ietf.org',
];

/** Words in a link's text that ask the reader to act on their account or a held message. */
const ACTION_WORDS: readonly string[] = [
  'release',
  'retrieve',
  'recover',
  'verify',
  'validate',
  'confirm',
  'sign in',
  'log in',
  'login',
  'password',
  'unlock',
  'review message',
  'resend',
  'deliver now',
  'restore',
  'upgrade',
  'vrijgeven',
  'ophalen',
  'verifiëren',
  'bevestig',
  'aanmelden',
  'inloggen',
  'wachtwoord',
  'herstel',
  'opnieuw verzenden',
];

const CREDENTIAL_PHRASES: readonly string[] = [
  'enter your password',
  'confirm your password',
  'verify your account',
  'your mailbox will be',
  'mailbox is full, click',
  'pending messages',
  'messages are on hold',
  'release your messages',
  'uw wachtwoord',
  'bevestig uw account',
  'berichten vastgehouden',
];

function hostOf(href: string): string | undefined {
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function isTrustedHost(host: string): boolean {
  return TRUSTED_LINK_HOSTS.some((trusted) => host === trusted || host.endsWith(`.${trusted}`));
}

/** The organisation's own domains (sender's and recipients') are not foreign either. */
function ownDomains(facts: BounceFacts): Set<string> {
  const domains = new Set<string>();
  const add = (address: string | undefined): void => {
    const domain = domainOf(address);
    if (domain) domains.add(domain);
  };
  add(facts.originalSender);
  for (const failure of facts.failures) add(failure.address);
  return domains;
}

function isOwnHost(host: string, domains: Set<string>): boolean {
  for (const domain of domains) {
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}

function asksForAction(link: FoundLink): boolean {
  const text = `${link.text} ${link.href}`.toLowerCase();
  return ACTION_WORDS.some((word) => text.includes(word));
}

export function assessAuthenticity(facts: BounceFacts): Authenticity {
  const concerns: AuthenticityConcern[] = [];
  const { structure } = facts;

  // A bounce we only have as pasted text has no sender: do not hold that against it.
  const knowsSender = Boolean(facts.from) || structure.hasReportContentType;
  if (knowsSender && !structure.fromSystemSender && !structure.forwarded) {
    concerns.push({
      id: 'not-from-system-sender',
      text: {
        en: 'It was not sent by a mail system (such as postmaster or Mail Delivery System), as real bounces are.',
        nl: 'Het is niet verstuurd door een mailsysteem (zoals postmaster of Mail Delivery System), zoals echte onbestelbaarheidsberichten.',
      },
      ...(facts.from ? { detail: facts.from } : {}),
    });
  }

  const hasStructure =
    structure.hasDeliveryStatus ||
    structure.isExchangeNdr ||
    facts.failures.some((failure) => Boolean(failure.status || failure.smtpCode));
  if (!hasStructure) {
    concerns.push({
      id: 'no-delivery-structure',
      text: {
        en: 'It has none of the technical details a real bounce carries: no status code and no delivery report.',
        nl: 'Het mist de technische gegevens van een echt onbestelbaarheidsbericht: geen statuscode en geen afleveringsrapport.',
      },
    });
  }

  const domains = ownDomains(facts);
  for (const link of facts.links) {
    const host = hostOf(link.href);
    if (!host || isTrustedHost(host) || isOwnHost(host, domains)) continue;
    if (asksForAction(link)) {
      concerns.push({
        id: 'action-link-to-foreign-host',
        text: {
          en: 'It asks you to click a link to a website that does not belong to a mail provider. Real bounces never need that.',
          nl: 'Het vraagt u op een link te klikken naar een website die niet van een mailprovider is. Echte onbestelbaarheidsberichten vragen dat nooit.',
        },
        detail: host,
      });
      break;
    }
  }

  const lowerText = facts.text.toLowerCase();
  const phrase = CREDENTIAL_PHRASES.find((candidate) => lowerText.includes(candidate));
  if (phrase) {
    concerns.push({
      id: 'credential-request',
      text: {
        en: 'It talks about your password, your account or held messages. Mail systems do not ask for that in a bounce.',
        nl: 'Het gaat over uw wachtwoord, uw account of vastgehouden berichten. Mailsystemen vragen daar niet om in een onbestelbaarheidsbericht.',
      },
      detail: phrase,
    });
  }

  // One weak signal alone (say, a bounce forwarded by a colleague without structure)
  // is not enough to cry phishing; a foreign action link or a credential request is.
  const strong = concerns.some((c) => c.id === 'action-link-to-foreign-host' || c.id === 'credential-request');
  return { authentic: !strong && concerns.length < 2, concerns };
}
