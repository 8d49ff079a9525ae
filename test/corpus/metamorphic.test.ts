/**
 * Metamorphic robustness: the corpus bounces as people really hand them over
 * (variants.ts), and the engine must still find what it found in the original.
 *
 * A row counts for a variant when the engine got it right on the original
 * message (status for the status figure, recipient for the recipient figure)
 * and the variant still carries that fact: a pasted or forwarded text only
 * counts where the text itself contains the status (or address), since a
 * bounce may keep its code in the delivery-status part alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts, htmlToText } from '../../src/ndr/parse';
import type { BounceFacts, NdrSource } from '../../src/ndr/types';
import { corpusDir, corpusPresent, failureFor, maildir, pct, readExpected, type ExpectedRow } from './corpus-data';
import {
  attachAsMessage,
  bounceHead,
  flipLineEndings,
  forwardGmail,
  forwardOutlook,
  forwardOutlookRule,
  fromBytes,
  pastedHtml,
  pastedText,
  reencodeTextParts,
  toBytes,
} from './variants';

interface Variant {
  name: string;
  /** Minimum share of comparable rows (status, recipient) where the variant agrees with the original. */
  minimum: { status: number; recipient: number };
  /** Fewer comparable rows than this means the variant builder broke, not the engine. */
  rows: number;
}

/** Set at what the engine reaches, minus a small margin: a drop is a regression. */
const VARIANTS: Variant[] = [
  { name: 'line endings flipped', minimum: { status: 0.99, recipient: 0.99 }, rows: 400 },
  { name: 'pasted text/plain', minimum: { status: 0.97, recipient: 0.97 }, rows: 250 },
  { name: 'pasted text/html', minimum: { status: 0.95, recipient: 0.95 }, rows: 15 },
  { name: 'forwarded inline (Outlook)', minimum: { status: 0.97, recipient: 0.97 }, rows: 250 },
  { name: 'forwarded inline (Outlook, no separator)', minimum: { status: 0.97, recipient: 0.97 }, rows: 250 },
  { name: 'forwarded inline (Gmail)', minimum: { status: 0.97, recipient: 0.97 }, rows: 250 },
  { name: 'attached as message/rfc822', minimum: { status: 0.99, recipient: 0.99 }, rows: 400 },
  { name: 'text parts base64', minimum: { status: 0.99, recipient: 0.99 }, rows: 400 },
  { name: 'text parts quoted-printable', minimum: { status: 0.99, recipient: 0.99 }, rows: 400 },
];

interface VariantResult {
  facts: BounceFacts;
  /** The text the variant carries the bounce in, when it is only text (pasted, forwarded inline). */
  text?: string;
}

async function run(source: NdrSource, text?: string): Promise<VariantResult> {
  const facts = await extractFacts(source);
  return text === undefined ? { facts } : { facts, text: text.toLowerCase() };
}

/** All variants of one message (a variant the message cannot have, e.g. no text part, is left out). */
async function variantsOf(raw: Buffer): Promise<Map<string, VariantResult>> {
  const bytes = toBytes(raw);
  const out = new Map<string, VariantResult>();
  out.set('line endings flipped', await run({ raw: fromBytes(flipLineEndings(bytes)) }));
  const text = await pastedText(bytes);
  const html = await pastedHtml(bytes);
  if (text?.trim()) out.set('pasted text/plain', await run({ text }, text));
  if (html?.trim()) out.set('pasted text/html', await run({ html }, htmlToText(html).text));
  // A mail client forwards the text it shows: the plain part, else the HTML as text.
  const shown = text?.trim() ? text : html?.trim() ? htmlToText(html).text : undefined;
  const head = await bounceHead(bytes);
  if (shown) {
    out.set('forwarded inline (Outlook)', await run({ raw: fromBytes(forwardOutlook(head, shown)) }, shown));
    out.set('forwarded inline (Outlook, no separator)', await run({ raw: fromBytes(forwardOutlookRule(head, shown)) }, shown));
    out.set('forwarded inline (Gmail)', await run({ raw: fromBytes(forwardGmail(head, shown)) }, shown));
  }
  out.set('attached as message/rfc822', await run({ raw: fromBytes(attachAsMessage(bytes, head.subject)) }));
  for (const [name, encoding] of [
    ['text parts base64', 'base64'],
    ['text parts quoted-printable', 'quoted-printable'],
  ] as const) {
    const reencoded = reencodeTextParts(bytes, encoding);
    if (reencoded) out.set(name, await run({ raw: fromBytes(reencoded) }));
  }
  return out;
}

