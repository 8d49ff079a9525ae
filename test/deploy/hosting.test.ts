/**
 * The hosting examples (scripts/hosting/): one policy (policy.mjs), three hosts. Each file
 * parses, and read the way its server reads it, gives every path the same headers as the
 * policy module; icons are cacheable everywhere; Graph and sign-in are allowed only when
 * GRAPH_CLIENT_ID is set.
 */
import { basePath, iisWebConfig, nginxServerBlock, staticWebAppConfig } from '../../scripts/hosting/generate.mjs';
import { CACHE, EMPTY_INLINE_STYLE, FRAME_ANCESTORS, contentSecurityPolicy, headersFor, securityHeaders } from '../../scripts/hosting/policy.mjs';
import { attr, child, children, parseXml } from '../../scripts/manifest/xml-tree.mjs';
import type { XmlElement } from '../../scripts/manifest/xml-tree.mjs';

const FRAME_HOSTS = 'https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft https://outlook.live.com https://*.officeapps.live.com';

describe('the Content-Security-Policy', () => {
  it('without GRAPH_CLIENT_ID: our files and the Office CDN only', () => {
    expect(contentSecurityPolicy({ graph: false })).toBe(
      [
        "default-src 'none'",
        "script-src 'self' https://appsforoffice.microsoft.com",
        `style-src 'self' ${EMPTY_INLINE_STYLE}`,
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self' https://appsforoffice.microsoft.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
        `frame-ancestors ${FRAME_HOSTS}`,
      ].join('; '),
    );
  });

  it('with GRAPH_CLIENT_ID: also Microsoft Graph and Entra sign-in', () => {
    expect(contentSecurityPolicy({ graph: true })).toBe(
      [
        "default-src 'none'",
        "script-src 'self' https://appsforoffice.microsoft.com",
        `style-src 'self' ${EMPTY_INLINE_STYLE}`,
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self' https://appsforoffice.microsoft.com https://graph.microsoft.com https://login.microsoftonline.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
        `frame-ancestors ${FRAME_HOSTS}`,
      ].join('; '),
    );
    expect(contentSecurityPolicy({ graph: false })).not.toMatch(/graph\.microsoft\.com|login\.microsoftonline\.com/);
    // Sign-in is nested app authentication: Outlook signs in, the pane opens no frames.
    expect(contentSecurityPolicy({ graph: true })).not.toMatch(/frame-src|child-src/);
  });

  it.each([false, true])('never allows inline or eval\'d script, http:, or any host (graph %s)', (graph) => {
    const policy = contentSecurityPolicy({ graph });
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|http:|\s\*(\s|;|$)|https:(\s|;|$)/);
  });

  it('lets exactly the empty inline <style> through: the hash is SHA-256 of ""', async () => {
    const { createHash } = await import('node:crypto');
    expect(EMPTY_INLINE_STYLE).toBe(`'sha256-${createHash('sha256').update('').digest('base64')}'`);
  });

  it('limits frame-ancestors to the Outlook web hosts', () => {
    expect(FRAME_ANCESTORS.join(' ')).toBe(FRAME_HOSTS);
  });
});

