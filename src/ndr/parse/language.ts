/**
 * The language of a bounce, and the localized headings Exchange writes.
 *
 * Source: docs/ndr-formats.md §5 (R = seen in a real NDR, P = parser marker
 * from real samples, D = Microsoft documentation). We only list headings with
 * one of those sources; guesses such as "Genererende server" were not found
 * in any real bounce and are left out on purpose.
 */
import type { NdrLanguage } from '../types';
import { headingKey } from './text';

type Lang = Exclude<NdrLanguage, 'unknown' | 'ja'>;

/** A localized heading: its language and the text as `headingKey` normalizes it. */
export interface Heading {
  lang: Lang;
  key: string;
}

function headings(entries: readonly [Lang, string][]): Heading[] {
  return entries.map(([lang, text]) => ({ lang, key: headingKey(text) }));
}

/** "Delivery has failed to these recipients or groups:" and its translations. */
export const FAILED_RECIPIENTS_HEADINGS = headings([
  ['en', 'Delivery has failed to these recipients or groups:'], // R
  ['en', 'Delivery has failed to these recipients or distribution lists:'], // R (Exchange 2007/2010)
  ['nl', 'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:'], // R
  ['fr', 'Échec de la remise pour ces destinataires ou groupes :'], // R
  ['it', 'Il recapito non è riuscito per i seguenti destinatari o gruppi:'], // R
  ['pt', 'Falha na entrega a estes destinatários ou grupos:'], // P
]);

/** "Diagnostic information for administrators:" and its translations. */
export const ADMIN_SECTION_HEADINGS = headings([
  ['en', 'Diagnostic information for administrators:'], // R
  ['nl', 'Diagnostische gegevens voor beheerders:'], // R
  ['de', 'Diagnoseinformationen für Administratoren:'], // R-ish / D
  ['fr', 'Informations de diagnostic pour les administrateurs :'], // R
  ['it', 'Informazioni di diagnostica per gli amministratori:'], // R
  ['es', 'Información de diagnóstico para administradores:'], // D
  ['pt', 'Informações de diagnóstico para administradores:'], // P
]);

/** "Generating server:" (the server that wrote the NDR). Dutch is `Bronserver:` (R). */
export const GENERATING_SERVER_LABELS = headings([
  ['en', 'Generating server:'],
  ['nl', 'Bronserver:'],
  ['de', 'Generierender Server:'],
  ['fr', 'Serveur de génération :'],
  ['it', 'Server di generazione:'],
  ['pt', 'Servidor de origem:'],
]);

/** "Original message headers:" (what follows is the returned message's header block). */
export const ORIGINAL_HEADERS_HEADINGS = headings([
  ['en', 'Original message headers:'],
  ['nl', 'Oorspronkelijke berichtkoppen:'],
  ['de', 'Ursprüngliche Nachrichtenkopfzeilen:'],
  ['fr', "En-têtes de message d'origine :"],
  ['it', 'Intestazioni originali del messaggio:'],
  ['pt', 'Cabeçalhos originais da mensagem:'],
]);

/** Subject prefixes of NDRs (Exchange and others), lower-cased. */
export const SUBJECT_PREFIXES: readonly { lang: NdrLanguage; prefix: string }[] = [
  { lang: 'en', prefix: 'undeliverable:' },
  { lang: 'en', prefix: 'undelivered mail returned to sender' },
  { lang: 'en', prefix: 'undeliverable mail' },
  { lang: 'en', prefix: 'delivery status notification (failure)' },
  { lang: 'en', prefix: 'delivery status notification (delay)' },
  { lang: 'en', prefix: 'delivery status notification' },
  { lang: 'en', prefix: 'mail delivery failed' },
  { lang: 'en', prefix: 'mail delivery failure' },
  { lang: 'en', prefix: 'delivery failure' },
  { lang: 'en', prefix: 'delivery failed' },
  { lang: 'en', prefix: 'delivery notification' },
  { lang: 'en', prefix: 'returned mail:' },
  { lang: 'en', prefix: 'failure notice' },
  { lang: 'en', prefix: 'failed delivery' },
  { lang: 'en', prefix: 'non-delivery' },
  { lang: 'en', prefix: 'nondeliverable' },
  { lang: 'en', prefix: 'message not delivered' },
  { lang: 'en', prefix: 'message delivery failure' },
  { lang: 'en', prefix: 'undelivered mail' },
  { lang: 'en', prefix: 'undeliverable message' },
  // Exim's notices about addresses it could not even parse: `Mail failure - malformed recipient address`.
  { lang: 'en', prefix: 'mail failure -' },
  { lang: 'en', prefix: 'mail failed, returning to sender' },
  { lang: 'en', prefix: 'delayed mail' },
  { lang: 'en', prefix: 'warning: could not send message' },
  { lang: 'nl', prefix: 'onbestelbaar:' },
  { lang: 'de', prefix: 'unzustellbar:' },
  { lang: 'fr', prefix: 'non remis :' },
  { lang: 'fr', prefix: 'non remis:' },
  { lang: 'it', prefix: 'non recapitabile:' },
  { lang: 'es', prefix: 'no se puede entregar:' },
  { lang: 'pt', prefix: 'não entregue:' },
  { lang: 'pt', prefix: 'não-entregue:' },
  { lang: 'ja', prefix: '配信不能:' },
];

