/**
 * Does this "bounce" look like a genuine non-delivery report, or like phishing
 * dressed up as one? Judged on what a forger cannot easily choose, and on the
 * tells a forger needs to get something out of the reader:
 *
 * - the sender: a mail system (postmaster, MAILER-DAEMON, Exchange's system
 *   mailbox) of the user's own organisation or of a mail provider that really
 *   writes bounces, not a look-alike domain (authenticity/domains.ts);
 * - `Reply-To` elsewhere, failed sender checks in `Authentication-Results` /
 *   `ARC-Authentication-Results` (RFC 8601, RFC 8617);
 * - the delivery-report structure (RFC 3464, Exchange's `X-MS-Exchange-Message-Is-Ndr`);
 * - every link (authenticity/links.ts): a genuine Exchange Online NDR links only
 *   to Microsoft's documentation; forms, publish-anywhere hosts, redirects and
 *   disguised links are what phishing uses;
 * - attachments that are not the returned message (an `.html` form above all);
 * - wording that asks for a password or a click to "release" mail (authenticity/wording.ts).
 *
 * Each concern has a strength; one weak oddity on a real bounce (an unusual
 * sender name, an ISP's tracking link) does not make it forged. The verdict:
 * `forged` from one strong concern or several lesser ones, `doubtful` when a few
 * lesser ones add up, else `genuine`. `authentic` is false only for `forged`.
 *
 * Pure: facts (and the user's own domains, when the host knows them) in, verdict out.
 */
import { isMailSystemDomain, isWithin, lookAlikeOf, registrableDomain } from './authenticity/domains';
import { hostShownIn, judgeLink, type LinkKind } from './authenticity/links';
import { CONCERN_TEXTS, type AuthenticityConcernId } from './authenticity/texts';
import { actionWordIn, credentialPhraseIn } from './authenticity/wording';
import { domainOf, findAddresses, firstAddress, localPart } from './parse/address';
import type { AttachmentSummary, BounceFacts, Localized } from './types';

export type { AuthenticityConcernId } from './authenticity/texts';

/** How much one concern says on its own. */
export type ConcernStrength = 'strong' | 'moderate' | 'weak';

export interface AuthenticityConcern {
  id: AuthenticityConcernId;
  strength: ConcernStrength;
  text: Localized;
  /** The host, address, file name or phrase that raised the concern (from the bounce: show as text only). */
  detail?: string;
}

export type AuthenticityVerdict = 'genuine' | 'doubtful' | 'forged';

export interface Authenticity {
  /** False when the bounce looks forged: the pane warns first and holds back the admin commands. */
  authentic: boolean;
  verdict: AuthenticityVerdict;
  /** The concerns' weights added up (strong 4, moderate 2, weak 1). */
  score: number;
  /** Strongest first. */
  concerns: AuthenticityConcern[];
}

export interface AuthenticityOptions {
  /**
   * The user's own organisation's domains (from the signed-in user's address).
   * A system sender there is the user's own mail system; links there are the
   * organisation's own. Never taken from the bounce: its forger writes that.
   */
  organisationDomains?: readonly string[];
}

const WEIGHT: Record<ConcernStrength, number> = { strong: 4, moderate: 2, weak: 1 };
/** From this score on the bounce looks forged (one strong concern, two moderate, …). */
const FORGED_SCORE = 4;
/** From this score on it is doubtful: shown as a note, nothing held back. */
const DOUBTFUL_SCORE = 2;

/** Local parts that do not take replies: a `Reply-To` there sends nothing to a person. */
const NO_REPLY_LOCAL = /^(?:no-?reply|do-?not-?reply|postmaster|mailer-daemon|bounces?|mail-?delivery.*)$/;

const HTML_OR_PROGRAM = /\.(?:s?html?|xhtml|svg|hta|mht|mhtml|exe|scr|com|pif|js|jse|vbs|vbe|wsf|wsh|bat|cmd|ps1|msi|lnk|iso|img|vhdx?|zip|rar|7z|gz|tgz|tar|cab|jar|apk|xll)$/i;
const DOCUMENT = /\.(?:pdf|docx?|docm|xlsx?|xlsm|xlsb|pptx?|pptm|one|rtf|odt|ods)$/i;

