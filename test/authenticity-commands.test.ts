/**
 * The command that opens a restricted group (or mailbox) to everyone is never
 * offered at the level of the targeted fix: the engine renders it after it,
 * with its consequence in words, and the command line leaves it out for a
 * bounce that looks forged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/cli/main';
import type { DiagnosisRecord } from '../src/cli/format';
import { CATALOG, diagnose, renderScenario, withoutBroadCommands, type RenderedCommand } from '../src/ndr';

const FIXTURES = join(__dirname, 'fixtures/forged');
const OPENS = /RequireSenderAuthenticationEnabled \$false|AcceptMessagesOnlyFrom\w* \$null/;

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(args, {}, { stdout: (text) => (stdout += text), stderr: () => undefined });
  return { code, stdout };
}

describe('commands that open a recipient to everyone', () => {
  it('are all marked broad in the catalog, with a consequence in English and Dutch (public folders aside: opening them is the only fix)', () => {
    const opening = CATALOG.flatMap((scenario) =>
      scenario.commands.filter((command) => OPENS.test(command.template)).map((command) => ({ scenario: scenario.id, command })),
    );
    expect(opening.length).toBeGreaterThanOrEqual(6);
    for (const { scenario, command } of opening) {
      if (scenario === 'public-folder-rejects-external-senders') continue;
      expect({ scenario, template: command.template, broad: Boolean(command.broad) }).toEqual({ scenario, template: command.template, broad: true });
      expect(command.broad?.consequence.en).toMatch(/anyone/i);
      expect(command.broad?.consequence.nl).toMatch(/iedereen/i);
    }
  });

  it('come after the targeted fix, with the group named in the consequence', async () => {
    const diagnosis = await diagnose({ raw: readFileSync(join(FIXTURES, 'genuine-exo-text.en.eml')) });
    const best = diagnosis.scenarios[0];
    expect(best?.scenario.id).toBe('group-restricted-senders');
    if (!best) throw new Error('no scenario');
    for (const lang of ['en', 'nl'] as const) {
      const commands: RenderedCommand[] = renderScenario(best, diagnosis.facts, lang).commands;
      const targeted = commands.findIndex((command) => command.command.includes('AcceptMessagesOnlyFromSendersOrMembers @{Add='));
      const broad = commands.findIndex((command) => command.broad);
      expect(targeted).toBeGreaterThan(-1);
      expect(broad).toBeGreaterThan(targeted);
      expect(commands.slice(broad).every((command) => command.broad)).toBe(true);
      expect(commands[broad]?.broad?.consequence).toContain('sales-all@contoso.com');
      expect(withoutBroadCommands(renderScenario(best, diagnosis.facts, lang)).commands.some((command) => OPENS.test(command.command))).toBe(false);
    }
  });
});

describe('the command line on forged and genuine bounces', () => {
  it('prints the warning and leaves out the command that opens the group for a forged bounce', async () => {
    const { code, stdout } = await run(['diagnose', '--lang', 'en', join(FIXTURES, 'forged-held-message-link.en.eml')]);
    expect(code).toBe(0);
    expect(stdout).toContain('WARNING: this may not be a real bounce');
    expect(stdout).toContain('report it as phishing');
    expect(stdout).toContain('mx-hold-center.example');
    expect(stdout).not.toMatch(OPENS);
    // The targeted fix is still there for the admin who checked.
    expect(stdout).toContain('AcceptMessagesOnlyFromSendersOrMembers @{Add=');
  });

  it('prints it, after the targeted fix and with its consequence, for the genuine twin', async () => {
    const { stdout } = await run(['diagnose', '--lang', 'nl', join(FIXTURES, 'genuine-exo-text.en.eml')]);
    expect(stdout).not.toContain('LET OP');
    const targeted = stdout.indexOf('AcceptMessagesOnlyFromSendersOrMembers @{Add=');
    const broad = stdout.search(OPENS);
    expect(targeted).toBeGreaterThan(-1);
    expect(broad).toBeGreaterThan(targeted);
    expect(stdout.slice(targeted, broad)).toContain('Alleen als het voor iedereen open moet staan');
    expect(stdout.slice(targeted, broad)).toContain('ook spammers en phishers');
  });

  it('gives the verdict and the concerns in JSON', async () => {
    const { stdout } = await run(['diagnose', '--json', join(FIXTURES, 'forged-forms-office.en.eml'), join(FIXTURES, 'genuine-exo-html.en.eml')]);
    const [forged, genuine] = JSON.parse(stdout) as DiagnosisRecord[];
    expect(forged).toMatchObject({ authentic: false, authenticityVerdict: 'forged', authenticityConcerns: ['link-to-publish-anywhere-host'] });
    expect(forged?.authenticityDetails).toEqual([{ id: 'link-to-publish-anywhere-host', strength: 'strong', detail: 'forms.office.com' }]);
    expect(genuine).toMatchObject({ authentic: true, authenticityVerdict: 'genuine', authenticityConcerns: [], authenticityDetails: [] });
  });
});
