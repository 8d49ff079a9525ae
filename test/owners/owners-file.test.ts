/**
 * owners.json, format version 1 (docs/owners-directory.md): what the pane and the
 * checker get from a real file, and the specific problem for each kind of bad file.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  MAX_OWNERS_FILE_BYTES,
  OWNERS_FILE_NAME,
  OwnersIndex,
  readOwnersFile,
  summarizeOwnersFile,
  type OwnersFileProblem,
  type OwnersFileReading,
} from '../../src/owners/owners-file';
import { syntheticDirectory, syntheticDirectoryJson } from './synthetic-directory';

const fixture = (name: string): Buffer => readFileSync(join(resolve(__dirname, '../fixtures/owners'), name));

function accepted(reading: OwnersFileReading): Extract<OwnersFileReading, { ok: true }> {
  if (!reading.ok) throw new Error(`expected the file to be read, got ${JSON.stringify(reading.problems)}`);
  return reading;
}

function problemsOf(input: string | Uint8Array): OwnersFileProblem[] {
  const reading = readOwnersFile(input);
  if (reading.ok) throw new Error('expected problems, the file was accepted');
  return reading.problems;
}

/** A valid file with one group, and the change a test makes to it. */
function fileWith(change: (file: Record<string, unknown>, group: Record<string, unknown>) => void): string {
  const group: Record<string, unknown> = {
    name: 'Sales All',
    addresses: ['sales-all@contoso.com'],
    kind: 'distribution-list',
    owners: [{ name: 'Megan Bowen', address: 'megan.bowen@contoso.com' }],
  };
  const file: Record<string, unknown> = { version: 1, generated: '2026-12-01T06:00:00Z', groups: [group] };
  change(file, group);
  return JSON.stringify(file);
}

