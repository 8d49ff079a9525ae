/**
 * admin/Export-GroupOwners.ps1 cannot run here (no PowerShell, no Exchange Online), so:
 * its text must use the cmdlets and settings the format depends on, the field names it
 * writes must be the format's, and a file shaped exactly as Windows PowerShell 5.1's
 * ConvertTo-Json writes it (test/fixtures/owners/export-sample.json: \u003c-style escapes,
 * the deep indentation, empty lists with a blank line) must be read by the pane.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readOwnersFile } from '../../src/owners/owners-file';

const root = resolve(__dirname, '../..');
const script = readFileSync(join(root, 'admin', 'Export-GroupOwners.ps1'), 'utf8');
/** The script without its comments and help, so a cmdlet named only in a comment does not count. */
const code = script.replace(/<#[\s\S]*?#>/g, '').replace(/(^|\s)#.*$/gm, '$1');

describe('admin/Export-GroupOwners.ps1', () => {
  it('reads every kind of group with the Exchange Online cmdlets, and nothing but Get- cmdlets', () => {
    expect(code).toMatch(/Get-DistributionGroup -ResultSize Unlimited/);
    expect(code).toMatch(/Get-DynamicDistributionGroup -ResultSize Unlimited/);
    expect(code).toMatch(/Get-UnifiedGroup -ResultSize Unlimited/);
    expect(code).toMatch(/Get-UnifiedGroupLinks -Identity .* -LinkType Owners/);
    expect(code).toMatch(/Get-Recipient -Identity/);
    const exchangeVerbs = [...code.matchAll(/\b(New|Set|Remove|Add|Update|Enable|Disable)-(DistributionGroup|DynamicDistributionGroup|UnifiedGroup|UnifiedGroupLinks|Recipient|Mailbox)\b/g)];
    expect(exchangeVerbs).toEqual([]);
  });

  it('maps Exchange properties to the format: ManagedBy, ModeratedBy, EmailAddresses, RequireSenderAuthenticationEnabled', () => {
    for (const property of ['ManagedBy', 'ModeratedBy', 'ModerationEnabled', 'EmailAddresses', 'PrimarySmtpAddress', 'RequireSenderAuthenticationEnabled', 'RecipientTypeDetails']) {
      expect(code).toContain(`.${property}`);
    }
    expect(code).toContain("'MailUniversalSecurityGroup' { 'mail-enabled-security' }");
  });

  it('writes exactly the field names and kinds of format version 1', () => {
    const keys = [...code.matchAll(/^\s*(\w+)\s*=(?!=)/gm)].map((match) => match[1]);
    for (const field of ['version', 'generated', 'groups', 'name', 'addresses', 'kind', 'owners', 'requireSenderAuthentication']) {
      expect(keys).toContain(field);
    }
    expect(code).toContain('$entry.moderators =');
    expect(code).toMatch(/version\s+= 1\b/);
    const kinds = new Set([...code.matchAll(/'(distribution-list|mail-enabled-security|microsoft-365|dynamic-distribution)'/g)].map((match) => match[1]));
    expect([...kinds].sort()).toEqual(['distribution-list', 'dynamic-distribution', 'mail-enabled-security', 'microsoft-365']);
    expect(code).toMatch(/\[ordered\]@\{ name = \$\w+; address = /);
  });

  it('writes UTF-8 without a BOM, deep enough, with lists kept as lists', () => {
    expect(code).toContain('[System.IO.File]::WriteAllText($Path, $json, (New-Object System.Text.UTF8Encoding $false))');
    expect(code).not.toMatch(/Out-File|Set-Content|-Encoding/);
    expect(code).toMatch(/ConvertTo-Json -Depth 6\b/);
    expect(code).toContain('Remove-TypeData System.Array');
    // An ISO 8601 date-time in UTC, whatever the computer's culture.
    expect(code).toContain(`[DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture)`);
  });

  it('refuses to run before Connect-ExchangeOnline and cites Microsoft Learn for each cmdlet', () => {
    expect(code).toMatch(/Get-ConnectionInformation[\s\S]*throw 'Not connected to Exchange Online: run Connect-ExchangeOnline first/);
    for (const page of ['get-distributiongroup', 'get-dynamicdistributiongroup', 'get-unifiedgroup', 'get-unifiedgrouplinks', 'get-recipient', 'convertto-json']) {
      expect(script).toMatch(new RegExp(`https://learn\\.microsoft\\.com/powershell/module/[\\w.]+/${page}\\b`));
    }
  });

  it('is saved as ASCII, so Windows PowerShell 5.1 reads it the same without a BOM', () => {
    expect([...script].filter((char) => char > '~')).toEqual([]);
  });
});

describe('a file as the script writes it (Windows PowerShell 5.1 ConvertTo-Json)', () => {
  const bytes = readFileSync(join(root, 'test', 'fixtures', 'owners', 'export-sample.json'));

  it('has PowerShell\'s escapes and layout, and no BOM', () => {
    const text = bytes.toString('utf8');
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(text).toContain('"name":  "R\\u0026D \\u003cLab\\u003e"');
    expect(text).toMatch(/"owners": {2}\[\n\n {34}\]/);
  });

  it('is read by the pane: escapes decoded, single-address lists, empty owner lists, moderators', () => {
    const reading = readOwnersFile(bytes);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.warnings).toEqual([]);
    const { index } = reading;
    expect(index.size).toBe(6);
    expect(index.findByAddress('rnd-lab@contoso.com')).toEqual({
      name: 'R&D <Lab>',
      addresses: ['rnd-lab@contoso.com'],
      kind: 'mail-enabled-security',
      owners: [],
      requireSenderAuthentication: true,
    });
    expect(index.findByAddress('board@contoso.com')?.moderators).toEqual([{ name: "Siobhán O'Brien", address: 'siobhan.obrien@contoso.com' }]);
    expect(index.findByAddress('magazijn-tilburg@contoso.nl')?.owners).toEqual([{ name: 'Organization Management', address: '' }]);
    expect(index.findByAddress('allstaff-amsterdam@contoso.nl')?.kind).toBe('dynamic-distribution');
    expect(reading.file.generatedAt.toISOString()).toBe('2026-12-03T05:00:12.000Z');
  });
});