/** Does `line` start with one of these headings (after normalization)? */
export function matchHeading(line: string, list: readonly Heading[]): Heading | undefined {
  if (line.length > 300) return undefined;
  return matchHeadingKey(headingKey(line), list);
}

/** The same, for a line already turned into a `headingKey` (saves work when testing several lists). */
export function matchHeadingKey(key: string, list: readonly Heading[]): Heading | undefined {
  return list.find((heading) => key.startsWith(heading.key));
}

/**
 * The value after a localized label on the same line (`Bronserver: host` →
 * `host`), or undefined when the line does not start with one of the labels.
 */
export function valueAfterLabel(line: string, list: readonly Heading[]): { lang: Lang; value: string } | undefined {
  if (line.length > 600) return undefined;
  const key = headingKey(line);
  for (const heading of list) {
    if (key.startsWith(heading.key)) {
      return { lang: heading.lang, value: key.length > heading.key.length ? restAfterColon(line) : '' };
    }
  }
  return undefined;
}

/** Text after the first colon, trimmed (keeps the original case). */
function restAfterColon(line: string): string {
  const colon = line.indexOf(':');
  return colon === -1 ? '' : line.slice(colon + 1).trim();
}

export function subjectPrefix(subject: string | undefined): { lang: NdrLanguage; prefix: string } | undefined {
  if (!subject) return undefined;
  const lower = subject.trimStart().slice(0, 80).toLowerCase().replace(/\s+/g, ' ');
  return SUBJECT_PREFIXES.find((entry) => lower.startsWith(entry.prefix));
}

const LANGS: readonly NdrLanguage[] = ['en', 'nl', 'de', 'fr', 'it', 'es', 'pt', 'ja'];

/** `Content-Language: fr-FR` → `fr`. */
export function languageFromTag(tag: string | undefined): NdrLanguage | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().slice(0, 2).toLowerCase();
  return LANGS.find((lang) => lang === primary);
}

/** Share of Japanese kana and CJK ideographs among the letters of a text sample. */
function japaneseShare(text: string): number {
  let japanese = 0;
  let letters = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff)) {
      japanese++;
      letters++;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      letters++;
    }
  }
  return letters === 0 ? 0 : japanese / letters;
}

/**
 * Words of bounce prose per language (whole words, lower case), chosen to be
 * rare in the other languages and in technical noise (no one-letter words).
 */
const FUNCTION_WORDS: Record<Exclude<NdrLanguage, 'unknown' | 'ja'>, readonly string[]> = {
  en: ['the', 'your', 'message', 'could', 'not', 'delivered', 'recipient', 'following', 'was', 'this', 'error', 'address'],
  nl: ['het', 'uw', 'bericht', 'niet', 'worden', 'bezorgd', 'geadresseerde', 'een', 'kan', 'deze', 'van', 'volgende'],
  de: ['die', 'der', 'ihre', 'nachricht', 'nicht', 'zugestellt', 'werden', 'empfänger', 'konnte', 'und', 'folgende', 'wurde'],
  fr: ['le', 'votre', 'pas', 'être', 'remis', 'destinataire', 'les', 'est', 'une', 'ce', 'suivants', 'adresse'],
  it: ['il', 'messaggio', 'non', 'stato', 'recapitato', 'destinatario', 'per', 'che', 'seguenti', 'indirizzo', 'del', 'gli'],
  es: ['el', 'mensaje', 'pudo', 'entregar', 'destinatario', 'los', 'para', 'su', 'que', 'siguientes', 'dirección', 'del'],
  pt: ['mensagem', 'não', 'foi', 'entregue', 'destinatário', 'os', 'para', 'sua', 'que', 'seguintes', 'endereço', 'do'],
};

/**
 * A last resort when no heading, subject prefix or header names the language:
 * the language with the most distinct function words (at least four).
 */
export function guessLanguageFromProse(text: string): NdrLanguage {
  if (japaneseShare(text) > 0.3) return 'ja';
  const sample = (text.length > 20_000 ? text.slice(0, 20_000) : text).toLowerCase();
  const words = new Set(sample.split(/[^a-zà-ÿ]+/));
  let best: NdrLanguage = 'unknown';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS) as [Exclude<NdrLanguage, 'unknown' | 'ja'>, readonly string[]][]) {
    const score = list.filter((word) => words.has(word)).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 4 ? best : 'unknown';
}

export interface LanguageEvidence {
  /** Languages of the localized headings found in the text, in order. */
  headingLanguages: readonly NdrLanguage[];
  subject?: string | undefined;
  contentLanguage?: string | undefined;
  /** The bounce's human text, for the prose fallback. */
  text: string;
}

/**
 * Headings are the strongest sign (they are the NDR's own words), then the
 * subject prefix, then `Content-Language` (which Exchange sets to the NDR's
 * language, docs/ndr-formats.md §0), then the prose itself.
 */
export function detectLanguage(evidence: LanguageEvidence): NdrLanguage {
  const fromHeading = evidence.headingLanguages[0];
  if (fromHeading) return fromHeading;
  const fromSubject = subjectPrefix(evidence.subject)?.lang;
  if (fromSubject) return fromSubject;
  const fromHeader = languageFromTag(evidence.contentLanguage);
  if (fromHeader) return fromHeader;
  return guessLanguageFromProse(evidence.text);
}
