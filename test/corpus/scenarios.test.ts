/**
 * Does the fix we show match the cause? Sisimai names a reason for every
 * bounce in the corpus (`userunknown`, `authfailure`, `norelaying`, …); for the
 * reasons that point to one cause, the scenario we give the failed recipient
 * must be one of the scenarios for that cause. Reasons that say little about
 * the cause (`rejected`, `filtered`, `securityerror`, `spamdetected`,
 * `policyviolation`, …) are not scored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseFacts } from '../../src/ndr/diagnose';
import { extractFacts } from '../../src/ndr/parse';
import type { Diagnosis } from '../../src/ndr/diagnose';
import { corpusDir, corpusPresent, failureFor, maildir, pct, readExpected } from './corpus-data';

/** Sisimai's reason → the scenarios that give the right fix for it. */
const FITTING: Readonly<Record<string, readonly string[]>> = {
  userunknown: ['address-problem', 'mailbox-problem', 'recipient-account-disabled'],
  hasmoved: ['address-problem'],
  mailboxfull: ['mailbox-problem', 'temporary-problem'],
  suspend: ['recipient-account-disabled', 'mailbox-problem'],
  authfailure: ['spf-failure', 'dmarc-failure'],
  norelaying: ['relay-denied', 'smtp-auth-required', 'connector-tenant-attribution'],
  requireptr: ['reverse-dns-ipv6'],
  blocked: [
    'third-party-blocklist',
    'microsoft-blocklist',
    'microsoft-ip-banned',
    'outlook-com-blocklist',
    'recipient-block-list',
    'reverse-dns-ipv6',
    'low-sender-reputation',
    'temporary-ip-throttling',
    'recipient-org-refused',
  ],
  badreputation: ['low-sender-reputation', 'temporary-ip-throttling'],
  mesgtoobig: ['message-too-large'],
  exceedlimit: ['message-too-large'],
  expired: ['temporary-problem'],
  hostunknown: ['routing-problem', 'address-problem', 'recipient-domain-null-mx', 'wrong-mx-record'],
  notaccept: ['sender-domain-null-mx', 'recipient-domain-null-mx', 'routing-problem'],
  notcompliantrfc: ['message-format-rejected'],
};

/** Below these the test fails: the figures reached when it was written, less a small margin. */
const MIN_FITTING = 0.82;

/** The scenario shown for the failure at `index`: the best one that covers it. */
function scenarioFor(diagnosis: Diagnosis, index: number): string | undefined {
  return diagnosis.scenarios.find((match) => match.failureIndexes.includes(index))?.scenario.id;
}

if (!corpusPresent) {
  describe('corpus scenarios', () => {
    it.skip(`corpus not found at ${corpusDir}, set BOUNCE_CORPUS`, () => undefined);
  });
} else {
  describe('Sisimai corpus: the fix matches the cause', () => {
    it(`gives a fitting scenario for at least ${MIN_FITTING * 100} % of the recipients whose reason names one cause`, async () => {
      const rows = readExpected().filter((row) => FITTING[row.reason] !== undefined);
      const diagnoses = new Map<string, Diagnosis>();
      for (const file of new Set(rows.map((row) => row.file))) {
        diagnoses.set(file, diagnoseFacts(await extractFacts({ raw: readFileSync(join(maildir, file)) })));
      }
      const perReason = new Map<string, { fit: number; all: number }>();
      const misses: string[] = [];
      let fit = 0;
      for (const row of rows) {
        const diagnosis = diagnoses.get(row.file);
        const { failure } = failureFor(diagnosis?.facts, row);
        const index = failure && diagnosis ? diagnosis.facts.failures.indexOf(failure) : -1;
        const shown = diagnosis && index >= 0 ? scenarioFor(diagnosis, index) : diagnosis?.scenarios[0]?.scenario.id;
        const ok = shown !== undefined && (FITTING[row.reason] ?? []).includes(shown);
        const tally = perReason.get(row.reason) ?? { fit: 0, all: 0 };
        tally.all += 1;
        if (ok) {
          tally.fit += 1;
          fit += 1;
        } else {
          misses.push(`${row.file}#${row.index} ${row.reason}: ${shown ?? '-'}`);
        }
        perReason.set(row.reason, tally);
      }
      const lines = [...perReason.entries()]
        .sort((a, b) => b[1].all - a[1].all)
        .map(([reason, { fit: hits, all }]) => `  ${reason.padEnd(16)} ${hits}/${all} = ${pct(hits, all)}`);
      console.log(
        [`scenario fits the cause: ${fit}/${rows.length} = ${pct(fit, rows.length)}`, ...lines, 'not fitting:', ...misses.map((miss) => `  ${miss}`)].join(
          '\n',
        ),
      );
      expect(rows.length).toBeGreaterThan(300);
      expect(fit / rows.length).toBeGreaterThanOrEqual(MIN_FITTING);
    });
  });
}
