// `npm run validate [manifest …]`: the offline manifest checks (scripts/manifest/check.mjs,
// the same ones test/manifest runs) on manifest.xml and, when it exists, dist/manifest.xml.
//
// Not `office-addin-manifest validate`: that posts the manifest to Microsoft's validation
// service and needs the internet (docs/platform-notes.md §6). Before publishing,
// running it once where there is a network does no harm.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkManifest } from './manifest/check.mjs';
import { DEV_BASE_URL, readManifestId } from './manifest/stamp.mjs';
import { attr, parseXml, path } from './manifest/xml-tree.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageVersion = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
const devManifest = resolve(root, 'manifest.xml');
const devId = readManifestId(readFileSync(devManifest, 'utf8'));

const requested = process.argv.slice(2).map((file) => resolve(file));
const files = requested.length > 0 ? requested : [devManifest, resolve(root, 'dist', 'manifest.xml')].filter((file) => file === devManifest || existsSync(file));

let failed = false;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  const problems = existsSync(file) ? validate(file) : [`${name} does not exist`];
  if (problems.length === 0) continue;
  failed = true;
  console.error(`${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`  ${problem}`);
}
if (failed) process.exit(1);

/** Checks one manifest; says what it is on success, returns the problems otherwise. */
/** @param {string} file */
function validate(file) {
  const xml = readFileSync(file, 'utf8');
  const id = safely(() => readManifestId(xml));
  const kind = id?.toLowerCase() === devId.toLowerCase() ? 'development' : 'production';
  // A production manifest's base is where its task pane is: SourceLocation minus taskpane.html.
  const baseUrl = kind === 'development' ? DEV_BASE_URL : (productionBase(xml) ?? 'https://unknown.invalid/');
  // The root manifest.xml points at the dev server, whose files are the repository's (assets/);
  // one inside a build (dist/) must have every file it points at next to it.
  const insideBuild = file !== devManifest;
  const problems = checkManifest(xml, {
    kind,
    baseUrl,
    packageVersion,
    filesRoot: dirname(file),
    requireFiles: insideBuild,
    otherIds: kind === 'production' ? [devId] : [],
  });
  if (problems.length === 0) console.log(`${relative(process.cwd(), file) || file}: OK (${kind}, Id ${id}, ${baseUrl})`);
  return problems;
}

/** @param {string} xml */
function productionBase(xml) {
  const root = safely(() => parseXml(xml));
  const form = root && path(root, 'FormSettings', 'Form', 'DesktopSettings', 'SourceLocation');
  const source = form && attr(form, 'DefaultValue');
  if (!source || !source.endsWith('/taskpane.html')) return undefined;
  return source.slice(0, -'taskpane.html'.length);
}

/**
 * @template T
 * @param {() => T} read
 * @returns {T | undefined}
 */
function safely(read) {
  try {
    return read();
  } catch {
    return undefined;
  }
}