describe('the Contoso sample directory', () => {
  const reading = accepted(readOwnersFile(fixture('contoso-owners.json')));
  const { index, file } = reading;

  it('is read from bytes without warnings, with its date', () => {
    expect(OWNERS_FILE_NAME).toBe('owners.json');
    expect(reading.warnings).toEqual([]);
    expect(file.version).toBe(1);
    expect(file.generated).toBe('2026-12-01T06:00:00Z');
    expect(file.generatedAt.toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(index.size).toBe(file.groups.length);
  });

  it('finds a distribution list with two owners', () => {
    const group = index.findByAddress('sales-all@contoso.com');
    expect(group).toMatchObject({ name: 'Sales All', kind: 'distribution-list', requireSenderAuthentication: true });
    expect(group?.owners).toEqual([
      { name: 'Megan Bowen', address: 'megan.bowen@contoso.com' },
      { name: 'Jan Jansen', address: 'jan.jansen@contoso.nl' },
    ]);
    expect(group?.moderators).toBeUndefined();
  });

  it('finds a group by an alias in any case, with an SMTP: prefix, angle brackets or spaces around it', () => {
    const byPrimary = index.findByAddress('verkoop-benelux@contoso.nl');
    expect(byPrimary?.owners).toEqual([{ name: 'Anna de Boer', address: 'anna.deboer@contoso.nl' }]);
    expect(index.findByAddress('Sales-Benelux@CONTOSO.com')).toBe(byPrimary);
    expect(index.findByAddress('SMTP:sales-benelux@contoso.com')).toBe(byPrimary);
    expect(index.findByAddress('smtp:SALES-BENELUX@contoso.com')).toBe(byPrimary);
    expect(index.findByAddress('  <sales-benelux@contoso.com> ')).toBe(byPrimary);
    expect(index.findByAddress('Verkoop Benelux <sales-benelux@contoso.com>')).toBe(byPrimary);
    expect(index.findByAddress('sales-benelux@contoso.org')).toBeUndefined();
    expect(index.findByAddress('')).toBeUndefined();
  });

  it('keeps a Microsoft 365 group with its kind and owners', () => {
    const group = index.findByAddress('projectzeeland@contoso.nl');
    expect(group).toMatchObject({ name: 'Project Zeeland', kind: 'microsoft-365', requireSenderAuthentication: false });
    expect(group?.owners.map((owner) => owner.name)).toEqual(['Pieter van Dijk', 'Sanne Visser']);
  });

  it('keeps a mail-enabled security group that has no owner', () => {
    expect(index.findByAddress('finance-approvers@contoso.com')).toMatchObject({ kind: 'mail-enabled-security', owners: [] });
  });

  it('keeps the moderators of a moderated group apart from its owners', () => {
    const group = index.findByAddress('board@contoso.com');
    expect(group?.owners).toEqual([{ name: 'Willem Bakker', address: 'willem.bakker@contoso.nl' }]);
    expect(group?.moderators).toEqual([
      { name: 'Eva Smit', address: 'eva.smit@contoso.nl' },
      { name: 'Lars Mulder', address: 'lars.mulder@contoso.nl' },
    ]);
  });

  it('keeps an owner without a mailbox, with an empty address', () => {
    expect(index.findByAddress('magazijn-tilburg@contoso.nl')?.owners[0]).toEqual({ name: 'Organization Management', address: '' });
  });

  it('finds a group by its display name in any case, and by no other text', () => {
    expect(index.findByName('verkoop benelux')?.addresses).toEqual(['verkoop-benelux@contoso.nl', 'sales-benelux@contoso.com']);
    expect(index.findByName('  DIRECTIE ')?.name).toBe('Directie');
    expect(index.findByName('Verkoop')).toBeUndefined();
  });

  it('can be indexed again from its groups alone, with the same answers', () => {
    const rebuilt = new OwnersIndex(file.groups);
    expect(rebuilt.size).toBe(10);
    for (const group of file.groups) {
      for (const address of group.addresses) expect(rebuilt.findByAddress(address.toUpperCase())).toBe(index.findByAddress(address));
    }
    expect(rebuilt.findByName('sales all')).toBe(index.findByName('Sales All'));
    expect(rebuilt.findByAddress('nobody@contoso.com')).toBeUndefined();
  });

  it('summarises the file: groups, groups without owners, age in whole days', () => {
    expect(summarizeOwnersFile(file, new Date('2026-12-04T15:00:00Z'))).toEqual({
      groups: 10,
      groupsWithoutOwners: 1,
      generated: '2026-12-01T06:00:00Z',
      ageDays: 3,
    });
    expect(summarizeOwnersFile(file, new Date('2026-12-01T07:00:00Z')).ageDays).toBe(0);
  });
});

describe('names written by a stranger', () => {
  const { index } = accepted(readOwnersFile(fixture('hostile-names.json')));

  it('keeps HTML in names as literal text', () => {
    const group = index.findByAddress('payroll@contoso.com');
    expect(group?.name).toBe('<img src=x onerror=alert(1)>Payroll');
    expect(group?.owners[1]?.name).toBe('<b>Bold</b> Owner');
  });

  it('removes bidi controls, zero-width and control characters, and tidies line breaks', () => {
    const group = index.findByAddress('payroll@contoso.com');
    expect(group?.owners[0]?.name).toBe('gnp.exe Mallory');
    expect(index.findByAddress('linebreak@contoso.com')?.name).toBe('Line Break Group');
    expect(index.findByName('line break group')?.kind).toBe('microsoft-365');
  });

  it('accepts internationalised addresses (RFC 6531) and compares them case-insensitively', () => {
    const group = index.findByAddress('LINEBREAK@contoso.com');
    expect(group?.owners[0]).toEqual({ name: 'Jörg Müller', address: 'jörg.müller@bücher.example' });
  });

  it('refuses an address with an invisible character rather than changing it', () => {
    const problems = problemsOf(fileWith((_file, group) => (group['addresses'] = ['sales\u200B-all@contoso.com'])));
    expect(problems).toEqual([{ path: 'groups[0].addresses[0]', message: expect.stringContaining('invisible') }]);
  });
});

describe('a display name shared by two groups', () => {
  it('is not enough to pick one', () => {
    const text = fileWith((file, group) => {
      file['groups'] = [group, { ...group, addresses: ['sales-all@fabrikam.com'] }];
    });
    const { index } = accepted(readOwnersFile(text));
    expect(index.findByName('Sales All')).toBeUndefined();
    expect(index.findByAddress('sales-all@fabrikam.com')?.name).toBe('Sales All');
  });
});

describe('unknown fields', () => {
  it('are ignored at every level, so a later version can add some', () => {
    const text = fileWith((file, group) => {
      file['tenant'] = 'contoso.onmicrosoft.com';
      group['hiddenFromAddressLists'] = true;
      group['owners'] = [{ name: 'Megan Bowen', address: 'megan.bowen@contoso.com', objectId: '1234', teams: { chat: true } }];
    });
    const { file, warnings } = accepted(readOwnersFile(text));
    expect(warnings).toEqual([]);
    expect(file.groups[0]).toEqual({
      name: 'Sales All',
      addresses: ['sales-all@contoso.com'],
      kind: 'distribution-list',
      owners: [{ name: 'Megan Bowen', address: 'megan.bowen@contoso.com' }],
    });
  });
});

describe('what is not a version 1 owners.json', () => {
  it('version 2 says which version this Bounce Doctor reads', () => {
    expect(problemsOf(fileWith((file) => (file['version'] = 2)))).toEqual([
      { path: 'version', message: expect.stringContaining('reads version 1 only') },
    ]);
    expect(problemsOf(fileWith((file) => (file['version'] = '1')))[0]).toEqual({ path: 'version', message: 'must be the number 1, not the text "1"' });
    expect(problemsOf(fileWith((file) => delete file['version']))[0]?.path).toBe('version');
  });

  it('an empty file, or one of only spaces and line breaks', () => {
    expect(problemsOf('')).toEqual([{ path: '(file)', message: 'the file is empty' }]);
    expect(problemsOf(' \r\n\t\n')).toEqual([{ path: '(file)', message: 'the file is empty' }]);
    expect(problemsOf(new Uint8Array())).toEqual([{ path: '(file)', message: 'the file is empty' }]);
  });

  it('null, an array or a number instead of the object', () => {
    expect(problemsOf('null')).toEqual([{ path: '(file)', message: expect.stringContaining('it holds null') }]);
    expect(problemsOf('[{"name":"Sales All"}]')).toEqual([{ path: '(file)', message: expect.stringContaining('it holds a list') }]);
    expect(problemsOf('42')[0]?.message).toContain('the number 42');
  });

  it('invalid JSON, with where the parser stopped', () => {
    const [problem] = problemsOf('{\n  "version": 1,\n  "groups": [,]\n}');
    expect(problem?.path).toBe('(file)');
    expect(problem?.message).toMatch(/^the file is not valid JSON \(at line 3, column 14\): /);
  });

  it('bytes that are not UTF-8', () => {
    expect(problemsOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))[0]?.message).toContain('not UTF-8');
  });

  it('a missing or malformed generated date', () => {
    expect(problemsOf(fileWith((file) => delete file['generated']))[0]).toMatchObject({ path: 'generated', message: expect.stringContaining('is missing') });
    expect(problemsOf(fileWith((file) => (file['generated'] = 'yesterday')))[0]?.message).toContain('"yesterday" is not an ISO 8601 date and time');
    expect(problemsOf(fileWith((file) => (file['generated'] = '2026-12-01T06:00:00')))[0]?.message).toContain('with a time zone');
    expect(problemsOf(fileWith((file) => (file['generated'] = '2026-13-45T06:00:00Z')))[0]?.path).toBe('generated');
    expect(problemsOf(fileWith((file) => (file['generated'] = 20261201)))[0]?.message).toContain('not the number 20261201');
  });

  it('accepts the round-trip date PowerShell writes, seven decimals and an offset', () => {
    const { file } = accepted(readOwnersFile(fileWith((file) => (file['generated'] = '2026-12-01T07:00:00.1234567+01:00'))));
    expect(file.generatedAt.toISOString()).toBe('2026-12-01T06:00:00.123Z');
  });

  it('groups that are not a list, and a group that is not an object', () => {
    expect(problemsOf(fileWith((file) => (file['groups'] = { 'Sales All': {} })))).toEqual([
      { path: 'groups', message: 'must be a list of groups, not an object' },
    ]);
    expect(problemsOf(fileWith((file, group) => (file['groups'] = [group, 'Directie'])))).toEqual([
      { path: 'groups[1]', message: expect.stringContaining('not the text "Directie"') },
    ]);
    expect(problemsOf(fileWith((file) => delete file['groups']))[0]?.path).toBe('groups');
  });

  it('the wrong type in each field of a group names the field', () => {
    const cases: [string, (group: Record<string, unknown>) => void, string][] = [
      ['groups[0].name', (group) => (group['name'] = 42), 'must be text, not the number 42'],
      ['groups[0].name', (group) => (group['name'] = ' \u200B '), 'is empty'],
      ['groups[0].addresses', (group) => (group['addresses'] = 'sales-all@contoso.com'), 'must be a list of email addresses'],
      ['groups[0].addresses', (group) => (group['addresses'] = []), 'at least one email address'],
      ['groups[0].addresses[0]', (group) => (group['addresses'] = [{ address: 'x@contoso.com' }]), 'not an object'],
      ['groups[0].kind', (group) => (group['kind'] = 'team'), 'must be one of distribution-list, mail-enabled-security, microsoft-365, dynamic-distribution'],
      ['groups[0].owners', (group) => delete group['owners'], 'is missing'],
      ['groups[0].owners', (group) => (group['owners'] = 'Megan Bowen'), 'must be a list of people'],
      ['groups[0].owners[0]', (group) => (group['owners'] = ['Megan Bowen']), 'must be an object with "name" and "address"'],
      ['groups[0].owners[0].name', (group) => (group['owners'] = [{ name: ['Megan'], address: 'megan@contoso.com' }]), 'must be text, not a list'],
      ['groups[0].owners[0].address', (group) => (group['owners'] = [{ name: 'Megan', address: 7 }]), 'not the number 7'],
      ['groups[0].owners[0]', (group) => (group['owners'] = [{ name: '', address: '' }]), 'neither a name nor an address'],
      ['groups[0].moderators', (group) => (group['moderators'] = true), 'must be a list of people'],
      ['groups[0].moderators[0].address', (group) => (group['moderators'] = [{ name: 'Eva', address: 'eva' }]), 'needs exactly one @'],
      ['groups[0].requireSenderAuthentication', (group) => (group['requireSenderAuthentication'] = 'yes'), 'must be true or false'],
    ];
    for (const [path, change, message] of cases) {
      expect(problemsOf(fileWith((_file, group) => change(group)))).toEqual([{ path, message: expect.stringContaining(message) }]);
    }
  });

  it('an address that is not one bare address says why', () => {
    const problemFor = (address: string): string | undefined =>
      problemsOf(fileWith((_file, group) => (group['addresses'] = [address])))[0]?.message;
    expect(problemFor('SMTP:sales-all@contoso.com')).toContain('"SMTP:" prefix; write the bare address (sales-all@contoso.com)');
    expect(problemFor('Sales All <sales-all@contoso.com>')).toContain('not one bare email address');
    expect(problemFor('a@contoso.com, b@contoso.com')).toContain('not one bare email address');
    expect(problemFor('sales-all')).toContain('exactly one @');
    expect(problemFor('@contoso.com')).toContain('nothing before the @');
    expect(problemFor('sales-all@contoso')).toContain('valid domain');
    expect(problemFor('')).toContain('is empty');
  });

  it('the same address twice, in two groups or in one, names both places', () => {
    const twoGroups = fileWith((file, group) => {
      file['groups'] = [group, { ...group, name: 'Sales Copy', addresses: ['sales@contoso.com', 'SALES-ALL@contoso.com'] }];
    });
    expect(problemsOf(twoGroups)).toEqual([
      { path: 'groups[1].addresses[1]', message: expect.stringContaining('already listed at groups[0].addresses[0]') },
    ]);
    const oneGroup = fileWith((_file, group) => (group['addresses'] = ['sales-all@contoso.com', 'Sales-All@Contoso.com']));
    expect(problemsOf(oneGroup)[0]).toMatchObject({ path: 'groups[0].addresses[1]', message: expect.stringContaining('groups[0].addresses[0]') });
  });

  it('reports every problem in one go, up to 100 and then how many more', () => {
    const text = fileWith((file, group) => {
      file['groups'] = Array.from({ length: 150 }, (_, index) => ({ ...group, addresses: [`group-${index}@contoso.com`], kind: 'team' }));
    });
    const problems = problemsOf(text);
    expect(problems).toHaveLength(101);
    expect(problems[99]?.path).toBe('groups[99].kind');
    expect(problems[100]).toEqual({ path: '(file)', message: '…and 50 more problems' });
  });
});