/** Parts a bounce may carry: the report, the returned message or its header, text, images of its layout, TNEF. */
function isBounceKindOfPart(attachment: AttachmentSummary): boolean {
  const type = attachment.contentType.trim().split(/[;\s]/)[0] ?? '';
  const name = (attachment.name ?? '').toLowerCase();
  if (name && (HTML_OR_PROGRAM.test(name) || DOCUMENT.test(name))) return false;
  return (
    type.startsWith('message/') ||
    type === 'text/rfc822-headers' ||
    type === 'text/plain' ||
    type.startsWith('image/') ||
    type === 'application/ms-tnef' ||
    name.endsWith('.eml') ||
    name.endsWith('.msg') ||
    name.endsWith('.txt') ||
    name === 'winmail.dat'
  );
}

function attachmentConcern(attachments: readonly AttachmentSummary[]): { strength: ConcernStrength; detail: string } | undefined {
  let worst: { strength: ConcernStrength; detail: string } | undefined;
  for (const attachment of attachments) {
    if (isBounceKindOfPart(attachment)) continue;
    const name = attachment.name ?? '';
    const type = attachment.contentType.trim().split(/[;\s]/)[0] ?? '';
    const strength: ConcernStrength = HTML_OR_PROGRAM.test(name) || type === 'text/html' || type === 'image/svg+xml' ? 'strong' : DOCUMENT.test(name) ? 'moderate' : 'weak';
    if (!worst || WEIGHT[strength] > WEIGHT[worst.strength]) worst = { strength, detail: name || type };
  }
  return worst;
}

/** The address of `Name <address>` (the one in angle brackets: the name may show another). */
function addressOf(from: string | undefined): string | undefined {
  if (!from) return undefined;
  const angle = /<([^<>]+)>\s*$/.exec(from)?.[1];
  return firstAddress(angle ?? from);
}

/** The display name part of `Name <address>`. */
function displayName(from: string): string {
  const angle = from.lastIndexOf('<');
  return angle > 0 ? from.slice(0, angle) : '';
}

/** Link kinds that are a concern by themselves, with their concern and strength. */
const LINK_CONCERNS: Partial<Record<LinkKind, { id: AuthenticityConcernId; strength: ConcernStrength }>> = {
  disguised: { id: 'disguised-link', strength: 'strong' },
  'publish-anywhere': { id: 'link-to-publish-anywhere-host', strength: 'strong' },
  redirect: { id: 'redirect-link', strength: 'strong' },
  shortener: { id: 'shortened-link', strength: 'moderate' },
};

