/**
 * The message that bounced: its subject, date and sender, from the attached
 * `message/rfc822` part or `text/rfc822-headers` part (RFC 3464 §2, RFC 6522
 * §3), the `Original message headers:` section of an Exchange NDR, the modern
 * layout's "Original Message Details", or Exchange 2003's `Your message` block.
 *
 * These addresses are the original's, not failed recipients.
 */
import { addressParser } from 'postal-mime';
import type { Address } from 'postal-mime';
import { firstAddress } from './address';
import { headerValue, parseHeaderBlock, type HeaderField } from './headers';

export interface OriginalMessage {
  subject?: string;
  date?: string;
  /** Lower-cased sender address. */
  sender?: string;
  /**
   * Display names the original gave its recipients (`To: Sales All <sales@contoso.com>`), by
   * lower-cased address. A bounce that names a failed group only by address (the modern
   * layout, a pasted text without its delivery-status part) still has its name here.
   */
  recipientNames?: Map<string, string>;
}

/** Longest To/Cc value we parse: thousands of recipients, and a hostile header stays cheap. */
const MAX_RECIPIENT_FIELD = 20_000;

function collectNames(list: readonly Address[], names: Map<string, string>): void {
  for (const entry of list) {
    if (entry.group) {
      collectNames(entry.group, names);
      continue;
    }
    const address = entry.address.toLowerCase();
    const name = entry.name.trim();
    if (address && name && name.toLowerCase() !== address && !names.has(address)) names.set(address, name);
  }
}

function recipientNamesFrom(headers: readonly HeaderField[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const field of headers) {
    if (field.name !== 'to' && field.name !== 'cc') continue;
    try {
      collectNames(addressParser(field.value.slice(0, MAX_RECIPIENT_FIELD)), names);
    } catch {
      // An unparsable field names nobody.
    }
  }
  return names;
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
  const names = recipientNamesFrom(headers);
  if (names.size > 0) result.recipientNames = names;
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
    for (const [address, name] of source.recipientNames ?? []) {
      result.recipientNames ??= new Map();
      if (!result.recipientNames.has(address)) result.recipientNames.set(address, name);
    }
  }
  return result;
}
