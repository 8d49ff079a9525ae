// The HTTP headers the add-in's web host must send, in ONE place. The three hosting
// examples (scripts/hosting/generate.mjs: Azure Static Web Apps, IIS, nginx), the
// browser test that serves dist/ with them (test/e2e/csp.e2e.test.ts) and the deploy
// tests all take their values from here. docs/DEPLOY.md explains them for admins.
//
// What is known and what is a guess is listed in docs/outlook-quirks.md ("Hosting
// headers"); in short: the page itself needs only our files and Office.js, which the
// Chromium test proves for the stand-alone page and a diagnosis; what Office.js does
// inside real Outlook (extra scripts, frames, telemetry) cannot be observed here.

/** Office.js comes from Microsoft's CDN (docs/platform-notes.md §7); it loads further scripts from there. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** Microsoft Graph and Entra sign-in, allowed only when GRAPH_CLIENT_ID is set. */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';

/** CSP hash-source of the empty string: allows inline <style> elements with no content, nothing else. */
export const EMPTY_INLINE_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * Who may show the pane in a frame: Outlook on the web and the new Outlook for Windows
 * (which runs Outlook on the web). Classic Outlook for Windows, Outlook for Mac and mobile
 * open the pane as a top-level web view, where frame-ancestors does not apply.
 *   outlook.office.com, outlook.office365.com  Outlook on the web for work accounts (both names are in use)
 *   outlook.cloud.microsoft                    Microsoft's newer name for Outlook on the web (rolling out since 2024)
 *   outlook.live.com                           Outlook.com (personal accounts): lets you sideload and try it there
 *   *.officeapps.live.com                      Office on the web's hosting frames (a guess for Outlook; harmless: Microsoft's)
 * Government and sovereign clouds are left out: Integrated apps does not serve them.
 */
export const FRAME_ANCESTORS = [
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.cloud.microsoft',
  'https://outlook.live.com',
  'https://*.officeapps.live.com',
];

/**
 * The Content-Security-Policy. Without Graph the page talks to nobody but its own host
 * and the Office CDN; with Graph also to Graph and to Entra sign-in. No frames at all:
 * the pane signs in through nested app authentication only (Outlook does the sign-in;
 * src/graph/token-source.ts refuses MSAL's own iframe and popup fallback), and links such
 * as the admin-consent page open outside the pane, which CSP does not govern.
 * @param {{ graph: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ graph }) {
  const directives = [
    ['default-src', "'none'"],
    ['script-src', "'self'", OFFICE_CDN],
    // Fluent UI (Griffel, FluentProvider) adds EMPTY <style> elements and fills them
    // through the CSSOM (insertRule), which style-src does not govern. Browsers check the
    // empty element itself, so the policy allows exactly that: the hash of "", not
    // 'unsafe-inline' (a <style> with any content is still refused; test/e2e/csp.e2e.test.ts).
    ['style-src', "'self'", EMPTY_INLINE_STYLE],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", OFFICE_CDN, ...(graph ? [GRAPH_ORIGIN, LOGIN_ORIGIN] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
    ['frame-ancestors', ...FRAME_ANCESTORS],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * Headers for every response, in the order the examples write them.
 * @param {{ graph: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ graph }) {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ graph }),
    // One year; no includeSubDomains: that would bind the admin's other sites too.
    'Strict-Transport-Security': 'max-age=31536000',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The owner directory (src/owners/owners-file.ts, OWNERS_FILE_NAME): published by the admin
 * beside taskpane.html, never part of the build. When it is absent the host answers a plain 404.
 */
export const OWNERS_FILE = 'owners.json';

export const CACHE = {
  /** Pages and the manifest: always ask the host whether they changed (a new version shows up at once). */
  revalidate: 'no-cache',
  /** js/ holds only content-hashed files: a new build has new names. */
  immutable: 'public, max-age=31536000, immutable',
  /** Icons: Outlook refuses icons sent with no-cache or no-store (REF manifest/icon.md); one week. */
  icons: 'public, max-age=604800',
};

/**
 * Caching by path under the base URL. `path` is the route below the base (e.g. `js/`);
 * `prefix` true means everything under it, false means exactly that file.
 */
export const CACHE_RULES = [
  { path: 'taskpane.html', prefix: false, cacheControl: CACHE.revalidate },
  { path: 'manifest.xml', prefix: false, cacheControl: CACHE.revalidate },
  { path: 'js/', prefix: true, cacheControl: CACHE.immutable },
  { path: 'assets/', prefix: true, cacheControl: CACHE.icons },
  // The owner directory admins publish (docs/owners-directory.md): no-cache rather than a
  // max-age, so a refreshed file (an owner changed) reaches the next pane session at once;
  // the pane fetches it once per session and an unchanged file costs a 304, not 5 MB.
  { path: OWNERS_FILE, prefix: false, cacheControl: CACHE.revalidate },
];

/**
 * Content types the hosts must set themselves (the rest they know from the extension).
 * owners.json is UTF-8 JSON (RFC 8259 §8.1): said explicitly, so no host guesses a legacy
 * charset for the names in it.
 */
export const CONTENT_TYPES = [{ path: OWNERS_FILE, extension: '.json', contentType: 'application/json; charset=utf-8' }];

/**
 * The Content-Type a file below the base URL must be sent with, when the policy sets one.
 * @param {string} relativePath
 * @returns {string | undefined}
 */
export function contentTypeFor(relativePath) {
  return CONTENT_TYPES.find((entry) => entry.path === relativePath)?.contentType;
}

/**
 * The Cache-Control for a file below the base URL (`js/taskpane.1a2b3c4d.js`), or
 * undefined when the host's default applies.
 * @param {string} relativePath
 * @returns {string | undefined}
 */
export function cacheControlFor(relativePath) {
  const rule = CACHE_RULES.find((r) => (r.prefix ? relativePath.startsWith(r.path) : relativePath === r.path));
  return rule?.cacheControl;
}

/**
 * Every header a file below the base URL gets.
 * @param {string} relativePath
 * @param {{ graph: boolean }} options
 * @returns {Record<string, string>}
 */
export function headersFor(relativePath, options) {
  const cacheControl = cacheControlFor(relativePath);
  const contentType = contentTypeFor(relativePath);
  return {
    ...securityHeaders(options),
    ...(cacheControl ? { 'Cache-Control': cacheControl } : {}),
    ...(contentType ? { 'Content-Type': contentType } : {}),
  };
}
