/**
 * Microsoft Graph in the real browser: a production build WITH a client id
 * (GRAPH_CLIENT_ID), the fake Office host reporting NestedAppAuth 1.1 with its
 * fake `window.nestedAppAuthBridge` (so the real MSAL 5.30 signs in through
 * the bridge protocol), and https://graph.microsoft.com answered by our fake
 * Graph server on loopback. Every other outside request is refused.
 *
 * The build: test-results/dist-graph/ from `npm run test:e2e`, `E2E_GRAPH_DIST`, or one
 * built into the temp directory when this file runs on its own (graph-support.ts).
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FakeGraph } from '../fake-graph/server';
import { GRAPH, GRAPH_CLIENT_ID, graphDist, listRecentBounces, naaOutlook, routeGraph, showOwners, startTenantGraph } from './graph-support';
import { axeViolations, launchChromium, openPane, screenshot } from './harness';
import { ndrItem } from './items';

let browser: Browser;
let site: { origin: string; close: () => Promise<void> };
let graph: FakeGraph;
let distDir: string;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ready({ origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    }),
  );
}

beforeAll(async () => {
  distDir = graphDist();
  site = await serve(distDir);
  graph = await startTenantGraph();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await graph?.close();
});

beforeEach(() => {
  graph.requests.length = 0;
  graph.clearFaults();
});

interface OpenedPane {
  page: Page;
  errors: string[];
  /** Every URL the page asked for outside our site and Office.js. */
  outside: string[];
  close: () => Promise<void>;
}

/** The pane in Outlook with NestedAppAuth 1.1, the fake bridge configured with `naa`, Graph routed to the fake. */
async function open(config: Record<string, unknown>): Promise<OpenedPane> {
  const { context, page } = await openPane(browser, site.origin, {
    office: { kind: 'outlook', config: naaOutlook(config) },
  });
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.origin) && !url.startsWith('https://appsforoffice.microsoft.com/')) outside.push(url);
  });
  // Registered after openPane's catch-all, so it runs first (Playwright: last registered, first asked).
  await routeGraph(page, graph);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  await page.goto(`${site.origin}/taskpane.html`);
  return { page, errors, outside, close: () => context.close() };
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function capture(page: Page, name: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await screenshot(page, name);
}

async function fakeOffice<T>(page: Page, read: string): Promise<T> {
  return page.evaluate((path) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], (window as unknown as { __fakeOffice: unknown }).__fakeOffice), read) as Promise<T>;
}

async function lastNewMessage(page: Page): Promise<{ toRecipients?: unknown[]; subject?: string; htmlBody?: string }> {
  const calls = (await fakeOffice<Array<{ name: string; args: unknown[] }>>(page, 'calls')).filter((call) => call.name.startsWith('displayNewMessageForm'));
  expect(calls.length).toBeGreaterThan(0);
  return calls.at(-1)?.args[0] as { toRecipients?: unknown[]; subject?: string; htmlBody?: string };
}

const recipient = (value: unknown): string => (typeof value === 'string' ? value : String((value as { emailAddress?: string }).emailAddress ?? ''));

it('the build has the client id, MSAL and our Graph code in chunks of their own', () => {
  const scripts = readdirSync(join(distDir, 'js')).filter((file) => file.endsWith('.js'));
  expect(scripts.some((file) => file.startsWith('msal.'))).toBe(true);
  expect(scripts.some((file) => file.startsWith('graph.'))).toBe(true);
});

