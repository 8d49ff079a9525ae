/**
 * The one cleaning step for every string from a bounce that reaches the screen,
 * a new message or a command.
 *
 * A bounce is written by a stranger. Characters that are invisible or that
 * change how the text around them is shown are removed, so what the user reads
 * is what the text holds:
 * - C0 and C1 control characters and DEL (Unicode General Category Cc), which can
 *   move a terminal's cursor or recolour it; tabs and line feeds are kept only
 *   in multi-line text;
 * - bidirectional controls (Unicode Standard Annex #9, "Explicit Directional
 *   Formatting Characters", https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings):
 *   U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069; a right-to-left
 *   override can make `moc.otnoc@selas` read as `sales@contoso.com`;
 * - zero-width characters (U+200B–U+200D, U+2060, U+FEFF) that split or join
 *   words unseen;
 * - the line and paragraph separators U+2028/U+2029 become spaces.
 * The result is in Unicode Normalization Form C (https://www.unicode.org/reports/tr15/),
 * so `é` written as `e` + combining accent equals the precomposed `é`.
 */

export interface CleanOptions {
  /** One line: line breaks and tabs become spaces (the default). */
  oneLine?: boolean;
  /** Longest result in characters; a longer text is cut and ends in `…`. */
  max?: number;
}

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS_ONE_LINE = /[\u0000-\u001f\u007f-\u009f]/g;
// Multi-line: the same, but tab (U+0009) and line feed (U+000A) stay; CR is folded into LF first.
// eslint-disable-next-line no-control-regex
const CONTROLS_MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidirectional controls and zero-width characters: removed without a trace. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const SEPARATORS = /[\u2028\u2029]/g;
/** Any run of white space, including no-break and other Unicode spaces. */
const SPACES = /\s+/g;

/** A byte-order mark at the very start is how some files begin, not a hidden character. */
const LEADING_BOM = /^\ufeff/;

/** Does `text` hold bidi controls or zero-width characters (which cleanText removes)? A leading byte-order mark does not count. */
export function hasHiddenCharacters(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text.replace(LEADING_BOM, ''));
}

/** Anything a one-line value may need changed: not printable ASCII, or a double, leading or trailing space. */
const ONE_LINE_WORK = /[^\x20-\x7e]|^ | {2}| $/;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * `text` without hidden characters, NFC-normalised, at most `max` characters.
 * One line (the default): white space collapsed and trimmed. Multi-line: line
 * breaks become `\n` and the layout is kept, spaces and tabs included.
 */
export function cleanText(text: string, options: CleanOptions = {}): string {
  const oneLine = options.oneLine ?? true;
  const max = options.max;
  // A hostile megabyte is cut before the work, leaving room for removed characters.
  let value = max !== undefined && text.length > max * 4 + 16 ? text.slice(0, max * 4 + 16) : text;
  if (oneLine) {
    // Most values (codes, servers, ASCII names) need nothing: one test instead of five passes.
    if (ONE_LINE_WORK.test(value)) {
      value = value.replace(INVISIBLE, '').replace(CONTROLS_ONE_LINE, ' ').replace(SEPARATORS, ' ');
      if (NON_ASCII.test(value)) value = value.normalize('NFC');
      value = value.replace(SPACES, ' ').trim();
    }
  } else {
    value = value.replace(INVISIBLE, '').replace(/\r\n?/g, '\n').replace(CONTROLS_MULTI_LINE, ' ').replace(SEPARATORS, ' ');
    if (NON_ASCII.test(value)) value = value.normalize('NFC');
  }
  if (max !== undefined && value.length > max) {
    // Do not cut a surrogate pair in half.
    let cut = Math.max(0, max - 1);
    const code = value.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    return `${value.slice(0, cut).trimEnd()}…`;
  }
  return value;
}
