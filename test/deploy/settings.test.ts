/**
 * The build's settings (scripts/build-settings.mjs): where they come from (.env and the
 * environment, which wins), and a one-line refusal for each bad value.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SettingsError, describeSettings, loadBuildSettings } from '../../scripts/build-settings.mjs';
import { PRODUCTION_ID } from '../../scripts/manifest/stamp.mjs';
import { normalizeConfig } from '../../src/taskpane/config';
import { isPlainAddress } from '../../src/taskpane/view-model';

const root = resolve(__dirname, '..', '..');
const noEnvFile = join(root, 'test', 'deploy', 'no-such.env');
const GOOD_ID = '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bounce-doctor-settings-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function envFile(text: string): string {
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.env`);
  writeFileSync(file, text);
  return file;
}

function production(env: Record<string, string | undefined>, file = noEnvFile) {
  return loadBuildSettings({ mode: 'production', root, env, envFile: file });
}

function problemsOf(env: Record<string, string | undefined>, file = noEnvFile): string[] {
  try {
    production(env, file);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('ADDIN_BASE_URL', () => {
  it('is required for a production build', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^ADDIN_BASE_URL is not set: set ADDIN_BASE_URL to the https:\/\/ address/)]);
  });

  it.each([
    ['http://bounce.contoso.com/', /must start with https:\/\/ \(Outlook loads add-ins over HTTPS only\)/],
    ['https://localhost:3000/', /points at this machine; use the public host \(npm run build:dev is the localhost build\)/],
    ['https://127.0.0.1/', /points at this machine/],
    ['bounce.contoso.com', /is not a URL/],
    ['https://bounce.contoso.com/addin/taskpane.html', /names a file; use the folder the files are served from, e\.g\. https:\/\/bounce\.contoso\.com\/addin\//],
  ])('refuses %j in one line', (value, message) => {
    const problems = problemsOf({ ADDIN_BASE_URL: value });
    expect(problems).toEqual([expect.stringMatching(message)]);
    expect(problems[0]).not.toContain('\n');
  });

  it('adds a missing trailing slash and says so', () => {
    const settings = production({ ADDIN_BASE_URL: 'https://contoso.com/bounce' });
    expect(settings.baseUrl).toBe('https://contoso.com/bounce/');
    expect(settings.notes).toEqual([expect.stringMatching(/added the missing trailing slash, so the files are served from https:\/\/contoso\.com\/bounce\/ \(the task pane at https:\/\/contoso\.com\/bounce\/taskpane\.html\)/)]);
  });

  it('is not needed, and ignored with a note, for a development build', () => {
    const settings = loadBuildSettings({ mode: 'development', root, env: { ADDIN_BASE_URL: 'https://bounce.contoso.com/' }, envFile: noEnvFile });
    expect(settings.baseUrl).toBe('https://localhost:3000/');
    expect(settings.notes).toEqual([expect.stringMatching(/ignored by development builds/)]);
    expect(loadBuildSettings({ mode: 'development', root, env: {}, envFile: noEnvFile }).baseUrl).toBe('https://localhost:3000/');
  });
});

describe('HELPDESK_EMAIL', () => {
  const base = { ADDIN_BASE_URL: 'https://bounce.contoso.com/' };

  it.each(['helpdesk@contoso.com', 'it.support+bounces@mail.contoso.co.uk', 'ServiceDesk@Contoso.NL'])('accepts %j, and the task pane uses it as it is', (address) => {
    expect(production({ ...base, HELPDESK_EMAIL: address }).helpdeskEmail).toBe(address);
    expect(normalizeConfig({ helpdeskEmail: address }).helpdeskEmail).toBe(address);
    expect(isPlainAddress(address)).toBe(true);
  });

  it.each([
    'Helpdesk <helpdesk@contoso.com>',
    'helpdesk@contoso.com, it@contoso.com',
    'helpdesk@contoso.com;it@contoso.com',
    'mailto:helpdesk@contoso.com',
    'helpdesk',
    'helpdesk@contoso',
    'help desk@contoso.com',
    "o'brien@contoso.com",
  ])('refuses %j in one line', (value) => {
    expect(problemsOf({ ...base, HELPDESK_EMAIL: value })).toEqual([
      `HELPDESK_EMAIL "${value}" must be one plain address such as helpdesk@contoso.com (no name, no list, no mailto:), or unset`,
    ]);
  });

  it('is optional', () => {
    expect(production(base).helpdeskEmail).toBe('');
  });
});

describe('GRAPH_CLIENT_ID', () => {
  const base = { ADDIN_BASE_URL: 'https://bounce.contoso.com/' };

  it('accepts a GUID and turns Graph on', () => {
    const settings = production({ ...base, GRAPH_CLIENT_ID: GOOD_ID });
    expect(settings).toMatchObject({ graphClientId: GOOD_ID, graph: true });
    expect(production(base)).toMatchObject({ graphClientId: '', graph: false });
  });

  it.each(['bounce-doctor', '6f1c2b9e3d4a4e5f8a7b9c0d1e2f3a4b', `{${GOOD_ID}}`, `${GOOD_ID}x`])('refuses %j in one line', (value) => {
    expect(problemsOf({ ...base, GRAPH_CLIENT_ID: value })).toEqual([expect.stringMatching(/^GRAPH_CLIENT_ID ".*" must be the Application \(client\) ID of your Entra app registration, a GUID/)]);
  });

  it("refuses the add-in's own manifest Id, a likely mix-up", () => {
    expect(problemsOf({ ...base, GRAPH_CLIENT_ID: PRODUCTION_ID })).toEqual([expect.stringMatching(/is the add-in's own manifest Id/)]);
  });
});

describe('where settings come from', () => {
  it('reads .env', () => {
    const file = envFile('ADDIN_BASE_URL=https://bounce.contoso.com/\nHELPDESK_EMAIL="helpdesk@contoso.com"\n# a comment\nGRAPH_CLIENT_ID=\n');
    const settings = production({}, file);
    expect(settings).toMatchObject({ baseUrl: 'https://bounce.contoso.com/', helpdeskEmail: 'helpdesk@contoso.com', graph: false, envFile: file });
    expect(settings.sources).toEqual({ ADDIN_BASE_URL: file, HELPDESK_EMAIL: file, GRAPH_CLIENT_ID: file });
  });

  it('lets the environment win over .env, also when it sets a value to empty', () => {
    const file = envFile(`ADDIN_BASE_URL=https://from-file.contoso.com/\nHELPDESK_EMAIL=file@contoso.com\nGRAPH_CLIENT_ID=${GOOD_ID}\n`);
    const settings = production({ ADDIN_BASE_URL: 'https://bounce.contoso.com/', GRAPH_CLIENT_ID: '' }, file);
    expect(settings).toMatchObject({ baseUrl: 'https://bounce.contoso.com/', helpdeskEmail: 'file@contoso.com', graph: false });
    expect(settings.sources).toEqual({ ADDIN_BASE_URL: 'environment', HELPDESK_EMAIL: file, GRAPH_CLIENT_ID: 'environment' });
  });

  it('finds the file through DOTENV_CONFIG_PATH, dotenv\'s own variable', () => {
    const file = envFile('ADDIN_BASE_URL=https://bounce.contoso.com/\n');
    expect(loadBuildSettings({ mode: 'production', root, env: { DOTENV_CONFIG_PATH: file } }).baseUrl).toBe('https://bounce.contoso.com/');
  });

  it('names settings in .env that the build does not know (a typo would otherwise pass quietly)', () => {
    const file = envFile('ADDIN_BASE_URL=https://bounce.contoso.com/\nHELPDESK_MAIL=helpdesk@contoso.com\n');
    expect(production({}, file).notes).toEqual([expect.stringMatching(/ignored HELPDESK_MAIL \(the build reads ADDIN_BASE_URL, HELPDESK_EMAIL, GRAPH_CLIENT_ID\)/)]);
  });

  it('reports every bad setting at once, one line each', () => {
    const problems = problemsOf({ ADDIN_BASE_URL: 'http://bounce.contoso.com/', HELPDESK_EMAIL: 'helpdesk', GRAPH_CLIENT_ID: 'x' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['ADDIN_BASE_URL', 'HELPDESK_EMAIL', 'GRAPH_CLIENT_ID']);
    expect(problems.every((p) => !p.includes('\n'))).toBe(true);
  });
});

describe('the summary the build prints', () => {
  it('says what is built, for where, with which options and from where', () => {
    const file = envFile('HELPDESK_EMAIL=helpdesk@contoso.com\n');
    const lines = describeSettings(production({ ADDIN_BASE_URL: 'https://bounce.contoso.com', GRAPH_CLIENT_ID: GOOD_ID }, file));
    expect(lines[0]).toMatch(/^Bounce Doctor \d+\.\d+\.\d+: production build for https:\/\/bounce\.contoso\.com\/ \(from environment\), manifest Version \d+\.\d+\.\d+\.0, Id e90ffe9b/);
    expect(lines[1]).toContain(`helpdesk@contoso.com (from ${file})`);
    expect(lines[2]).toContain(`on, app (client) id ${GOOD_ID} (from environment)`);
    expect(lines[3]).toMatch(/note: ADDIN_BASE_URL: added the missing trailing slash/);
  });
});
