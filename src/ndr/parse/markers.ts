/**
 * Language-independent markers and links.
 *
 * Markers are tokens that mean the same in every NDR language, for the
 * catalog's match rules (docs/ndr-formats.md §0): `Stage: CreateMessage`,
 * Outlook.com / EOP tags `S3150`, `AS16012609`, `AS(201806281)`, Apple's `CS01`, fwlink ids
 * `fwlink:389365`, and Exchange identifiers (`RESOLVER.RST.NotAuthorized`,
 * `UnifiedGroupAgent`).
 *
 * Links are collected for the authenticity check only; nobody follows them.
 */
import type { FoundLink } from '../types';
import { splitLines } from './text';

const STAGE = /\[?Stage:\s{0,3}([A-Za-z]{1,40})\]?/g;
const TAG = /\(((?:AS|S)\d{3,9})\)/g;
const BARE_AS_TAG = /(?<![\w])(AS\d{6,9})(?![\w])/g;
const APPLE_TAG = /\[(CS\d{2})\]/g;
/** EOP's `AS(201806281)` tag, kept as written. */
const EOP_AS_TAG = /(?<![\w])AS\(\d{3,12}\)/g;
const FWLINK = /fwlink\/?\?linkid=(\d{3,9})/gi;
const IDENTIFIERS = /\b(?:RESOLVER|TRANSPORT|STOREDRV|SMTPSEND|QUEUE|ROUTING|CAT)\.[A-Za-z]{1,40}(?:\.[A-Za-z]{1,60}){0,3}\b|\b[A-Z][A-Za-z]{1,40}Agent(?=\s{0,2};)|\bTenantAttribution(?=\s{0,2};)/g;

const MAX_MARKERS = 200;

/** Every marker in `text`, without duplicates, in order of appearance. */
export function findMarkers(text: string): string[] {
  const markers = new Set<string>();
  const add = (marker: string): void => {
    if (markers.size < MAX_MARKERS) markers.add(marker);
  };
  for (const match of text.matchAll(STAGE)) add(`Stage: ${match[1] ?? ''}`);
  for (const match of text.matchAll(TAG)) add(match[1] ?? '');
  for (const match of text.matchAll(BARE_AS_TAG)) add(match[1] ?? '');
  for (const match of text.matchAll(APPLE_TAG)) add(match[1] ?? '');
  for (const match of text.matchAll(EOP_AS_TAG)) add(match[0]);
  for (const match of text.matchAll(FWLINK)) add(`fwlink:${match[1] ?? ''}`);
  for (const match of text.matchAll(IDENTIFIERS)) add(match[0]);
  markers.delete('');
  return [...markers];
}

const URL_END = new Set([' ', '\t', '<', '>', '"', "'", ')', ']', '}', '|', '\\', '^', '`']);
const MAX_LINKS = 200;
const MAX_URL = 2_000;

/**
 * URLs written in a plain-text body: bare `https://…` and Outlook's rendering
 * of a link, `Link text<https://…>`, whose text is the words before the `<`.
 */
export function linksInText(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const rawLine of splitLines(text)) {
    if (links.length >= MAX_LINKS) break;
    const line = rawLine.length > 100_000 ? rawLine.slice(0, 100_000) : rawLine;
    const lower = line.toLowerCase();
    let from = 0;
    for (;;) {
      const start = lower.indexOf('http', from);
      if (start === -1 || links.length >= MAX_LINKS) break;
      if (!lower.startsWith('http://', start) && !lower.startsWith('https://', start)) {
        from = start + 4;
        continue;
      }
      let end = start;
      while (end < line.length && end - start < MAX_URL && !URL_END.has(line.charAt(end))) end++;
      const href = line.slice(start, end).replace(/[.,;:]+$/, '');
      const before = line.slice(Math.max(0, start - 200), start);
      const linkText = before.endsWith('<') ? before.slice(0, -1).split(/[>.:]\s/).pop()?.trim() ?? '' : '';
      if (href.length > 'https://'.length) links.push({ href, text: linkText });
      from = Math.max(end, start + 4);
    }
  }
  return links;
}

/** Merge link lists, keeping the first of each href + text pair. */
export function mergeLinks(...lists: readonly FoundLink[][]): FoundLink[] {
  const seen = new Set<string>();
  const out: FoundLink[] = [];
  for (const list of lists) {
    for (const link of list) {
      if (link.href.toLowerCase().startsWith('mailto:') || link.href.startsWith('#')) continue;
      const key = `${link.href}\u0000${link.text}`;
      if (seen.has(key) || out.length >= MAX_LINKS) continue;
      seen.add(key);
      out.push(link);
    }
  }
  return out;
}
