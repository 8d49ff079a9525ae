/**
 * The pane's words: which UI language to use, and looking a sentence up with
 * its values filled in. Values are plain text; React renders them as text and
 * compose.ts escapes them for HTML.
 */
import type { UiLanguage } from '../../ndr';
import { en, nl, type MessageKey } from './messages';

export type { MessageKey } from './messages';
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string>>) => string;

export const MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<MessageKey, string>>>> = { en, nl };

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'nl'];

/** `nl`, `nl-NL`, `nl-BE` → Dutch; everything else (and nothing) → English. */
export function uiLanguage(displayLanguage: string | undefined): UiLanguage {
  const primary = (displayLanguage ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' ? 'nl' : 'en';
}

/** `{name}` → `values.name`; a name without a value stays as written, so a gap is visible, not silent. */
export function format(template: string, values?: Readonly<Record<string, string>>): string {
  if (!values) return template;
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? whole) : whole,
  );
}

/** `4 December 2026` / `4 december 2026`: a date the reader of the request recognises. */
export function longDate(date: Date, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export function translator(lang: UiLanguage): Translate {
  const table = MESSAGES[lang];
  return (key, values) => format(table[key], values);
}

/** The `{name}` placeholders a sentence uses (for the tests that compare en and nl). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1] ?? '').sort();
}