describe('encoding and size', () => {
  it('reads a file that starts with a UTF-8 BOM, with a warning, as text or as bytes', () => {
    const text = readFileSync(join(__dirname, '../fixtures/owners/contoso-owners.json'), 'utf8');
    for (const input of [`\uFEFF${text}`, new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)])]) {
      const reading = accepted(readOwnersFile(input));
      expect(reading.index.findByAddress('sales-all@contoso.com')?.name).toBe('Sales All');
      expect(reading.warnings).toEqual([{ path: '(file)', message: expect.stringContaining('byte order mark (BOM)') }]);
    }
  });

  it('reads a 5 MB directory of 20,000 groups and finds each group by its alias', () => {
    const text = syntheticDirectoryJson(20000);
    expect(text.length).toBeGreaterThan(5 * 1000 * 1000);
    const { index, file } = accepted(readOwnersFile(new TextEncoder().encode(text)));
    expect(index.size).toBe(20000);
    expect(index.findByAddress('DEPARTMENT-19999@contoso.com')?.name).toBe('Afdeling 19999 Team');
    expect(summarizeOwnersFile(file, new Date('2026-12-01T06:00:00Z')).groupsWithoutOwners).toBe(Math.ceil(20000 / 17));
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const bytes = new Uint8Array(MAX_OWNERS_FILE_BYTES + 1).fill(0x20);
    expect(problemsOf(bytes)).toEqual([{ path: '(file)', message: 'the file is 20.0 MB; Bounce Doctor reads owner files of up to 20 MB' }]);
    const text = JSON.stringify({ ...syntheticDirectory(1), padding: 'é'.repeat(MAX_OWNERS_FILE_BYTES / 2) });
    expect(problemsOf(text)[0]?.message).toContain('Bounce Doctor reads owner files of up to 20 MB');
  });
});
