/**
 * A bounce that reaches us inside another message: forwarded inline (the
 * forwarder's mail client quotes it under a separator and a small header
 * block) or attached (handled in index.ts: an attached message that is itself
 * a bounce).
 *
 * Separators: Outlook `-----Original Message-----` (and its translations),
 * Gmail `---------- Forwarded message ---------`, Apple Mail `Begin forwarded
 * message:`, Thunderbird `-------- Forwarded Message --------`. Outlook's
 * newer layout has no separator line but a header block: `From:`/`Sent:`/
 * `To:`/`Subject:` (nl `Van:`/`Verzonden:`/`Aan:`/`Onderwerp:`, de `Von:`/
 * `Gesendet:`/`An:`/`Betreff:`, fr `De :`/`Envoyé :`/`À :`/`Objet :`, …).
 */
import { collapseSpaces, normalizeSpaces } from './text';

export interface ForwardedSegment {
  /** First line of the separator or of the quoted header block. */
  start: number;
  /** First line of the quoted message's body. */
  bodyStart: number;
  subject?: string;
  from?: string;
  date?: string;
}

const SEPARATOR_WORDS = [
  'original message',
  'forwarded message',
  'oorspronkelijk bericht',
  'doorgestuurd bericht',
  'ursprüngliche nachricht',
  'weitergeleitete nachricht',
  "message d'origine",
  'message transféré',
  'messaggio originale',
  'messaggio inoltrato',
  'mensaje original',
  'mensaje reenviado',
  'mensagem original',
  'mensagem encaminhada',
];

function isSeparator(line: string): boolean {
  if (line.length > 200) return false;
  const start = line.trimStart();
  if (!start.startsWith('--') && !start.startsWith('Begin') && !start.startsWith('begin')) return false;
  const lower = collapseSpaces(line).toLowerCase();
  if (lower.length > 120) return false;
  if (lower === 'begin forwarded message:') return true;
  if (!lower.startsWith('--')) return false;
  return SEPARATOR_WORDS.some((word) => lower.includes(word));
}

const FROM_LABELS = ['from', 'van', 'von', 'de', 'da'];
const SUBJECT_LABELS = ['subject', 'onderwerp', 'betreff', 'objet', 'oggetto', 'asunto', 'assunto'];
const DATE_LABELS = ['sent', 'date', 'verzonden', 'datum', 'gesendet', 'envoyé', 'inviato', 'enviado', 'enviada em', 'data'];
const OTHER_LABELS = ['to', 'cc', 'aan', 'an', 'à', 'a', 'para', 'importance', 'urgentie', 'bcc', 'reply-to'];

/** `Label: value` with the label lower-cased (French puts a space before the colon; some clients bold the label as `*From:*`). */
function labelled(rawLine: string): { label: string; value: string } | undefined {
  // Mail clients write the quoted header at the margin (possibly behind `>` quote marks);
  // an indented `From:` list is a bounce describing the original message (PMDF,
  // Exchange 2003), not a forward.
  if (rawLine.startsWith(' ') || rawLine.startsWith('\t')) return undefined;
  const colonAt = rawLine.indexOf(':');
  if (colonAt <= 0 || colonAt > 30) return undefined;
  const line = stripQuote(rawLine);
  let text = normalizeSpaces(line.length > 300 ? line.slice(0, 300) : line).trim();
  while (text.startsWith('*')) text = text.slice(1);
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 20) return undefined;
  let label = text.slice(0, colon).trim();
  while (label.endsWith('*')) label = label.slice(0, -1);
  let value = text.slice(colon + 1).trim();
  while (value.startsWith('*')) value = value.slice(1);
  return { label: label.trim().toLowerCase(), value: value.trim() };
}

/** A quoted header block starting at `index`: a From-label line and a Subject-label line within the next few lines. */
function headerBlockAt(lines: readonly string[], index: number): Omit<ForwardedSegment, 'start'> | undefined {
  const first = labelled(lines[index] ?? '');
  if (!first || !FROM_LABELS.includes(first.label)) return undefined;
  const segment: Omit<ForwardedSegment, 'start'> = { bodyStart: index + 1, from: first.value };
  let sawSubject = false;
  let i = index + 1;
  for (; i < Math.min(lines.length, index + 10); i++) {
    const line = lines[i] ?? '';
    if (stripQuote(line).trim() === '') break;
    const field = labelled(line);
    if (!field) break;
    if (SUBJECT_LABELS.includes(field.label)) {
      sawSubject = true;
      segment.subject = field.value;
    } else if (DATE_LABELS.includes(field.label)) {
      segment.date = field.value;
    } else if (!OTHER_LABELS.includes(field.label)) {
      break;
    }
  }
  if (!sawSubject) return undefined;
  segment.bodyStart = i;
  return segment;
}

/** Every forwarded (quoted) message in a text, in order. */
export function findForwardedSegments(lines: readonly string[]): ForwardedSegment[] {
  const segments: ForwardedSegment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 300) continue;
    if (isSeparator(line)) {
      // The header block usually follows the separator (possibly after a blank line).
      let j = i + 1;
      while (j < lines.length && j < i + 3 && (lines[j] ?? '').trim() === '') j++;
      const block = headerBlockAt(lines, j);
      segments.push(block ? { start: i, ...block } : { start: i, bodyStart: i + 1 });
      if (block) i = block.bodyStart - 1;
      continue;
    }
    const block = headerBlockAt(lines, i);
    if (block) {
      segments.push({ start: i, ...block });
      i = block.bodyStart - 1;
    }
  }
  return segments;
}

/** One level of `>` quoting removed (RFC 3676 §4.5 quote marks, `> ` or `>`). */
export function stripQuote(line: string): string {
  if (!line.startsWith('>')) return line;
  return line.startsWith('> ') ? line.slice(2) : line.slice(1);
}

/**
 * Lines of a quoted message without their quote marks, when most of them carry
 * one (Apple Mail and plain-text clients forward with `> ` in front of every line).
 */
export function unquoteLines(lines: readonly string[]): string[] {
  let quoted = 0;
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonEmpty++;
    if (line.startsWith('>')) quoted++;
  }
  if (nonEmpty === 0 || quoted / nonEmpty < 0.6) return [...lines];
  return lines.map(stripQuote);
}
