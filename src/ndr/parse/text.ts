/**
 * Small text helpers shared by the parsers. Everything here runs in linear time
 * on hostile input: no regular expression with nested or unbounded quantifiers
 * that could backtrack.
 */

/** Upper bound for the human text we keep in `BounceFacts.text` (the catalog matches phrases in it). */
export const MAX_FACT_TEXT = 200_000;

/**
 * Upper bound for any one text we analyse line by line. Real bounces are a few
 * kilobytes (the report comes before any quoted original); a quarter of a
 * megabyte (some fifty pages) leaves plenty of room, also for a bounce deep in
 * a forwarded thread, and keeps hostile inputs cheap.
 */
export const MAX_ANALYSED_TEXT = 256_000;

/** Longest line we look at in detail; the rest of a longer line is ignored by the line parsers. */
export const MAX_LINE = 4_000;

/** Split into lines on CRLF, LF or CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * No-break spaces (U+00A0, U+202F narrow, U+2007 figure) and tabs become plain
 * spaces. French Exchange NDRs put a (no-break) space before every colon
 * (docs/ndr-formats.md §5).
 */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007\t\u2009]/g, ' ');
}

const NEEDS_COLLAPSE = /[\u00a0\u202f\u2007\t\u2009]| {2}/;

/** Collapse runs of white space to one space and trim. */
export function collapseSpaces(text: string): string {
  // Most lines need nothing: test once instead of allocating two new strings.
  if (!NEEDS_COLLAPSE.test(text)) return text.trim();
  return normalizeSpaces(text).replace(/ {2,}/g, ' ').trim();
}

/**
 * A key for comparing headings: lower case, spaces collapsed, no space before a
 * colon (so `groupes :` matches `groupes:`).
 */
export function headingKey(text: string): string {
  return collapseSpaces(text).replace(/ :/g, ':').toLowerCase();
}

export function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * Phrases that open the report of a bounce, in any layout we read (lower case).
 * Used to find a bounce buried deep in a long text (a forwarded thread, a 5 MB
 * body) when the text is longer than we analyse.
 */
const REPORT_ANCHORS: readonly string[] = [
  'delivery has failed to these recipients',
  'diagnostic information for administrators',
  'uw bericht kan niet worden bezorgd',
  'diagnostische gegevens voor beheerders',
  'informations de diagnostic pour les administrateurs',
  'diagnoseinformationen für administratoren',
  'informazioni di diagnostica per gli amministratori',
  'información de diagnóstico para administradores',
  'informações de diagnóstico para administradores',
  "couldn't be delivered",
  'could not be delivered',
  'remote server returned',
  'reported error:',
  'status code:',
  'final-recipient:',
  'diagnostic-code:',
  'this is the mail system at host',
  'mail delivery failed',
  '#550 ',
  '#554 ',
];

/** How much of the text before the first anchor the window keeps (the lines just above it). */
const ANCHOR_LEAD = 8_000;

/**
 * At most `max` characters of `text`, chosen where the bounce is: the start of
 * the text, unless the text is longer than `max` and the first report phrase
 * lies beyond the first `max - ANCHOR_LEAD` characters; then a window that
 * starts a little before that phrase. Linear: one lower-casing and one
 * `indexOf` per anchor.
 */
export function focusWindow(text: string, max: number): string {
  if (text.length <= max) return text;
  const lower = text.toLowerCase();
  let first = -1;
  for (const anchor of REPORT_ANCHORS) {
    const at = lower.indexOf(anchor);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  if (first === -1 || first < max - ANCHOR_LEAD) return text.slice(0, max);
  const start = Math.max(0, first - ANCHOR_LEAD);
  return text.slice(start, start + max);
}

/** Line text limited to `MAX_LINE` characters, for the per-line scanners. */
export function clip(line: string): string {
  return line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
}

/** Decode bytes as UTF-8, falling back to Latin-1 when the bytes are not valid UTF-8. */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
