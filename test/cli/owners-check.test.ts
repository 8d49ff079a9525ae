/**
 * `bounce-doctor owners check`, as an admin runs it before publishing owners.json:
 * real files in, one summary line or one line per problem out, exit codes 0 / 1 / 2.
 * Most cases call `runCli` in-process; the last ones run the bundled bin.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main';
import { runOwnersCommand } from '../../src/cli/owners-check';
import { MAX_OWNERS_FILE_BYTES } from '../../src/owners/owners-file';

const root = resolve(__dirname, '../..');
const contoso = join(root, 'test', 'fixtures', 'owners', 'contoso-owners.json');
const dir = mkdtempSync(join(tmpdir(), 'bounce-doctor-owners-'));
const NOW = new Date('2026-12-04T15:00:00Z');

function writeOwners(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text) };
  const code = await runOwnersCommand(['check', ...args], io, NOW);
  return { code, stdout, stderr };
}

const valid = (groups: number): string =>
  JSON.stringify({
    version: 1,
    generated: '2026-06-01T06:00:00Z',
    groups: Array.from({ length: groups }, (_, index) => ({
      name: `Team ${index}`,
      addresses: [`team-${index}@contoso.com`],
      kind: 'distribution-list',
      owners: index % 100 === 0 ? [] : [{ name: 'Anna de Boer', address: 'anna.deboer@contoso.nl' }],
    })),
  });

describe('bounce-doctor owners check', () => {
  it('summarises a valid file in one line and exits 0', async () => {
    const { code, stdout, stderr } = await check(contoso);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${contoso}: 10 groups, 1 without owners, generated 1 December 2026 (3 days ago)\n`);
  });

  it('writes large counts with thousands separators', async () => {
    const { code, stdout } = await check(writeOwners('big.json', valid(1234)));
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 1,234 groups, 13 without owners, generated 1 June 2026 \(186 days ago\)\n$/);
  });

  it('reads a file with a BOM but warns on standard error', async () => {
    const path = writeOwners('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(contoso)]));
    const { code, stdout, stderr } = await check(path);
    expect(code).toBe(0);
    expect(stdout).toContain('10 groups');
    expect(stderr).toBe(`bounce-doctor: warning: ${path}: (file): the file starts with a byte order mark (BOM); it was read anyway, but save it as UTF-8 without a BOM\n`);
  });

  it('lists each problem as path: message and exits 1', async () => {
    const file = JSON.parse(readFileSync(contoso, 'utf8')) as { groups: Record<string, unknown>[] };
    const [first, second] = file.groups as [Record<string, unknown>, Record<string, unknown>];
    first['kind'] = 'team';
    second['addresses'] = ['sales-all@contoso.com', 'SALES-BENELUX@contoso.com'];
    (second['owners'] as Record<string, unknown>[])[0] = { name: 'Megan Bowen', address: 'Megan Bowen <megan.bowen@contoso.com>' };
    const { code, stdout, stderr } = await check(writeOwners('problems.json', JSON.stringify(file, null, 2)));
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual([
      'groups[0].kind: must be one of distribution-list, mail-enabled-security, microsoft-365, dynamic-distribution, not the text "team"',
      'groups[1].addresses[1]: "SALES-BENELUX@contoso.com" is already listed at groups[0].addresses[1]; an address can belong to one group only, once',
      'groups[1].owners[0].address: "Megan Bowen <megan.bowen@contoso.com>" is not one bare email address: no spaces, names, <angle brackets>, commas or semicolons',
    ]);
    expect(stderr).toContain('is not a valid owners file; Bounce Doctor would ignore it until the problems above are fixed');
  });

  it('says which version it reads when given version 2', async () => {
    const { code, stdout } = await check(writeOwners('v2.json', valid(1).replace('"version":1', '"version":2')));
    expect(code).toBe(1);
    expect(stdout).toBe('version: this file is format version 2; this Bounce Doctor reads version 1 only (update Bounce Doctor, or export a version 1 file)\n');
  });

  it('says an empty file is empty, and where invalid JSON breaks', async () => {
    expect((await check(writeOwners('empty.json', ''))).stdout).toBe('(file): the file is empty\n');
    const broken = await check(writeOwners('broken.json', '{\n  "version": 1,\n  "generated": "2026-12-01T06:00:00Z",\n  "groups": [\n    {"name": "Sales All",}\n  ]\n}\n'));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^\(file\): the file is not valid JSON \(at line 5, column 26\): /);
  });

  it('refuses a file over 20 MB from its size, without reading it', async () => {
    const path = join(dir, 'huge.json');
    const handle = openSync(path, 'w');
    ftruncateSync(handle, MAX_OWNERS_FILE_BYTES + 1024 * 1024); // sparse: no 21 MB written to disk
    closeSync(handle);
    const { code, stdout } = await check(path);
    expect(code).toBe(1);
    expect(stdout).toBe('(file): the file is 21.0 MB; Bounce Doctor reads owner files of up to 20 MB\n');
  });

  it('exits 2 with one line for a missing file or a folder', async () => {
    const missing = await check(join(dir, 'no-such-owners.json'));
    expect(missing).toEqual({ code: 2, stdout: '', stderr: `bounce-doctor: ${join(dir, 'no-such-owners.json')}: no such file\n` });
    const folder = await check(dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`bounce-doctor: ${dir}: is a folder, not a file; name the owners.json file in it\n`);
  });

  it('explains a wrong command line and exits 2; help exits 0', async () => {
    expect((await check()).stderr).toContain('owners check takes one file');
    expect((await check('a.json', 'b.json')).code).toBe(2);
    const io = { stdout: () => undefined, stderr: () => undefined };
    expect(await runCli(['owners', 'list'], {}, io)).toBe(2);
    let help = '';
    expect(await runCli(['owners', '--help'], {}, { stdout: (text) => (help += text), stderr: () => undefined })).toBe(0);
    expect(help).toContain('Usage: bounce-doctor owners check <owners.json|->');
    let usage = '';
    await runCli(['--help'], {}, { stdout: (text) => (usage += text), stderr: () => undefined });
    expect(usage).toContain('bounce-doctor owners check');
  });
});

describe('the bundled bin, owners check', () => {
  const bin = join(root, 'dist', 'cli', 'bounce-doctor.cjs');
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root });
  }, 60000);

  it('checks a file and exits 0', () => {
    const result = spawnSync(process.execPath, [bin, 'owners', 'check', contoso], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^.*contoso-owners\.json: 10 groups, 1 without owners, generated 1 December 2026 \((\d+ days? ago|today)\)\n$/);
  });

  it('reads standard input with -, and exits 1 on a problem', () => {
    const result = spawnSync(process.execPath, [bin, 'owners', 'check', '-'], { input: 'null', encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('(file): the file must hold one JSON object');
    expect(result.stderr).toContain('standard input is not a valid owners file');
  });

  it('exits 2 for a missing file', () => {
    const result = spawnSync(process.execPath, [bin, 'owners', 'check', 'missing-owners.json'], { encoding: 'utf8', cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('bounce-doctor: missing-owners.json: no such file\n');
  });
});
