/**
 * What a tenant admin gets: one real production build (webpack, as `npm run build` runs it)
 * for a sample base URL into a scratch folder, then `npm run package` on it, then (where
 * nginx is installed) the zip served by nginx with the generated server block, checked by
 * `npm run check-host` the way an admin checks the real host.
 *
 * The settings come partly from a .env file and partly from the environment, which must
 * win; each bad setting must stop the build with its own one-line message.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { openPromise } from 'yauzl';
import { ALLOWED_HTTP, auditDist, listFiles, sampleHttpTokens } from '../../scripts/dist-audit.mjs';
import { iisWebConfig, nginxServerBlock, staticWebAppConfig } from '../../scripts/hosting/generate.mjs';
import { checkManifest } from '../../scripts/manifest/check.mjs';
import { PRODUCTION_ID, readManifestId } from '../../scripts/manifest/stamp.mjs';
import { NS, attr, child, children, parseXml } from '../../scripts/manifest/xml-tree.mjs';
import type { XmlElement } from '../../scripts/manifest/xml-tree.mjs';

const root = resolve(__dirname, '..', '..');
const webpackCli = join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const devXml = readFileSync(join(root, 'manifest.xml'), 'utf8');

const BASE_URL = 'https://bounce.contoso.com/';
const HELPDESK = 'it-desk@bounce-test.contoso.com';
const CLIENT_ID = '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b';
const OVERRIDDEN_BASE = 'https://from-dotenv.contoso.example/';
/** webpack's output in js/: the entry and any lazy chunk, content-hashed, each with its licence notice. */
const HASHED_SCRIPT = /^js\/[\w-]+\.[0-9a-f]{8}\.js(\.LICENSE\.txt)?$/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs node with `args` in the repository, the build settings replaced by `settings`; resolves when it exits. */
function run(args: string[], settings: Record<string, string>): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['ADDIN_BASE_URL', 'HELPDESK_EMAIL', 'GRAPH_CLIENT_ID', 'DOTENV_CONFIG_PATH', 'NODE_OPTIONS']) delete env[name];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...env, ...settings } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

let scratch: string;
let dist: string;
let release: string;
let build: Run;
let packaged: Run;
let manifestXml: string;
let manifest: XmlElement;
const noEnvFile = () => join(scratch, 'no.env');

