/**
 * Is this a bounce at all? Structural signals of the message as a whole, and
 * the verdict with a confidence.
 *
 * - RFC 3464 / RFC 6522: `multipart/report; report-type=delivery-status`.
 * - RFC 5321 §4.5.5: bounces are sent with a null reverse path (`Return-Path: <>`).
 * - RFC 3834: automatic replies (out of office) carry `Auto-Submitted: auto-replied`
 *   but so do Exchange NDRs; an auto-reply without any failure is not a bounce.
 * - RFC 5965: `report-type=feedback-report` is an abuse report (ARF), not a bounce.
 */
import { localPart } from './address';
import { headerValue, type HeaderField } from './headers';

/** Local parts of the mailboxes mail systems send bounces from (RFC 5321 §4.5.1 postmaster, MAILER-DAEMON by custom). */
const SYSTEM_LOCAL_PARTS = new Set([
  'mailer-daemon',
  'mailerdaemon',
  'mail-daemon',
  'maildaemon',
  'mailer',
  'postmaster',
  'mdaemon',
  'bounce',
  'bounces',
  'noreply-bounce',
  'mail-delivery-system',
  'maildelivery',
]);

const SYSTEM_NAMES = [
  'mail delivery system',
  'mail delivery subsystem',
  'mail delivery service',
  'mailer-daemon',
  'mailer daemon',
  'microsoft outlook',
  'microsoft exchange',
  'postmaster',
  'system administrator',
  'mail administrator',
  'mail system',
];

/** `postmaster`, `MAILER-DAEMON`, `microsoftexchange329e71ec88ae4615bbc36ab6ce41109e` (Exchange's system mailbox). */
function isSystemLocalPart(local: string): boolean {
  return SYSTEM_LOCAL_PARTS.has(local) || local.startsWith('mailer-daemon') || /^microsoftexchange[0-9a-f]{0,40}$/.test(local);
}

/**
 * From a system sender? Decided on the address: a display name such as
 * "Mail Administrator" is free to fake, so it only counts when there is no
 * address at all (`From: Mail Delivery Subsystem <MAILER-DAEMON>`).
 */
export function isSystemSender(from: string | undefined, address: string | undefined): boolean {
  const lowerAddress = (address ?? '').toLowerCase();
  if (lowerAddress.includes('@')) return isSystemLocalPart(localPart(lowerAddress));
  if (lowerAddress) return isSystemLocalPart(lowerAddress);
  const lower = (from ?? '').toLowerCase().trim();
  if (!lower || lower.includes('@')) return false;
  return SYSTEM_NAMES.some((name) => lower.includes(name));
}

export function contentTypeOf(headers: readonly HeaderField[]): string {
  return (headerValue(headers, 'content-type') ?? '').toLowerCase();
}

/** `multipart/report; report-type=delivery-status` (RFC 3464 §2, RFC 6522 §3). */
export function isDeliveryReport(contentType: string): boolean {
  return contentType.includes('multipart/report') && /report-type\s{0,3}=\s{0,3}"?(?:global-)?delivery-status/.test(contentType);
}

/** `report-type=feedback-report`: an abuse report (RFC 5965), not a bounce. */
export function isFeedbackReport(contentType: string, partTypes: readonly string[]): boolean {
  return (
    (contentType.includes('multipart/report') && contentType.includes('feedback-report')) ||
    partTypes.includes('message/feedback-report')
  );
}

/** `Auto-Submitted:` with any value but `no` (RFC 3834 §5). */
export function isAutoSubmitted(headers: readonly HeaderField[]): boolean {
  const value = headerValue(headers, 'auto-submitted');
  return value !== undefined && value.trim().toLowerCase() !== 'no' && value.trim() !== '';
}

const AUTO_REPLY_SUBJECTS = [
  'out of office',
  'out of the office',
  'automatic reply',
  'auto reply',
  'autoreply',
  'auto-reply',
  'auto:',
  'away',
  'vacation',
  'abwesenheit',
  'automatische antwort',
  'automatisch antwoord',
  'afwezig',
  'réponse automatique',
  'absence',
  'risposta automatica',
  'respuesta automática',
  'resposta automática',
  'fuera de la oficina',
];

/**
 * An automatic reply (RFC 3834): out of office, vacation, "Auto reply:". Bounces
 * carry `Auto-Submitted: auto-replied` too, so a message from a system sender or
 * with a bounce subject is never taken for one.
 */
