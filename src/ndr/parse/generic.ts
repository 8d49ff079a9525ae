/**
 * Line knowledge about non-Exchange MTAs: where their bounces name the server
 * that refused the message and where the quoted SMTP reply starts.
 *
 * - Postfix:  `<user@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 …`
 * - Exim:     `host mx.example.com [192.0.2.1]: 550 5.7.1 …` under `SMTP error from remote mail server after RCPT TO:<…>:`
 * - sendmail: `... while talking to mx.example.com.:` / `<<< 550 5.1.1 …` / `(reason: 550 5.1.1 …)`
 * - qmail:    `Remote host said: 550 …`, `remote host 192.0.2.1 said: 550 …`, `192.0.2.1 does not like recipient.`
 * - Gmail:    `… rejected by the server for the recipient domain example.com by mx.example.com. [192.0.2.1].`
 * - DragonFly Mail Agent: `mx.example.com [192.0.2.1] did not like our final DATA:`
 */
import { collapseSpaces } from './text';
import { isHostName } from './exchange';

/** Cheap test before the real work: does this line name a server in one of the ways below? */
const REMOTE_HINT = /said:|host |like recipient|like sender|like our|refused to talk|connected to |talking to |recipient domain /i;

function hostBefore(text: string, end: number): string | undefined {
  // The host is the token before `[ip]` or before the phrase.
  const head = text.slice(Math.max(0, end - 300), end).trimEnd();
  const tokens = head.split(' ');
  let token = tokens.pop() ?? '';
  if (token.startsWith('[') && token.endsWith(']') && tokens.length > 0) {
    const previous = tokens.pop() ?? '';
    if (isHostName(previous.replace(/\.$/, ''))) return previous.replace(/\.$/, '');
    return token.slice(1, -1);
  }
  const bracket = token.indexOf('[');
  if (bracket > 0) token = token.slice(0, bracket);
  token = token.replace(/\.$/, '');
  return isHostName(token) ? token : undefined;
}

/** The server that refused the message, as an MTA names it on one line. */
export function remoteServerFromLine(line: string): string | undefined {
  if (!REMOTE_HINT.test(line)) return undefined;
  const text = collapseSpaces(line);
  const lower = text.toLowerCase();
  // Postfix `host X[ip] said:`, qmail `remote host X said:`.
  const said = lower.indexOf(' said:');
  if (said > 0) {
    const hostAt = lower.lastIndexOf('host ', said);
    if (hostAt !== -1 && said - hostAt < 300) {
      const host = hostBefore(text, said);
      if (host) return host;
    }
  }
  // Postfix folds long lines: `<user@example.com>: host X[ip]` with `said:` on the next line.
  const postfixHost = lower.indexOf(': host ');
  if (postfixHost !== -1 && postfixHost < 300) {
    const token = text.slice(postfixHost + ': host '.length).split(' ')[0] ?? '';
    const bracket = token.indexOf('[');
    if (bracket > 0 && token.endsWith(']') && isHostName(token.slice(0, bracket))) return token.slice(0, bracket);
  }
  // Exim `host X [ip]: 550 …`.
  if (lower.startsWith('host ')) {
    const colon = text.indexOf(']:');
    if (colon > 0 && colon < 300) {
      const host = hostBefore(text, colon + 1);
      if (host) return host;
    }
  }
  for (const phrase of [' does not like recipient', ' does not like sender', ' did not like our', ' refused to talk to me']) {
    const at = lower.indexOf(phrase);
    if (at > 0 && at < 300) {
      const host = hostBefore(text, at);
      if (host) return host;
    }
  }
  const connected = lower.indexOf('connected to ');
  if (connected !== -1) {
    const rest = text.slice(connected + 'connected to '.length).split(' ')[0] ?? '';
    if (isHostName(rest.replace(/[.,]$/, ''))) return rest.replace(/[.,]$/, '');
  }
  // sendmail `... while talking to mx.example.com.:`
  const talking = lower.indexOf('while talking to ');
  if (talking !== -1) {
    const rest = (text.slice(talking + 'while talking to '.length).split(' ')[0] ?? '').replace(/[.:]+$/, '');
    if (isHostName(rest)) return rest;
  }
  // Gmail `… for the recipient domain example.com by mx.example.com. [192.0.2.1].`
  const by = lower.indexOf('recipient domain ');
  if (by !== -1) {
    const rest = text.slice(by).split(' ');
    const byIndex = rest.indexOf('by');
    const host = byIndex === -1 ? undefined : rest[byIndex + 1]?.replace(/[.,]$/, '');
    if (host && isHostName(host)) return host;
  }
  return undefined;
}

/**
 * Where the quoted reply starts on a line, after the MTA's own words:
 * `… said: 550 …`, `(reason: 550 …)`, `<<< 550 …`, `host X [ip]: 550 …`.
 */
export function replyOnLine(line: string): string {
  const text = collapseSpaces(line);
  const lower = text.toLowerCase();
  for (const marker of [' said: ', 'said:', 'reason: ', '<<< ', ']: ', 'error was: ', 'returned was: ']) {
    const at = lower.indexOf(marker);
    if (at !== -1 && at < 400) return text.slice(at + marker.length).replace(/\)$/, '').trim();
  }
  return text;
}

/** Field names of header lines that are not recipient lines (RFC 5322 §3.6, and forwarded-mail headers in nl/de/fr/it/es/pt). */
const HEADER_LABELS = new Set([
  'from', 'to', 'cc', 'bcc', 'reply-to', 'sender', 'return-path', 'delivered-to', 'received', 'message-id',
  'subject', 'date', 'envelope-to', 'x-original-to', 'sent', 'errors-to', 'in-reply-to', 'references',
  'van', 'aan', 'verzonden', 'onderwerp', 'von', 'an', 'gesendet', 'betreff', 'de', 'à', 'a', 'envoyé', 'objet',
  'da', 'inviato', 'oggetto', 'para', 'enviado', 'asunto', 'assunto', 'enviada em', 'sender address',
  'reporting-mta', 'received-from-mta', 'final-recipient', 'original-recipient', 'x-actual-recipient',
  'remote-mta', 'x-postfix-sender', 'x-failed-recipients', 'mail from', 'rcpt to', 'created date',
]);

/** `From: …`, `Sender Address: …`, `Van: …`: a header-like line, never a failed-recipient line. */
export function isHeaderLikeLine(line: string): boolean {
  const rawColon = line.indexOf(':');
  if (rawColon <= 0 || rawColon > 60) return false;
  const text = collapseSpaces(line);
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 30) return false;
  return HEADER_LABELS.has(text.slice(0, colon).trim().toLowerCase());
}

/** Local parts of system mailboxes: they send bounces, they are not the recipients of one. */
const SYSTEM_LOCAL_PARTS = new Set(['mailer-daemon', 'postmaster', 'mail-daemon', 'mailerdaemon', 'maildaemon', 'nobody', 'root']);

export function isSystemAddress(address: string): boolean {
  const at = address.indexOf('@');
  const local = at === -1 ? address : address.slice(0, at);
  return SYSTEM_LOCAL_PARTS.has(local.toLowerCase());
}
