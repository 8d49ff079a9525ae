/**
 * Fluent, the theme and the UI language for what the pane shows before (or beside)
 * the App: the wait for Outlook and the "Outlook is ready" bar. Light or dark as the
 * system prefers: Office's theme is not known until Office has answered.
 */
import { FluentProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { UiLanguage } from '../../ndr';
import { I18nProvider } from '../i18n/context';
import { fluentTheme } from '../theme';

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function StartupFrame({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  return (
    <FluentProvider theme={fluentTheme(systemPrefersDark())}>
      <I18nProvider lang={lang}>{children}</I18nProvider>
    </FluentProvider>
  );
}
