/**
 * The pane's `language_*` messages (`language_de` → "German" / "Duits"), made
 * from the engine's one list of bounce language names (src/ndr/language-names.ts),
 * which the command line uses too.
 */
import { BOUNCE_LANGUAGE_NAMES, type NdrLanguage, type UiLanguage } from '../../ndr';

export type LanguageNameKey = `language_${NdrLanguage}`;

export function languageNameMessages(lang: UiLanguage): Record<LanguageNameKey, string> {
  const entries = Object.entries(BOUNCE_LANGUAGE_NAMES).map(([code, name]) => [`language_${code}`, name[lang]] as const);
  return Object.fromEntries(entries) as Record<LanguageNameKey, string>;
}
