/**
 * A budget for MIME parsing, checked before the MIME parser sees the input.
 *
 * A message made of thousands of empty parts (`--b` repeated), parts nested in
 * parts, or a header block of megabytes costs a MIME parser far more than its
 * size suggests (postal-mime needed 23 s and 500 MB for 1 MB of `--b` lines).
 * One linear pass over the bytes counts what the parser would build: parts
 * (boundary delimiter lines of a boundary some Content-Type declared, RFC 2046
 * §5.1.1), multipart nesting depth, the size of each header block (RFC 5322
 * §2.1: the header ends at the first empty line), and the total size. Where a
 * cap is first exceeded the message is cut: the parser gets the part before
 * the cut, the rest is read as plain text (see input.ts), and the facts say
 * that part of the message was skipped.
 *
 * The caps are far above what real bounces hold (a report has three or four
 * parts; the returned original with its attachments a few dozen; none of the
 * 629 bounces of the test corpus has more than 30 parts, nesting deeper than 4,
 * a header block over 32 KB or more than 1 MB), so they never bite on a
 * genuine bounce. The parts cap is also what keeps the browser fast: postal-mime
 * reads every part through a `Blob`, which costs Chromium milliseconds a part.
 */
import type { SkipReason } from '../types';

export interface MimeCaps {
  /** Body parts (delimiter lines) in the whole message, nested ones included. */
  parts: number;
  /** Multiparts inside multiparts. */
  depth: number;
  /** Bytes in any one header block (the message's own, or a part's). */
  headerBytes: number;
  /** Bytes handed to the MIME parser; every decoded part is at most as long as its encoded form. */
  bytes: number;
}

export const MIME_CAPS: Readonly<MimeCaps> = {
  parts: 200,
  depth: 20,
  headerBytes: 128 * 1024,
  bytes: 16 * 1024 * 1024,
};

/** Where the MIME structure is cut, and why. */
export interface MimeCut {
  reason: SkipReason;
  /** Byte offset of the cut: the start of the line where the cap was exceeded. */
  offset: number;
}

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
/** RFC 2046 §5.1.1: a boundary is at most 70 characters; allow trailing white space and slack. */
const MAX_DELIMITER_LINE = 200;

const latin1 = new TextDecoder('latin1');

/**
 * The raw message as the scan reads it: bytes (a file, `getAsFileAsync`) or a string (a
 * pasted or fetched message), without copying one into the other. Offsets are bytes or
 * UTF-16 code units; everything the scan looks for is ASCII.
 */
interface RawView {
  length: number;
  indexOf(code: number, from: number): number;
  lastIndexOf(code: number, from: number): number;
  at(index: number): number | undefined;
  text(start: number, end: number): string;
}

function viewOf(raw: string | Uint8Array): RawView {
  if (typeof raw === 'string') {
    return {
      length: raw.length,
      indexOf: (code, from) => raw.indexOf(String.fromCharCode(code), from),
      lastIndexOf: (code, from) => (from < 0 ? -1 : raw.lastIndexOf(String.fromCharCode(code), from)),
      at: (index) => (index < raw.length ? raw.charCodeAt(index) : undefined),
      text: (start, end) => raw.slice(start, end),
    };
  }
  return {
    length: raw.length,
    indexOf: (code, from) => raw.indexOf(code, from),
    lastIndexOf: (code, from) => (from < 0 ? -1 : raw.lastIndexOf(code, from)),
    at: (index) => raw[index],
    text: (start, end) => latin1.decode(raw.subarray(start, end)),
  };
}

/** The boundary a header block declares for a multipart body, if any. */
function declaredBoundary(header: string): { multipart: boolean; message: boolean; boundary?: string } {
  const type = contentTypeField(header);
  if (type === undefined) return { multipart: false, message: false };
  const mediaType = (type.split(';')[0] ?? '').trim().toLowerCase();
  const message = mediaType === 'message/rfc822' || mediaType === 'message/global';
  if (!mediaType.startsWith('multipart/')) return { multipart: false, message };
  const boundary = parameter(type, 'boundary');
  return boundary ? { multipart: true, message, boundary } : { multipart: true, message };
}

