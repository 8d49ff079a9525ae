/**
 * "Address near a status code": the recipients of a bounce written as text.
 *
 * Nearly every MTA writes, for each failed recipient, a line that names the
 * address (`<user@example.com>:`, `user@example.com`, `Name (addr)<mailto:addr>`,
 * `addr on <date>`) followed by the reason, which quotes the SMTP reply with its
 * codes. We find those anchor lines, give each the lines up to the next anchor
 * (a block), merge blocks of the same address (sendmail names a recipient in
 * its summary and again in the transcript; Exchange in the user part and in the
 * admin part), and read status, reply, identifier and servers from each block.
 *
 * Works line by line; every per-line test is bounded, so the whole pass is linear.
 */
import { findAddresses, type AddressMatch } from './address';
import {
  exchangeReply,
  findIdentifier,
  generatingServer,
  groupNameFromSentence,
  rejectingServer,
  remoteHostLine,
  remoteServerSentence,
  statusCodeLine,
} from './exchange';
import { isHeaderLikeLine, isSystemAddress, remoteServerFromLine, replyOnLine } from './generic';
import { ADMIN_SECTION_HEADINGS, FAILED_RECIPIENTS_HEADINGS, GENERATING_SERVER_LABELS, matchHeading, matchHeadingKey } from './language';
import { findStatusCodes, pickStatus, smtpCodeAtStart, type StatusMatch } from './status';
import type { FailedRecipient, NdrLanguage } from '../types';
import { clip, collapseSpaces, headingKey, normalizeSpaces } from './text';

/** A failed recipient as the human text tells it: everything but what only the DSN part or the whole bounce knows. */
export type TextFailure = Omit<FailedRecipient, 'generatingServer' | 'action'>;

export interface TextAnalysis {
  failures: TextFailure[];
  generatingServer?: string;
  /** Languages of the localized Exchange headings found, in order. */
  headingLanguages: NdrLanguage[];
  /** Exchange's own layout was recognized (headings, `Remote Server returned`, `Status code:`, …). */
  exchangeLayout: boolean;
  /** Display names from `The group X isn't set up …` sentences. */
  groupNames: string[];
}

export interface TextContext {
  /** Addresses that are never failed recipients here: the original sender, the bounce's own sender. */
  excluded: ReadonlySet<string>;
}

type AnchorKind = 'line' | 'lead' | 'sentence' | 'alias';

/** More failed recipients than any real bounce lists; beyond it the text is not a bounce we can help with. */
const MAX_RECIPIENTS = 1_000;

const ALIAS_WORDS = ['generated from', 'expanded from', 'expanded from:', 'forwarded from', 'alias for', 'aliased from'];

interface Anchor {
  line: number;
  address: string;
  kind: AnchorKind;
  displayName?: string;
  originalAddress?: string;
}

interface Line {
  raw: string;
  /** Spaces normalized, clipped, trimmed. */
  text: string;
}

const OPENERS = new Set(['<', '"', "'", '(', '[', '*', '-', '•', '>', '']);

