// `npm run check-host -- https://bounce.contoso.com/`: asks the live web host for every
// file the manifest points at and the page's scripts, and checks what Outlook needs and
// what the hosting examples promise: HTTPS, the files there, the headers of
// scripts/hosting/policy.mjs (the Content-Security-Policy with or without Graph), icons
// cacheable (Outlook drops icons sent with no-cache or no-store), http redirected to https,
// and the owner directory (owners.json, docs/owners-directory.md) when one is published:
// served as UTF-8 JSON, not cached for long, and valid (the same check as
// `bounce-doctor owners check`, run through the built command line). Absent is fine.
// One line per check; exit status 1 when something is wrong.
//
// The manifest is read from dist/manifest.xml, or from --manifest <file> (e.g. the release's).
// Before DNS points at the new host: --resolve <address>[:<port>] connects there instead
// (like curl --resolve); --insecure accepts a certificate that is not trusted here (tests).
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CACHE, OWNERS_FILE, contentSecurityPolicy, contentTypeFor, securityHeaders } from './hosting/policy.mjs';
import { parseXml } from './manifest/xml-tree.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { manifest: { type: 'string' }, resolve: { type: 'string' }, insecure: { type: 'boolean', default: false }, 'http-port': { type: 'string' } },
});
const manifestFile = resolve(options.manifest ?? join(repoRoot, 'dist', 'manifest.xml'));
let manifestXml;
try {
  manifestXml = readFileSync(manifestFile, 'utf8');
} catch {
  console.error(`check-host: cannot read ${manifestFile}: build first, or pass --manifest release/bounce-doctor-<version>-manifest.xml`);
  process.exit(1);
}
const manifestUrls = [...new Set(collectUrls(parseXml(manifestXml)))];
const taskpane = manifestUrls.find((u) => u.endsWith('/taskpane.html'));
const baseUrl = positionals[0] ?? taskpane?.slice(0, -'taskpane.html'.length);
if (!baseUrl || !taskpane) {
  console.error('check-host: usage: npm run check-host -- https://bounce.contoso.com/ (the manifest has no taskpane.html URL)');
  process.exit(1);
}
if (!taskpane.startsWith(baseUrl)) {
  console.error(`check-host: the manifest (${manifestFile}) is for ${taskpane.slice(0, -'taskpane.html'.length)}, not ${baseUrl}`);
  process.exit(1);
}