/** The unfolded value of the Content-Type field in a header block (RFC 5322 §2.2.3 unfolding). */
function contentTypeField(header: string): string | undefined {
  const lines = header.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.length < 13 || line.slice(0, 13).toLowerCase() !== 'content-type:') continue;
    let value = line.slice(13);
    for (let next = index + 1; next < lines.length; next++) {
      const more = lines[next] ?? '';
      if (!more.startsWith(' ') && !more.startsWith('\t')) break;
      value += ` ${more}`;
    }
    return value.replace(/\r/g, '');
  }
  return undefined;
}

/** A MIME parameter's value (RFC 2045 §5.1): quoted or a token. */
function parameter(value: string, name: string): string | undefined {
  const lower = value.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(name, from);
    if (at === -1) return undefined;
    from = at + name.length;
    const before = lower[at - 1];
    if (before !== undefined && before !== ';' && before !== ' ' && before !== '\t') continue;
    let cursor = from;
    while (value[cursor] === ' ' || value[cursor] === '\t') cursor++;
    if (value[cursor] !== '=') continue;
    cursor++;
    while (value[cursor] === ' ' || value[cursor] === '\t') cursor++;
    if (value[cursor] === '"') {
      const end = value.indexOf('"', cursor + 1);
      return end === -1 ? value.slice(cursor + 1).trim() : value.slice(cursor + 1, end);
    }
    let end = cursor;
    while (end < value.length && value[end] !== ';' && value[end] !== ' ' && value[end] !== '\t') end++;
    return value.slice(cursor, end) || undefined;
  }
}

/** The text of a delimiter line after `--`, without trailing white space. */
function delimiterToken(bytes: RawView, start: number, end: number): string {
  let stop = end;
  for (let last = bytes.at(stop - 1); stop > start && (last === CR || last === 0x20 || last === 0x09); last = bytes.at(stop - 1)) stop--;
  return bytes.text(start + 2, stop);
}

/**
 * Scan a raw message (bytes, or a string of it) and say where it must be cut to stay within the caps,
 * or `undefined` when the whole message fits. Linear in the input: every byte
 * is looked at once (newline search), header blocks are decoded once.
 */
export function scanMimeBudget(raw: string | Uint8Array, caps: Readonly<MimeCaps> = MIME_CAPS): MimeCut | undefined {
  const bytes = viewOf(raw);
  const length = bytes.length;
  /** Boundaries of the open multiparts, outermost first. */
  const open: string[] = [];
  let parts = 0;
  /** Start of the header block being read, or -1 while in a body. */
  let headerStart = 0;
  let position = 0;
  const limit = Math.min(length, caps.bytes);
  while (position < limit) {
    const newline = bytes.indexOf(LF, position);
    const end = newline === -1 ? length : newline;
    const next = newline === -1 ? length : newline + 1;
    const delimiter = open.length > 0 && end - position >= 2 && end - position <= MAX_DELIMITER_LINE && bytes.at(position) === DASH && bytes.at(position + 1) === DASH;
    // A delimiter line ends a header block too: postal-mime (like most parsers) takes it as the next part.
    const token = delimiter ? delimiterToken(bytes, position, end) : '';
    const level = delimiter ? open.lastIndexOf(token) : -1;
    const closing = delimiter && level === -1 && token.endsWith('--') ? open.lastIndexOf(token.slice(0, -2)) : -1;
    if (closing !== -1) {
      open.length = closing;
      headerStart = -1;
    } else if (level !== -1) {
      open.length = level + 1;
      parts++;
      if (parts > caps.parts) return { reason: 'parts', offset: position };
      headerStart = next;
    } else if (headerStart !== -1) {
      if (end - headerStart > caps.headerBytes) return { reason: 'header', offset: position };
      const empty = end === position || (end === position + 1 && bytes.at(position) === CR);
      if (empty || next === length) {
        const header = declaredBoundary(bytes.text(headerStart, end));
        headerStart = -1;
        if (header.boundary !== undefined) {
          if (open.length >= caps.depth) return { reason: 'depth', offset: next };
          open.push(header.boundary);
        } else if (header.message) {
          // The body of an attached message starts with that message's own header block (RFC 2046 §5.2.1).
          headerStart = next;
        }
      }
    }
    position = next;
  }
  return length > caps.bytes ? lineStartBefore(bytes, caps.bytes, 'size') : undefined;
}

/** Cut at the start of the line that holds `limit`. */
function lineStartBefore(bytes: RawView, limit: number, reason: SkipReason): MimeCut {
  const newline = bytes.lastIndexOf(LF, limit - 1);
  return { reason, offset: newline === -1 ? 0 : newline + 1 };
}
