/**
 * Finding e-mail addresses in text without a backtracking regular expression:
 * locate each `@` and grow the local part to the left and the domain to the
 * right, one character class test per character. Every character is visited at
 * most twice, so a megabyte of `@@@@` or of letters costs the same as any text.
 *
 * Addresses may hold non-ASCII letters in the local part and the domain
 * (RFC 6531 §3.3, RFC 6532 §3.2: UTF-8 in `Local-part` and U-labels in the
 * domain), e.g. `josé@exämple.nl` or `用户@例子.广告`; they are read whole.
 * Zero-width and bidirectional control characters inside an address are
 * dropped from it (see `../text/clean.ts`).
 */
import { cleanText } from '../text/clean';

export interface AddressMatch {
  /** Lower-cased address, NFC, without invisible characters. */
  address: string;
  /** Index of the first character of the address in the searched text. */
  start: number;
  /** Index just past the last character. */
  end: number;
}

const MAX_LOCAL = 64; // RFC 5321 §4.5.3.1.1
const MAX_DOMAIN = 255; // RFC 5321 §4.5.3.1.2

/** A letter, combining mark or digit of any script (the non-ASCII characters RFC 6531 allows). */
const UNICODE_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/** Zero-width and bidirectional controls: skipped over inside an address, then removed. */
function isInvisible(code: number): boolean {
  return code === 0x061c || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || code === 0x2060 || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;
}

function isNonAsciiWord(code: number): boolean {
  return code >= 0x80 && (isInvisible(code) || UNICODE_WORD.test(String.fromCharCode(code)));
}

/**
 * Scripts written without spaces between words (Han, kana, Thai): in such text an
 * address may touch the words around it (`user@example.comへの配信`), so a switch
 * between ASCII letters or digits and these ends the address.
 */
function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK Extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK Compatibility Ideographs
    (code >= 0xff66 && code <= 0xff9f) //    Halfwidth Katakana
  );
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Tracks the last letter seen while growing an address, to stop at a switch between ASCII and an unspaced script. */
type LetterKind = 'ascii' | 'unspaced' | undefined;

function letterKind(code: number): LetterKind {
  if (isAsciiAlphanumeric(code)) return 'ascii';
  return isUnspacedScript(code) ? 'unspaced' : undefined;
}

function switchesScript(previous: LetterKind, code: number): boolean {
  const kind = letterKind(code);
  return previous !== undefined && kind !== undefined && kind !== previous;
}

function isLocalChar(code: number): boolean {
  return (
    isAsciiAlphanumeric(code) ||
    code === 0x2e || // .
    code === 0x5f || // _
    code === 0x2d || // -
    code === 0x2b || // +
    code === 0x25 || // %
    code === 0x3d || // =
    code === 0x7e || // ~
    code === 0x21 || // !
    code === 0x23 || // #
    code === 0x24 || // $
    // Not `&`: legal in a local part but in practice the separator of URL query strings.
    code === 0x2a || // *
    code === 0x5e || //  ^
    isNonAsciiWord(code)
  );
}

function isDomainChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 0x2e || code === 0x2d || isNonAsciiWord(code);
}

/** Trim characters an address may not start or end with (a sentence's full stop, a leading dot). */
function trimDots(local: string, domain: string): [string, string] {
  let l = local;
  while (l.startsWith('.') || l.startsWith('-')) l = l.slice(1);
  let d = domain;
  while (d.endsWith('.') || d.endsWith('-')) d = d.slice(0, -1);
  return [l, d];
}

/** An ASCII top-level label (`com`), or an internationalized one (`广告`, `рф`: RFC 5890 U-labels). */
const TLD = /^(?:[a-z][a-z0-9-]{1,62}|[\p{L}][\p{L}\p{M}\p{N}-]{1,62})$/iu;

/** Is this a plausible domain: labels of letters, digits and hyphens, with at least one dot and a top-level label of two or more characters starting with a letter? */
function plausibleDomain(domain: string): boolean {
  if (domain.length < 3 || domain.startsWith('.') || domain.includes('..')) return false;
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return false;
  const tld = domain.slice(dot + 1);
  return TLD.test(tld);
}

/**
 * A top-level label is all ASCII or all non-ASCII: an ASCII one that runs on into
 * other letters (`comÂ`, a no-break space read as Latin-1) ends where they start.
 * Returns the length of the domain to keep.
 */
function tldEnd(domain: string): number {
  const dot = domain.lastIndexOf('.');
  if (dot < 0 || !isAsciiAlphanumeric(domain.charCodeAt(dot + 1))) return domain.length;
  let end = dot + 1;
  while (end < domain.length && domain.charCodeAt(end) < 0x80) end++;
  return end;
}

