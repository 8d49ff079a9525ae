/**
 * The manifests under test: the development manifest as committed, and the production
 * manifest stamped from it by the build's own code with a sample base URL.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CheckOptions } from '../../scripts/manifest/check.mjs';
import { DEV_BASE_URL, readManifestId, stampProductionManifest } from '../../scripts/manifest/stamp.mjs';

export const repoRoot = resolve(__dirname, '..', '..');
export const packageVersion: string = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

export const sampleBaseUrl = 'https://bounce.contoso.com/';

export const devXml = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8');
export const devId = readManifestId(devXml);
/** As the build makes it: <Version> from package.json. */
export const productionXml = stampProductionManifest(devXml, sampleBaseUrl, { packageVersion });

export const devOptions: CheckOptions = { kind: 'development', baseUrl: DEV_BASE_URL, packageVersion, filesRoot: repoRoot };
export const productionOptions: CheckOptions = {
  kind: 'production',
  baseUrl: sampleBaseUrl,
  packageVersion,
  filesRoot: repoRoot,
  otherIds: [devId],
};

/** Replaces the first `from` in `xml`, failing loudly when it is not there (so a test cannot pass by editing nothing). */
export function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return changed;
}
