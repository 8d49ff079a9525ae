/**
 * The development manifest and the production manifest the build writes from it pass
 * the offline checks (what Microsoft's validator would reject; it needs the network,
 * docs/platform-notes.md §6), and follow Bounce Doctor's own rules (scripts/manifest/check.mjs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifest } from '../../scripts/manifest/check.mjs';
import { PRODUCTION_ID, readManifestId } from '../../scripts/manifest/stamp.mjs';
import { NS, attr, child, children, parseXml, path, xsiType } from '../../scripts/manifest/xml-tree.mjs';
import type { XmlElement } from '../../scripts/manifest/xml-tree.mjs';
import { devId, devOptions, devXml, packageVersion, productionOptions, productionXml, repoRoot, sampleBaseUrl } from './fixtures';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

describe.each([
  ['development', devXml, devOptions],
  ['production', productionXml, productionOptions],
] as const)('the %s manifest', (_kind, xml, options) => {
  const root = parseXml(xml);
  const outer = child(root, 'VersionOverrides', NS.versionOverrides);
  const blocks = outer ? [outer, ...children(outer, 'VersionOverrides', NS.versionOverrides11)] : [];

  it('passes every offline check', () => {
    expect(checkManifest(xml, options)).toEqual([]);
  });

  it('is a mail add-in that only reads the item, for Mailbox 1.3 and up, version from package.json', () => {
    expect(xsiType(root)).toBe('MailApp');
    expect(child(root, 'Permissions')?.text).toBe('ReadItem');
    expect(attr(path(root, 'Requirements', 'Sets', 'Set')!, 'MinVersion')).toBe('1.3');
    expect(child(root, 'Version')?.text).toBe(`${packageVersion}.0`);
    expect(child(root, 'ProviderName')?.text).toBe('Bounce Doctor');
  });

  it('has VersionOverridesV1_1 as the last child of VersionOverridesV1_0', () => {
    expect(xsiType(outer!)).toBe('VersionOverridesV1_0');
    const last = outer!.children[outer!.children.length - 1]!;
    expect([last.uri, xsiType(last)]).toEqual([NS.versionOverrides11, 'VersionOverridesV1_1']);
  });

  it.each([0, 1])('puts a "Diagnose bounce" button in a "Bounce Doctor" group on the read ribbon (block %i)', (index) => {
    const block = blocks[index]!;
    const strings = shortStrings(block);
    const tab = path(block, 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab')!;
    expect(xsiType(path(block, 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint')!)).toBe('MessageReadCommandSurface');
    expect(attr(tab, 'id')).toBe('TabDefault');
    const group = child(tab, 'Group')!;
    expect(strings.get(attr(child(group, 'Label')!, 'resid')!)).toEqual({ en: 'Bounce Doctor', nl: 'Bounce Doctor' });
    const button = child(group, 'Control')!;
    expect(strings.get(attr(child(button, 'Label')!, 'resid')!)).toEqual({ en: 'Diagnose bounce', nl: 'Bounce analyseren' });
    expect(xsiType(child(button, 'Action')!)).toBe('ShowTaskpane');
  });

  it('lets the task pane be pinned (V1_1 only)', () => {
    const pinning = (block: XmlElement) => path(block, 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab', 'Group', 'Control', 'Action', 'SupportsPinning');
    expect(pinning(blocks[0]!)).toBeUndefined();
    expect(pinning(blocks[1]!)?.text).toBe('true');
  });

  it('is read by office-addin-manifest (the Office tooling) with the same facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bounce-doctor-manifest-'));
    try {
      const file = join(dir, 'manifest.xml');
      writeFileSync(file, xml);
      const info = readWithOfficeTooling(file);
      expect(info).toMatchObject({
        id: readManifestId(xml),
        version: `${packageVersion}.0`,
        officeAppType: 'MailApp',
        permissions: 'ReadItem',
        displayName: 'Bounce Doctor',
        providerName: 'Bounce Doctor',
        hosts: ['Mailbox'],
        iconUrl: `${options.baseUrl}assets/icon-64.png`,
        highResolutionIconUrl: `${options.baseUrl}assets/icon-128.png`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('development and production', () => {
  it('have different Ids, both GUIDs, so both add-ins can be installed side by side', () => {
    const productionId = readManifestId(productionXml);
    expect(devId).toMatch(GUID);
    expect(productionId).toMatch(GUID);
    expect(productionId).toBe(PRODUCTION_ID);
    expect(productionId.toLowerCase()).not.toBe(devId.toLowerCase());
  });

  it('point at the dev server and at the public base URL respectively, and production never at localhost', () => {
    // Locations are in DefaultValue/Value attributes; xmlns values are namespace names, not locations.
    const urls = (xml: string) => [...xml.matchAll(/\b(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls(devXml).length).toBeGreaterThan(5);
    expect(urls(devXml).every((u) => u.startsWith('https://localhost:3000/'))).toBe(true);
    expect(urls(productionXml).every((u) => u.startsWith(sampleBaseUrl))).toBe(true);
    expect(productionXml).not.toMatch(/localhost/i);
  });

  it('differ only in the header comment, the Id and the URLs', () => {
    const normalize = (xml: string, base: string) =>
      xml
        .replace(/<!--[\s\S]*?-->/, '')
        .replace(/<Id>[^<]*<\/Id>/, '<Id/>')
        .split(base)
        .join('BASE/');
    expect(normalize(productionXml, sampleBaseUrl)).toBe(normalize(devXml, 'https://localhost:3000/'));
  });
});

/** Short strings of a VersionOverrides block: id → en default and nl-NL override. */
function shortStrings(block: XmlElement): Map<string, { en: string | undefined; nl: string | undefined }> {
  const holder = path(block, 'Resources', ['ShortStrings', NS.basicTypes])!;
  return new Map(
    children(holder, 'String', NS.basicTypes).map((s) => [
      attr(s, 'id')!,
      { en: attr(s, 'DefaultValue'), nl: attr(children(s, 'Override', NS.basicTypes).find((o) => attr(o, 'Locale') === 'nl-NL')!, 'Value') },
    ]),
  );
}

/**
 * office-addin-manifest's readManifestFile, run in a child Node process: the package loads
 * ESM-only dependencies that Jest's CommonJS runtime cannot require.
 */
function readWithOfficeTooling(file: string): Record<string, unknown> {
  const script = "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((info) => process.stdout.write(JSON.stringify(info)))";
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: repoRoot, encoding: 'utf8' })) as Record<string, unknown>;
}