export function isAutoReply(
  headers: readonly HeaderField[],
  subject: string | undefined,
  bounceLike: { systemSender: boolean; subjectPrefix: boolean },
): boolean {
  if (bounceLike.systemSender || bounceLike.subjectPrefix) return false;
  const autoSubmitted = (headerValue(headers, 'auto-submitted') ?? '').toLowerCase();
  if (autoSubmitted.includes('auto-replied')) return true;
  if (headerValue(headers, 'x-autoreply') !== undefined || headerValue(headers, 'x-autorespond') !== undefined) return true;
  if ((headerValue(headers, 'precedence') ?? '').toLowerCase().includes('auto_reply')) return true;
  const lowerSubject = (subject ?? '').trimStart().toLowerCase();
  return AUTO_REPLY_SUBJECTS.some((word) => lowerSubject.startsWith(word));
}

/** Wording that bounces use and ordinary mail rarely does (lower case; en, nl, de, fr, it, es, pt). */
const BOUNCE_WORDING = [
  'could not be delivered',
  "couldn't be delivered",
  'can not be delivered',
  "can't be delivered",
  'cannot be delivered',
  'was not delivered',
  "wasn't delivered",
  'undeliverable',
  'delivery failed',
  'delivery has failed',
  'delivery to the following recipient',
  'failed permanently',
  'permanent error',
  'permanent fatal error',
  'unable to deliver',
  'not be delivered',
  'delivery status notification',
  'returned mail',
  'user unknown',
  'unknown user',
  'mailbox is full',
  'mailbox full',
  'no such user',
  'recipient address rejected',
  'message rejected',
  'rejected your message',
  'delivery has been delayed',
  'was rejected',
  'rejected by',
  'delivery error',
  'fatal error',
  'could not deliver',
  "couldn't deliver",
  'not delivered',
  'undelivered',
  'returned mail',
  'mail delivery failure',
  'failure notice',
  'host not reachable',
  'host unknown',
  'did not reach the following recipient',
  'kan niet worden bezorgd',
  'is niet bezorgd',
  'konnte nicht zugestellt',
  'zustellung an folgende',
  'pas pu être remis',
  'échec de la remise',
  'non è stato possibile recapitare',
  'recapito non è riuscito',
  'no se pudo entregar',
  'não foi possível entregar',
  'falha na entrega',
];

/**
 * The first 50,000 characters, lower case, white space folded: mail systems wrap
 * their sentences (`could not` / `be delivered`), so phrases are compared with
 * the line breaks folded.
 */
function foldedStart(text: string): string {
  return (text.length > 50_000 ? text.slice(0, 50_000) : text).toLowerCase().replace(/\s+/g, ' ');
}

/** Does the text read like a bounce? */
export function hasBounceWording(text: string): boolean {
  const lower = foldedStart(text);
  return BOUNCE_WORDING.some((phrase) => lower.includes(phrase));
}

/**
 * The opening sentences of the bounce templates mail systems write, and that
 * people do not: Postfix, sendmail, Exim, qmail, Courier, Gmail, Outlook.com and
 * Windows SMTP, Amazon SES and WorkMail, Oracle Messaging Server, PowerMTA,
 * MessageLabs, Lotus Domino, Barracuda, SurfControl, amavis (lower case; seen
 * in the Sisimai corpus). A pasted bounce has no subject or sender left to say
 * what it is; its template says it instead. Phishing can copy them too: that is
 * the authenticity check's business, not this one's.
 */
const TEMPLATE_SENTENCES = [
  'this is the mail system at host',
  'this is the postfix program at host',
  "i'm sorry to have to inform you that your message could not",
  "i'm sorry to inform you that the message below could not be delivered",
  'this message was created automatically by mail delivery software',
  'the following address(es) failed',
  'the original message was received at',
  'the following addresses had permanent fatal errors',
  'the following addresses had delivery problems',
  'this is the qmail-send program',
  "i wasn't able to deliver your message to the following addresses",
  'this is a delivery status notification from',
  'this is an automatically generated delivery status notification',
  'delivery to the following recipients failed',
  'delivery to the following recipient failed',
  'delivery to the following recipients has been delayed',
  'delivery to the following recipients was aborted',
  'unable to deliver message to the following recipients',
  'the following recipients have not yet received your message',
  'an error occurred while trying to deliver the mail to the following recipients',
  'this report relates to a message you sent with the following header fields',
  'i am sending you this message to inform you on the delivery status',
  'this is the mail delivery agent at',
  'i was unable to deliver your message to the following addresses',
  "your message wasn't delivered to",
  'there was a problem delivering your message to',
  'there was a temporary problem delivering your message to',
  'the email you sent with the following subject has not been delivered',
  'a transcript of the attempts to send the message follows',
  'was considered unsolicited bulk e-mail',
  // MMDF-style `|---- Failed addresses follow: ----|` (rfc3464-37) and Exim's syntax-error notice (lhost-exim-52).
  'failed addresses follow',
  'no valid recipients were found for this message',
  'contained one or more recipient addresses that were incorrectly constructed',
];

