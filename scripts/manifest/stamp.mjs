// Turns the development manifest (manifest.xml, URLs on https://localhost:3000/) into the
// production one: every dev URL moved under the public base URL, and the production <Id>
// so that both add-ins can be installed side by side (docs/DEPLOY.md, sections 2 and 7).
//
// A careful string edit rather than office-addin-manifest's modifyManifestFile: that
// rewrites the file through xml2js (comments and layout lost) and only knows the Id and
// the display name, not URLs. The result is checked by scripts/manifest/check.mjs, in
// the build and in test/manifest.
import { URL } from 'node:url';

/** Where the dev server serves the add-in (`npm run dev-server`). */
export const DEV_BASE_URL = 'https://localhost:3000/';

/** The production add-in's Id: fixed, so a new build updates the deployed add-in (same Id, higher Version). */
export const PRODUCTION_ID = 'e90ffe9b-49e7-48d8-b4d5-523b88dbc93d';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/** An ADDIN_BASE_URL we cannot use; the message is one line, for the build to print. */
export class BaseUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = 'BaseUrlError';
  }
}

/**
 * Checks the public base URL the add-in is served from and returns it ending in `/`.
 * Outlook loads add-ins over HTTPS only (REF sourcelocation.md), and a production
 * manifest pointing at localhost would work on nobody else's machine.
 */
export function normalizeBaseUrl(raw) {
  const value = (raw ?? '').trim();
  const usage = 'set ADDIN_BASE_URL to the https:// address the built files are served from, e.g. ADDIN_BASE_URL=https://bounce.contoso.com/';
  if (value === '') throw new BaseUrlError(`ADDIN_BASE_URL is not set: ${usage}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new BaseUrlError(`ADDIN_BASE_URL "${value}" is not a URL: ${usage}`);
  }
  if (url.protocol !== 'https:') throw new BaseUrlError(`ADDIN_BASE_URL "${value}" must start with https:// (Outlook loads add-ins over HTTPS only)`);
  if (LOCAL_HOSTS.has(url.hostname) || url.hostname.includes('localhost')) {
    // (A host merely containing "localhost" is refused too: the build promises no "localhost" in dist.)
    throw new BaseUrlError(`ADDIN_BASE_URL "${value}" points at this machine; use the public host (npm run build:dev is the localhost build)`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new BaseUrlError(`ADDIN_BASE_URL "${value}" must be a plain address without user, query or fragment`);
  }
  // "https://contoso.com/bounce" means the folder /bounce/ (the caller says so); a page is a mistake.
  if (/\.(html?|xml|js|aspx?|php)$/i.test(url.pathname)) {
    throw new BaseUrlError(`ADDIN_BASE_URL "${value}" names a file; use the folder the files are served from, e.g. ${new URL('./', url).href}`);
  }
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return href;
}

/** The development manifest's <Id> (a GUID), read from its text. */
export function readManifestId(xml) {
  const ids = [...xml.matchAll(/<Id>\s*([^<\s]*)\s*<\/Id>/g)];
  if (ids.length !== 1) throw new Error(`expected exactly one <Id> in the manifest, found ${ids.length}`);
  return ids[0][1];
}

/**
 * The production manifest for `baseUrl`, from the development manifest's text. With
 * `packageVersion` its <Version> is set from it (X.Y.Z → X.Y.Z.0), whatever the development
 * manifest says: the uploaded manifest always follows package.json.
 */
export function stampProductionManifest(devXml, baseUrl, { packageVersion } = {}) {
  const base = normalizeBaseUrl(baseUrl);
  readManifestId(devXml); // exactly one <Id>, or throw

  // The header comment describes the development manifest; say what this file is instead.
  const header = `<!--\n  Bounce Doctor: the production manifest for ${escapeXml(base)}\n  Written by \`npm run build\` from manifest.xml (scripts/manifest/stamp.mjs); edit that file, not this one.\n-->`;
  const withHeader = devXml.replace(/<!--[\s\S]*?-->/, header);

  const versioned = packageVersion === undefined ? withHeader : setManifestVersion(withHeader, packageVersion);
  const stamped = versioned
    .replace(/<Id>\s*[^<\s]*\s*<\/Id>/, `<Id>${PRODUCTION_ID}</Id>`)
    .split(DEV_BASE_URL)
    .join(escapeXml(base));

  if (/localhost/i.test(stamped)) {
    throw new Error('the production manifest still mentions localhost: every URL in manifest.xml must start with https://localhost:3000/');
  }
  return stamped;
}

/** Package version `X.Y.Z` → manifest version `X.Y.Z.0` (the manifest wants four numbers). */
export function manifestVersion(packageVersion) {
  if (!/^\d+\.\d+\.\d+$/.test(packageVersion)) {
    throw new Error(`package.json version "${packageVersion}" must be X.Y.Z to become the manifest's X.Y.Z.0`);
  }
  return `${packageVersion}.0`;
}

/**
 * The manifest's text with <Version> set to `packageVersion`.0, nothing else changed.
 * Used by the production stamp and by `npm version` (scripts/manifest/sync-version.mjs).
 */
export function setManifestVersion(xml, packageVersion) {
  const versions = [...xml.matchAll(/<Version>\s*[^<\s]*\s*<\/Version>/g)];
  if (versions.length !== 1) throw new Error(`expected exactly one <Version> in the manifest, found ${versions.length}`);
  return xml.replace(/<Version>\s*[^<\s]*\s*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`);
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
