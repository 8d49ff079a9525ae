/**
 * Light or dark, as the host says: Office's theme inside Outlook (and its
 * changes while the pane is open), the browser's `prefers-color-scheme`
 * outside it or when Office gives no theme.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MailHost } from '../office/host';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

function initialIsDark(host: MailHost): boolean {
  const hostTheme = host.theme();
  return hostTheme ? hostTheme.isDark : systemPrefersDark();
}

/** Whether the pane is dark now; follows the host's and the system's changes. */
export function useIsDark(host: MailHost): boolean {
  const [isDark, setIsDark] = useState(() => initialIsDark(host));

  useEffect(() => {
    setIsDark(initialIsDark(host));
    const unsubscribeHost = host.onThemeChanged((theme) => setIsDark(theme.isDark));
    // Follow the system ourselves only where the host gives no theme.
    let unsubscribeSystem = (): void => undefined;
    if (!host.theme() && typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
      const query = window.matchMedia(DARK_QUERY);
      const listener = (event: MediaQueryListEvent): void => setIsDark(event.matches);
      query.addEventListener?.('change', listener);
      unsubscribeSystem = () => query.removeEventListener?.('change', listener);
    }
    return () => {
      unsubscribeHost();
      unsubscribeSystem();
    };
  }, [host]);

  return isDark;
}

export function fluentTheme(isDark: boolean): Theme {
  return isDark ? webDarkTheme : webLightTheme;
}
