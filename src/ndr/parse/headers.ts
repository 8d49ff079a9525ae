/**
 * RFC 5322 header blocks in text: the `Original message headers:` section of an
 * Exchange NDR, a `text/rfc822-headers` part (RFC 6522 §4), the internet
 * headers Outlook hands out, or the head of an attached message.
 */
import { decodeWords } from 'postal-mime';
import { splitLines, clip } from './text';

export interface HeaderField {
  /** Lower-cased field name. */
  name: string;
  /** Unfolded value (RFC 5322 §2.2.3), encoded words decoded (RFC 2047). */
  value: string;
}

// `s`: a value may hold U+2028/U+2029 (a stranger wrote it), which `.` alone does not match.
const FIELD_LINE = /^([!-9;-~]{1,76}):[ \t]?(.*)$/s;
/** Stop after this many lines: a header block is never that long, a hostile text might be. */
const MAX_HEADER_LINES = 2_000;

export function decodeHeaderValue(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

/**
 * Read header fields from the start of `text` up to the first blank line (or
 * the first line that is neither a field nor a continuation).
 */
export function parseHeaderBlock(text: string, options: { stopAtJunk?: boolean } = {}): HeaderField[] {
  const fields: HeaderField[] = [];
  const lines = splitLines(text.length > 400_000 ? text.slice(0, 400_000) : text);
  let current: HeaderField | undefined;
  let count = 0;
  for (const rawLine of lines) {
    if (++count > MAX_HEADER_LINES) break;
    const line = clip(rawLine);
    if (line.trim() === '') {
      if (fields.length > 0) break;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && current) {
      current.value = `${current.value} ${line.trim()}`;
      continue;
    }
    const match = FIELD_LINE.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      current = { name: match[1].toLowerCase(), value: match[2].trim() };
      fields.push(current);
    } else if (options.stopAtJunk ?? true) {
      break;
    }
  }
  for (const field of fields) field.value = decodeHeaderValue(field.value);
  return fields;
}

export function headerValue(fields: readonly HeaderField[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return fields.find((field) => field.name === lower)?.value;
}

export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const lower = name.toLowerCase();
  return fields.filter((field) => field.name === lower).map((field) => field.value);
}

/** Header names that almost every message carries: used to tell a header block from prose. */
export const COMMON_HEADER_NAMES: ReadonlySet<string> = new Set([
  'received',
  'return-path',
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'delivered-to',
  'reply-to',
  'sender',
  'dkim-signature',
  'authentication-results',
  'x-mailer',
  'in-reply-to',
  'references',
  'thread-topic',
  'thread-index',
  'arc-seal',
  'x-originating-ip',
  'user-agent',
  'errors-to',
  'list-unsubscribe',
  'importance',
  'x-priority',
  'content-language',
  'x-ms-exchange-organization-authas',
  'domainkey-signature',
]);