/** Text before the address, without trailing decoration such as `<`, `"`, `(` or `mailto:`. */
function stripBefore(before: string): string {
  let text = before.trim();
  for (let guard = 0; guard < 4; guard++) {
    const lower = text.toLowerCase();
    if (lower.endsWith('mailto:')) text = text.slice(0, -7).trim();
    else if (lower.endsWith('rfc822;')) text = text.slice(0, -7).trim();
    else if (/[<"'([]$/.test(text)) text = text.slice(0, -1).trim();
    else break;
  }
  return text;
}

/** The text after the first address, without further occurrences of it and without decoration (`<mailto:…>`, `()`, `:`). */
function stripAfter(address: string, all: readonly AddressMatch[], offset: number, line: string): string {
  let out = '';
  let cursor = offset;
  for (const match of all) {
    if (match.start < offset) continue;
    if (match.address !== address) break;
    out += line.slice(cursor, match.start);
    cursor = match.end;
  }
  out += line.slice(cursor);
  return out.replace(/mailto:/gi, '').replace(/[<>()"'[\]:;,.\s]/g, '');
}

/** A plausible display name before an address: short, no colon, no status code. */
function plausibleName(text: string): boolean {
  if (text.length === 0 || text.length > 80) return false;
  if (text.includes(':') || /\d\.\d\.\d/.test(text) || /\b[245]\d\d\b/.test(text)) return false;
  if (text.split(' ').length > 6 || /[\u3001\u3002\uff0c\uff1a]/.test(text)) return false;
  const lower = ` ${text.toLowerCase()} `;
  if (SENTENCE_REJECT.some((word) => lower.includes(word)) || NOT_A_NAME.some((word) => lower.includes(word))) return false;
  return /[A-Za-z\u00c0-\uffff]/.test(text);
}

/** Words that make the text before an address a sentence rather than a display name. */
const NOT_A_NAME = [
  ' to ', ' from ', ' by ', ' for ', ' please ', ' at ', ' your ', ' the following ', ' message ', ' sent ',
  // Greetings: `Hello user@example.com,` addresses the sender, not a failed recipient.
  ' hello ', ' hi ', ' dear ', ' hallo ', ' beste ', ' geachte ', ' bonjour ', ' ciao ', ' hola ', ' olá ', ' sehr geehrte ',
];

/** How the text after a leading address continues for a recipient line: `: reason`, `... reason`, ` on <date>`, ` (expanded from <…>)`. */
function leadContinuation(after: string): boolean {
  const text = after.replace(/^[>"')]+/, '').trimStart();
  if (text.startsWith(':') || text.startsWith('...') || text.startsWith('(') || text.startsWith('[') || text.startsWith(',')) return true;
  const lower = text.toLowerCase();
  return lower.startsWith('on ') || lower.startsWith('- ') || lower.startsWith('-- ');
}

function classifyAt(line: Line, index: number): Anchor | undefined {
  const text = line.text;
  if (text.length === 0) return undefined;
  const lower = text.toLowerCase();
  // Modern EXO "Original Message Details": `Recipient Address: user@example.com`.
  if (lower.startsWith('recipient address:')) {
    const address = findAddresses(text)[0]?.address;
    return address ? { line: index, address, kind: 'lead' } : undefined;
  }
  if (isHeaderLikeLine(text)) return undefined;
  const all = findAddresses(text);
  const first = all[0];
  if (!first) return undefined;
  const before = text.slice(0, first.start);
  const after = text.slice(first.end);
  const beforeCore = stripBefore(before);
  const afterCore = stripAfter(first.address, all, first.end, text);
  const opener = before.trim();
  // Exim `(generated from user@example.com)`, sendmail `(expanded from: <user@example.com>)`:
  // the address before aliasing, belonging to the recipient line above.
  const lowerBefore = beforeCore.toLowerCase();
  if (ALIAS_WORDS.some((word) => lowerBefore.endsWith(word))) {
    return { line: index, address: first.address, kind: 'alias' };
  }
  // `Impossibile recapitare il messaggio a addr.`: a bare address that ends a sentence has prose
  // before it, not a display name (Exchange writes names as `Name (addr)` or `Name<mailto:addr>`).
  const endsSentence = beforeCore.length > 0 && /^\s{0,3}[.!?]\s{0,3}$/.test(after) && !/[<(["']\s{0,3}$/.test(before);
  if (!endsSentence && afterCore.length === 0 && (beforeCore.length === 0 || plausibleName(beforeCore))) {
    const anchor: Anchor = { line: index, address: first.address, kind: 'line' };
    if (beforeCore) anchor.displayName = beforeCore.replace(/^["']|["']$/g, '').trim();
    return anchor;
  }
  if (OPENERS.has(opener) && leadContinuation(after)) {
    const anchor: Anchor = { line: index, address: first.address, kind: 'lead' };
    const expanded = after.toLowerCase().indexOf('expanded from');
    if (expanded !== -1) {
      const original = all.find((m) => m.start > first.end + expanded && m.address !== first.address);
      if (original) anchor.originalAddress = original.address;
    }
    return anchor;
  }
  const distinct = new Set(all.map((m) => m.address));
  if (distinct.size === 1 && !SENTENCE_REJECT.some((word) => lower.includes(word))) {
    return { line: index, address: first.address, kind: 'sentence' };
  }
  return undefined;
}

/** Sentences with an address that point the reader somewhere (help desks, postmasters), not at a failed recipient. */
const SENTENCE_REJECT = ['contact', 'assistance', 'questions', 'help', 'support', 'send mail to', 'reply to', 'write to', 'sent by', 'from:', 'mail from', 'envelope-from', 'sender'];

/** Exim `A message sent by` / `<addr>`: the line before an address line says it is the sender. */
function introducesSender(lines: readonly Line[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const text = (lines[i]?.text ?? '').toLowerCase();
    if (text === '') continue;
    return text.endsWith(' by') || text.endsWith(' from') || text.endsWith('sender:') || text.endsWith('from:');
  }
  return false;
}

/** Lines whose codes are the rejecting server's reply rather than prose around it. */
function isReplyLine(text: string): boolean {
  if (exchangeReply(text) || statusCodeLine(text)) return true;
  if (replyOnLine(text) !== collapseSpaces(text)) return true;
  return smtpCodeAtStart(text) !== undefined;
}

interface Candidate extends StatusMatch {
  line: number;
  /** On a line that quotes a reply (`said:`, `<<<`, `Status code:`, …). */
  reply: boolean;
  /** On a line that quotes the whole reply (`Remote Server returned '…'`, `Reported error:`, `#550 … ##`). */
  full: boolean;
}

function candidatesIn(lines: readonly Line[], indices: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const i of indices) {
    const text = lines[i]?.text ?? '';
    if (!text) continue;
    const found = findStatusCodes(text);
    if (found.length === 0) continue;
    const reply = isReplyLine(text);
    const full = exchangeReply(text) !== undefined;
    for (const match of found) out.push({ ...match, line: i, reply, full });
  }
  return out;
}

/** The reply text that starts at line `index`, with its continuation lines (multi-line `550-` replies, folded lines). */
function replyFrom(lines: readonly Line[], index: number, anchorLines: ReadonlySet<number>): string {
  const first = lines[index];
  if (!first) return '';
  const exchange = exchangeReply(first.text);
  let reply = exchange?.reply ?? statusCodeLine(first.text) ?? replyOnLine(first.text);
  // `Remote Server returned '…` whose closing quote is on a later line.
  const openQuote = /remote server returned\s{0,3}'/i.test(first.text) && !/'\s*$/.test(first.text);
  const code = smtpCodeAtStart(reply);
  for (let i = index + 1; i < Math.min(lines.length, index + 12) && reply.length < 2_000; i++) {
    const next = lines[i];
    if (!next || next.text === '' || anchorLines.has(i)) break;
    const indented = next.raw.startsWith(' ') || next.raw.startsWith('\t');
    const sameCode = code !== undefined && (next.text.startsWith(`${code}-`) || next.text.startsWith(`${code} `));
    if (openQuote) {
      const close = next.text.lastIndexOf("'");
      reply += ` ${close === -1 ? next.text : next.text.slice(0, close)}`;
      if (close !== -1) break;
      continue;
    }
    if (!(sameCode || (indented && !(first.raw.startsWith(' ') || first.raw.startsWith('\t'))))) break;
    if (findAddresses(next.text).length > 0 && !sameCode && !indented) break;
    reply += ` ${next.text}`;
  }
  return reply.trim();
}

/**
 * The reply that carries the chosen code. qmail puts the code on a line of its
 * own after the reply (`… said: 550 Unknown user` / `. (#5.5.0)`): then the reply
 * line above is the reply, and the code line its end.
 */
function replyWithCode(lines: readonly Line[], chosen: Candidate, indices: ReadonlySet<number>, anchorLines: ReadonlySet<number>): string {
  const own = replyFrom(lines, chosen.line, anchorLines);
  if (chosen.reply) return own;
  for (let i = chosen.line - 1; i >= Math.max(0, chosen.line - 3); i--) {
    const text = lines[i]?.text ?? '';
    if (!text || !indices.has(i)) break;
    if (isReplyLine(text)) {
      const above = replyFrom(lines, i, new Set());
      const codeLine = lines[chosen.line]?.text ?? '';
      return above.includes(codeLine) ? above : `${above} ${codeLine}`.trim();
    }
  }
  return own;
}

/** Up to three non-empty lines right after the block's first anchor line. */
function reasonUnderAnchor(lines: readonly Line[], indices: readonly number[], indexSet: ReadonlySet<number>, anchorLines: ReadonlySet<number>): string | undefined {
  const start = indices.find((i) => anchorLines.has(i));
  if (start === undefined) return undefined;
  const words: string[] = [];
  // Postfix and qmail put the reason on the address line itself: `<user@example.com>: Host not found`.
  const anchorText = lines[start]?.text ?? '';
  const address = findAddresses(anchorText)[0];
  const rest = address ? anchorText.slice(address.end).replace(/^[>"')\]]{0,3}\s{0,3}:?\s{0,3}/, '').trim() : '';
  // Only words: not Exchange's `<mailto:…>` decoration or an alias note in parentheses.
  if (rest.length > 1 && /^[A-Za-z0-9]/.test(rest)) words.push(rest);
  for (let i = start + 1; i < Math.min(lines.length, start + 6) && words.length < 3; i++) {
    const text = lines[i]?.text ?? '';
    if (anchorLines.has(i) || !indexSet.has(i)) break;
    if (text === '') {
      if (words.length > 0) break;
      continue;
    }
    if (isOriginalHeading(text)) break;
    words.push(text);
  }
  const joined = words.join(' ').trim();
  return joined.length > 0 ? joined.slice(0, 1_000) : undefined;
}

/** Section headings that end a recipient's reason. */
function isOriginalHeading(text: string): boolean {
  return text.startsWith('---') || text.startsWith('***') || matchHeading(text, ADMIN_SECTION_HEADINGS) !== undefined;
}

/** The failure a block of lines describes. */
function readBlock(lines: readonly Line[], indices: readonly number[], anchorLines: ReadonlySet<number>): Omit<TextFailure, 'address'> {
  const result: Omit<TextFailure, 'address'> = {};
  const indexSet = new Set(indices);
  const candidates = candidatesIn(lines, indices);
  // Strongest evidence first: whole quoted replies, then reply lines, then any code.
  const fullCandidates = candidates.filter((c) => c.full);
  const replyCandidates = candidates.filter((c) => c.reply);
  const pool = fullCandidates.length > 0 ? fullCandidates : replyCandidates.length > 0 ? replyCandidates : candidates;
  let chosen = pickStatus(pool) as Candidate | undefined;
  // A generic code in the whole reply may still be refined by a reply line (`Status code: 550 5.7.1`).
  if (chosen && fullCandidates.length > 0) {
    const refined = pickStatus([chosen, ...replyCandidates]) as Candidate | undefined;
    if (refined && refined.status !== chosen.status) chosen = refined;
  }
  if (chosen) {
    result.status = chosen.status;
    const reply = replyWithCode(lines, chosen, indexSet, anchorLines);
    if (reply) result.reply = reply;
    const smtp = chosen.smtpCode ?? smtpCodeAtStart(reply);
    if (smtp) result.smtpCode = smtp;
  } else {
    // No enhanced code: the first line that quotes a reply (`said: 550 …`, `Remote Server returned '…'`).
    for (const i of indices) {
      const text = lines[i]?.text ?? '';
      if (text && isReplyLine(text) && !anchorLines.has(i)) {
        const reply = replyFrom(lines, i, anchorLines);
        if (reply) {
          result.reply = reply;
          const smtp = smtpCodeAtStart(reply);
          if (smtp) result.smtpCode = smtp;
          break;
        }
      }
    }
  }
  if (!result.reply) {
    // No quoted reply: the MTA's own words under the address (`retry timeout exceeded`).
    const words = reasonUnderAnchor(lines, indices, indexSet, anchorLines);
    if (words) result.reply = words;
  }
  for (const i of indices) {
    const text = lines[i]?.text ?? '';
    if (!text) continue;
    if (!result.identifier) {
      const identifier = findIdentifier(text);
      if (identifier) result.identifier = identifier;
    }
    if (!result.remoteServer) {
      const remote = remoteServerFromLine(text) ?? rejectingServer(text);
      if (remote) result.remoteServer = remote;
    }
    if (!result.originalAddress) {
      const original = exchangeReply(text)?.originalAddress;
      if (original) result.originalAddress = original;
    }
  }
  // Classic layout: the line right under the address in the admin section names the remote host.
  for (const i of indices) {
    if (!anchorLines.has(i)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]?.text === '') j++;
    const host = remoteHostLine(lines[j]?.text ?? '');
    if (host && !result.remoteServer) result.remoteServer = host;
  }
  return result;
}

/** Analyse the report part of a bounce text (the original message already cut off). */
export function analyzeReportText(rawLines: readonly string[], context: TextContext): TextAnalysis {
  const lines: Line[] = rawLines.map((raw) => {
    const clipped = clip(raw);
    return { raw: clipped, text: normalizeSpaces(clipped).trim() };
  });
  const analysis: TextAnalysis = { failures: [], headingLanguages: [], exchangeLayout: false, groupNames: [] };

  let globalRemote: string | undefined;
  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (!text) continue;
    const key = text.length <= 300 ? headingKey(text) : '';
    const heading =
      matchHeadingKey(key, FAILED_RECIPIENTS_HEADINGS) ?? matchHeadingKey(key, ADMIN_SECTION_HEADINGS) ?? matchHeadingKey(key, GENERATING_SERVER_LABELS);
    if (heading) {
      analysis.headingLanguages.push(heading.lang);
      analysis.exchangeLayout = true;
    }
    // Also Exchange 2003's `did not reach the following recipient(s):`.
    if (key.startsWith('status code:') || key.startsWith('did not reach the following recipient') || /remote server\s{1,3}returned/i.test(text)) {
      analysis.exchangeLayout = true;
    }
    if (!analysis.generatingServer) {
      const server = generatingServer(text);
      if (server) analysis.generatingServer = server;
    }
    if (!globalRemote) globalRemote = remoteServerSentence(text);
    const group = groupNameFromSentence(text);
    if (group) analysis.groupNames.push(group);
    const anchor = classifyAt(lines[i] as Line, i);
    if (anchor && !(anchor.kind === 'line' && introducesSender(lines, i))) anchors.push(anchor);
  }

  // Alias lines name the original address of the recipient line before them.
  const aliasFree: Anchor[] = [];
  for (const anchor of anchors) {
    if (anchor.kind !== 'alias') {
      aliasFree.push(anchor);
      continue;
    }
    const previous = aliasFree[aliasFree.length - 1];
    if (previous && previous.kind !== 'sentence' && !previous.originalAddress && previous.address !== anchor.address) {
      previous.originalAddress = anchor.address;
    } else if (!aliasFree.some((a) => a.kind !== 'sentence')) {
      // The recipient line above is no address (sendmail `"|/home/user/bin/filter"` / `(expanded
      // from: <user@example.com>)`, delivery to a program or file): the alias is all that names it.
      aliasFree.push({ ...anchor, kind: 'lead' });
    }
  }
  anchors.length = 0;
  anchors.push(...aliasFree);
  const strong = anchors.filter((a) => a.kind !== 'sentence');
  const sentences = anchors.filter((a) => a.kind === 'sentence' && !context.excluded.has(a.address));
  const strongAddresses = new Set(strong.map((a) => a.address));
  // Sentence anchors count when nothing stronger names anybody, or when they name the same address.
  // Sentences naming the original sender or the bounce's own addresses are about them, not
  // failed recipients. A recipient line still counts: people do mail themselves.
  const used = (strong.length > 0 ? [...strong, ...sentences.filter((a) => strongAddresses.has(a.address))] : sentences).sort(
    (a, b) => a.line - b.line,
  );

  const anchorLines = new Set(used.map((a) => a.line));
  const order: string[] = [];
  const blocks = new Map<string, { indices: number[]; anchors: Anchor[] }>();
  for (let k = 0; k < used.length; k++) {
    const anchor = used[k] as Anchor;
    const end = used[k + 1]?.line ?? lines.length;
    let block = blocks.get(anchor.address);
    if (!block) {
      block = { indices: [], anchors: [] };
      blocks.set(anchor.address, block);
      order.push(anchor.address);
    }
    block.anchors.push(anchor);
    for (let i = anchor.line; i < end; i++) block.indices.push(i);
  }
  // One recipient: the whole report is about it (codes may come before the address).
  if (order.length === 1) {
    const only = blocks.get(order[0] as string);
    if (only) only.indices = lines.map((_, i) => i);
  }

  for (const address of order.slice(0, MAX_RECIPIENTS)) {
    const block = blocks.get(address);
    if (!block) continue;
    const found = readBlock(lines, block.indices, anchorLines);
    const failure: TextFailure = { address, ...found };
    const named = block.anchors.find((a) => a.displayName && a.displayName.toLowerCase() !== address);
    if (named?.displayName) failure.displayName = named.displayName;
    const expanded = block.anchors.find((a) => a.originalAddress)?.originalAddress;
    if (expanded && !failure.originalAddress) failure.originalAddress = expanded;
    if (failure.originalAddress === address) delete failure.originalAddress;
    if (!failure.remoteServer && globalRemote) failure.remoteServer = globalRemote;
    analysis.failures.push(failure);
  }

  // Nobody named, but a reply with a code: a failure for an unknown recipient,
  // or for the address the reply itself names (`550 5.1.1 <user@example.com>... User unknown`).
  if (analysis.failures.length === 0) {
    const all = lines.map((_, i) => i);
    const found = readBlock(lines, all, new Set());
    if (found.status) {
      const replyAddress = found.reply
        ? findAddresses(found.reply).find((m) => !context.excluded.has(m.address) && !isSystemAddress(m.address))?.address
        : undefined;
      const failure: TextFailure = { address: replyAddress ?? '', ...found };
      if (!failure.remoteServer && globalRemote) failure.remoteServer = globalRemote;
      analysis.failures.push(failure);
    }
  }
  return analysis;
}
