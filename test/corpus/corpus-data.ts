/**
 * Where the corpus lives and what expected.tsv says about it. Read in place
 * (the Sisimai corpus in a `shared/corpus/sisimai` folder beside the repository, or
 * $BOUNCE_CORPUS); nothing is copied into the repository. The corpus's own
 * README.md describes the columns.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BounceFacts, FailedRecipient } from '../../src/ndr/types';

export const corpusDir = process.env['BOUNCE_CORPUS'] ? resolve(process.env['BOUNCE_CORPUS']) : resolve(__dirname, '../../../shared/corpus/sisimai');
export const maildir = join(corpusDir, 'maildir');
const expectedFile = join(corpusDir, 'expected.tsv');
export const corpusPresent = existsSync(maildir) && existsSync(expectedFile);

export interface ExpectedRow {
  file: string;
  /** 1-based position of the recipient in Sisimai's result for the file. */
  index: number;
  status: string;
  recipient: string;
  /** Sisimai's reason for the bounce (`userunknown`, `authfailure`, `norelaying`, …). */
  reason: string;
  /** The status text occurs literally in the message (the only rows we compare on). */
  statusInMessage: boolean;
}

export function readExpected(): ExpectedRow[] {
  const lines = readFileSync(expectedFile, 'utf8').split('\n').slice(1);
  const rows: ExpectedRow[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    rows.push({
      file: cols[0] ?? '',
      index: Number(cols[1] ?? '0'),
      status: cols[2] ?? '',
      recipient: (cols[6] ?? '').toLowerCase(),
      reason: cols[4] ?? '',
      statusInMessage: cols[8] === 'yes',
    });
  }
  return rows;
}

/** The failure that answers a row: the one with its address, else the one at its position. */
export function failureFor(facts: BounceFacts | undefined, row: ExpectedRow): { failure?: FailedRecipient; byAddress: boolean } {
  const failures = facts?.failures ?? [];
  const byAddress = failures.find((failure) => failure.address === row.recipient);
  const failure = byAddress ?? failures[row.index - 1];
  return failure ? { failure, byAddress: byAddress !== undefined } : { byAddress: false };
}

export function pct(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}