const BAD_SETTINGS: Array<[string, Record<string, string>, RegExp]> = [
  ['no ADDIN_BASE_URL', {}, /ADDIN_BASE_URL is not set: set ADDIN_BASE_URL to the https:\/\/ address the built files are served from/],
  ['an http base URL', { ADDIN_BASE_URL: 'http://bounce.contoso.com/' }, /ADDIN_BASE_URL "http:\/\/bounce\.contoso\.com\/" must start with https:\/\/ \(Outlook loads add-ins over HTTPS only\)/],
  ['a localhost base URL', { ADDIN_BASE_URL: 'https://localhost:3000/' }, /ADDIN_BASE_URL "https:\/\/localhost:3000\/" points at this machine; use the public host/],
  ['a 127.0.0.1 base URL', { ADDIN_BASE_URL: 'https://127.0.0.1/' }, /ADDIN_BASE_URL "https:\/\/127\.0\.0\.1\/" points at this machine/],
  ['a base URL that is not a URL', { ADDIN_BASE_URL: 'bounce.contoso.com' }, /ADDIN_BASE_URL "bounce\.contoso\.com" is not a URL/],
  ['a bad helpdesk address', { ADDIN_BASE_URL: BASE_URL, HELPDESK_EMAIL: 'IT <it@contoso.com>' }, /HELPDESK_EMAIL "IT <it@contoso\.com>" must be one plain address such as helpdesk@contoso\.com/],
  ['a bad client id', { ADDIN_BASE_URL: BASE_URL, GRAPH_CLIENT_ID: 'bounce-doctor-app' }, /GRAPH_CLIENT_ID "bounce-doctor-app" must be the Application \(client\) ID of your Entra app registration, a GUID/],
];
const badRuns = new Map<string, Run>();

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'bounce-doctor-deploy-'));
  dist = join(scratch, 'dist');
  release = join(scratch, 'release');
  const envFile = join(scratch, 'settings.env');
  writeFileSync(envFile, `# as an admin would write it\nADDIN_BASE_URL=${OVERRIDDEN_BASE}\nHELPDESK_EMAIL=${HELPDESK}\n`);

  const buildArgs = (out: string) => [webpackCli, '--mode', 'production', '--output-path', out];
  const [good, ...bad] = await Promise.all([
    run(buildArgs(dist), { ADDIN_BASE_URL: BASE_URL, GRAPH_CLIENT_ID: CLIENT_ID, DOTENV_CONFIG_PATH: envFile }),
    ...BAD_SETTINGS.map(([name, settings]) => run(buildArgs(join(scratch, `bad-${name.replace(/\W+/g, '-')}`)), { ...settings, DOTENV_CONFIG_PATH: noEnvFile() })),
  ]);
  build = good!;
  BAD_SETTINGS.forEach(([name], index) => badRuns.set(name, bad[index]!));
  if (build.status !== 0) throw new Error(`the production build failed:\n${build.stdout}\n${build.stderr}`);
  manifestXml = readFileSync(join(dist, 'manifest.xml'), 'utf8');
  manifest = parseXml(manifestXml);
  packaged = await run([join(root, 'scripts', 'package.mjs'), '--dist', dist, '--out', release], {});
}, 240_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Every URL in the manifest's attributes; namespace declarations are names, not locations. */
function manifestUrls(element: XmlElement, out: Array<{ url: string; where: string }> = []): Array<{ url: string; where: string }> {
  for (const a of element.attributes) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) out.push({ url: a.value, where: element.name });
  }
  for (const c of element.children) manifestUrls(c, out);
  return out;
}

function fileFor(url: string): string {
  return join(dist, decodeURIComponent(url.slice(BASE_URL.length)));
}

function pngSize(file: string): [number, number] {
  const png = PNG.sync.read(readFileSync(file));
  return [png.width, png.height];
}

/** `Locale` → `Value` of every override, in document order, with the id of the string it belongs to. */
function overrides(xml: string): string[] {
  return [...xml.matchAll(/<(?:bt:)?Override Locale="([^"]+)" Value="([^"]*)"\/>/g)].map((m) => `${m[1]}: ${m[2]}`);
}

