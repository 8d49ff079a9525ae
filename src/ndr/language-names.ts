/**
 * The names of the languages a bounce can be written in (`BounceFacts.language`,
 * found by parse/language.ts), in our two UI languages. Bare names: a sentence
 * adds its own article ("in het Engels"). The task pane (i18n/messages.ts,
 * `language_*`) and the command line (cli/messages.ts) both take them from here.
 */
import type { Localized, NdrLanguage } from './types';

export const BOUNCE_LANGUAGE_NAMES: Readonly<Record<NdrLanguage, Localized>> = {
  en: { en: 'English', nl: 'Engels' },
  nl: { en: 'Dutch', nl: 'Nederlands' },
  de: { en: 'German', nl: 'Duits' },
  fr: { en: 'French', nl: 'Frans' },
  it: { en: 'Italian', nl: 'Italiaans' },
  es: { en: 'Spanish', nl: 'Spaans' },
  pt: { en: 'Portuguese', nl: 'Portugees' },
  ja: { en: 'Japanese', nl: 'Japans' },
  /** The parser could not tell. */
  unknown: { en: 'unknown', nl: 'onbekend' },
};