it('owner card: finds the owners in Graph, shows them, and Email writes to that owner', async () => {
  const pane = await open({ naa: { adminConsented: true, granted: ['User.ReadBasic.All'] }, item: await ndrItem('restricted-group-en.eml') });
  const { page } = pane;
  const card = await showOwners(page);
  await expect(card.getByText('Sales manager').isVisible()).resolves.toBe(true);
  await expect(card.getByText('megan.bowen@contoso.com').isVisible()).resolves.toBe(true);
  await expect(card.getByText('Alex Wilber').isVisible()).resolves.toBe(true);
  // The photo came from Graph as a real PNG and the browser decoded it.
  await page.waitForFunction(() => [...document.querySelectorAll('img')].some((img) => img.src.startsWith('data:image/png;base64,') && img.naturalWidth === 48));
  const teams = await card.getByRole('link', { name: 'Chat in Teams with Megan Bowen (opens in a new window)' }).getAttribute('href');
  expect(new URL(teams!).searchParams.get('users')).toBe('megan.bowen@contoso.com');
  await capture(page, 'graph-owner-card');
  await expectNoAxeViolations(page);

  await card.getByRole('button', { name: 'Email Megan Bowen to ask for permission' }).click();
  const message = await lastNewMessage(page);
  expect((message.toRecipients ?? []).map(recipient)).toEqual(['megan.bowen@contoso.com']);
  expect(message.subject).toBe('Request: permission to send to Sales All (sales-all@contoso.com)');
  expect(message.htmlBody).toContain('Offer for the spring campaign');

  // Signed in through the bridge (real MSAL), silently; Graph saw the bearer token with the right scopes.
  const naa = await fakeOffice<Array<{ method: string; scope?: string; clientId?: string }>>(page, 'naa.requests');
  expect(naa[0]?.method).toBe('GetInitContext');
  expect(naa.filter((request) => request.method === 'GetTokenPopup')).toEqual([]);
  expect(naa.find((request) => request.scope === 'GroupMember.Read.All')).toMatchObject({ method: 'GetToken', clientId: GRAPH_CLIENT_ID });
  expect(graph.requests.map((request) => `${request.path} ${request.scopes.join()} ${request.status}`)).toEqual([
    '/groups GroupMember.Read.All 200',
    '/groups/g-sales-all/owners GroupMember.Read.All 200',
    '/users/u-megan/photos/48x48/$value User.ReadBasic.All 200',
    '/users/u-alex/photos/48x48/$value User.ReadBasic.All 404',
  ]);
  expect(pane.outside.every((url) => url.startsWith(`${GRAPH}/v1.0/`))).toBe(true);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

it('owner card without admin consent: says an administrator must consent, with the consent link', async () => {
  const pane = await open({ naa: { granted: [] }, item: await ndrItem('restricted-group-en.eml') });
  const { page } = pane;
  await page.getByRole('heading', { level: 1, name: /Sales All/ }).waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: 'Find the owner' }).click();
  const card = page.getByRole('region', { name: 'Owner of Sales All' });
  await card.getByText(/Your administrator must first allow Bounce Doctor to read group owners/).waitFor({ timeout: 15000 });
  const href = await card.getByRole('link', { name: /Link for your administrator/ }).getAttribute('href');
  const url = new URL(href!);
  expect(url.searchParams.get('client_id')).toBe(GRAPH_CLIENT_ID);
  expect(url.searchParams.get('redirect_uri')).toBe(`brk-multihub://${new URL(site.origin).host}`);
  await capture(page, 'graph-owner-admin-consent');
  await expectNoAxeViolations(page);
  // Try again (a click: the popup may open): the host's consent window refuses an admin-only scope.
  await card.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => ((window as unknown as { __fakeOffice: { naa: { requests: Array<{ method: string }> } } }).__fakeOffice.naa.requests.some((r) => r.method === 'GetTokenPopup')));
  await card.getByText(/Your administrator must first allow/).waitFor();
  expect(graph.requests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

it('recent bounces from the cannot-read screen: Allow (Mail.Read, a popup after the click), choose one, see its diagnosis, go back', async () => {
  const pane = await open({
    naa: { adminConsented: true, granted: [] },
    preset: 'restricted-ndr',
    item: { subject: 'Undeliverable: Offer for the spring campaign' },
  });
  const { page } = pane;
  const { view, items } = await listRecentBounces(page);
  await expect(items.count()).resolves.toBe(5);
  await expect(items.nth(0).textContent()).resolves.toContain('Offer for the spring campaign');
  await items.nth(0).getByText('550 5.7.124').waitFor({ timeout: 15000 });
  await capture(page, 'graph-recent-bounces');
  await expectNoAxeViolations(page);
  const naa = await fakeOffice<Array<{ method: string; scope?: string }>>(page, 'naa.requests');
  expect(naa.filter((request) => request.method === 'GetTokenPopup').map((request) => request.scope)).toEqual(['Mail.Read']);

  await items.nth(1).getByRole('button').click();
  await page.getByRole('heading', { level: 1, name: 'Directie Overleg only accepts mail from certain senders' }).waitFor({ timeout: 15000 });
  await expect(page.getByText('Recent bounce: Agenda teamoverleg').isVisible()).resolves.toBe(true);
  expect(graph.requests.some((request) => request.path === '/me/messages/AAMkAD-restricted-nl/$value')).toBe(true);
  // Graph keeps no owners for a classic distribution list: the card says so.
  await page.getByRole('button', { name: 'Find the owner' }).click();
  await page.getByText('Microsoft 365 does not list the owners of distribution lists in its directory.').waitFor({ timeout: 15000 });
  await capture(page, 'graph-recent-diagnosis');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Back to recent bounces' }).click();
  await view.getByRole('listitem').first().waitFor();
  await page.getByRole('button', { name: 'Back to the selected message' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bounce Doctor can’t read this message' }).waitFor();
  expect(pane.errors).toEqual([]);
  await pane.close();
});

it('honours Retry-After when Graph throttles, and the list still arrives', async () => {
  graph.fault('/me/messages', { status: 429, retryAfter: '1', times: 1 });
  const pane = await open({ naa: { granted: ['Mail.Read'] }, item: await ndrItem('public-folder.eml') });
  const { page } = pane;
  await page.getByRole('heading', { level: 1, name: /public folder/i }).waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: 'Recent bounces' }).click();
  await page.getByRole('region', { name: 'Your recent bounces' }).getByRole('listitem').first().waitFor({ timeout: 15000 });
  expect(graph.requests.filter((request) => request.status === 429)).toHaveLength(1);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

it('an Outlook without NestedAppAuth 1.1 gets the pane exactly as before: no Graph, no MSAL', async () => {
  const pane = await open({ requirementSets: {}, item: await ndrItem('restricted-group-en.eml') });
  const { page } = pane;
  await page.getByRole('heading', { level: 1, name: /Sales All/ }).waitFor({ timeout: 15000 });
  await expect(page.getByRole('button', { name: 'Recent bounces' }).count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Find the owner' }).click();
  await page.getByText('Bounce Doctor is not connected to your organization’s directory.').waitFor();
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect(scripts.some((name) => /\/js\/(msal|graph)\./.test(name))).toBe(false);
  expect(pane.outside).toEqual([]);
  await pane.close();
});
