/**
 * Filling placeholders with the values the bounce gave.
 *
 * Every value comes from a message a stranger wrote, so before it goes
 * anywhere it is checked against its kind (an address must look like an
 * address) and cleaned: no control characters or line breaks, no backticks,
 * `;`, `$` or double quotes. In a PowerShell command it is then put between
 * single quotes with inner single quotes doubled, the one quoting form in which
 * PowerShell expands nothing. Typographic single quotes count as quotes in
 * PowerShell too, so they become `'` first and are doubled with the rest.
 *
 * A missing value stays visible as `<group address>` / `<groepsadres>`: never
 * an empty argument like `-Identity ''` that would run and do the wrong thing.
 * So does a value that looks like an imitation (a group name mixing alphabets,
 * an address imitating the user's own domain: `../text/confusables.ts`): a
 * command is only ready to run with names the user can trust.
 */
import { cleanText } from '../text/clean';
import type { UiLanguage } from '../types';
import {
  PLACEHOLDER_PATTERN,
  PLACEHOLDERS,
  isPlaceholderName,
  type PlaceholderKind,
  type PlaceholderName,
  type PlaceholderValues,
} from './placeholders';

/** Longest free-text value we put into a step or a command. */
const MAX_TEXT_VALUE = 300;

// Characters that could end a quoted value or start a second command in some shell context.
const DANGEROUS = /[`;$"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb|&<>]+/g;
// PowerShell accepts these as single quotes (about_Quoting_Rules); treat them as `'`.
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const SPACES = /\s+/g;

// Letters and digits of any script are legal in addresses (RFC 6531 §3.3, RFC 6532 §3.2); quotes,
// spaces and shell characters are not accepted here.
const ADDRESS = /^[\p{L}\p{M}\p{N}._%+\-']{1,64}@[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?)+$/u;
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9A-Fa-f:.]{2,45}$/;
const STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;

/**
 * Free text made safe to show and to quote: cleaned of hidden characters
 * (`../text/clean.ts`: control, bidi and zero-width characters, one line), no
 * shell metacharacters, bounded length.
 */
export function safeValue(value: string): string {
  const shellSafe = cleanText(value.slice(0, MAX_TEXT_VALUE * 4)).replace(DANGEROUS, ' ').replace(SINGLE_QUOTES, "'");
  return cleanText(shellSafe, { max: MAX_TEXT_VALUE });
}

/** The value if it is a valid value of its kind (cleaned), else `undefined`. */
export function validateValue(kind: PlaceholderKind, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  switch (kind) {
    case 'address': {
      const address = cleanText(trimmed);
      return address.length <= 254 && ADDRESS.test(address) ? address.toLowerCase() : undefined;
    }
    case 'domain':
      return trimmed.length <= 253 && HOST.test(trimmed) && trimmed.includes('.') ? trimmed.toLowerCase() : undefined;
    case 'host':
      return trimmed.length <= 253 && HOST.test(trimmed) ? trimmed.toLowerCase() : undefined;
    case 'ip':
      if (IPV4.test(trimmed)) return trimmed;
      return IPV6.test(trimmed) && (trimmed.match(/:/g)?.length ?? 0) >= 2 ? trimmed.toLowerCase() : undefined;
    case 'status':
      return STATUS.test(trimmed) ? trimmed : undefined;
    case 'text': {
      const cleaned = safeValue(trimmed);
      return cleaned.length > 0 ? cleaned : undefined;
    }
    case 'pattern': {
      // `-like` wildcards in the text itself would change the pattern: drop them.
      const cleaned = safeValue(trimmed).replace(/[[\]*?]/g, ' ').replace(SPACES, ' ').trim();
      return cleaned.length > 0 ? `*${cleaned}*` : undefined;
    }
  }
}

/** A PowerShell single-quoted string: nothing inside it is expanded or executed. */
export function quotePowerShell(value: string): string {
  return `'${safeValue(value).replace(/'/g, "''")}'`;
}

/** `<group address>` / `<groepsadres>`. */
export function placeholderLabel(name: PlaceholderName, lang: UiLanguage): string {
  return `<${PLACEHOLDERS[name].label[lang]}>`;
}

function valueOf(name: PlaceholderName, values: PlaceholderValues): string | undefined {
  return validateValue(PLACEHOLDERS[name].kind, values[name]);
}

/**
 * A step or sentence with its placeholders filled in. A missing value becomes
 * the template's own words (`{group|this group}`) or the visible `<label>`.
 */
export function fillText(template: string, values: PlaceholderValues, lang: UiLanguage): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string, fallback: string | undefined) => {
    if (!isPlaceholderName(name)) return whole;
    return valueOf(name, values) ?? fallback ?? placeholderLabel(name, lang);
  });
}

export interface FilledCommand {
  command: string;
  /** Placeholders left as `<label>`, in order of first use: the bounce did not give them, or they are `withheld`. */
  missing: PlaceholderName[];
  /** Of `missing`, those the bounce gave but that look like an imitation: left out on purpose. */
  withheld: PlaceholderName[];
}

/**
 * A PowerShell command with its placeholders filled in and quoted. Commands
 * take no `|fallback` words: a missing value is always the visible `<label>`.
 * The placeholders in `suspect` are not filled in even when the bounce gave a
 * value: it looks like an imitation, so the admin types the real name.
 */
export function fillCommand(
  template: string,
  values: PlaceholderValues,
  lang: UiLanguage,
  suspect: ReadonlySet<PlaceholderName> = new Set(),
): FilledCommand {
  const missing: PlaceholderName[] = [];
  const withheld: PlaceholderName[] = [];
  const command = template.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholderName(name)) return whole;
    const value = valueOf(name, values);
    if (value !== undefined && !suspect.has(name)) return quotePowerShell(value);
    if (!missing.includes(name)) missing.push(name);
    if (value !== undefined && !withheld.includes(name)) withheld.push(name);
    return placeholderLabel(name, lang);
  });
  return { command, missing, withheld };
}
