/**
 * The command line with a hostile bounce: a group address with a Cyrillic letter
 * and a name with a right-to-left override. The terminal gets clean text, a
 * warning in our words, and commands without the look-alike in them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import type { DiagnosisRecord } from '../../src/cli/format';

/** `sаles-all` with a Cyrillic `а` (U+0430). */
const LOOK_ALIKE = 's\u0430les-all@contoso.com';

const BOUNCE = [
  'From: Microsoft Outlook <postmaster@contoso.com>',
  'To: Jan de Vries <jan.devries@fabrikam.com>',
  'Subject: Undeliverable: Offer\u202e for the spring',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'X-MS-Exchange-Message-Is-Ndr:',
  '',
  'Delivery has failed to these recipients or groups:',
  '',
  `Sales\u202e llA\u202c (${LOOK_ALIKE})<mailto:${LOOK_ALIKE}>`,
  "Your message couldn't be delivered because you don't have permission to send to this group. Ask the group's owner to give you permission.",
  '',
  'Diagnostic information for administrators:',
  '',
  'Generating server: DB9PR01MB0001.eurprd01.prod.outlook.com',
  '',
  LOOK_ALIKE,
  "Remote Server returned '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; Sender not in allowed-senders list'",
  '',
].join('\r\n');

function bounceFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bounce-doctor-lookalike-')), 'look-alike.eml');
  writeFileSync(file, BOUNCE, 'utf8');
  return file;
}

/** The output with its line wrapping undone. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(args, {}, { stdout: (text) => (stdout += text), stderr: () => undefined });
  return { code, stdout };
}

describe('a bounce with a look-alike group address', () => {
  it('flags it in the JSON output', async () => {
    const { code, stdout } = await run(['diagnose', '--json', bounceFile()]);
    expect(code).toBe(0);
    const [record] = JSON.parse(stdout) as DiagnosisRecord[];
    expect(record?.failures[0]).toMatchObject({ recipient: LOOK_ALIKE, suspicious: { kind: 'mixed-scripts', field: 'address', scripts: ['Latin', 'Cyrillic'] } });
    expect(record?.restrictedGroups[0]?.suspicious?.kind).toBe('mixed-scripts');
    expect(stdout).not.toMatch(/[\u202a-\u202e]|\\u202[a-e]/i);
  });

  it('warns in the text output, in English and in Dutch, and keeps the address out of the commands', async () => {
    const english = await run(['diagnose', '--lang', 'en', bounceFile()]);
    expect(flat(english.stdout)).toContain('This address mixes letters from different alphabets (Latin and Cyrillic): it may imitate another address.');
    expect(english.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const commandLines = english.stdout.split('\n').filter((line) => /^ {4}(Set|Get|Add)-/.test(line));
    expect(commandLines.length).toBeGreaterThan(0);
    for (const line of commandLines) expect(line).not.toContain('\u0430');
    expect(commandLines.some((line) => line.includes('<group address>'))).toBe(true);
    expect(flat(english.stdout)).toContain('left out because the bounce gave a look-alike');

    const dutch = await run(['diagnose', '--lang', 'nl', bounceFile()]);
    expect(flat(dutch.stdout)).toContain('Dit adres mengt letters uit verschillende alfabetten (Latijns en Cyrillisch): het kan een ander adres nabootsen.');
  });
});