describe('npm run build (production, ADDIN_BASE_URL from the environment, HELPDESK_EMAIL from .env)', () => {
  it('says what it built, for where, and where each setting came from', () => {
    expect(build.stdout).toContain(`production build for ${BASE_URL} (from environment), manifest Version ${packageVersion}.0, Id ${PRODUCTION_ID}`);
    expect(build.stdout).toMatch(new RegExp(`Send to IT: +${HELPDESK.replace(/\./g, '\\.')} \\(from .*settings\\.env\\)`));
    expect(build.stdout).toContain(`Microsoft Graph: on, app (client) id ${CLIENT_ID} (from environment)`);
    expect(build.stdout).toMatch(/is ready for https:\/\/bounce\.contoso\.com\/: manifest\.xml/);
  });

  it('writes the task pane, its hashed scripts, the icons, the manifest and the hosting files, nothing else', () => {
    const files = listFiles(dist);
    expect(files).toContainEqual(expect.stringMatching(/^js\/taskpane\.[0-9a-f]{8}\.js$/));
    expect(files.filter((f) => !HASHED_SCRIPT.test(f))).toEqual([
      'assets/icon-128.png',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'manifest.xml',
      'staticwebapp.config.json',
      'taskpane.html',
      'web.config',
    ]);
  });

  it('has no localhost anywhere, and no http:// except names that are never fetched', () => {
    const { problems, allowed } = auditDist(dist, { samplesDir: join(root, 'samples') });
    expect(problems).toEqual([]);
    // Independently of the audit: every http:// token, and why it may be there.
    const samples = sampleHttpTokens(join(root, 'samples'));
    for (const file of listFiles(dist)) {
      const text = readFileSync(join(dist, file), 'latin1');
      expect(text).not.toMatch(/localhost/i);
      for (const [token] of text.matchAll(/http:\/\/[^\s"'<>`\\)]*/g)) {
        expect({ file, token, allowed: ALLOWED_HTTP.has(token) || samples.has(token) }).toEqual({ file, token, allowed: true });
      }
    }
    // The SVG namespace is always there (React DOM), so the allowance is exercised, not dead.
    expect(allowed.has('http://www.w3.org/2000/svg')).toBe(true);
  });

  it('writes a manifest that passes the offline checks of the manifest test against the files in dist/', () => {
    expect(checkManifest(manifestXml, { kind: 'production', baseUrl: BASE_URL, packageVersion, filesRoot: dist, requireFiles: true, otherIds: [readManifestId(devXml)] })).toEqual([]);
  });

  it('gives the manifest the production Id and package.json\'s version as X.Y.Z.0', () => {
    expect(child(manifest, 'Id')?.text).toBe(PRODUCTION_ID);
    expect(child(manifest, 'Version')?.text).toBe(`${packageVersion}.0`);
  });

  it('keeps the nl-NL overrides intact', () => {
    const built = overrides(manifestXml).map((o) => o.replace(BASE_URL, 'BASE/'));
    expect(built).toEqual(overrides(devXml).map((o) => o.replace('https://localhost:3000/', 'BASE/')));
    expect(built.filter((o) => o.startsWith('nl-NL: ')).length).toBeGreaterThanOrEqual(6);
    expect(built).toContain('nl-NL: Bounce analyseren');
  });

  it('points every manifest URL, over https, at a file in dist/', () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const { url } of urls) {
      expect(url.startsWith(BASE_URL)).toBe(true);
      expect(existsSync(fileFor(url))).toBe(true);
    }
  });

  it('has icons at the sizes the manifest declares', () => {
    expect(pngSize(fileFor(attr(child(manifest, 'IconUrl')!, 'DefaultValue')!))).toEqual([64, 64]);
    expect(pngSize(fileFor(attr(child(manifest, 'HighResolutionIconUrl')!, 'DefaultValue')!))).toEqual([128, 128]);
    const overridesBlocks = [child(manifest, 'VersionOverrides', NS.versionOverrides)!];
    overridesBlocks.push(...children(overridesBlocks[0]!, 'VersionOverrides', NS.versionOverrides11));
    let checked = 0;
    for (const block of overridesBlocks) {
      const images = new Map(children(child(child(block, 'Resources')!, 'Images', NS.basicTypes)!, 'Image', NS.basicTypes).map((i) => [attr(i, 'id')!, attr(i, 'DefaultValue')!]));
      const visit = (element: XmlElement): void => {
        if (element.local === 'Image' && attr(element, 'size')) {
          const size = Number(attr(element, 'size'));
          expect(pngSize(fileFor(images.get(attr(element, 'resid')!)!))).toEqual([size, size]);
          checked += 1;
        }
        element.children.filter((c) => c.local !== 'VersionOverrides').forEach(visit);
      };
      visit(child(block, 'Hosts')!);
    }
    expect(checked).toBe(6); // 16, 32 and 80 px, in both blocks
  });

  it('puts HELPDESK_EMAIL (from .env) and GRAPH_CLIENT_ID in the bundle, and the overridden .env base URL nowhere', () => {
    const script = listFiles(dist).find((f) => /^js\/taskpane\.[0-9a-f]{8}\.js$/.test(f))!;
    const bundle = readFileSync(join(dist, script), 'utf8');
    expect(bundle).toContain(HELPDESK);
    expect(bundle).toContain(CLIENT_ID);
    for (const file of listFiles(dist)) expect(readFileSync(join(dist, file), 'latin1')).not.toContain('from-dotenv');
  });

  it('writes staticwebapp.config.json and web.config for this base URL, allowing Graph because the client id is set', () => {
    const settings = { baseUrl: BASE_URL, version: packageVersion, graph: true };
    expect(readFileSync(join(dist, 'staticwebapp.config.json'), 'utf8')).toBe(staticWebAppConfig(settings));
    expect(readFileSync(join(dist, 'web.config'), 'utf8')).toBe(iisWebConfig(settings));
    expect(readFileSync(join(dist, 'web.config'), 'utf8')).toContain('connect-src &apos;self&apos;'.replace(/&apos;/g, "'"));
    expect((JSON.parse(readFileSync(join(dist, 'staticwebapp.config.json'), 'utf8')) as { globalHeaders: Record<string, string> }).globalHeaders['Content-Security-Policy']).toContain('https://graph.microsoft.com https://login.microsoftonline.com');
  });
});

