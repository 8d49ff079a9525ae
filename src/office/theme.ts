/**
 * Office's theme → `HostTheme`.
 *
 * Requirement set: `Office.context.officeTheme` in Outlook needs Mailbox 1.14
 * (@types/office-js Context.officeTheme). Permission: none beyond ReadItem.
 *
 * `OfficeTheme.isDarkTheme` "isn't supported in Outlook" (@types/office-js): Outlook
 * tells the theme only through its colours. So we use `isDarkTheme` when a client
 * does give a boolean, and otherwise call the theme dark when the body background
 * contrasts more with white than with black (WCAG relative luminance).
 */
import type { HostTheme } from './host';

export function hostThemeFrom(theme: Partial<Office.OfficeTheme> | undefined | null): HostTheme | undefined {
  if (!theme) return undefined;
  const background = normalizeColor(theme.bodyBackgroundColor);
  let isDark: boolean | undefined = typeof theme.isDarkTheme === 'boolean' ? theme.isDarkTheme : undefined;
  if (isDark === undefined && background) isDark = isDarkColor(background);
  if (isDark === undefined) return undefined;
  return { isDark, ...(background ? { bodyBackgroundColor: background } : {}) };
}

/** `#RGB`, `#RRGGBB` (with or without `#`) → `#rrggbb`; anything else → undefined. */
export function normalizeColor(color: string | undefined): string | undefined {
  if (typeof color !== 'string') return undefined;
  const hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(hex)) return `#${hex.toLowerCase()}`;
  if (/^[0-9a-f]{3}$/i.test(hex)) return `#${[...hex].map((c) => c + c).join('').toLowerCase()}`;
  return undefined;
}

/** True when white text reads better on this colour than black text. */
export function isDarkColor(color: string): boolean {
  const hex = normalizeColor(color);
  if (!hex) return false;
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with white (1.05 / (L + 0.05)) beats contrast with black ((L + 0.05) / 0.05).
  return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05;
}
