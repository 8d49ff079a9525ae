// `npm run package`: turns the production build in dist/ into what a tenant admin hands out:
//
//   release/bounce-doctor-<version>.zip            exactly the files for the web host (the web root)
//   release/bounce-doctor-<version>-manifest.xml   the manifest to upload in Integrated apps
//   release/bounce-doctor-<version>-nginx.conf     an nginx server block for it (not for the web root)
//
// The owner directory (owners.json, docs/owners-directory.md) is never packaged: the admin
// publishes it beside taskpane.html and refreshes it on its own schedule, and an update
// unzipped over the web root must not replace it with a stale or empty one.
//
// It refuses, in one line, anything that is not an upload-ready production build: no build,
// a development build, a build for another version, a manifest or file that fails the
// checks. Options (for tests and special layouts): --dist <dir>, --out <dir>.
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ZipArchive } from 'archiver';
import { auditDist, webRootFiles } from './dist-audit.mjs';
import { iisWebConfig, nginxServerBlock, staticWebAppConfig } from './hosting/generate.mjs';
import { OWNERS_FILE } from './hosting/policy.mjs';
import { checkManifest } from './manifest/check.mjs';
import { PRODUCTION_ID, manifestVersion, readManifestId } from './manifest/stamp.mjs';
import { attr, parseXml, path as xmlPath } from './manifest/xml-tree.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

class Refusal extends Error {}

const { values: options } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' } } });
const dist = resolve(options.dist ?? join(repoRoot, 'dist'));
const out = resolve(options.out ?? join(repoRoot, 'release'));
const show = (/** @type {string} */ file) => relative(process.cwd(), file) || '.';

try {
  await main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`package: ${error.message}`);
  process.exit(1);
}

async function main() {
  const packageVersion = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
  const buildHint = `run ADDIN_BASE_URL=https://… npm run build first (docs/DEPLOY.md)`;
  const manifestFile = join(dist, 'manifest.xml');
  if (!existsSync(manifestFile) || !existsSync(join(dist, 'taskpane.html'))) {
    throw new Refusal(`${show(dist)}/ holds no build: ${buildHint}`);
  }

  // The manifest: production Id, this version, every check passing.
  const xml = readFileSync(manifestFile, 'utf8');
  const id = readManifestId(xml);
  const devId = readManifestId(readFileSync(join(repoRoot, 'manifest.xml'), 'utf8'));
  if (id.toLowerCase() === devId.toLowerCase()) {
    throw new Refusal(`${show(dist)}/ holds a development build (npm run build:dev or npm start), not one to deploy: ${buildHint}`);
  }
  if (id !== PRODUCTION_ID) throw new Refusal(`${show(manifestFile)} has the Id ${id}, not Bounce Doctor's production Id ${PRODUCTION_ID}: ${buildHint}`);
  const source = attr(xmlPath(parseXml(xml), 'FormSettings', 'Form', 'DesktopSettings', 'SourceLocation') ?? /** @type {import('./manifest/xml-tree.mjs').XmlElement} */ (/** @type {unknown} */ ({ attributes: [] })), 'DefaultValue') ?? '';
  if (!source.endsWith('/taskpane.html')) throw new Refusal(`${show(manifestFile)} has no task pane URL ending in /taskpane.html: ${buildHint}`);
  const baseUrl = source.slice(0, -'taskpane.html'.length);
  const version = manifestVersion(packageVersion);
  const built = /<Version>\s*([^<\s]*)\s*<\/Version>/.exec(xml)?.[1];
  if (built !== version) {
    throw new Refusal(`${show(dist)}/ was built for version ${built}, package.json says ${packageVersion}: build again (ADDIN_BASE_URL=${baseUrl} npm run build)`);
  }
  const problems = checkManifest(xml, { kind: 'production', baseUrl, packageVersion, filesRoot: dist, requireFiles: true, otherIds: [devId] });
  if (problems.length > 0) throw new Refusal(`${show(manifestFile)} fails the manifest checks: ${problems.join('; ')}`);
  await crossCheckWithOfficeTooling(manifestFile, { id, version, baseUrl });

  // The files: nothing over http, no localhost, and the hosting settings this version writes.
  const audit = auditDist(dist, { samplesDir: join(repoRoot, 'samples') });
  if (audit.problems.length > 0) throw new Refusal(`${show(dist)}/ is not clean: ${audit.problems.join('; ')}`);
  const graph = hostingGraphSetting(baseUrl, packageVersion);

  const files = webRootFiles(dist).filter((file) => file !== OWNERS_FILE);
  const ownersLeftOut = existsSync(join(dist, OWNERS_FILE));
  for (const required of ['taskpane.html', 'staticwebapp.config.json', 'web.config']) {
    if (!files.includes(required)) throw new Refusal(`${show(dist)}/${required} is missing: ${buildHint}`);
  }
  if (!files.some((file) => /^js\/.+\.js$/.test(file))) throw new Refusal(`${show(dist)}/js/ holds no script: ${buildHint}`);

  mkdirSync(out, { recursive: true });
  const name = `bounce-doctor-${packageVersion}`;
  const zipFile = join(out, `${name}.zip`);
  const uploadManifest = join(out, `${name}-manifest.xml`);
  const nginxFile = join(out, `${name}-nginx.conf`);
  await writeZip(zipFile, files);
  writeFileSync(uploadManifest, xml);
  writeFileSync(nginxFile, nginxServerBlock({ baseUrl, version: packageVersion, graph }));

  const size = (/** @type {string} */ file) => `${Math.max(1, Math.round(statSync(file).size / 1024))} KB`;
  console.log(
    [
      `package: Bounce Doctor ${packageVersion} for ${baseUrl} (manifest Version ${version}, Microsoft Graph ${graph ? 'on' : 'off'}), in ${show(out)}/:`,
      `  ${name}.zip  ${size(zipFile)}  the web host's files: ${files.length} files (${files.filter((f) => !f.startsWith('assets/')).join(', ')}, assets/ with ${files.filter((f) => f.startsWith('assets/')).length} icons)`,
      `  ${name}-manifest.xml  ${size(uploadManifest)}  the manifest to upload`,
      `  ${name}-nginx.conf  ${size(nginxFile)}  an nginx server block, if nginx is your web host`,
      '',
      'Next (docs/DEPLOY.md):',
      `  1. Unzip ${name}.zip into the folder served at ${baseUrl} (Azure Static Web Apps and IIS read their settings file from it; nginx: ${name}-nginx.conf).`,
      `  2. Open ${baseUrl}taskpane.html in a browser: the stand-alone Bounce Doctor page must appear. Then: npm run check-host -- ${baseUrl}`,
      '  3. Microsoft 365 admin center › Settings › Integrated apps › Upload custom apps › Office Add-in ›',
      `     Upload manifest file (.xml) from device: ${name}-manifest.xml; assign users or groups; Finish deployment.`,
      '  4. The Diagnose bounce button appears in Outlook within 24 hours.',
      `  5. Optional, the group owners: publish ${OWNERS_FILE} beside taskpane.html (${baseUrl}${OWNERS_FILE}), written by`,
      `     admin/Export-GroupOwners.ps1 and checked with npx bounce-doctor owners check ${OWNERS_FILE} (docs/owners-directory.md).`,
      `     It is not in the zip, so unzipping an update keeps the one you published${ownersLeftOut ? ` (${show(dist)}/${OWNERS_FILE} was left out)` : ''}.`,
    ].join('\n'),
  );
}

