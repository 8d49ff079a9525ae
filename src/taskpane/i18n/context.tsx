/** The UI language and its translator, for every component below `<I18nProvider>`. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UiLanguage } from '../../ndr';
import { translator, type Translate } from './index';

export interface I18n {
  lang: UiLanguage;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

export function I18nProvider({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
