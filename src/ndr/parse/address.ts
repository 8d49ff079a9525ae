/**
 * Finding e-mail addresses in text without a backtracking regular expression:
 * locate each `@` and grow the local part to the left and the domain to the
 * right, one character class test per character. Every character is visited at
 * most twice, so a megabyte of `@@@@` or of letters costs the same as any text.
 */

export interface AddressMatch {
  /** Lower-cased address. */
  address: string;
  /** Index of the first character of the address in the searched text. */
  start: number;
  /** Index just past the last character. */
  end: number;
}

const MAX_LOCAL = 64; // RFC 5321 §4.5.3.1.1
const MAX_DOMAIN = 255; // RFC 5321 §4.5.3.1.2

function isLocalChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
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
    code === 0x5e //    ^
  );
}

function isDomainChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x2d
  );
}

/** Trim characters an address may not start or end with (a sentence's full stop, a leading dot). */
function trimDots(local: string, domain: string): [string, string] {
  let l = local;
  while (l.startsWith('.') || l.startsWith('-')) l = l.slice(1);
  let d = domain;
  while (d.endsWith('.') || d.endsWith('-')) d = d.slice(0, -1);
  return [l, d];
}

/** Is this a plausible domain: labels of letters, digits and hyphens, with at least one dot and a top-level label of two or more characters starting with a letter? */
function plausibleDomain(domain: string): boolean {
  if (domain.length < 3 || domain.startsWith('.') || domain.includes('..')) return false;
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return false;
  const tld = domain.slice(dot + 1);
  return /^[a-z][a-z0-9-]{1,62}$/i.test(tld);
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
      while (left > leftLimit && isLocalChar(text.charCodeAt(left - 1))) left--;
    }
    let right = at + 1;
    const rightLimit = Math.min(text.length, at + 1 + MAX_DOMAIN);
    while (right < rightLimit && isDomainChar(text.charCodeAt(right))) right++;
    const quoted = text.charCodeAt(left) === 0x22;
    const [trimmedLocal, domain] = trimDots(text.slice(left, at), text.slice(at + 1, right));
    const local = quoted ? text.slice(left, at) : trimmedLocal;
    if (local.length > 0 && plausibleDomain(domain)) {
      const start = at - local.length;
      const end = at + 1 + domain.length;
      found.push({ address: `${local}@${domain}`.toLowerCase(), start, end });
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
 * Normalize an address field value such as `rfc822; <User@Example.com>` or
 * `mailto:user@example.com` to `user@example.com`. Keeps unusual local parts
 * (quoted strings, dotless domains) that the scanner would not find, since a
 * DSN field names exactly one address (RFC 3464 §2.3.2).
 */
export function normalizeAddressField(value: string): string | undefined {
  let v = value.trim();
  const semicolon = v.indexOf(';');
  if (semicolon !== -1 && semicolon < 20 && !v.slice(0, semicolon).includes('@')) v = v.slice(semicolon + 1).trim();
  if (v.toLowerCase().startsWith('mailto:')) v = v.slice(7);
  const lt = v.indexOf('<');
  const gt = v.indexOf('>', lt + 1);
  if (lt !== -1 && gt > lt) v = v.slice(lt + 1, gt);
  v = v.trim();
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