if (!corpusPresent) {
  describe('corpus variants', () => {
    it.skip(`corpus not found at ${corpusDir}, set BOUNCE_CORPUS`, () => undefined);
  });
} else {
  describe('Sisimai corpus, as people hand it over (metamorphic)', () => {
    const rows: ExpectedRow[] = readExpected().filter((row) => row.statusInMessage);
    const originals = new Map<string, BounceFacts>();
    const variants = new Map<string, Map<string, VariantResult>>();

    beforeAll(async () => {
      const present = new Set(readdirSync(maildir));
      for (const file of [...new Set(rows.map((row) => row.file))]) {
        if (!present.has(file)) continue;
        const raw = readFileSync(join(maildir, file));
        originals.set(file, await extractFacts({ raw }));
        variants.set(file, await variantsOf(raw));
      }
    }, 300_000);

    it('automatic replies and abuse reports stay non-bounces when pasted or forwarded', async () => {
      const files = readdirSync(maildir).filter((name) => name.startsWith('rfc3834-') || name.startsWith('arf-'));
      const wrong: string[] = [];
      for (const file of files) {
        for (const [name, result] of await variantsOf(readFileSync(join(maildir, file)))) {
          if (result.facts.isBounce) wrong.push(`${file} (${name})`);
        }
      }
      process.stdout.write(`non-bounce variants: ${files.length} messages, taken for a bounce: ${wrong.length ? wrong.join(', ') : 'none'}\n`);
      expect(wrong).toEqual([]);
    });

    for (const variant of VARIANTS) {
      it(`${variant.name}: same status and recipient as the original`, () => {
        let statusRows = 0;
        let statusAgree = 0;
        let recipientRows = 0;
        let recipientAgree = 0;
        const misses: string[] = [];
        for (const row of rows) {
          const original = failureFor(originals.get(row.file), row);
          const result = variants.get(row.file)?.get(variant.name);
          if (!result) continue;
          const now = failureFor(result.facts, row);
          if (original.failure?.status === row.status && (result.text === undefined || result.text.includes(row.status))) {
            statusRows++;
            if (now.failure?.status === row.status) statusAgree++;
            else misses.push(`${row.file}#${row.index} status want ${row.status} got ${now.failure?.status ?? '-'} (${result.facts.failures.length} failures, isBounce ${result.facts.isBounce})`);
          }
          if (original.byAddress && (result.text === undefined || result.text.includes(row.recipient))) {
            recipientRows++;
            if (now.byAddress) recipientAgree++;
            else misses.push(`${row.file}#${row.index} recipient want ${row.recipient} got ${result.facts.failures.map((f) => f.address || "?").join(", ") || "-"} (isBounce ${result.facts.isBounce})`);
          }
        }
        process.stdout.write(
          [
            `variant ${variant.name}: status ${statusAgree}/${statusRows} = ${pct(statusAgree, statusRows)}, recipient ${recipientAgree}/${recipientRows} = ${pct(recipientAgree, recipientRows)}`,
            ...misses.slice(0, 200).map((miss) => `    ${miss}`),
            ...(misses.length > 200 ? [`    … ${misses.length - 200} more`] : []),
          ].join('\n') + '\n',
        );
        expect(statusRows).toBeGreaterThanOrEqual(variant.rows);
        expect(statusAgree / statusRows).toBeGreaterThanOrEqual(variant.minimum.status);
        expect(recipientAgree / recipientRows).toBeGreaterThanOrEqual(variant.minimum.recipient);
      });
    }
  });
}