/**
 * Templates whose phrases are each too plain alone: all of a pair must occur.
 * Lotus/HCL Domino: `Your message` / `Subject: …` / `was not delivered to:` / `addr` / `because:`.
 */
const TEMPLATE_PAIRS: readonly (readonly [string, string])[] = [['was not delivered to:', ' because:']];

/** Does the text carry a mail system's bounce template? */
export function hasTemplateSentence(text: string): boolean {
  const lower = foldedStart(text);
  return TEMPLATE_SENTENCES.some((phrase) => lower.includes(phrase)) || TEMPLATE_PAIRS.some((pair) => pair.every((phrase) => lower.includes(phrase)));
}

export interface VerdictInput {
  dsnFailures: number;
  textFailuresWithCode: number;
  textFailures: number;
  reportContentType: boolean;
  exchangeNdr: boolean;
  exchangeLayout: boolean;
  subjectPrefix: boolean;
  bounceWording: boolean;
  /** A mail system's bounce template sentence (`This is the mail system at host …`). */
  templateSentence: boolean;
  systemSender: boolean;
  nullReturnPath: boolean;
  /** A returned message is attached (`message/rfc822`, `text/rfc822-headers`), as bounces do. */
  originalAttached: boolean;
  autoReply: boolean;
  feedbackReport: boolean;
  deliveryStatusWithoutFailure: boolean;
}

/** Weigh the evidence. Returns the verdict and how sure we are of it (0..1). */
export function bounceVerdict(input: VerdictInput): { isBounce: boolean; confidence: number } {
  if (input.feedbackReport) return { isBounce: false, confidence: 0.95 };
  let score = 0;
  if (input.dsnFailures > 0) score += 0.6;
  if (input.reportContentType) score += 0.25;
  if (input.exchangeNdr) score += 0.3;
  if (input.textFailuresWithCode > 0) score += 0.45;
  else if (input.textFailures > 0) score += 0.15;
  if (input.exchangeLayout) score += 0.2;
  if (input.subjectPrefix) score += 0.2;
  if (input.bounceWording) score += 0.2;
  if (input.templateSentence) score += 0.3;
  if (input.systemSender) score += 0.15;
  if (input.nullReturnPath) score += 0.05;
  if (input.originalAttached) score += 0.1;
  // Tenths added in binary floating point drift (0.3 + 0.15 < 0.45): compare in hundredths.
  score = Math.round(score * 100) / 100;
  const failures = input.dsnFailures + input.textFailures;
  if (failures === 0) {
    // A report that only says "delivered"/"relayed", an auto-reply, or plain mail.
    if (input.deliveryStatusWithoutFailure || input.autoReply) return { isBounce: false, confidence: 0.9 };
    // A bounce we cannot read (no recipient, no code) is still a bounce when enough of its form says so.
    const isBounce = score >= 0.35;
    return { isBounce, confidence: isBounce ? Math.min(0.6, score) : Math.max(0.5, 1 - score) };
  }
  if (input.autoReply && input.dsnFailures === 0 && input.textFailuresWithCode === 0 && !input.exchangeLayout) {
    return { isBounce: false, confidence: 0.8 };
  }
  // Without a code, a named address in bounce-like wording is also what a person writes
  // ("my mail to x@example.com could not be delivered"): ask for more of the bounce's form.
  const needed = input.dsnFailures > 0 || input.textFailuresWithCode > 0 ? 0.35 : 0.45;
  const isBounce = score >= needed;
  return { isBounce, confidence: isBounce ? Math.min(1, Math.round(score * 100) / 100) : Math.max(0.5, 1 - score) };
}
