/**
 * Raw RFC 5322 / MIME messages → a flat, normalized view: top-level headers,
 * the human text (text/plain and text/html bodies) and the parts a bounce
 * carries as evidence (`message/delivery-status`, `message/rfc822`,
 * `text/rfc822-headers`, text attachments).
 *
 * postal-mime does the MIME work (it runs in Node and in the browser). We force
 * `message/rfc822` parts to stay attachments: the original message attached to
 * a bounce must not be mixed into the bounce's own text (RFC 3464 §2, RFC 6522
 * §3: the third part of a report is the returned message).
 */
import PostalMime from 'postal-mime';
import type { Address } from 'postal-mime';
import { COMMON_HEADER_NAMES, type HeaderField } from './headers';
import { splitLines, decodeBytes } from './text';

export interface MimePart {
  /** Lower-cased MIME type, e.g. `message/delivery-status`. */
  contentType: string;
  filename?: string;
  /** Decoded content as text (attached messages as their raw text). */
  content: string;
}

export interface MimeMessage {
  headers: HeaderField[];
  subject?: string;
  /** `Name <address>` or the bare address, as the From header names it. */
  from?: string;
  fromAddress?: string;
  /** Lower-cased addresses of To. */
  to: string[];
  /** The Date header as written. */
  date?: string;
  text: string;
  html: string;
  parts: MimePart[];
  /** Every attachment's name and type, also those whose content we drop (images, archives, …). */
  attachmentList: { contentType: string; filename?: string }[];
}

/** Part types we keep: evidence and text. Images, TNEF and the like are dropped. */
function isUsefulPart(contentType: string, filename: string | null): boolean {
  if (contentType.startsWith('message/') || contentType.startsWith('text/')) return true;
  const name = (filename ?? '').toLowerCase();
  // An HTML page sent as application/octet-stream is still read: a form in a "bounce" is a phishing tell.
  return name.endsWith('.eml') || name.endsWith('.txt') || /\.(?:s?html?|xhtml)$/.test(name);
}

const FIELD_START = /^[!-9;-~]{1,76}:/;

/**
 * Does this text start like an RFC 5322 message (a header block with at least
 * one common field)? A pasted bounce body starts with prose instead, and a
 * MIME parser would take its first paragraph for headers.
 */
export function looksLikeMime(text: string): boolean {
  const head = text.slice(0, 64_000);
  let lines = splitLines(head);
  // An mbox "From " separator line (no colon after the first word).
  if (lines[0]?.startsWith('From ') && !/^From:/.test(lines[0])) lines = lines.slice(1);
  let sawCommon = false;
  let fields = 0;
  for (const line of lines.slice(0, 400)) {
    if (line.trim() === '') return sawCommon && fields > 0;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (fields === 0) return false;
      continue;
    }
    if (!FIELD_START.test(line)) return false;
    fields++;
    const name = line.slice(0, line.indexOf(':')).toLowerCase();
    if (COMMON_HEADER_NAMES.has(name) || name.startsWith('x-')) sawCommon = true;
  }
  return sawCommon && fields > 1;
}

function formatAddress(address: Address | undefined): { display?: string; address?: string } {
  if (!address) return {};
  if (address.group) {
    const first = address.group[0];
    return first ? formatAddress(first) : {};
  }
  const addr = address.address.toLowerCase();
  const display = address.name ? `${address.name} <${address.address}>` : address.address;
  return addr ? { display, address: addr } : display ? { display } : {};
}

function flatAddresses(list: readonly Address[] | undefined): string[] {
  const out: string[] = [];
  for (const entry of list ?? []) {
    if (entry.group) {
      for (const member of entry.group) if (member.address) out.push(member.address.toLowerCase());
    } else if (entry.address) {
      out.push(entry.address.toLowerCase());
    }
  }
  return out;
}

function stripMboxLine(raw: string | Uint8Array): string | Uint8Array {
  if (typeof raw !== 'string') return raw;
  if (raw.startsWith('From ') && !raw.startsWith('From:')) {
    const newline = raw.indexOf('\n');
    return newline === -1 ? raw : raw.slice(newline + 1);
  }
  return raw;
}

/**
 * Parse a raw message. Throws when postal-mime gives up (limits exceeded,
 * broken input): the caller falls back to treating the input as text.
 */
export async function readMime(raw: string | Uint8Array): Promise<MimeMessage> {
  const email = await PostalMime.parse(stripMboxLine(raw), {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: 50,
  });
  const headers: HeaderField[] = email.headers.map((h) => ({ name: h.key, value: h.value }));
  const from = formatAddress(email.from);
  const parts: MimePart[] = [];
  const attachmentList: MimeMessage['attachmentList'] = [];
  for (const attachment of email.attachments) {
    const contentType = attachment.mimeType.toLowerCase();
    if (attachmentList.length < 100) {
      attachmentList.push(attachment.filename ? { contentType, filename: attachment.filename } : { contentType });
    }
    if (!isUsefulPart(contentType, attachment.filename)) continue;
    const content =
      typeof attachment.content === 'string'
        ? attachment.content
        : decodeBytes(attachment.content instanceof Uint8Array ? attachment.content : new Uint8Array(attachment.content));
    parts.push(attachment.filename ? { contentType, filename: attachment.filename, content } : { contentType, content });
  }
  const rawDate = headers.find((h) => h.name === 'date')?.value;
  const message: MimeMessage = {
    headers,
    to: flatAddresses(email.to),
    text: email.text ?? '',
    html: email.html ?? '',
    parts,
    attachmentList,
  };
  if (email.subject !== undefined) message.subject = email.subject.trim();
  if (from.display) message.from = from.display;
  if (from.address) message.fromAddress = from.address;
  if (rawDate) message.date = rawDate;
  return message;
}
