/**
 * Completes a multi-line SMTP reply that a report cut after its first line.
 *
 * A multi-line reply repeats its code on every line, with `-` after the code
 * on all but the last (`550-5.7.1 …` … `550 5.7.1 …`, RFC 5321 §4.2.1).
 * sendmail copies only the first line into `Diagnostic-Code:` and its
 * `(reason: …)` summary, while the SMTP transcript it prints (`<<< 550-5.7.1 …`)
 * has every line. The reason the receiver gave ("… due to domain's DMARC
 * policy") is usually on the lines that were cut.
 */
import type { FailedRecipient } from '../types';

/** A reply is a few lines; a transcript line quotes at most one. */
const MAX_REPLY_LINES = 20;
/** Only the first few cut replies are looked up (each is one pass over the text). */
const MAX_LOOKUPS = 20;

/** `<<< 550-5.7.1 …` → `550-5.7.1 …`: the transcript's direction marker and indentation go. */
function withoutTranscriptMarker(line: string): string {
  const trimmed = line.trim();
  return trimmed.startsWith('<<<') ? trimmed.slice(3).trim() : trimmed;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The whole reply when `lines` hold a transcript line equal to `cut` followed
 * by its continuation lines, else `undefined`.
 */
export function completeReply(cut: string, lines: readonly string[]): string | undefined {
  const code = /^(\d{3})-/.exec(cut.trim())?.[1];
  if (!code) return undefined;
  const head = collapse(cut);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Cheap test first: most lines do not even contain the code.
    if (!line.includes(`${code}-`)) continue;
    if (collapse(withoutTranscriptMarker(line)) !== head) continue;
    const parts = [head];
    for (let j = i + 1; j < Math.min(lines.length, i + MAX_REPLY_LINES); j++) {
      const next = withoutTranscriptMarker(lines[j] ?? '');
      const more = next.startsWith(`${code}-`);
      if (!more && !next.startsWith(`${code} `)) break;
      parts.push(collapse(next));
      if (!more) break;
    }
    return parts.length > 1 ? parts.join(' ') : undefined;
  }
  return undefined;
}

/**
 * One sentence from a multi-line reply: the code each line repeats is dropped
 * after the first (`550-5.7.1 … fails to pass 550-5.7.1 authentication checks`
 * → `550 5.7.1 … fails to pass authentication checks`), so the receiver's words
 * read, and are searched, as it wrote them. Plain string splits, no patterns
 * built from the text.
 */
export function unfoldReply(reply: string): string {
  const start = /^\s*(\d{3})-(\d\.\d{1,3}\.\d{1,3}(?=\s))?/.exec(reply);
  if (!start) return reply;
  const code = start[1] ?? '';
  const status = start[2];
  let body = collapse(reply.slice(start[0].length));
  for (const separator of ['-', ' ']) {
    const repeated = status ? ` ${code}${separator}${status} ` : ` ${code}${separator}`;
    body = body.split(repeated).join(' ');
    // The last line's prefix may end the reply (`… 550 5.7.1` with nothing after it).
    if (body.endsWith(repeated.trimEnd())) body = body.slice(0, -repeated.trimEnd().length);
  }
  return collapse(`${code} ${status ?? ''} ${body}`);
}

/**
 * Replaces each cut reply with the whole one the text holds, where it holds
 * one, and reads every multi-line reply as one sentence.
 */
export function completeCutReplies(failures: FailedRecipient[], lines: readonly string[]): void {
  let lookups = 0;
  for (const failure of failures) {
    if (!failure.reply || !/^\s*\d{3}-/.test(failure.reply)) continue;
    const whole = ++lookups <= MAX_LOOKUPS ? completeReply(failure.reply, lines) : undefined;
    failure.reply = unfoldReply(whole ?? failure.reply);
  }
}