describe('npm run build with a bad setting', () => {
  it.each(BAD_SETTINGS.map(([name, , message]) => [name, message] as const))('stops for %s, with a clear one-line message', (name, message) => {
    const result = badRuns.get(name)!;
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^build: stopped: a setting needs fixing \(docs\/DEPLOY\.md, \.env\.example\)\n {2}\S/);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(message);
    expect(existsSync(join(scratch, `bad-${name.replace(/\W+/g, '-')}`))).toBe(false);
  });
});

/** The zip's file names, in order. */
async function zipEntries(file: string): Promise<string[]> {
  const zip = await openPromise(file);
  const names: string[] = [];
  for await (const entry of zip.eachEntry()) names.push(entry.fileName);
  zip.close();
  return names;
}

/** Unzips into `dir` with yauzl, as an admin's unzip would. */
async function unzip(file: string, dir: string): Promise<void> {
  const zip = await openPromise(file);
  for await (const entry of zip.eachEntry()) {
    const target = join(dir, entry.fileName);
    mkdirSync(dirname(target), { recursive: true });
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    writeFileSync(target, Buffer.concat(chunks));
  }
  zip.close();
}

describe('npm run package', () => {
  const name = `bounce-doctor-${packageVersion}`;

  it('writes the zip, the manifest beside it and the nginx example, and says what comes next', () => {
    expect(packaged.stderr).toBe('');
    expect(packaged.status).toBe(0);
    expect(readdirSync(release).sort()).toEqual([`${name}-manifest.xml`, `${name}-nginx.conf`, `${name}.zip`]);
    expect(packaged.stdout).toContain(`Bounce Doctor ${packageVersion} for ${BASE_URL} (manifest Version ${packageVersion}.0, Microsoft Graph on)`);
    expect(packaged.stdout).toMatch(/Integrated apps › Upload custom apps › Office Add-in ›/);
    expect(packaged.stdout).toContain(`npm run check-host -- ${BASE_URL}`);
    expect(packaged.stdout).toContain(`publish owners.json beside taskpane.html (${BASE_URL}owners.json)`);
    expect(packaged.stdout).toContain('It is not in the zip, so unzipping an update keeps the one you published.');
  });

  it('never ships an owners.json: one left in the build folder stays out of the zip, and it says so', async () => {
    const dir = mkdtempSync(join(scratch, 'owners-'));
    cpSync(dist, join(dir, 'dist'), { recursive: true });
    cpSync(join(root, 'test', 'fixtures', 'owners', 'contoso-owners.json'), join(dir, 'dist', 'owners.json'));
    const result = await run([join(root, 'scripts', 'package.mjs'), '--dist', join(dir, 'dist'), '--out', join(dir, 'release')], {});
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\/owners\.json was left out\)\./);
    const entries = await zipEntries(join(dir, 'release', `${name}.zip`));
    expect(entries).not.toContain('owners.json');
    expect(entries).toContain('taskpane.html');
  });

  it('zips exactly the web host\'s files: page, scripts, icons, the two hosting files; no manifest, no command line, no source maps', async () => {
    const entries = (await zipEntries(join(release, `${name}.zip`))).sort();
    expect(entries.filter((e) => !HASHED_SCRIPT.test(e))).toEqual([
      'assets/icon-128.png',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'staticwebapp.config.json',
      'taskpane.html',
      'web.config',
    ]);
    expect(entries).toContainEqual(expect.stringMatching(/^js\/taskpane\.[0-9a-f]{8}\.js$/));
    // Every script of the build, and nothing of dist/ but the manifest left out.
    expect(entries).toEqual(listFiles(dist).filter((f) => f !== 'manifest.xml'));
  });

  it('puts the build\'s manifest beside the zip, and an nginx example with the same policy', () => {
    expect(readFileSync(join(release, `${name}-manifest.xml`), 'utf8')).toBe(manifestXml);
    expect(readFileSync(join(release, `${name}-nginx.conf`), 'utf8')).toBe(nginxServerBlock({ baseUrl: BASE_URL, version: packageVersion, graph: true }));
  });

  describe('refuses what is not an upload-ready production build', () => {
    const refuse = async (prepare: (dir: string) => void): Promise<Run> => {
      const dir = mkdtempSync(join(scratch, 'refuse-'));
      prepare(dir);
      return run([join(root, 'scripts', 'package.mjs'), '--dist', dir, '--out', join(dir, 'release')], {});
    };

    it('no build', async () => {
      const result = await refuse(() => undefined);
      expect([result.status, result.stderr.trim()]).toEqual([1, expect.stringMatching(/^package: .* holds no build: run ADDIN_BASE_URL=https:\/\/… npm run build first/)]);
    });

    it('a development build', async () => {
      const result = await refuse((dir) => {
        writeFileSync(join(dir, 'manifest.xml'), devXml);
        writeFileSync(join(dir, 'taskpane.html'), '<!doctype html>');
      });
      expect([result.status, result.stderr.trim()]).toEqual([1, expect.stringMatching(/^package: .* holds a development build \(npm run build:dev or npm start\), not one to deploy/)]);
    });

    it('a build for another version', async () => {
      const result = await refuse((dir) => {
        cpSync(dist, dir, { recursive: true });
        writeFileSync(join(dir, 'manifest.xml'), manifestXml.replace(/<Version>[^<]*<\/Version>/, '<Version>0.0.9.0</Version>'));
      });
      expect([result.status, result.stderr.trim()]).toEqual([1, expect.stringMatching(new RegExp(`^package: .* was built for version 0\\.0\\.9\\.0, package\\.json says ${packageVersion.replace(/\./g, '\\.')}: build again`))]);
    });

    it('hosting files edited by hand', async () => {
      const result = await refuse((dir) => {
        cpSync(dist, dir, { recursive: true });
        writeFileSync(join(dir, 'web.config'), readFileSync(join(dist, 'web.config'), 'utf8').replace('nosniff', 'sniff'));
      });
      expect([result.status, result.stderr.trim()]).toEqual([1, expect.stringMatching(/^package: .*web\.config are not what this version's build writes/)]);
    });

    it('a missing icon', async () => {
      const result = await refuse((dir) => {
        cpSync(dist, dir, { recursive: true });
        rmSync(join(dir, 'assets', 'icon-80.png'));
      });
      expect([result.status, result.stderr.trim()]).toEqual([1, expect.stringMatching(/^package: .*manifest\.xml fails the manifest checks: .*icon-80\.png/)]);
    });
  });
});

// The zip on a real web server: nginx with the generated server block (ports and paths moved
// into the scratch folder), checked by `npm run check-host`. Skipped, loudly, without nginx
// (CI installs it: .ci/run).
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const openssl = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((file) => existsSync(file));
const describeServed = nginx && openssl ? describe : describe.skip;
if (!nginx || !openssl) console.warn('test/deploy: nginx or openssl is not installed; the served-zip checks are skipped (apt-get install nginx openssl)');

describeServed('the zip served by nginx with the generated server block', () => {
  const name = `bounce-doctor-${packageVersion}`;
  let serverDir: string;
  let server: ChildProcess | undefined;
  let httpsPort: number;
  let httpPort: number;

  /** Writes a server block for `webRoot` on the test ports, optionally edited, and (re)starts nginx on it. */
  async function startNginx(edit: (conf: string) => string = (conf) => conf): Promise<void> {
    const conf = edit(
      readFileSync(join(release, `${name}-nginx.conf`), 'utf8')
        .replace(/\/var\/www\/bounce-doctor/g, join(serverDir, 'www'))
        .replace(/ssl_certificate +\S+;/, `ssl_certificate ${join(serverDir, 'cert.pem')};`)
        .replace(/ssl_certificate_key +\S+;/, `ssl_certificate_key ${join(serverDir, 'key.pem')};`)
        .replace('listen 443 ssl;', `listen 127.0.0.1:${httpsPort} ssl;`)
        .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
        .replace(/\n\s*listen \[::\]:\d+( ssl)?;/g, ''),
    );
    writeFileSync(join(serverDir, 'site.conf'), conf);
    await stopNginx();
    // In the foreground, as our own child: stopped by its pid, nothing left behind.
    const started = spawn(nginx!, ['-p', serverDir, '-c', join(serverDir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    server = started;
    const exited = new Promise<number | null>((done) => started.once('exit', done));
    // Up when the https port answers; failed when nginx exits first.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const gone = await Promise.race([exited, new Promise<'running'>((done) => setTimeout(() => done('running'), 100))]);
      if (gone !== 'running') throw new Error(`nginx did not start: ${stderr}`);
      if (await answers(httpsPort)) return;
    }
    throw new Error(`nginx did not answer on port ${httpsPort}: ${stderr}`);
  }

  async function stopNginx(): Promise<void> {
    const running = server;
    server = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    running.kill('SIGTERM');
    await exited;
  }

  function answers(port: number): Promise<boolean> {
    return new Promise((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    });
  }

  const checkHost = (): Promise<Run> =>
    run([join(root, 'scripts', 'check-host.mjs'), BASE_URL, '--manifest', join(release, `${name}-manifest.xml`), '--resolve', `127.0.0.1:${httpsPort}`, '--http-port', String(httpPort), '--insecure'], {});

  beforeAll(async () => {
    serverDir = mkdtempSync(join(scratch, 'nginx-'));
    httpsPort = 20000 + Math.floor(Math.random() * 20000);
    httpPort = httpsPort + 1;
    await unzip(join(release, `${name}.zip`), join(serverDir, 'www'));
    const cert = spawnSync(openssl!, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=bounce.contoso.com', '-keyout', join(serverDir, 'key.pem'), '-out', join(serverDir, 'cert.pem')], { encoding: 'utf8' });
    if (cert.status !== 0) throw new Error(`openssl: ${cert.stderr}`);
    mkdirSync(join(serverDir, 'logs'));
    mkdirSync(join(serverDir, 'tmp'));
    writeFileSync(
      join(serverDir, 'nginx.conf'),
      [
        'worker_processes 1;',
        `pid ${join(serverDir, 'nginx.pid')};`,
        // Started as root, nginx's workers would read the files as "nobody"; the scratch folder is private.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        `error_log ${join(serverDir, 'logs', 'error.log')};`,
        'events {}',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(serverDir, 'tmp', kind)};`),
        `  include ${join(serverDir, 'site.conf')};`,
        '}',
      ].join('\n'),
    );
  }, 60_000);

  afterAll(async () => {
    await stopNginx();
  });

  it('the server block as written passes nginx -t', async () => {
    await startNginx();
    const result = spawnSync(nginx!, ['-t', '-p', serverDir, '-c', join(serverDir, 'nginx.conf')], { encoding: 'utf8' });
    expect(result.stderr).toMatch(/syntax is ok[\s\S]*test is successful/);
  });

  it('serves Bounce Doctor as Outlook needs it (npm run check-host passes)', async () => {
    await startNginx();
    const result = await checkHost();
    expect(result.stdout).not.toMatch(/^FAIL/m);
    expect(result.stdout).toMatch(/check-host: https:\/\/bounce\.contoso\.com\/ serves Bounce Doctor as Outlook needs it/);
    expect(result.stdout).toMatch(/^ok +Content-Security-Policy is Bounce Doctor's: with Graph$/m);
    expect(result.stdout).toMatch(/^ok +http:\/\/bounce\.contoso\.com:\d+\/taskpane\.html does not serve the page over http: 301 → https:\/\/bounce\.contoso\.com\/taskpane\.html$/m);
    expect(result.stdout).toMatch(/^info +https:\/\/bounce\.contoso\.com\/owners\.json: not published \(optional; docs\/owners-directory\.md\)$/m);
    expect(result.status).toBe(0);
  }, 30_000);

  /** GET over https from the test server, as the pane's fetch would: status, headers, body. */
  function fetchServed(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
    return new Promise((done, fail) => {
      const request = httpsGet(
        { host: '127.0.0.1', port: httpsPort, path, servername: 'bounce.contoso.com', headers: { Host: 'bounce.contoso.com' }, rejectUnauthorized: false },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
        },
      );
      request.on('error', fail);
    });
  }

  describe('owners.json, the owner directory the admin publishes beside taskpane.html', () => {
    const published = (): string => join(serverDir, 'www', 'owners.json');
    afterEach(() => rmSync(published(), { force: true }));

    it('is a plain 404 while it is not published, never the pane', async () => {
      await startNginx();
      const response = await fetchServed('/owners.json');
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).not.toMatch(/json/);
      expect(response.body).not.toMatch(/taskpane|<script/i);
    }, 30_000);

    it('is served as UTF-8 JSON, revalidated on every fetch, with the security headers, and check-host reads it', async () => {
      await startNginx();
      cpSync(join(root, 'test', 'fixtures', 'owners', 'contoso-owners.json'), published());
      const response = await fetchServed('/owners.json');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.body).toBe(readFileSync(published(), 'utf8'));
      const result = await checkHost();
      expect(result.stdout).toMatch(/^ok +https:\/\/bounce\.contoso\.com\/owners\.json is sent as application\/json; charset=utf-8: application\/json; charset=utf-8$/m);
      expect(result.stdout).toMatch(/^ok +https:\/\/bounce\.contoso\.com\/owners\.json is not cached for more than an hour .*: no-cache$/m);
      expect(result.stdout).toMatch(/^ok +https:\/\/bounce\.contoso\.com\/owners\.json is a valid owner directory: 10 groups, 1 without owners, generated 1 December 2026 \(/m);
      expect(result.status).toBe(0);
    }, 30_000);

    it('check-host fails a published owners.json the pane would ignore, and says what is wrong', async () => {
      await startNginx();
      writeFileSync(published(), JSON.stringify({ version: 2, generated: '2026-12-01T06:00:00Z', groups: [] }));
      const result = await checkHost();
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^FAIL +https:\/\/bounce\.contoso\.com\/owners\.json is a valid owner directory: version: this file is format version 2; this Bounce Doctor reads version 1 only/m);
    }, 30_000);
  });

  it('check-host catches a host that sends icons with no-store (Outlook would show none)', async () => {
    await startNginx((conf) => conf.replace('add_header Cache-Control "public, max-age=604800" always;', 'add_header Cache-Control "no-store" always;'));
    const result = await checkHost();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^FAIL +https:\/\/bounce\.contoso\.com\/assets\/icon-80\.png may be cached .*: no-store$/m);
    expect(result.stdout).toMatch(/check-host: 5 problems/);
  }, 30_000);
});
