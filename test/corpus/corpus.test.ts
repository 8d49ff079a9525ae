/**
 * The engine on real bounces it was not written from: the Sisimai corpus
 * (github.com/sisimai/set-of-emails, BSD-2), read in place from
 * ../shared/corpus/sisimai (or $BOUNCE_CORPUS). Nothing from it is copied into
 * the repository. See ../shared/corpus/README.md for expected.tsv's columns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/ndr/parse';
import type { BounceFacts } from '../../src/ndr/types';
import { corpusDir, corpusPresent as present, failureFor, maildir, pct, readExpected } from './corpus-data';

if (!present) {
  describe('corpus', () => {
    it.skip(`corpus not found at ${corpusDir}, set BOUNCE_CORPUS`, () => undefined);
  });
  console.log(`corpus not found at ${corpusDir}, set BOUNCE_CORPUS to the folder that holds maildir/ and expected.tsv`);
} else {
  describe('Sisimai corpus', () => {
    const facts = new Map<string, BounceFacts>();
    const errors: string[] = [];

    beforeAll(async () => {
      for (const file of readdirSync(maildir).filter((name) => name.endsWith('.eml')).sort()) {
        try {
          facts.set(file, await extractFacts({ raw: readFileSync(join(maildir, file)) }));
        } catch (error) {
          errors.push(`${file}: ${String(error)}`);
        }
      }
    });

    it('never throws on any message', () => {
      expect(errors).toEqual([]);
      expect(facts.size).toBeGreaterThan(600);
    });

    it('reports the status and the recipient of the failures (expected.tsv, status_in_message=yes)', () => {
      const rows = readExpected().filter((row) => row.statusInMessage);
      let statusHits = 0;
      let recipientHits = 0;
      let fiveSeven = 0;
      let fiveSevenHits = 0;
      const statusMisses: string[] = [];
      const recipientMisses: string[] = [];
      for (const row of rows) {
        const result = facts.get(row.file);
        const failures = result?.failures ?? [];
        const { failure, byAddress } = failureFor(result, row);
        const ok = failure?.status === row.status;
        if (ok) statusHits++;
        else statusMisses.push(`${row.file}#${row.index} want ${row.status} got ${failure?.status ?? '-'} (${failures.length} failures)`);
        if (row.status.startsWith('5.7.')) {
          fiveSeven++;
          if (ok) fiveSevenHits++;
        }
        if (byAddress) recipientHits++;
        else recipientMisses.push(`${row.file}#${row.index} want ${row.recipient} got ${failures.map((f) => f.address || '?').join(', ') || '-'}`);
      }
      const report = [
        `corpus: ${rows.length} rows with the status in the message`,
        `  status    ${statusHits}/${rows.length} = ${pct(statusHits, rows.length)}`,
        `  5.7.x     ${fiveSevenHits}/${fiveSeven} = ${pct(fiveSevenHits, fiveSeven)}`,
        `  recipient ${recipientHits}/${rows.length} = ${pct(recipientHits, rows.length)}`,
        `  status misses (${statusMisses.length}):`,
        ...statusMisses.map((miss) => `    ${miss}`),
        `  recipient misses (${recipientMisses.length}):`,
        ...recipientMisses.map((miss) => `    ${miss}`),
      ].join('\n');
      process.stdout.write(`${report}\n`);
      expect(statusHits / rows.length).toBeGreaterThanOrEqual(0.95);
      expect(fiveSevenHits).toBe(fiveSeven);
      expect(recipientHits / rows.length).toBeGreaterThanOrEqual(0.9);
    });

    it('does not take automatic replies (RFC 3834) or abuse reports (ARF) for bounces', () => {
      const autoReplies = [...facts.keys()].filter((file) => file.startsWith('rfc3834-'));
      const feedback = [...facts.keys()].filter((file) => file.startsWith('arf-'));
      const wrongAuto = autoReplies.filter((file) => facts.get(file)?.isBounce !== false);
      const wrongArf = feedback.filter((file) => facts.get(file)?.isBounce !== false);
      const bounces = [...facts.entries()].filter(([file]) => file.startsWith('lhost-') || file.startsWith('rhost-') || file.startsWith('rfc3464-'));
      const missedBounces = bounces.filter(([, result]) => !result.isBounce).map(([file]) => file);
      process.stdout.write(
        [
          `non-bounces: rfc3834 ${autoReplies.length - wrongAuto.length}/${autoReplies.length} not a bounce${wrongAuto.length ? ` (wrong: ${wrongAuto.join(', ')})` : ''}`,
          `             arf ${feedback.length - wrongArf.length}/${feedback.length} not a bounce${wrongArf.length ? ` (wrong: ${wrongArf.join(', ')})` : ''}`,
          `bounces recognised: ${bounces.length - missedBounces.length}/${bounces.length} = ${pct(bounces.length - missedBounces.length, bounces.length)}${missedBounces.length ? ` (missed: ${missedBounces.join(', ')})` : ''}`,
        ].join('\n') + '\n',
      );
      expect(wrongAuto).toEqual([]);
      expect(wrongArf).toEqual([]);
      // 598 of 606 now; the rest are Amazon SES JSON notifications, success DSNs and mailing-list notices.
      expect((bounces.length - missedBounces.length) / bounces.length).toBeGreaterThanOrEqual(0.98);
    });
  });
}
