/**
 * Rivalries: where two scenarios explain the same bounce, the one that names the
 * cause must rank above the general one. Each case is a real fixture through
 * the real `diagnose`; the catalog comment on the `boost` (or `unless`) that
 * settles the rivalry names the same fixture. Adding a boost means adding a
 * case here (docs/adding-a-code.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/ndr/diagnose';

const FIXTURES = join(__dirname, '..', 'fixtures');

interface Rivalry {
  /** Under test/fixtures/. */
  file: string;
  winner: string;
  rival: string;
  /**
   * `ranked`: both explain the bounce and the winner comes first (a boost decides).
   * `kept-out`: the rival's `unless` keeps it off the list altogether.
   */
  outcome: 'ranked' | 'kept-out';
}

const RIVALRIES: Rivalry[] = [
  { file: 'scenarios/group-moderated-or-large.en.eml', winner: 'group-moderated-or-large', rival: 'group-restricted-senders', outcome: 'ranked' },
  { file: 'scenarios/hybrid-connector-problem.en.eml', winner: 'hybrid-connector-problem', rival: 'group-rejects-external-senders', outcome: 'ranked' },
  { file: 'rivalries/vague-refusal-and-banned-ip.en.eml', winner: 'microsoft-ip-banned', rival: 'recipient-org-refused', outcome: 'ranked' },
  { file: 'scenarios/microsoft-blocklist.en.eml', winner: 'microsoft-blocklist', rival: 'third-party-blocklist', outcome: 'kept-out' },
  { file: 'scenarios/recipient-block-list.en.eml', winner: 'recipient-block-list', rival: 'third-party-blocklist', outcome: 'kept-out' },
];

async function rankedIds(file: string): Promise<string[]> {
  const diagnosis = await diagnose({ raw: readFileSync(join(FIXTURES, file), 'utf8') });
  return diagnosis.scenarios.map((match) => match.scenario.id);
}

describe('rivalries between scenarios', () => {
  it.each(RIVALRIES.filter((rivalry) => rivalry.outcome === 'ranked'))(
    '$file: $winner ranks above $rival, which also explains it',
    async ({ file, winner, rival }) => {
      const ids = await rankedIds(file);
      expect(ids[0]).toBe(winner);
      expect(ids).toContain(rival);
      expect(ids.indexOf(winner)).toBeLessThan(ids.indexOf(rival));
    },
  );

  it.each(RIVALRIES.filter((rivalry) => rivalry.outcome === 'kept-out'))(
    '$file: $winner is shown and $rival is kept out',
    async ({ file, winner, rival }) => {
      const ids = await rankedIds(file);
      expect(ids[0]).toBe(winner);
      expect(ids).not.toContain(rival);
    },
  );

  it('the weak reading keeps both recipients of a two-recipient bounce explained', async () => {
    const diagnosis = await diagnose({ raw: readFileSync(join(FIXTURES, 'rivalries/vague-refusal-and-banned-ip.en.eml'), 'utf8') });
    const covering = (id: string) => diagnosis.scenarios.find((match) => match.scenario.id === id)?.failureIndexes.map((index) => diagnosis.facts.failures[index]?.address);
    expect(covering('recipient-org-refused')).toEqual(['kees.bakker@northwindtraders.com']);
    expect(covering('microsoft-ip-banned')).toEqual(['eva.visser@fabrikam.com']);
  });
});