/** The address as we keep it: invisible characters out, NFC, lower case. */
function addressText(local: string, domain: string): string {
  return `${cleanText(local)}@${cleanText(domain)}`.toLowerCase();
}

/** Every plausible address in `text`, in order. */
export function findAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  let at = text.indexOf('@');
  let previousEnd = 0;
  while (at !== -1) {
    let left = at;
    const leftLimit = Math.max(previousEnd, at - MAX_LOCAL);
    if (text.charCodeAt(at - 1) === 0x22) {
      // A quoted local part (RFC 5321 §4.1.2 Quoted-string), e.g. `"neko..nyaan."@example.org`:
      // back to the opening quote on the same line, at most MAX_LOCAL characters away.
      let open = at - 2;
      while (open >= leftLimit && text.charCodeAt(open) !== 0x22) open--;
      const inner = open < leftLimit ? '' : text.slice(open + 1, at - 1);
      if (open >= leftLimit && inner.length > 0 && !/[\s"\\<>]/.test(inner)) left = open;
    } else {
      let kind: LetterKind;
      while (left > leftLimit && isLocalChar(text.charCodeAt(left - 1)) && !switchesScript(kind, text.charCodeAt(left - 1))) {
        kind = letterKind(text.charCodeAt(left - 1)) ?? kind;
        left--;
      }
    }
    let right = at + 1;
    const rightLimit = Math.min(text.length, at + 1 + MAX_DOMAIN);
    let kind: LetterKind;
    while (right < rightLimit && isDomainChar(text.charCodeAt(right)) && !switchesScript(kind, text.charCodeAt(right))) {
      kind = letterKind(text.charCodeAt(right)) ?? kind;
      right++;
    }
    const quoted = text.charCodeAt(left) === 0x22;
    const [trimmedLocal, dottedDomain] = trimDots(text.slice(left, at), text.slice(at + 1, right));
    const [, domain] = trimDots('', dottedDomain.slice(0, tldEnd(dottedDomain)));
    const local = quoted ? text.slice(left, at) : trimmedLocal;
    if (local.length > 0 && plausibleDomain(cleanText(domain))) {
      const start = at - local.length;
      const end = at + 1 + domain.length;
      found.push({ address: addressText(local, domain), start, end });
      previousEnd = end;
    }
    at = text.indexOf('@', Math.max(at + 1, right));
  }
  return found;
}

/** The first plausible address in `text`. */
export function firstAddress(text: string): string | undefined {
  return findAddresses(text)[0]?.address;
}

/**
 * RFC 6533 §3 `utf-8-addr-xtext` / `utf-8-addr-unitext`: a non-ASCII character
 * may be written as `\x{HHHH}` (its code point in hex). Decoded back to the character.
 */
function decodeUtf8AddressEscapes(value: string): string {
  return value.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (whole, hex: string) => {
    const code = Number.parseInt(hex, 16);
    return code > 0x7f && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Normalize an address field value such as `rfc822; <User@Example.com>`,
 * `utf-8; josé@exämple.nl` (RFC 6533 §3) or `mailto:user@example.com` to
 * `user@example.com`. Keeps unusual local parts (quoted strings, dotless
 * domains) that the scanner would not find, since a DSN field names exactly
 * one address (RFC 3464 §2.3.2).
 */
export function normalizeAddressField(value: string): string | undefined {
  let v = value.trim();
  const semicolon = v.indexOf(';');
  if (semicolon !== -1 && semicolon < 20 && !v.slice(0, semicolon).includes('@')) {
    if (v.slice(0, semicolon).trim().toLowerCase() === 'utf-8') v = decodeUtf8AddressEscapes(v);
    v = v.slice(semicolon + 1).trim();
  }
  if (v.toLowerCase().startsWith('mailto:')) v = v.slice(7);
  const lt = v.indexOf('<');
  const gt = v.indexOf('>', lt + 1);
  if (lt !== -1 && gt > lt) v = v.slice(lt + 1, gt);
  v = cleanText(v);
  // Drop a trailing comment or text after the address (`user@example.com (Name)`).
  const space = v.indexOf(' ');
  if (space !== -1 && !v.startsWith('"')) v = v.slice(0, space);
  if (!v.includes('@') || v.length > 320) return firstAddress(value);
  return v.toLowerCase();
}

/** Local part of an address. */
export function localPart(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? address : address.slice(0, at);
}

/** Lower-cased domain of an address; `undefined` when there is no address or no domain. */
export function domainOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  const domain = at > 0 ? address.slice(at + 1).trim().toLowerCase() : '';
  return domain ? domain : undefined;
}

/** One bare address and nothing else (no name, brackets, list or spaces): what may go in a To line or an option. */
export function isPlainAddress(value: string | undefined): value is string {
  return !!value && /^[^\s@<>"',;]+@[^\s@<>"',;]+$/.test(value);
}