/** office-addin-manifest (Microsoft's Office tooling) reads the manifest and agrees on what it says. */
/**
 * @param {string} file
 * @param {{ id: string, version: string, baseUrl: string }} manifest
 */
async function crossCheckWithOfficeTooling(file, { id, version, baseUrl }) {
  const { OfficeAddinManifest } = createRequire(import.meta.url)('office-addin-manifest');
  const info = await OfficeAddinManifest.readManifestFile(file);
  const expected = { id, version, displayName: 'Bounce Doctor', officeAppType: 'MailApp', permissions: 'ReadItem', iconUrl: `${baseUrl}assets/icon-64.png`, highResolutionIconUrl: `${baseUrl}assets/icon-128.png` };
  for (const [key, value] of Object.entries(expected)) {
    if (info[key] !== value) throw new Refusal(`${show(file)}: office-addin-manifest reads ${key} "${info[key]}", expected "${value}"`);
  }
}

/** Whether dist/ was built with GRAPH_CLIENT_ID, from the hosting files it holds; they must be exactly what the build writes. */
/**
 * @param {string} baseUrl
 * @param {string} version
 */
function hostingGraphSetting(baseUrl, version) {
  const read = (/** @type {string} */ file) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf8') : undefined);
  const swa = read('staticwebapp.config.json');
  const iis = read('web.config');
  for (const graph of [false, true]) {
    if (swa === staticWebAppConfig({ baseUrl, version, graph }) && iis === iisWebConfig({ baseUrl, version, graph })) return graph;
  }
  throw new Refusal(`${show(dist)}/staticwebapp.config.json and web.config are not what this version's build writes (edited, or from another build): build again; change headers in scripts/hosting/policy.mjs`);
}

/**
 * @param {string} file
 * @param {string[]} files
 * @returns {Promise<void>}
 */
function writeZip(file, files) {
  return new Promise((done, fail) => {
    const output = createWriteStream(file);
    const archive = new ZipArchive({ zlib: { level: 9 } });
    output.on('close', done);
    archive.on('warning', fail);
    archive.on('error', fail);
    archive.pipe(output);
    for (const name of files) archive.file(join(dist, name), { name });
    void archive.finalize();
  });
}