let failures = 0;
/** @type {(ok: boolean, what: string, detail?: string | string[]) => void} */
const report = (ok, what, detail = '') => {
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}${detail ? `: ${detail}` : ''}`);
};

const expected = securityHeaders({ graph: false });
const policies = { 'without Graph': contentSecurityPolicy({ graph: false }), 'with Graph': contentSecurityPolicy({ graph: true }) };

// The page, and the scripts it loads from our host.
const page = await get(taskpane);
if (page.status === 0) {
  console.log(`FAIL  ${taskpane}: no answer (${page.error})`);
  process.exit(1);
}
report(page.status === 200 && /^text\/html/.test(page.headers['content-type'] ?? ''), `${taskpane} is the task pane page`, `${page.status} ${page.headers['content-type'] ?? ''}`);
const csp = page.headers['content-security-policy'];
const variant = Object.entries(policies).find(([, value]) => value === csp)?.[0];
report(Boolean(variant), 'Content-Security-Policy is Bounce Doctor\'s', variant ?? (csp ? `differs: ${csp}` : 'missing'));
for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy']) {
  const value = page.headers[name.toLowerCase()];
  report(value === expected[name], name, value ?? 'missing');
}
report(!/max-age=[1-9]|immutable/.test(page.headers['cache-control'] ?? ''), 'taskpane.html is not cached for long (a new version shows at once)', page.headers['cache-control'] ?? 'no Cache-Control');

const scripts = [...(page.body.match(/<script[^>]*\bsrc=["']?([^"' >]+)/g) ?? [])].map((tag) => /** @type {RegExpExecArray} */ (/src=["']?([^"' >]+)/.exec(tag))[1]);
for (const src of scripts) {
  const url = new URL(src, taskpane).href;
  if (!url.startsWith(baseUrl)) continue; // Office.js from Microsoft's CDN
  const script = await get(url);
  report(script.status === 200 && /javascript/.test(script.headers['content-type'] ?? ''), `${url} is JavaScript`, `${script.status} ${script.headers['content-type'] ?? ''}`);
  report(script.headers['cache-control'] === CACHE.immutable, `${url} is cached as immutable`, script.headers['cache-control'] ?? 'no Cache-Control');
}

// Everything else the manifest points at: the icons, the support page.
for (const url of manifestUrls.filter((u) => u !== taskpane)) {
  const response = await get(url);
  const cacheControl = response.headers['cache-control'] ?? '';
  if (url.endsWith('.png')) {
    report(response.status === 200 && response.headers['content-type'] === 'image/png', `${url} is a PNG`, `${response.status} ${response.headers['content-type'] ?? ''}`);
    report(!/no-store|no-cache/.test(cacheControl), `${url} may be cached (Outlook drops icons sent with no-cache or no-store)`, cacheControl || 'no Cache-Control');
  } else {
    report(response.status === 200, `${url} answers`, String(response.status));
  }
}

// The owner directory: optional. Published, it must be JSON the pane can read.
const ownersUrl = new URL(OWNERS_FILE, baseUrl).href;
const owners = await get(ownersUrl);
const ownersType = owners.headers['content-type'] ?? '';
if (owners.status === 404) {
  console.log(`info  ${ownersUrl}: not published (optional; docs/owners-directory.md)`);
} else if (owners.status !== 200) {
  report(false, `${ownersUrl} answers 200 or 404`, owners.status === 0 ? `no answer (${owners.error})` : String(owners.status));
} else if (/^text\/html/i.test(ownersType)) {
  report(false, `${ownersUrl} is JSON or a 404`, 'the host answers with a page (a rewrite of unknown paths to taskpane.html?); the pane would report a broken owner directory');
} else {
  const expectedType = /** @type {string} */ (contentTypeFor(OWNERS_FILE));
  report(ownersType.replace(/\s+/g, '').toLowerCase() === expectedType.replace(/\s+/g, '').toLowerCase(), `${ownersUrl} is sent as ${expectedType}`, ownersType || 'no Content-Type');
  const ownersCache = owners.headers['cache-control'] ?? '';
  const ownersMaxAge = Number(/max-age=(\d+)/.exec(ownersCache)?.[1] ?? 0);
  report(ownersMaxAge <= 3600 && !/immutable/.test(ownersCache), `${ownersUrl} is not cached for more than an hour (a refreshed directory reaches users soon)`, ownersCache || 'no Cache-Control');
  const cli = join(repoRoot, 'dist', 'cli', 'bounce-doctor.cjs');
  if (!existsSync(cli)) {
    console.log(`info  ${ownersUrl}: content not checked: ${cli} is missing (npm run build:cli)`);
  } else {
    const checked = spawnSync(process.execPath, [cli, 'owners', 'check', '-'], { input: owners.bytes, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const lines = checked.stdout.trim().split('\n').filter(Boolean);
    if (checked.status === 0) {
      report(true, `${ownersUrl} is a valid owner directory`, lines[0]?.replace(/^standard input: /, '') ?? '');
    } else {
      const shown = lines.slice(0, 5).join('; ');
      report(false, `${ownersUrl} is a valid owner directory`, `${shown}${lines.length > 5 ? `; …${lines.length - 5} more` : ''} (the pane ignores it; npx bounce-doctor owners check owners.json lists every problem)`);
    }
  }
}

// Plain http: refused or redirected to https, never served.
const plain = new URL(taskpane);
plain.protocol = 'http:';
plain.port = options['http-port'] ?? '';
const overHttp = await get(plain.href);
const location = overHttp.headers.location ?? '';
const redirected = overHttp.status >= 300 && overHttp.status < 400 && location.startsWith('https://');
report(overHttp.status === 0 || redirected || overHttp.status >= 400, `${plain.href} does not serve the page over http`, overHttp.status === 0 ? `no answer (${overHttp.error})` : `${overHttp.status}${location ? ` → ${location}` : ''}`);

console.log(failures === 0 ? `check-host: ${baseUrl} serves Bounce Doctor as Outlook needs it` : `check-host: ${failures} problem${failures === 1 ? '' : 's'} (docs/DEPLOY.md, "Troubleshooting")`);
process.exit(failures === 0 ? 0 : 1);

/**
 * Every https URL in the manifest's attributes (namespace names are not locations).
 * @param {import('./manifest/xml-tree.mjs').XmlElement} element
 * @param {string[]} out
 * @returns {string[]}
 */
function collectUrls(element, out = []) {
  for (const a of element.attributes) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    if (/^https?:\/\//.test(a.value)) out.push(a.value);
  }
  for (const c of element.children) collectUrls(c, out);
  return out;
}

/**
 * GET with a 15 s limit: { status, headers, body, bytes } (body only for text); status 0 and `error` when nothing answered.
 * @param {string} url
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string, bytes: Buffer, error?: string }>}
 */
function get(url) {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const request = secure ? httpsRequest : httpRequest;
  const [address, port] = (options.resolve ?? '').split(/:(?=\d+$)/);
  const family = address?.includes(':') ? 6 : 4;
  const connectOptions = {
    method: 'GET',
    timeout: 15000,
    ...(secure ? { rejectUnauthorized: !options.insecure, servername: target.hostname } : {}),
    ...(address ? { lookup: (/** @type {string} */ _host, /** @type {{ all?: boolean }} */ opts, /** @type {(error: Error | null, address: string | { address: string, family: number }[], family?: number) => void} */ done) => (opts?.all ? done(null, [{ address, family }]) : done(null, address, family)) } : {}),
    ...(port && secure ? { port } : {}),
  };
  return new Promise((done) => {
    const req = request(target, connectOptions, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        done({ status: res.statusCode ?? 0, headers: res.headers, bytes, body: /^text\//.test(res.headers['content-type'] ?? '') ? bytes.toString('utf8') : '' });
      });
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('no answer within 15 s'), { code: 'ETIMEDOUT' })));
    req.on('error', (error) => done({ status: 0, headers: {}, body: '', bytes: Buffer.alloc(0), error: /** @type {NodeJS.ErrnoException} */ (error).code ?? error.message }));
    req.end();
  });
}
