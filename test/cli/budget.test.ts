/**
 * The command line's budgets: a part-heavy message is read up to the MIME caps
 * and says, in one sentence, that part of it was skipped; `--timeout` ends an
 * input that takes too long (in a worker thread of the bundled bin) with one
 * line on standard error, and the other inputs still go through.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bounceThenFlood, flood } from '../../bench/mime-shapes';
import type { DiagnosisRecord } from '../../src/cli/format';
import { runCli } from '../../src/cli/main';

const root = resolve(__dirname, '../..');
const sample = (name: string): string => join(root, 'samples', name);
const MB = 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'bounce-doctor-budget-'));
const floodFile = join(dir, 'flood.eml');
const bounceFloodFile = join(dir, 'bounce-then-flood.eml');
writeFileSync(floodFile, flood(5 * MB));
writeFileSync(bounceFloodFile, bounceThenFlood(MB));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {}, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('a message cut by the MIME budget', () => {
  it('is diagnosed from what was read, and the summary says in one sentence that part was skipped', async () => {
    const { code, stdout, stderr } = await run(['diagnose', '--lang', 'en', bounceFloodFile]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toContain('Part of this message was skipped: it has more than 200 parts, so the rest was read as plain text.');
    expect(stdout).toContain('sales-all@contoso.com (550 5.7.1)');
  });

  it('says so in Dutch with --lang nl', async () => {
    const { stdout } = await run(['diagnose', '--lang', 'nl', bounceFloodFile]);
    expect(stdout.replace(/\s+/g, ' ')).toContain('Een deel van dit bericht is overgeslagen: het heeft meer dan 200 onderdelen');
  });

  it('gives the reason in --json, and null for a bounce that was read whole', async () => {
    const { stdout } = await run(['diagnose', '--json', bounceFloodFile, sample('restricted-group-en.eml')]);
    const [cut, whole] = JSON.parse(stdout) as DiagnosisRecord[];
    expect(cut?.skipped).toEqual({ reason: 'parts', bytes: expect.any(Number) });
    expect(cut?.failures[0]).toMatchObject({ recipient: 'sales-all@contoso.com', status: '5.7.1' });
    expect(whole?.skipped).toBeNull();
  });

  it('a flood that is no bounce at all still says part of it was skipped', async () => {
    const { stdout } = await run(['diagnose', '--lang', 'en', floodFile]);
    expect(stdout).toContain('Part of this message was skipped');
    expect(stdout).toContain('This is not a bounce');
  });
});

describe('--timeout', () => {
  it('takes a positive number of seconds', async () => {
    for (const value of ['0', '-1', 'soon']) {
      const { code, stderr } = await run(['diagnose', '--timeout', value, sample('public-folder.eml')]);
      expect(code).toBe(2);
      expect(stderr).toContain(`--timeout takes a number of seconds above 0, not "${value}"`);
    }
    expect((await run(['diagnose', '--timeout=2.5', '--json', sample('public-folder.eml')])).code).toBe(0);
  });

  describe('in the bundled bin', () => {
    const bin = join(root, 'dist', 'cli', 'bounce-doctor.cjs');
    beforeAll(() => {
      execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root });
    }, 60000);

    it('ends each input that runs over the budget with one line naming it, goes on with the next, and exits 2', () => {
      const started = Date.now();
      const result = spawnSync(process.execPath, [bin, 'diagnose', '--json', '--timeout', '0.001', floodFile, sample('public-folder.eml')], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        `bounce-doctor: ${floodFile}: too complex to read within 0.001 s (--timeout), so it was not diagnosed`,
        `bounce-doctor: ${sample('public-folder.eml')}: too complex to read within 0.001 s (--timeout), so it was not diagnosed`,
      ]);
      expect(JSON.parse(result.stdout)).toEqual([]);
      // The terminated worker does not keep the process alive.
      expect(Date.now() - started).toBeLessThan(30_000);
    });

    it('by default reads the 5 MB flood within the budget and reports the skipped part', () => {
      const result = spawnSync(process.execPath, [bin, 'diagnose', '--json', floodFile, sample('restricted-group-en.eml')], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const [cut, whole] = JSON.parse(result.stdout) as DiagnosisRecord[];
      expect(cut).toMatchObject({ isBounce: false, skipped: { reason: 'parts' } });
      expect(whole).toMatchObject({ isBounce: true, skipped: null });
      expect(whole?.failures[0]).toMatchObject({ status: '5.7.124' });
    });
  });
});
