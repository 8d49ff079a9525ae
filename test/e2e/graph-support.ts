/**
 * What the browser tests of the Graph build share (graph.e2e.test.ts, csp.e2e.test.ts):
 * the production build WITH a client id, https://graph.microsoft.com answered by the fake
 * Graph server (test/fake-graph/), the fake Office host with NestedAppAuth 1.1 and its NAA
 * bridge, and the two ways into Graph a user takes (the owner card, the recent bounces).
 *
 * The build: `E2E_GRAPH_DIST` when it points at one already made (`npm run test:e2e` makes
 * test-results/dist-graph/ in scripts/e2e-build.mjs and jest.e2e.config.cjs passes it on),
 * else one built here into the temp directory (webpack `--output-path`, half a minute), so a
 * test file run on its own still tests the current source.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startFakeGraph, type FakeGraph } from '../fake-graph/server';
import { tenant } from '../fake-graph/tenant';
import { ROOT } from './harness';

/** The app registration's client id in the Graph build (scripts/e2e-build.mjs builds with the same one). */
export const GRAPH_CLIENT_ID = '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
export const GRAPH = 'https://graph.microsoft.com';

/** The build settings of the Graph build, as scripts/e2e-build.mjs gives them. */
export const GRAPH_BUILD_ENV = { ADDIN_BASE_URL: 'https://bounce.contoso.com/', HELPDESK_EMAIL: 'helpdesk@contoso.com', GRAPH_CLIENT_ID };

/** The production build with a client id: its directory. */
export function graphDist(): string {
  const given = process.env['E2E_GRAPH_DIST'];
  if (given && existsSync(join(given, 'taskpane.html'))) {
    // A build with another client id would fail the tests further on for no visible reason.
    const entry = readdirSync(join(given, 'js')).find((file) => /^taskpane\..*\.js$/.test(file));
    if (!entry || !readFileSync(join(given, 'js', entry), 'utf8').includes(GRAPH_CLIENT_ID)) {
      throw new Error(`E2E_GRAPH_DIST=${given} is not a build with GRAPH_CLIENT_ID=${GRAPH_CLIENT_ID}: run node scripts/e2e-build.mjs.`);
    }
    return given;
  }
  const out = join(tmpdir(), 'bounce-doctor-e2e-graph');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    env: { ...process.env, ...GRAPH_BUILD_ENV },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the Graph build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

/** The fake Graph server with Contoso's directory and mailbox; its `@odata.nextLink`s point at the real origin. */
export async function startTenantGraph(): Promise<FakeGraph> {
  return startFakeGraph({ data: await tenant(), publicBaseUrl: `${GRAPH}/v1.0` });
}

/**
 * Answers https://graph.microsoft.com from the fake. Register it after any catch-all route on
 * the same page or context: Playwright asks the last registered route first.
 */
export async function routeGraph(target: Page | BrowserContext, graph: FakeGraph): Promise<void> {
  await target.route(`${GRAPH}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(GRAPH, graph.origin) });
    await route.fulfill({ response });
  });
}

/** Fake Office host configuration: Outlook in English with NestedAppAuth 1.1 (so the fake NAA bridge is there), plus `config`. */
export function naaOutlook(config: Record<string, unknown>): Record<string, unknown> {
  return { displayLanguage: 'en-US', requirementSets: { NestedAppAuth: '1.1' }, ...config };
}

/** With restricted-group-en.eml diagnosed: opens the owner contact card and waits for Graph's owners. */
export async function showOwners(page: Page): Promise<Locator> {
  await page.getByRole('heading', { level: 1, name: 'Sales All only accepts mail from certain senders' }).waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: 'Owner contact card' }).click();
  const card = page.getByRole('region', { name: 'Owner of Sales All' });
  await card.getByText('Megan Bowen').waitFor({ timeout: 15000 });
  return card;
}

/** From the cannot-read screen (preset restricted-ndr): Show my recent bounces, Allow (Mail.Read), until the list is there. */
export async function listRecentBounces(page: Page): Promise<{ view: Locator; items: Locator }> {
  await page.getByRole('heading', { level: 1, name: 'Bounce Doctor can’t read this message' }).waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: 'Show my recent bounces' }).click();
  const view = page.getByRole('region', { name: 'Your recent bounces' });
  await view.getByRole('button', { name: 'Allow' }).click({ timeout: 15000 });
  const items = view.getByRole('listitem');
  await items.first().waitFor({ timeout: 15000 });
  return { view, items };
}
