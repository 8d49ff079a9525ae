// The build's settings, from the environment and from a `.env` file (dotenv; the
// environment wins, as dotenv does it: a variable that is set, even to "", is kept).
//
//   ADDIN_BASE_URL   production: required; the https:// folder the built files are served from
//   HELPDESK_EMAIL   optional; where "Send to IT" writes to (one plain address)
//   GRAPH_CLIENT_ID  optional; the Entra app (client) id that turns on the Graph features
//
// Every setting is checked here, each problem in one line; webpack.config.mjs prints them
// and stops. `.env.example` lists the settings; docs/DEPLOY.md explains them.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import dotenv from 'dotenv';
import { BaseUrlError, DEV_BASE_URL, PRODUCTION_ID, manifestVersion, normalizeBaseUrl, readManifestId } from './manifest/stamp.mjs';

/** The settings the build reads, in the order the summary shows them. */
export const SETTING_NAMES = ['ADDIN_BASE_URL', 'HELPDESK_EMAIL', 'GRAPH_CLIENT_ID'];

/**
 * One plain address, the kind a To line takes: no display name, no list, no mailto:.
 * Stricter than the task pane's own check (src/taskpane/config.ts), so that anything the
 * build accepts the pane uses too; test/deploy/settings.test.ts holds them together.
 */
const PLAIN_ADDRESS = /^[A-Za-z0-9!#$%&*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One or more settings cannot be used; `problems` has one line per setting. */
export class SettingsError extends Error {
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

/**
 * Reads and checks the settings. `root` is the repository (package.json, manifest.xml, .env);
 * the .env file is `envFile`, else $DOTENV_CONFIG_PATH (dotenv's own name for it), else root/.env.
 * @param {{ mode: 'production' | 'development', root: string, env?: Record<string, string | undefined>, envFile?: string }} options
 */
export function loadBuildSettings({ mode, root, env = process.env, envFile }) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const file = resolve(envFile ?? env.DOTENV_CONFIG_PATH ?? join(root, '.env'));
  const problems = [];
  const notes = [];

  // dotenv fills `merged` from the file without touching what the environment already has.
  const merged = {};
  for (const name of SETTING_NAMES) {
    if (env[name] !== undefined) merged[name] = env[name];
  }
  let fromFile = {};
  if (existsSync(file)) {
    const result = dotenv.config({ path: file, processEnv: merged, quiet: true });
    if (result.error) problems.push(`${displayPath(file)} cannot be read: ${result.error.message}`);
    fromFile = result.parsed ?? {};
    const unknown = Object.keys(fromFile).filter((name) => !SETTING_NAMES.includes(name) && name !== 'DOTENV_CONFIG_PATH');
    if (unknown.length > 0) notes.push(`${displayPath(file)}: ignored ${unknown.join(', ')} (the build reads ${SETTING_NAMES.join(', ')})`);
  }
  const sources = {};
  for (const name of SETTING_NAMES) {
    if (env[name] !== undefined) sources[name] = 'environment';
    else if (fromFile[name] !== undefined) sources[name] = displayPath(file);
  }
  const value = (name) => (merged[name] ?? '').trim();

  // ADDIN_BASE_URL: production only; development builds and the dev server use localhost.
  let baseUrl = DEV_BASE_URL;
  const rawBase = value('ADDIN_BASE_URL');
  if (mode === 'production') {
    try {
      baseUrl = normalizeBaseUrl(rawBase);
      if (!rawBase.endsWith('/')) notes.push(`ADDIN_BASE_URL: added the missing trailing slash, so the files are served from ${baseUrl} (the task pane at ${baseUrl}taskpane.html)`);
      else if (rawBase !== baseUrl) notes.push(`ADDIN_BASE_URL: using ${baseUrl}`);
    } catch (error) {
      if (!(error instanceof BaseUrlError)) throw error;
      problems.push(error.message);
    }
  } else if (rawBase) {
    notes.push(`ADDIN_BASE_URL is ignored by development builds: they are served from ${DEV_BASE_URL}`);
  }

  const helpdeskEmail = value('HELPDESK_EMAIL');
  if (helpdeskEmail && !PLAIN_ADDRESS.test(helpdeskEmail)) {
    problems.push(`HELPDESK_EMAIL "${helpdeskEmail}" must be one plain address such as helpdesk@contoso.com (no name, no list, no mailto:), or unset`);
  }

  const graphClientId = value('GRAPH_CLIENT_ID');
  if (graphClientId) {
    const addinIds = [PRODUCTION_ID, readManifestId(readFileSync(join(root, 'manifest.xml'), 'utf8'))].map((id) => id.toLowerCase());
    if (!GUID.test(graphClientId)) {
      problems.push(`GRAPH_CLIENT_ID "${graphClientId}" must be the Application (client) ID of your Entra app registration, a GUID like 00000000-1111-2222-3333-444444444444 (docs/app-registration.md), or unset`);
    } else if (addinIds.includes(graphClientId.toLowerCase())) {
      problems.push(`GRAPH_CLIENT_ID "${graphClientId}" is the add-in's own manifest Id; use the Application (client) ID of your Entra app registration (docs/app-registration.md)`);
    }
  }

  let versionInManifest;
  try {
    versionInManifest = manifestVersion(version);
  } catch (error) {
    problems.push(error.message);
  }

  if (problems.length > 0) throw new SettingsError(problems);
  return {
    mode,
    baseUrl,
    helpdeskEmail,
    graphClientId,
    graph: graphClientId !== '',
    version,
    manifestVersion: versionInManifest,
    envFile: existsSync(file) ? file : undefined,
    sources,
    notes,
  };
}

/** The summary the build prints: what is built, for where, with which options. */
export function describeSettings(settings) {
  const from = (name) => (settings.sources[name] ? ` (from ${settings.sources[name]})` : '');
  const lines = [
    settings.mode === 'production'
      ? `Bounce Doctor ${settings.version}: production build for ${settings.baseUrl}${from('ADDIN_BASE_URL')}, manifest Version ${settings.manifestVersion}, Id ${PRODUCTION_ID}`
      : `Bounce Doctor ${settings.version}: development build for ${settings.baseUrl}`,
    `  Send to IT:      ${settings.helpdeskEmail ? `${settings.helpdeskEmail}${from('HELPDESK_EMAIL')}` : 'no HELPDESK_EMAIL: the message opens without an address, the user adds it'}`,
    `  Microsoft Graph: ${settings.graph ? `on, app (client) id ${settings.graphClientId}${from('GRAPH_CLIENT_ID')}` : 'off (no GRAPH_CLIENT_ID)'}`,
  ];
  return [...lines, ...settings.notes.map((note) => `  note: ${note}`)];
}

function displayPath(file) {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}
