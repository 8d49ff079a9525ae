/**
 * The production manifest's stamping (scripts/manifest/stamp.mjs): the base URL rules
 * the build enforces on ADDIN_BASE_URL, and what the stamp changes and keeps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../scripts/manifest/check.mjs';
import { BaseUrlError, PRODUCTION_ID, manifestVersion, normalizeBaseUrl, readManifestId, setManifestVersion, stampProductionManifest } from '../../scripts/manifest/stamp.mjs';
import { devXml, productionOptions, replaceOnce, repoRoot } from './fixtures';

describe('normalizeBaseUrl (ADDIN_BASE_URL)', () => {
  it.each([
    ['https://bounce.contoso.com/', 'https://bounce.contoso.com/'],
    ['https://bounce.contoso.com', 'https://bounce.contoso.com/'],
    ['  https://Bounce.Contoso.com/addin  ', 'https://bounce.contoso.com/addin/'],
    ['https://contoso.github.io/bounce-doctor/', 'https://contoso.github.io/bounce-doctor/'],
    ['https://static.contoso.com:8443/', 'https://static.contoso.com:8443/'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(normalizeBaseUrl(raw)).toBe(expected);
  });

  it.each([
    [undefined, /^ADDIN_BASE_URL is not set: set ADDIN_BASE_URL to the https:\/\/ address/],
    ['', /^ADDIN_BASE_URL is not set/],
    ['bounce.contoso.com', /is not a URL/],
    ['http://bounce.contoso.com/', /must start with https:\/\//],
    ['https://localhost:3000/', /points at this machine/],
    ['https://127.0.0.1/', /points at this machine/],
    ['https://[::1]/', /points at this machine/],
    ['https://localhost.contoso.com/', /points at this machine/],
    ['https://bounce.contoso.com/?v=1', /without user, query or fragment/],
    ['https://user:secret@bounce.contoso.com/', /without user, query or fragment/],
    ['https://bounce.contoso.com/addin/taskpane.html', /names a file; use the folder the files are served from, e\.g\. https:\/\/bounce\.contoso\.com\/addin\//],
    ['https://bounce.contoso.com/manifest.xml', /names a file/],
  ])('refuses %j in one line', (raw, expected) => {
    let error: unknown;
    try {
      normalizeBaseUrl(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BaseUrlError);
    expect((error as Error).message).toMatch(expected);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('stampProductionManifest', () => {
  it('moves every URL under a base with a path, and the result passes the checks', () => {
    const base = 'https://contoso.github.io/bounce-doctor/';
    const stamped = stampProductionManifest(devXml, base);
    expect(stamped).toContain('<SourceLocation DefaultValue="https://contoso.github.io/bounce-doctor/taskpane.html"/>');
    expect(stamped).toContain('DefaultValue="https://contoso.github.io/bounce-doctor/assets/icon-80.png"');
    expect(checkManifest(stamped, { ...productionOptions, baseUrl: base })).toEqual([]);
  });

  it('adds the missing trailing slash itself', () => {
    expect(stampProductionManifest(devXml, 'https://bounce.contoso.com')).toBe(stampProductionManifest(devXml, 'https://bounce.contoso.com/'));
  });

  it('sets the production Id and says in its header what it is', () => {
    const stamped = stampProductionManifest(devXml, 'https://bounce.contoso.com/');
    expect(readManifestId(stamped)).toBe(PRODUCTION_ID);
    expect(stamped).toMatch(/^<\?xml[^>]*>\s*<!--\s*Bounce Doctor: the production manifest for https:\/\/bounce.contoso.com\//);
    expect(stamped).not.toContain('development manifest');
  });

  it('escapes a base URL for XML', () => {
    const stamped = stampProductionManifest(devXml, "https://bounce.contoso.com/a&b'/");
    expect(stamped).toContain('DefaultValue="https://bounce.contoso.com/a&amp;b&apos;/taskpane.html"');
  });

  it('refuses a manifest without exactly one Id', () => {
    const twoIds = replaceOnce(devXml, '<Version>', `<Id>${PRODUCTION_ID}</Id>\n  <Version>`);
    expect(() => stampProductionManifest(twoIds, 'https://bounce.contoso.com/')).toThrow(/exactly one <Id>.*found 2/);
  });

  it('refuses to leave a localhost URL that is not on the dev server', () => {
    const stray = replaceOnce(devXml, 'https://localhost:3000/taskpane.html"/>\n  <!-- No AppDomains', 'https://localhost:8080/help.html"/>\n  <!-- No AppDomains');
    expect(() => stampProductionManifest(stray, 'https://bounce.contoso.com/')).toThrow(/still mentions localhost/);
  });

  it('refuses a base URL the build would refuse', () => {
    expect(() => stampProductionManifest(devXml, 'http://bounce.contoso.com/')).toThrow(BaseUrlError);
  });
});

describe('the manifest version follows package.json', () => {
  it('the production stamp sets <Version> from package.json, whatever the development manifest says', () => {
    const stale = replaceOnce(devXml, /<Version>[^<]*<\/Version>/, '<Version>0.0.1.0</Version>');
    const stamped = stampProductionManifest(stale, 'https://bounce.contoso.com/', { packageVersion: '2.3.4' });
    expect(stamped).toContain('<Version>2.3.4.0</Version>');
    expect(stamped.match(/<Version>/g)).toHaveLength(1);
    expect(checkManifest(stamped, { ...productionOptions, packageVersion: '2.3.4' })).toEqual([]);
  });

  it('setManifestVersion (npm version\'s hook) changes <Version> and nothing else', () => {
    const bumped = setManifestVersion(devXml, '0.9.0');
    expect(bumped).toContain('<Version>0.9.0.0</Version>');
    expect(bumped.replace('<Version>0.9.0.0</Version>', '')).toBe(devXml.replace(/<Version>[^<]*<\/Version>/, ''));
    expect(() => setManifestVersion(devXml, '1.0.0-beta.1')).toThrow(/must be X.Y.Z/);
    expect(() => setManifestVersion(replaceOnce(devXml, /<Version>[^<]*<\/Version>/, ''), '1.0.0')).toThrow(/exactly one <Version>/);
  });

  it('package.json has the "version" script that runs it, so `npm version minor` bumps both', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['version']).toBe('node scripts/manifest/sync-version.mjs');
  });
});

describe('manifestVersion', () => {
  it('turns X.Y.Z into X.Y.Z.0', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('12.3.45')).toBe('12.3.45.0');
  });

  it.each(['1.0', '1.0.0-beta.1', 'v1.0.0'])('refuses %j', (version) => {
    expect(() => manifestVersion(version)).toThrow(/must be X.Y.Z/);
  });
});
