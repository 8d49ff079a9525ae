/**
 * The message that bounced: its subject, date and sender, from the attached
 * `message/rfc822` part or `text/rfc822-headers` part (RFC 3464 §2, RFC 6522
 * §3), the `Original message headers:` section of an Exchange NDR, the modern
 * layout's "Original Message Details", or Exchange 2003's `Your message` block.
 *
 * These addresses are the original's, not failed recipients.
 */
import { firstAddress } from './address';
import { headerValue, parseHeaderBlock, type HeaderField } from './headers';

export interface OriginalMessage {
  subject?: string;
  date?: string;
  /** Lower-cased sender address. */
  sender?: string;
}

/** Details from a header block (From, falling back to Sender and Return-Path). */
export function originalFromHeaders(headers: readonly HeaderField[]): OriginalMessage {
  const result: OriginalMessage = {};
  const subject = headerValue(headers, 'subject');
  if (subject !== undefined) result.subject = subject.trim();
  const date = headerValue(headers, 'date');
  if (date) result.date = date.trim();
  const sender =
    firstAddress(headerValue(headers, 'from') ?? '') ??
    firstAddress(headerValue(headers, 'sender') ?? '') ??
    firstAddress(headerValue(headers, 'return-path') ?? '');
  if (sender) result.sender = sender;
  return result;
}

/** Details from an attached message or header part (its raw text). */
export function originalFromRaw(raw: string): OriginalMessage {
  return originalFromHeaders(parseHeaderBlock(raw.length > 200_000 ? raw.slice(0, 200_000) : raw));
}

/** Combine sources, the first one that has a value winning per field. */
export function mergeOriginal(...sources: readonly OriginalMessage[]): OriginalMessage {
  const result: OriginalMessage = {};
  for (const source of sources) {
    if (result.subject === undefined && source.subject !== undefined) result.subject = source.subject;
    if (result.date === undefined && source.date !== undefined) result.date = source.date;
    if (result.sender === undefined && source.sender !== undefined) result.sender = source.sender;
  }
  return result;
}
