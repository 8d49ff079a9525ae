/**
 * `MailHost` for a plain browser tab: the stand-alone page (paste a bounce, drop a
 * file, try the samples), and the pane when office.js did not load or Office said
 * it is not running inside Outlook.
 *
 * Requirement sets: none. Permission: none. No Office API is used here.
 *
 * There is no selected item, so `readCurrentItem` rejects `no-item` and the pane
 * shows its paste/file view. Composing falls back to a `mailto:` URL: plain text
 * only (our own HTML turned into text by a real HTML parser), no attachment, and
 * short enough (about 1800 characters) for the mail programs and browsers that
 * cut longer mailto URLs.
 */
import { Parser } from 'htmlparser2';
import { ReadFailure, type HostCapability, type HostTheme, type MailHost, type NewMessage } from './host';

export interface StandaloneHostOptions {
  /** Default: `navigator.language`, else `en-US`. */
  displayLanguage?: string;
  /** Opens the mailto URL. Default: `window.location.assign`. */
  openUrl?: (url: string) => void;
  /** Longest mailto URL we build. Default 1800. */
  maxMailtoLength?: number;
}

export const MAILTO_MAX_LENGTH = 1800;

export function createStandaloneHost(options: StandaloneHostOptions = {}): MailHost {
  const darkQuery = colorSchemeQuery();
  return {
    kind: 'standalone',
    displayLanguage: options.displayLanguage ?? browserLanguage() ?? 'en-US',
    platform: 'browser',
    readCurrentItem: () => Promise.reject(new ReadFailure('no-item', 'Not running inside Outlook: there is no selected item.')),
    onItemChanged: () => () => undefined,
    theme: () => (darkQuery ? { isDark: darkQuery.matches } : undefined),
    onThemeChanged(listener: (theme: HostTheme) => void) {
      if (!darkQuery) return () => undefined;
      const onChange = (event: MediaQueryListEvent): void => listener({ isDark: event.matches });
      darkQuery.addEventListener('change', onChange);
      return () => darkQuery.removeEventListener('change', onChange);
    },
    supports: (capability: HostCapability) => capability === 'compose',
    displayNewMessage(message: NewMessage): Promise<void> {
      try {
        const url = mailtoUrl(message, options.maxMailtoLength ?? MAILTO_MAX_LENGTH);
        (options.openUrl ?? defaultOpenUrl)(url);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

/**
 * `mailto:` URL (RFC 6068) for a new message: recipients, cc, subject and the body as
 * plain text, percent-encoded (spaces `%20`, line breaks `%0D%0A`). When it would be
 * longer than `maxLength`, the body is cut (never inside an escape or a character)
 * and ends with `…`.
 */
export function mailtoUrl(message: NewMessage, maxLength = MAILTO_MAX_LENGTH): string {
  const to = message.toRecipients.map(encodeAddress).join(',');
  const fields: string[] = [];
  if (message.ccRecipients && message.ccRecipients.length > 0) fields.push(`cc=${message.ccRecipients.map(encodeAddress).join(',')}`);
  fields.push(`subject=${encodeText(message.subject)}`);
  const head = `mailto:${to}?${fields.join('&')}`;
  const body = htmlToPlainText(message.htmlBody);
  if (!body) return head;
  const budget = maxLength - head.length - '&body='.length;
  const encoded = encodeText(body);
  if (encoded.length <= budget) return `${head}&body=${encoded}`;
  const ellipsis = encodeText('\n…');
  let cut = '';
  for (const char of body.replace(/\r?\n/g, '\n')) {
    const next = encodeText(char);
    if (cut.length + next.length + ellipsis.length > budget) break;
    cut += next;
  }
  return cut ? `${head}&body=${cut}${ellipsis}` : head;
}

/** Percent-encode text for a mailto field; line breaks become CRLF as RFC 6068 section 5 asks. */
function encodeText(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

/** An address in the `to`/`cc` part: encoded, but with `@` left readable (RFC 6068 allows it). */
function encodeAddress(address: string): string {
  return encodeURIComponent(address.trim()).replace(/%40/g, '@');
}

/** Block elements: a line break before and after. */
const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'pre', 'blockquote', 'hr', 'section', 'header', 'footer']);
const SKIPPED = new Set(['script', 'style', 'head', 'title']);

/**
 * Our own compose HTML → plain text for a mailto body: paragraphs and list items on
 * their own lines, `- ` before list items, a link's address after its text. Uses
 * htmlparser2 (entities decoded by the parser), never a regular expression over tags.
 */
export function htmlToPlainText(html: string): string {
  let out = '';
  let skip = 0;
  const links: string[] = [];
  const newline = (): void => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skip += 1;
        if (BLOCK.has(name)) newline();
        if (name === 'p' || name === 'table' || name === 'ul' || name === 'ol') {
          if (out && !out.endsWith('\n\n')) out += '\n';
        }
        if (name === 'li') out += '- ';
        if (name === 'td' || name === 'th') {
          if (out && !out.endsWith('\n') && !out.endsWith('\t')) out += '\t';
        }
        if (name === 'a') links.push(attributes['href'] ?? '');
      },
      ontext(text) {
        if (skip > 0) return;
        const collapsed = text.replace(/\s+/g, ' ');
        out += out.endsWith('\n') || out === '' ? collapsed.trimStart() : collapsed;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skip = Math.max(0, skip - 1);
        if (name === 'a') {
          const href = links.pop() ?? '';
          // Our HTML links only to https pages and mailto addresses; show the address unless the text already is it.
          const target = href.replace(/^mailto:/i, '');
          if (target && /^(https?:|mailto:)/i.test(href) && !out.trimEnd().endsWith(target)) out += ` (${target})`;
        }
        if (BLOCK.has(name) && name !== 'br') newline();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function defaultOpenUrl(url: string): void {
  globalThis.location?.assign(url);
}

function browserLanguage(): string | undefined {
  const language = typeof navigator === 'undefined' ? undefined : navigator.language;
  return language || undefined;
}

function colorSchemeQuery(): MediaQueryList | undefined {
  try {
    return typeof globalThis.matchMedia === 'function' ? globalThis.matchMedia('(prefers-color-scheme: dark)') : undefined;
  } catch {
    return undefined;
  }
}
