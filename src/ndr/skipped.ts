/**
 * The one sentence the pane and the command line show when the MIME budget
 * (parse/mime-budget.ts) cut a message: that part of it was skipped, and why.
 */
import { MIME_CAPS } from './parse/mime-budget';
import type { Localized, SkippedContent, SkipReason } from './types';

const MB = 1024 * 1024;

function sentences(): Record<SkipReason, Localized> {
  const parts = MIME_CAPS.parts;
  return {
    parts: {
      en: `Part of this message was skipped: it has more than ${parts.toLocaleString('en')} parts, so the rest was read as plain text.`,
      nl: `Een deel van dit bericht is overgeslagen: het heeft meer dan ${parts.toLocaleString('nl')} onderdelen, dus de rest is als platte tekst gelezen.`,
    },
    depth: {
      en: `Part of this message was skipped: its parts are nested more than ${MIME_CAPS.depth} levels deep, so the rest was read as plain text.`,
      nl: `Een deel van dit bericht is overgeslagen: de onderdelen zijn meer dan ${MIME_CAPS.depth} niveaus diep genest, dus de rest is als platte tekst gelezen.`,
    },
    header: {
      en: `Part of this message was skipped: a header block is larger than ${MIME_CAPS.headerBytes / 1024} KB, so the rest was read as plain text.`,
      nl: `Een deel van dit bericht is overgeslagen: een kopblok is groter dan ${MIME_CAPS.headerBytes / 1024} kB, dus de rest is als platte tekst gelezen.`,
    },
    size: {
      en: `Part of this message was skipped: it is larger than ${MIME_CAPS.bytes / MB} MB, so the rest was read as plain text.`,
      nl: `Een deel van dit bericht is overgeslagen: het is groter dan ${MIME_CAPS.bytes / MB} MB, dus de rest is als platte tekst gelezen.`,
    },
  };
}

/** The sentence for a cut message, in both UI languages. */
export function describeSkipped(skipped: SkippedContent): Localized {
  return sentences()[skipped.reason];
}
