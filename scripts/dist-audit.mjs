// A production build must load nothing over plain http and mention localhost nowhere:
// every file in the build is read and every "http://" in it accounted for. Used by the
// production build (webpack.config.mjs fails on a problem) and by test/deploy.
//
// Some "http://" strings are not locations but names, never fetched; exactly these pass:
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NS } from './manifest/xml-tree.mjs';

/** Identifiers that look like http URLs, and why each is harmless. Anything else is a problem. */
export const ALLOWED_HTTP = new Map([
  // XML namespace names: compared as strings by the DOM, never requested.
  ['http://www.w3.org/2000/svg', 'SVG namespace (React DOM, Fluent UI icons)'],
  ['http://www.w3.org/1999/xlink', 'XLink namespace (React DOM)'],
  ['http://www.w3.org/XML/1998/namespace', 'the xml: namespace (React DOM)'],
  ['http://www.w3.org/1998/Math/MathML', 'MathML namespace (React DOM)'],
  ['http://www.w3.org/1999/xhtml', 'XHTML namespace (React DOM)'],
  ['http://www.w3.org/2000/xmlns/', 'the xmlns: namespace'],
  [NS.officeApp, 'manifest namespace (xmlns)'],
  [NS.basicTypes, 'manifest namespace (xmlns:bt)'],
  [NS.versionOverrides, 'manifest namespace (VersionOverrides 1.0)'],
  [NS.versionOverrides11, 'manifest namespace (VersionOverrides 1.1)'],
  ['http://schemas.microsoft.com/office/mailappversionoverrides/1.0', 'manifest namespace (xmlns:mailappor)'],
  [NS.xsi, 'XML Schema instance namespace (xmlns:xsi)'],
  // Not a URL at all: the engine checks whether bounce text contains a link (src/ndr/parse/markers.ts).
  ['http://', 'the bare scheme the bounce parser looks for in text'],
  // A constant of @azure/msal-common for Azure VM region discovery, which only MSAL for Node calls.
  ['http://169.254.169.254/metadata/instance/compute', 'MSAL constant (Azure instance metadata), used by MSAL Node only'],
]);

/** How "http://…" tokens are cut out of any file (JS strings, HTML, XML, JSON, text). */
const HTTP_TOKEN = /http:\/\/[^\s"'<>`\\)]*/g;

/** Every "http://…" token in the sample bounces: the sample gallery bundles their text, which is shown, never fetched. */
export function sampleHttpTokens(samplesDir) {
  const tokens = new Set();
  for (const name of readdirSync(samplesDir)) {
    if (!name.endsWith('.eml')) continue;
    for (const match of readFileSync(join(samplesDir, name), 'latin1').matchAll(HTTP_TOKEN)) tokens.add(match[0]);
  }
  return tokens;
}

/** Every file under `dir`, as paths relative to it with `/`. */
export function listFiles(dir) {
  const out = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The files of a build that go to the web host, i.e. into the zip: everything but the
 * command line's bundle (dist/cli/), the manifest (uploaded in the admin center, not
 * served) and source maps.
 * @param {string} dir
 * @returns {string[]}
 */
export function webRootFiles(dir) {
  return listFiles(dir).filter((file) => !file.startsWith('cli/') && file !== 'manifest.xml' && !file.endsWith('.map'));
}

/**
 * Problems in a production build directory, one line each; empty when it is clean.
 * `skip` lists top-level folders that are not part of the web build (dist/cli/).
 * @param {string} dir
 * @param {{ samplesDir: string, skip?: string[] }} options
 * @returns {{ problems: string[], allowed: Map<string, number> }}
 */
export function auditDist(dir, { samplesDir, skip = ['cli'] }) {
  const samples = sampleHttpTokens(samplesDir);
  const problems = [];
  const allowed = new Map();
  for (const file of listFiles(dir)) {
    if (skip.some((folder) => file === folder || file.startsWith(`${folder}/`))) continue;
    if (file.endsWith('.map')) problems.push(`${file}: a source map in a production build`);
    const text = readFileSync(join(dir, file), 'latin1');
    if (/localhost/i.test(text)) problems.push(`${file} mentions localhost; a production build must not`);
    for (const [token] of text.matchAll(HTTP_TOKEN)) {
      if (ALLOWED_HTTP.has(token) || samples.has(token)) {
        allowed.set(token, (allowed.get(token) ?? 0) + 1);
      } else {
        problems.push(`${file} contains ${token}: a production build loads nothing over http (if it is only a name, add it to ALLOWED_HTTP in scripts/dist-audit.mjs with the reason)`);
      }
    }
  }
  return { problems: [...new Set(problems)], allowed };
}
