/**
 * Look-alike addresses and names: a word that mixes letters of different
 * alphabets (`sаles` with a Cyrillic `а`), and an address whose domain imitates
 * one of the user's own domains (`cоntoso.com`, `contoso-com.net`). Pure.
 *
 * Addresses with non-ASCII letters are legal (RFC 6531, RFC 6532), and a name
 * written wholly in Greek or Cyrillic is an ordinary name: only letters of
 * look-alike alphabets mixed within one word count. The approach follows
 * Unicode Technical Standard #39, "Unicode Security Mechanisms"
 * (https://www.unicode.org/reports/tr39/): §5.1 mixed-script detection and §4
 * confusable detection through a skeleton, here reduced to the homoglyphs
 * that matter for addresses.
 */

import type { LookAlike, LookAlikeScript } from '../types';
import { domainToUnicode } from './punycode';

export type { LookAlike, LookAlikeScript } from '../types';

const SCRIPT_TESTS: ReadonlyArray<readonly [LookAlikeScript, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/** Words: runs of letters and combining marks. Digits, dots, `@`, hyphens and spaces separate them. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Longest text we inspect: names and addresses are short; a megabyte is not worth the time. */
const MAX_INSPECTED = 1_000;

function scriptOf(letter: string): LookAlikeScript | undefined {
  for (const [script, test] of SCRIPT_TESTS) if (test.test(letter)) return script;
  return undefined;
}

/**
 * The look-alike alphabets mixed within one word of `text` (`['Latin', 'Cyrillic']`
 * for `sаles-all@contoso.com`), or `undefined` when every word keeps to one.
 * `Jérôme`, `Ελένη`, `Иван Petrov` and `用户@例子.广告` are not mixed.
 */
export function mixedScripts(text: string): LookAlikeScript[] | undefined {
  // Plain ASCII is Latin only: nothing to mix.
  if (!/[\u0080-\uffff]/.test(text)) return undefined;
  const found: LookAlikeScript[] = [];
  for (const [word] of text.slice(0, MAX_INSPECTED).normalize('NFC').matchAll(WORD)) {
    const inWord: LookAlikeScript[] = [];
    for (const char of word) {
      const script = scriptOf(char);
      if (script && !inWord.includes(script)) inWord.push(script);
    }
    if (inWord.length > 1) for (const script of inWord) if (!found.includes(script)) found.push(script);
  }
  return found.length > 1 ? found : undefined;
}

/**
 * Letters of other alphabets that look like a Latin letter (a subset of the
 * confusables data of UTS #39, https://www.unicode.org/Public/security/latest/confusables.txt).
 * Lower case only: the skeleton is lower-cased first.
 */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', г: 'r', д: 'd', е: 'e', ё: 'e', з: '3', и: 'u', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ь: 'b', һ: 'h', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', ո: 'n',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ϲ: 'c', ϳ: 'j',
  // Armenian
  օ: 'o', ս: 'u', հ: 'h', ց: 'g', ք: 'p', զ: 'q',
  // Latin look-alikes
  ɡ: 'g', ı: 'i', ȷ: 'j', ɩ: 'i', ʟ: 'l', ɑ: 'a', ƅ: 'b', ß: 'b',
};

/** Letter sequences that read as another: `rn` as `m`, `vv` as `w`, digits as letters. */
const SEQUENCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/0/g, 'o'],
  [/[1l|]/g, 'i'],
  [/5/g, 's'],
];

/**
 * The skeleton of a domain or name: compatibility forms folded (`ｃｏｍ` → `com`),
 * lower case, accents dropped, look-alike letters mapped to the Latin letter
 * they pass for, and `rn`/`0`/`1`/`l` read as `m`/`o`/`i`/`i`. Two strings with
 * the same skeleton look alike.
 */
export function skeleton(text: string): string {
  let value = text.slice(0, MAX_INSPECTED).normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '');
  value = Array.from(value, (char) => HOMOGLYPHS[char] ?? char).join('');
  for (const [pattern, replacement] of SEQUENCES) value = value.replace(pattern, replacement);
  return value;
}

function domainPart(addressOrDomain: string): string {
  const at = addressOrDomain.lastIndexOf('@');
  const domain = (at === -1 ? addressOrDomain : addressOrDomain.slice(at + 1)).trim().toLowerCase().replace(/\.$/, '');
  return domainToUnicode(domain).normalize('NFC');
}

/** An address with its domain's A-labels (`xn--…`) shown as the letters they stand for. */
function unicodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? domainToUnicode(address) : `${address.slice(0, at)}@${domainToUnicode(address.slice(at + 1))}`;
}

function isSameOrSubdomain(domain: string, own: string): boolean {
  return domain === own || domain.endsWith(`.${own}`);
}

/**
 * The user's own domain that the domain of `address` imitates, or `undefined`.
 * An address in one of `ownDomains` (or a subdomain of one) imitates nothing.
 * Imitation is: the same skeleton (`cоntoso.com` with a Cyrillic `о`, `c0ntoso.com`,
 * `rnicrosoft.com` for `microsoft.com`), or the own domain with an extra label
 * or with its dots turned into hyphens (`contoso.com.mail.net`, `contoso-com.net`,
 * `mail-contoso.com`). A domain in its ASCII form (`xn--…`, RFC 5890) is
 * judged by the letters it stands for.
 */
export function imitatesDomain(address: string, ownDomains: readonly string[]): string | undefined {
  const domain = domainPart(address);
  if (!domain.includes('.')) return undefined;
  const owns = ownDomains.map(domainPart).filter((own) => own.includes('.'));
  if (owns.some((own) => isSameOrSubdomain(domain, own))) return undefined;
  const domainSkeleton = skeleton(domain);
  const dotted = domainSkeleton.replace(/-/g, '.');
  for (const own of owns) {
    const ownSkeleton = skeleton(own);
    if (isSameOrSubdomain(domainSkeleton, ownSkeleton)) return own;
    if (dotted === ownSkeleton || dotted.startsWith(`${ownSkeleton}.`) || dotted.endsWith(`.${ownSkeleton}`)) return own;
  }
  return undefined;
}

/**
 * What is suspect about an address and the name shown with it, if anything:
 * an imitation of an own domain first (the stronger sign), then mixed
 * alphabets in the address, then in the name.
 */
export function lookAlikeOf(values: { address?: string | undefined; name?: string | undefined }, ownDomains: readonly string[]): LookAlike | undefined {
  const imitated = values.address ? imitatesDomain(values.address, ownDomains) : undefined;
  if (imitated) return { kind: 'imitates-own-domain', field: 'address', imitates: imitated };
  const inAddress = values.address ? mixedScripts(unicodeAddress(values.address)) : undefined;
  if (inAddress) return { kind: 'mixed-scripts', field: 'address', scripts: inAddress };
  const inName = values.name ? mixedScripts(values.name) : undefined;
  return inName ? { kind: 'mixed-scripts', field: 'name', scripts: inName } : undefined;
}