describe('caching', () => {
  it('pages and the manifest revalidate, hashed scripts are immutable, icons are cacheable', () => {
    expect(headersFor('taskpane.html', { graph: false })['Cache-Control']).toBe('no-cache');
    expect(headersFor('manifest.xml', { graph: false })['Cache-Control']).toBe('no-cache');
    expect(headersFor('js/taskpane.1a2b3c4d.js', { graph: false })['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('assets/icon-80.png', { graph: false })['Cache-Control']).toBe('public, max-age=604800');
    expect(headersFor('other.txt', { graph: false })['Cache-Control']).toBeUndefined();
  });

  it('never sends icons with no-store or no-cache, and keeps them at least a day', () => {
    expect(CACHE.icons).not.toMatch(/no-store|no-cache|private/);
    expect(Number(/max-age=(\d+)/.exec(CACHE.icons)![1])).toBeGreaterThanOrEqual(86400);
  });
});

// ---- Reading each host's file the way that host does -------------------------------------------

type Headers = Record<string, string>;

/** Cache-Control as a set of directives (hosts differ in order and spacing). */
function normalizeCache(headers: Headers): Headers {
  const cache = headers['Cache-Control'];
  if (cache === undefined) return headers;
  return { ...headers, 'Cache-Control': cache.split(',').map((d) => d.trim()).sort().join(', ') };
}

interface SwaConfig {
  globalHeaders: Headers;
  routes: Array<{ route: string; headers?: Headers; rewrite?: string; redirect?: string }>;
  mimeTypes?: Record<string, string>;
  navigationFallback?: unknown;
  responseOverrides?: unknown;
}

/** Azure Static Web Apps: globalHeaders, then the first route that matches (routes are in order); mimeTypes by extension. */
function swaHeaders(text: string, pathname: string): Headers {
  const config = JSON.parse(text) as SwaConfig;
  const route = config.routes.find((r) => (r.route.endsWith('*') ? pathname.startsWith(r.route.slice(0, -1)) : pathname === r.route));
  const extension = /\.[^./]+$/.exec(pathname)?.[0] ?? '';
  const contentType = config.mimeTypes?.[extension];
  return { ...config.globalHeaders, ...(route?.headers ?? {}), ...(contentType ? { 'Content-Type': contentType } : {}) };
}

/** IIS: customHeaders (remove, then add) and the clientCache of the deepest <location> that covers the path (relative to the folder). */
function iisHeaders(text: string, relative: string): Headers {
  const root = parseXml(text);
  const webServer = child(root, 'system.webServer')!;
  const headers: Headers = {};
  for (const entry of child(child(webServer, 'httpProtocol')!, 'customHeaders')!.children) {
    if (entry.local === 'remove') delete headers[attr(entry, 'name')!];
    if (entry.local === 'add') headers[attr(entry, 'name')!] = attr(entry, 'value')!;
  }
  const locations = children(root, 'location').filter((l) => {
    const path = attr(l, 'path')!;
    return relative === path || relative.startsWith(`${path}/`);
  });
  const location = locations.sort((a, b) => attr(b, 'path')!.length - attr(a, 'path')!.length)[0];
  const staticContent = location && child(child(location, 'system.webServer')!, 'staticContent')!;
  const cache = staticContent && child(staticContent, 'clientCache');
  if (cache) headers['Cache-Control'] = iisCacheControl(cache);
  // mimeMap by extension; only a location's own mapping is ours (the server's defaults are not in this file).
  const extension = /\.[^./]+$/.exec(relative)?.[0] ?? '';
  const mapping = staticContent?.children.filter((entry) => entry.local === 'mimeMap' && attr(entry, 'fileExtension') === extension).at(-1);
  if (mapping) {
    const removed = staticContent!.children.findIndex((entry) => entry.local === 'remove' && attr(entry, 'fileExtension') === extension);
    // IIS refuses a second mapping for an extension (500.19): it must be removed first.
    expect(removed).toBeGreaterThanOrEqual(0);
    expect(removed).toBeLessThan(staticContent!.children.indexOf(mapping));
    headers['Content-Type'] = attr(mapping, 'mimeType')!;
  }
  return headers;
}

function iisCacheControl(cache: XmlElement): string {
  const mode = attr(cache, 'cacheControlMode');
  if (mode === 'DisableCache') return 'no-cache';
  expect(mode).toBe('UseMaxAge');
  const [, days, hours, minutes, seconds] = /^(\d+)\.(\d\d):(\d\d):(\d\d)$/.exec(attr(cache, 'cacheControlMaxAge')!)!.map(Number);
  const maxAge = ((days! * 24 + hours!) * 60 + minutes!) * 60 + seconds!;
  return [attr(cache, 'cacheControlCustom'), `max-age=${maxAge}`].filter(Boolean).join(', ');
}

/**
 * nginx: the `=` location for the path, else the longest `^~` prefix; its add_header lines
 * (variables resolved) and, where it sets its own types, the Content-Type with the server's charset.
 */
function nginxHeaders(text: string, pathname: string): Headers | 'return 404' {
  const variables = new Map([...text.matchAll(/^\s*set \$(\w+) "([^"]*)";/gm)].map((m) => [m[1]!, m[2]!]));
  const locations = [...text.matchAll(/^ {4}location (=|\^~) (\S+) \{( [^\n]* \}|[\s\S]*?\n {4}\})$/gm)].map((m) => ({ kind: m[1], path: m[2]!, body: m[3]! }));
  const exact = locations.find((l) => l.kind === '=' && l.path === pathname);
  const prefix = locations.filter((l) => l.kind === '^~' && pathname.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const location = exact ?? prefix;
  if (!location) throw new Error(`no nginx location for ${pathname}`);
  if (/return 404;/.test(location.body)) return 'return 404';
  const headers: Headers = {};
  for (const [, name, quoted, variable] of location.body.matchAll(/add_header (\S+) (?:"([^"]*)"|\$(\w+)) always;/g)) {
    headers[name!] = quoted ?? variables.get(variable!)!;
  }
  const extension = /\.([^./]+)$/.exec(pathname)?.[1] ?? '';
  const type = new RegExp(`types \\{ (\\S+) ${extension}; \\}`).exec(location.body)?.[1];
  if (type) {
    const charset = /^\s*charset +(\S+);/m.exec(text)?.[1];
    const withCharset = new RegExp(`charset_types ${type.replace('/', '\\/')};`).test(location.body);
    headers['Content-Type'] = charset && withCharset ? `${type}; charset=${charset}` : type;
  }
  return headers;
}

describe.each([
  ['at the root of the host', 'https://bounce.contoso.com/', false],
  ['under a path, with Graph', 'https://contoso.github.io/bounce-doctor/', true],
])('the three hosting files for a base URL %s', (_name, baseUrl, graph) => {
  const settings = { baseUrl, version: '1.2.3', graph };
  const swa = staticWebAppConfig(settings);
  const iis = iisWebConfig(settings);
  const nginx = nginxServerBlock(settings);
  const prefix = basePath(baseUrl);
  const paths = ['taskpane.html', 'manifest.xml', 'js/taskpane.1a2b3c4d.js', 'js/taskpane.1a2b3c4d.js.LICENSE.txt', 'assets/icon-16.png', 'assets/icon-128.png', 'owners.json', 'other.txt'];

  it('parse: staticwebapp.config.json as JSON, web.config as XML', () => {
    expect(() => JSON.parse(swa) as unknown).not.toThrow();
    expect(parseXml(iis).local).toBe('configuration');
  });

  it.each(paths)('give %s the policy module\'s headers, on every host', (path) => {
    const expected = normalizeCache(headersFor(path, { graph }));
    expect(normalizeCache(swaHeaders(swa, `${prefix}${path}`))).toEqual(expected);
    expect(normalizeCache(iisHeaders(iis, path))).toEqual(expected);
    expect(normalizeCache(nginxHeaders(nginx, `${prefix}${path}`) as Headers)).toEqual(expected);
  });

  it('serve owners.json as UTF-8 JSON that is revalidated on every fetch, on every host', () => {
    const expected = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' };
    expect(swaHeaders(swa, `${prefix}owners.json`)).toMatchObject(expected);
    expect(iisHeaders(iis, 'owners.json')).toMatchObject(expected);
    expect(nginxHeaders(nginx, `${prefix}owners.json`)).toMatchObject(expected);
    expect(nginx).toContain(`location = ${prefix}owners.json {\n        alias /var/www/bounce-doctor/owners.json;`);
  });

  it('answer a plain 404 for an owners.json that is not there: no host rewrites unknown paths to the page', () => {
    const config = JSON.parse(swa) as SwaConfig;
    expect(config.navigationFallback).toBeUndefined();
    expect(config.responseOverrides).toBeUndefined();
    expect(config.routes.filter((route) => route.rewrite !== undefined || route.redirect !== undefined)).toEqual([]);
    // IIS: only the http→https redirect rule, no rewrite to taskpane.html, no custom 404 page.
    expect(iis.match(/<rule /g)).toHaveLength(1);
    expect(iis).not.toMatch(/type="Rewrite"|<httpErrors|url="[^"]*taskpane\.html"/);
    // nginx: alias without try_files or error_page, so a missing file is the server's 404.
    expect(nginx).not.toMatch(/try_files|error_page/);
  });

  it('send icons cacheable everywhere (never no-store or no-cache)', () => {
    for (const headers of [swaHeaders(swa, `${prefix}assets/icon-80.png`), iisHeaders(iis, 'assets/icon-80.png'), nginxHeaders(nginx, `${prefix}assets/icon-80.png`) as Headers]) {
      expect(headers['Cache-Control']).toMatch(/max-age=\d{5,}/);
      expect(headers['Cache-Control']).not.toMatch(/no-store|no-cache/);
    }
  });

  it('carry the same Content-Security-Policy, with Graph exactly when configured', () => {
    const policy = securityHeaders({ graph })['Content-Security-Policy']!;
    expect((JSON.parse(swa) as { globalHeaders: Headers }).globalHeaders['Content-Security-Policy']).toBe(policy);
    expect(iisHeaders(iis, 'taskpane.html')['Content-Security-Policy']).toBe(policy);
    expect((nginxHeaders(nginx, `${prefix}taskpane.html`) as Headers)['Content-Security-Policy']).toBe(policy);
    expect(policy.includes('https://graph.microsoft.com')).toBe(graph);
  });

  it('make plain http go to https (IIS rewrite, nginx redirect; Azure Static Web Apps does it itself)', () => {
    expect(iis).toMatch(/<add input="\{HTTPS\}" pattern="\^OFF\$" \/>\s*<\/conditions>\s*<action type="Redirect" url="https:\/\/\{HTTP_HOST\}\{REQUEST_URI\}" redirectType="Permanent" \/>/);
    expect(nginx).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
    const plainServer = /server \{\s*listen 80;[^}]*\}/.exec(nginx)![0];
    expect(plainServer).not.toMatch(/location|alias|root/);
  });

  it('nginx: serves the base path from the unzipped folder, keeps the other hosts\' files private, needs a certificate', () => {
    expect(nginx).toContain(`server_name ${new URL(baseUrl).hostname};`);
    expect(nginx).toContain(`location ^~ ${prefix} {\n        alias /var/www/bounce-doctor/;`);
    expect(nginxHeaders(nginx, `${prefix}web.config`)).toBe('return 404');
    expect(nginxHeaders(nginx, `${prefix}staticwebapp.config.json`)).toBe('return 404');
    expect(nginx).toMatch(/ssl_certificate +\/etc\/ssl\/certs\/[^;]+;\n\s*ssl_certificate_key +\/etc\/ssl\/private\/[^;]+;/);
    expect(nginx).toContain(`Unzip bounce-doctor-1.2.3.zip into /var/www/bounce-doctor/`);
  });
});

it('nginx: a base URL with its own port gets no port-80 redirect server, and listens on that port', () => {
  const nginx = nginxServerBlock({ baseUrl: 'https://static.contoso.com:8443/bounce/', version: '1.2.3', graph: false });
  expect(nginx).not.toContain('listen 80');
  expect(nginx).toContain('listen 8443 ssl;');
});
