/**
 * The command line, as an admin uses it: real files in, text or JSON out,
 * exit codes. Most tests call `runCli` in-process; one runs the bundled bin
 * exactly as `npx bounce-doctor` does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main';
import type { DiagnosisRecord } from '../../src/cli/format';

const root = resolve(__dirname, '../..');
const sample = (name: string): string => join(root, 'samples', name);

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, env, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('bounce-doctor diagnose --json', () => {
  it('reports the failed recipient, the code and the restricted group of an English Exchange bounce', async () => {
    const { code, stdout, stderr } = await run(['diagnose', '--json', sample('restricted-group-en.eml')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [record] = JSON.parse(stdout) as DiagnosisRecord[];
    expect(record).toMatchObject({
      isBounce: true,
      language: 'en',
      restrictedGroups: [{ name: 'Sales All', address: 'sales-all@contoso.com' }],
      authentic: true,
    });
    expect(record?.failures[0]).toMatchObject({
      recipient: 'sales-all@contoso.com',
      status: '5.7.124',
      smtpCode: '550',
      identifier: 'RESOLVER.RST.RestrictedToGroupPermission',
      generatingServer: 'DB9PR01MB0001.eurprd01.prod.outlook.com',
    });
    expect(record?.failures[0]?.reply).toContain('Sender not in allowed-senders list');
    expect(record?.scenarios[0]?.audience).toBe('owner');
  });

  it('has the same keys for every input, null where the bounce says nothing', async () => {
    const { stdout } = await run(['diagnose', '--json', sample('blocklisted-ip.eml'), sample('not-a-bounce.eml')]);
    const records = JSON.parse(stdout) as DiagnosisRecord[];
    expect(records).toHaveLength(2);
    expect(Object.keys(records[0] ?? {}).sort()).toEqual(Object.keys(records[1] ?? {}).sort());
    expect(records[0]).toMatchObject({ isBounce: true, blockedIp: '203.0.113.45' });
    expect(records[0]?.failures[0]).toMatchObject({ recipient: 'maria.lopez@outlook.com', status: '5.7.1', remoteServer: expect.stringContaining('outlook') });
    expect(records[1]).toMatchObject({ isBounce: false, failures: [], scenarios: [], blockedIp: null });
  });

  it('says a message that is not a bounce is not one, and exits 0', async () => {
    const { code, stdout } = await run(['diagnose', '--json', sample('not-a-bounce.eml')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ input: sample('not-a-bounce.eml'), isBounce: false })]);
  });

  it('names a missing file on stderr in one line, still processes the others, and exits 2', async () => {
    const missing = join(root, 'samples', 'no-such-bounce.eml');
    const { code, stdout, stderr } = await run(['diagnose', '--json', missing, sample('public-folder.eml')]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`bounce-doctor: ${missing}: no such file`]);
    const records = JSON.parse(stdout) as DiagnosisRecord[];
    expect(records.map((record) => record.input)).toEqual([sample('public-folder.eml')]);
  });

  it('refuses an Outlook .msg file with a sentence that says what to do instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bounce-doctor-'));
    const msg = join(dir, 'bounce.msg');
    writeFileSync(msg, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const { code, stderr } = await run(['diagnose', msg]);
    expect(code).toBe(2);
    expect(stderr).toContain('.msg');
    expect(stderr).toContain('.eml');
  });

  it('reads pasted text from a .txt file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bounce-doctor-'));
    const pasted = join(dir, 'pasted.txt');
    writeFileSync(
      pasted,
      [
        'Delivery has failed to these recipients or groups:',
        '',
        'Marketing Team (marketing@contoso.com)',
        "Your message couldn't be delivered.",
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
        '',
        'marketing@contoso.com',
        "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
      ].join('\n'),
    );
    const { stdout } = await run(['diagnose', '--json', pasted]);
    const [record] = JSON.parse(stdout) as DiagnosisRecord[];
    expect(record?.failures[0]).toMatchObject({ recipient: 'marketing@contoso.com', status: '5.7.1', identifier: 'RESOLVER.RST.NotAuthorized' });
  });
});

describe('bounce-doctor diagnose (readable)', () => {
  it('explains the Dutch bounce in Dutch with the group filled into the command', async () => {
    const { code, stdout } = await run(['diagnose', '--lang', 'nl', sample('restricted-group-nl.eml')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Niet bezorgd bij');
    expect(stdout).toContain('geschreven in het Nederlands');
    expect(stdout).toContain('directie-overleg@contoso.nl');
    expect(stdout).toContain('Voor de eigenaar van de groep');
    expect(stdout).toMatch(/Set-DistributionGroup[^\n]*directie-overleg@contoso\.nl/);
  });

  it('takes the language from LANG when --lang is not given', async () => {
    const dutch = await run(['diagnose', sample('public-folder.eml')], { LANG: 'nl_NL.UTF-8' });
    const english = await run(['diagnose', sample('public-folder.eml')], { LANG: 'en_GB.UTF-8' });
    expect(dutch.stdout).toContain('Wat is er gebeurd');
    expect(english.stdout).toContain('What happened');
    expect(english.stdout).toContain('written in English');
    expect(english.stdout).toContain('Add-PublicFolderClientPermission');
  });

  it('explains usage errors and exits 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['diagnose'])).stderr).toContain('no input given');
    expect((await run(['diagnose', '--lang', 'de', 'x.eml'])).stderr).toContain('--lang takes en or nl');
    expect((await run(['frobnicate'])).stderr).toContain('unknown command');
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: bounce-doctor diagnose');
  });
});

describe('the bundled bin', () => {
  const bin = join(root, 'dist', 'cli', 'bounce-doctor.cjs');
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root });
  }, 60000);

  it('runs on plain Node, reads standard input with -, and exits 0', () => {
    const result = spawnSync(process.execPath, [bin, 'diagnose', '--json', '-'], {
      input: execFileSync('cat', [sample('dmarc-gmail.eml')]),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [record] = JSON.parse(result.stdout) as DiagnosisRecord[];
    expect(record).toMatchObject({ input: '-', isBounce: true });
    expect(record?.failures[0]).toMatchObject({ recipient: 'accounts@wingtiptoys.example', status: '5.7.26' });
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const result = spawnSync(process.execPath, [bin, 'diagnose', 'missing.eml'], { encoding: 'utf8', cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('bounce-doctor: missing.eml: no such file\n');
  });
});
