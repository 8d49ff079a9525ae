/**
 * `--user <address>`: whose bounces these are. Their domain is their own
 * organisation's, so a sender imitating it (a look-alike domain, Reply-To
 * elsewhere on "our own" postmaster) is judged as a forger would want it not to be.
 */
import { join, resolve } from 'node:path';
import type { DiagnosisRecord } from '../../src/cli/format';
import { runCli } from '../../src/cli/main';

const forged = (name: string): string => join(resolve(__dirname, '../..'), 'test', 'fixtures', 'forged', name);

async function verdict(args: string[]): Promise<{ code: number; record: DiagnosisRecord | undefined; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {}, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, record: stdout ? (JSON.parse(stdout) as DiagnosisRecord[])[0] : undefined, stderr };
}

describe('bounce-doctor diagnose --user', () => {
  it.each(['forged-look-alike-sender.en.eml', 'forged-reply-to.nl.eml'])('%s: forged once the organisation is known', async (file) => {
    const without = await verdict(['diagnose', '--json', forged(file)]);
    expect(without.record?.authenticityVerdict).not.toBe('forged');
    const withUser = await verdict(['diagnose', '--json', '--user', 'jan@contoso.com', forged(file)]);
    expect(withUser.code).toBe(0);
    expect(withUser.record).toMatchObject({ authentic: false, authenticityVerdict: 'forged' });
  });

  it('a genuine twin stays genuine with the user given', async () => {
    const { record } = await verdict(['diagnose', '--json', '--user=jan@contoso.com', forged('genuine-exo-text.en.eml')]);
    expect(record).toMatchObject({ authentic: true, authenticityVerdict: 'genuine' });
  });

  it('refuses a value that is not one address', async () => {
    const { code, stderr } = await verdict(['diagnose', '--user', 'Jan <jan@contoso.com>', forged('genuine-exo-text.en.eml')]);
    expect(code).toBe(2);
    expect(stderr).toContain('--user takes an email address, not "Jan <jan@contoso.com>"');
  });
});