export function assessAuthenticity(facts: BounceFacts, options: AuthenticityOptions = {}): Authenticity {
  const own = (options.organisationDomains ?? []).map((domain) => domain.toLowerCase().trim()).filter((domain) => domain.includes('.'));
  const concerns: AuthenticityConcern[] = [];
  const add = (id: AuthenticityConcernId, strength: ConcernStrength, detail?: string): void => {
    const existing = concerns.find((concern) => concern.id === id);
    if (existing) {
      if (WEIGHT[strength] > WEIGHT[existing.strength]) existing.strength = strength;
      return;
    }
    concerns.push({ id, strength, text: CONCERN_TEXTS[id], ...(detail ? { detail } : {}) });
  };
  const { structure, provenance } = facts;

  // The sender. A bounce we only have as pasted text has no sender: do not hold that against it.
  const knowsSender = Boolean(facts.from) || structure.hasReportContentType;
  if (knowsSender && !structure.fromSystemSender && !structure.forwarded) add('not-from-system-sender', 'weak', facts.from);

  const senderAddress = provenance?.fromAddress ?? addressOf(facts.from);
  const senderDomain = domainOf(senderAddress);
  if (senderDomain) {
    const imitated = lookAlikeOf(senderDomain, own);
    if (imitated) add('look-alike-sender', 'strong', senderAddress);
    const shown = findAddresses(displayName(facts.from ?? '')).map((match) => match.address);
    const otherShown = shown.find((address) => {
      const domain = domainOf(address);
      return domain !== undefined && registrableDomain(domain) !== registrableDomain(senderDomain);
    });
    if (otherShown) add('sender-name-mismatch', 'strong', `${otherShown} ≠ ${senderAddress ?? ''}`);
    if (own.length > 0 && structure.fromSystemSender && !imitated && !own.some((domain) => isWithin(senderDomain, domain)) && !isMailSystemDomain(senderDomain)) {
      // Another organisation's mail system may bounce a message it took in: only a claim to be
      // the user's own Exchange (Exchange Online writes NDRs from the user's own domain) counts.
      const claimsMicrosoft = /microsoft|exchange|outlook/i.test(facts.from ?? '') || /^microsoftexchange/i.test(localPart(senderAddress ?? ''));
      if (claimsMicrosoft) add('system-sender-outside-organisation', 'moderate', senderAddress);
    }
  }

  // Reply-To elsewhere: where a forger collects answers.
  for (const address of provenance?.replyTo ?? []) {
    const domain = domainOf(address);
    if (!domain || NO_REPLY_LOCAL.test(localPart(address))) continue;
    if (senderDomain && registrableDomain(domain) === registrableDomain(senderDomain)) continue;
    if (own.some((ownDomain) => isWithin(domain, ownDomain))) continue;
    // The user's own mail system never asks for replies elsewhere; another organisation's postmaster might.
    const claimsOwn = senderDomain !== undefined && own.some((ownDomain) => isWithin(senderDomain, ownDomain));
    add('reply-to-elsewhere', claimsOwn || lookAlikeOf(domain, own) ? 'strong' : 'moderate', address);
    break;
  }

  // The receiving server's verdict on the sender (RFC 8601 §2.7: dmarc, and Microsoft's composite `compauth`).
  const failed = (provenance?.authenticationResults ?? []).map((value) => /\b(dmarc|compauth)\s*=\s*fail\b/i.exec(value)?.[0]).find(Boolean);
  if (failed) add('authentication-failed', 'strong', failed);

  // Exchange marks mail from outside as anonymous (`X-MS-Exchange-Organization-AuthAs`, which it
  // strips from incoming mail, so a forger cannot set it): the own tenant's NDR is not anonymous.
  const fromOwnDomain = senderDomain !== undefined && own.some((domain) => isWithin(senderDomain, domain));
  if (fromOwnDomain && structure.fromSystemSender && provenance?.exchangeAuthAs?.toLowerCase() === 'anonymous') {
    add('own-domain-from-outside', 'moderate', senderAddress);
  }

  const hasStructure =
    structure.hasDeliveryStatus || structure.isExchangeNdr || facts.failures.some((failure) => Boolean(failure.status || failure.smtpCode));
  if (!hasStructure) add('no-delivery-structure', 'weak');

  // Links: judged by exact host; a redirect or Safe Links wrapper is judged by where it goes.
  for (const link of facts.links) {
    const judgement = judgeLink(link.href, own);
    if (judgement.kind === 'not-web') continue;
    // The text names one site, the link goes to another (two documentation or own sites excepted).
    const shownHost = hostShownIn(link.text);
    if (shownHost && registrableDomain(shownHost) !== registrableDomain(judgement.host)) {
      const shownKind = judgeLink(`https://${shownHost}/`, own).kind;
      const bothTrusted = (judgement.kind === 'documentation' || judgement.kind === 'own') && (shownKind === 'documentation' || shownKind === 'own');
      if (!bothTrusted) add('disguised-link', 'strong', judgement.host);
    }
    if (judgement.kind === 'documentation' || judgement.kind === 'own') continue;
    const byKind = LINK_CONCERNS[judgement.kind];
    if (byKind) add(byKind.id, byKind.strength, judgement.host);
    let path = '';
    try {
      const url = new URL(link.href);
      path = `${url.pathname} ${url.search}`;
    } catch {
      // judged above as disguised or not a web link
    }
    if (judgement.kind === 'disguised') continue;
    const action = actionWordIn(link.text, path);
    if (action) add('action-link-to-foreign-host', 'strong', judgement.host);
    else if (judgement.kind === 'unknown') add('link-to-unknown-host', structure.isExchangeNdr ? 'moderate' : 'weak', judgement.host);
  }

  const attachment = attachmentConcern(provenance?.attachments ?? []);
  if (attachment) add('unexpected-attachment', attachment.strength, attachment.detail);

  const phrase = credentialPhraseIn(`${facts.subject ?? ''}\n${facts.text}`);
  if (phrase) add('credential-request', 'strong', phrase);

  concerns.sort((a, b) => WEIGHT[b.strength] - WEIGHT[a.strength]);
  const score = concerns.reduce((sum, concern) => sum + WEIGHT[concern.strength], 0);
  const verdict: AuthenticityVerdict = score >= FORGED_SCORE ? 'forged' : score >= DOUBTFUL_SCORE ? 'doubtful' : 'genuine';
  return { authentic: verdict !== 'forged', verdict, score, concerns };
}

/** The domain of the user's address, as `organisationDomains` for `assessAuthenticity`. */
export function organisationDomainsOf(userAddress: string | undefined): string[] {
  const domain = domainOf(userAddress?.trim().toLowerCase());
  return domain ? [domain] : [];
}
