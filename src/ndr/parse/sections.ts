/**
 * Where the report ends and the returned original message begins, in a bounce
 * written as text. Addresses and codes after that point belong to the original
 * message (its To: header is not a failed recipient), so the recipient parsers
 * only look at the report part.
 */
import { COMMON_HEADER_NAMES, parseHeaderBlock, type HeaderField } from './headers';
import { ORIGINAL_HEADERS_HEADINGS, matchHeading } from './language';
import { normalizeSpaces } from './text';

export interface BodySections {
  /** Index of the first line of the original-message part (`lines.length` when none). */
  reportEnd: number;
  /** The header block of the returned message, when the text carries one. */
  originalHeaders: HeaderField[];
  /** Index of the first line of that header block (-1 when none). */
  originalStart: number;
}

/**
 * Phrases of the separator lines MTAs write before the returned message (lower
 * case): Exim `------ This is a copy of the message, including all the headers. ------`,
 * qmail `--- Below this line is a copy of the message.`, Gmail `----- Original message -----`,
 * DragonFly `Message headers follow.`, Exchange `Original Message Headers` (modern layout).
 */
const SEPARATOR_PHRASES = [
  'copy of the message',
  'copy of your message',
  'below this line is a copy',
  'original message follows',
  'unsent message follows',
  'returned message follows',
  'message headers follow',
  'message header follows',
  'header of the original message',
  'headers of the original message',
  'original message header',
  'original message headers',
  'the original message was:',
  'text of the message follows',
  'undelivered message follows',
  'content-type: message/rfc822',
  'content-type: text/rfc822-headers',
];

/** Dash lines that name the original message: `----- Original message -----`, `-----Original Message-----`. */
function isDashSeparator(lower: string): boolean {
  if (!lower.startsWith('--')) return false;
  if (lower.includes('transcript') || lower.includes('error') || lower.includes('address')) return false;
  return (
    lower.includes('original') ||
    lower.includes('returned') ||
    lower.includes('unsent') ||
    lower.includes('undelivered message') ||
    lower.includes('message follows') ||
    lower.includes('headers follow') ||
    lower.includes('forwarded message') ||
    lower.includes('copy of')
  );
}

export function isOriginalSeparator(line: string): boolean {
  if (line.length > 220) return false;
  const trimmed = normalizeSpaces(line).trim();
  if (trimmed.length === 0 || trimmed.length > 200) return false;
  const lower = trimmed.toLowerCase();
  if (isDashSeparator(lower)) return true;
  if (SEPARATOR_PHRASES.some((phrase) => lower.includes(phrase))) return true;
  // Every localized "Original message headers:" heading has one of these stems (cheap pre-check).
  if (!lower.includes('orig') && !lower.includes('ursprüng') && !lower.includes('oorspronkelijk')) return false;
  return matchHeading(trimmed, ORIGINAL_HEADERS_HEADINGS) !== undefined;
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,60}):/;
/** Fields that only a message header block has (not DSN fields, not an NDR's own labels). */
const STRONG_HEADER_NAMES = new Set(['received', 'return-path', 'message-id', 'dkim-signature', 'mime-version', 'x-mailer', 'domainkey-signature', 'authentication-results', 'arc-seal', 'thread-index']);

function headerName(line: string): string | undefined {
  if (line.startsWith(' ') || line.startsWith('\t')) return undefined;
  return FIELD.exec(line)?.[1]?.toLowerCase();
}

/**
 * Does a message header block start at `index`? At least three fields among
 * the next lines (continuation lines allowed), one of them a field that only
 * real messages have (`Received:`, `Message-ID:`, …). `names` holds each
 * line's field name (computed once per text, so this stays cheap).
 */
function headerBlockAt(lines: readonly string[], names: readonly (string | undefined)[], index: number): boolean {
  const first = names[index];
  if (!first || !COMMON_HEADER_NAMES.has(first)) return false;
  let fields = 0;
  let strong = false;
  for (let i = index; i < Math.min(lines.length, index + 8); i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') break;
    const name = names[i];
    if (name === undefined) {
      if (line.startsWith(' ') || line.startsWith('\t')) continue;
      break;
    }
    if (COMMON_HEADER_NAMES.has(name) || name.startsWith('x-')) fields++;
    if (STRONG_HEADER_NAMES.has(name)) strong = true;
  }
  return fields >= 3 && strong;
}

/** Split a bounce text into its report part and the returned message. */
export function splitBody(lines: readonly string[]): BodySections {
  let reportEnd = lines.length;
  let headerStart = -1;
  // Field names, computed lazily once per line: the look-ahead reads up to 8 of them per line.
  const names: (string | undefined)[] = [];
  let named = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isOriginalSeparator(line)) {
      reportEnd = i;
      break;
    }
    for (; named < Math.min(lines.length, i + 8); named++) names.push(headerName(lines[named] ?? ''));
    // A header block without a separator (some MTAs just append the headers),
    // but not at the very top: that is the bounce's own (pasted) header.
    if (i > 0 && headerBlockAt(lines, names, i)) {
      reportEnd = i;
      headerStart = i;
      break;
    }
  }
  if (headerStart === -1) {
    for (let i = reportEnd + 1; i < Math.min(lines.length, reportEnd + 12); i++) {
      if (headerName(lines[i] ?? '') !== undefined) {
        headerStart = i;
        break;
      }
    }
  }
  const originalHeaders =
    headerStart === -1 ? [] : parseHeaderBlock(lines.slice(headerStart, headerStart + 400).join('\n'));
  return { reportEnd, originalHeaders, originalStart: headerStart };
}
