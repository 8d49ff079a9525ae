/**
 * The hosting headers in real Chromium: the production build in dist/ served at its own
 * base URL (https://bounce.contoso.com/ for `npm run test:e2e`) with exactly the headers
 * of the build's dist/staticwebapp.config.json, which come from scripts/hosting/policy.mjs
 * like web.config's and the nginx example's. Office.js is our fake Office host, answered at
 * the CDN's URL.
 *
 * The page must work under the Content-Security-Policy with no violation at all (stand-alone,
 * a diagnosis in Outlook, the pane inside an Outlook on the web frame), and the policy must
 * bite: an inline script is refused, and a site that is not Outlook cannot frame the pane.
 *
 * The build WITH Graph (GRAPH_CLIENT_ID; graph-support.ts) is served the same way with ITS
 * headers, whose connect-src adds Graph and Entra sign-in: with the fake NAA bridge and the
 * fake Graph server, the owner card and the recent bounces load the lazy graph and MSAL
 * chunks and call Graph with no violation either.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { FRAME_ANCESTORS, GRAPH_ORIGIN, LOGIN_ORIGIN, headersFor } from '../../scripts/hosting/policy.mjs';
import { attr, parseXml, path as xmlPath } from '../../scripts/manifest/xml-tree.mjs';
import type { FakeGraph } from '../fake-graph/server';
import { graphDist, listRecentBounces, naaOutlook, routeGraph, showOwners, startTenantGraph } from './graph-support';
import { DIST, fakeOfficeScript, launchChromium, sampleText } from './harness';
import { ndrItem } from './items';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.config': 'application/xml',
};

interface StaticWebAppConfig {
  globalHeaders: Record<string, string>;
  routes: Array<{ route: string; headers: Record<string, string> }>;
}

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** A production build and how its web host serves it. */
interface Site {
  dir: string;
  /** Where the manifest says the pane lives (the build's ADDIN_BASE_URL). */
  baseUrl: string;
  swa: StaticWebAppConfig;
  /** Built with GRAPH_CLIENT_ID: its CSP lets the page call Graph. */
  graph: boolean;
}

let browser: Browser;
/** dist/: the build the other browser tests use (without Graph unless E2E_GRAPH_CLIENT_ID was set). */
let site: Site;
/** The build with GRAPH_CLIENT_ID. */
let graphSite: Site;
let fakeGraph: FakeGraph;

function loadSite(dir: string): Site {
  if (!existsSync(join(dir, 'staticwebapp.config.json'))) {
    throw new Error(`${dir}/staticwebapp.config.json is missing: run the production build first (npm run test:e2e does).`);
  }
  const source = attr(xmlPath(parseXml(readFileSync(join(dir, 'manifest.xml'), 'utf8')), 'FormSettings', 'Form', 'DesktopSettings', 'SourceLocation')!, 'DefaultValue')!;
  const swa = JSON.parse(readFileSync(join(dir, 'staticwebapp.config.json'), 'utf8')) as StaticWebAppConfig;
  return { dir, baseUrl: source.slice(0, -'taskpane.html'.length), swa, graph: swa.globalHeaders['Content-Security-Policy']!.includes('graph.microsoft.com') };
}

beforeAll(async () => {
  site = loadSite(DIST);
  graphSite = loadSite(graphDist());
  fakeGraph = await startTenantGraph();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await fakeGraph?.close();
});

/** The headers Azure Static Web Apps would send for `pathname` of `from`: global ones, then the first matching route's. */
function hostingHeaders(pathname: string, from: Site = site): Record<string, string> {
  const { swa } = from;
  const route = swa.routes.find((r) => (r.route.endsWith('*') ? pathname.startsWith(r.route.slice(0, -1)) : pathname === r.route));
  return { ...swa.globalHeaders, ...(route?.headers ?? {}) };
}

interface Opened {
  context: BrowserContext;
  page: Page;
  consoleLines: string[];
  /** The files of the site the page was served (status 200), relative to the base URL. */
  served: string[];
  /** Every request refused as "no network". */
  refused: string[];
}

/**
 * A page in a context where the web host (serving `from`), Office.js and two framing sites are
 * played by routes, and Graph by the fake Graph server when `graph` is given; nothing else answers.
 */
async function openContext(office: Record<string, unknown> | null, { from = site, graph }: { from?: Site; graph?: FakeGraph } = {}): Promise<Opened> {
  const { baseUrl } = from;
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const served: string[] = [];
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.href.startsWith(baseUrl)) {
      const relative = decodeURIComponent(url.pathname.slice(new URL(baseUrl).pathname.length));
      const file = join(from.dir, relative);
      if (!relative || relative.includes('..') || !existsSync(file)) return route.fulfill({ status: 404, headers: hostingHeaders(url.pathname, from), body: 'not found' });
      served.push(relative);
      return route.fulfill({
        status: 200,
        headers: { ...hostingHeaders(url.pathname, from), 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' },
        body: readFileSync(file),
      });
    }
    if (url.href === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeScript() });
    if (url.pathname === '/frame-test') {
      // A site that shows the pane in a frame, as Outlook on the web does.
      return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>host</title><iframe title="add-in" src="${baseUrl}taskpane.html" width="320" height="800"></iframe>` });
    }
    refused.push(url.href);
    return route.abort('internetdisconnected');
  });
  // After the catch-all, so it is asked first.
  if (graph) await routeGraph(context, graph);
  await context.addInitScript(
    ([fakeConfig]) => {
      const win = window as unknown as Record<string, unknown>;
      if (fakeConfig) win['__FAKE_OFFICE_CONFIG__'] = fakeConfig;
      const violations: Violation[] = [];
      win['__cspViolations'] = violations;
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile, sample: event.sample });
      });
    },
    [office ?? { host: null }] as const,
  );
  const page = await context.newPage();
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  return { context, page, consoleLines, served, refused };
}

async function violations(page: Page | Frame): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

/** Waits until `check` returns true (checked every 100 ms), failing after `timeout` ms. */
async function waitUntil(check: () => Promise<boolean> | boolean, what: string, timeout = 10000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Fluent UI's styles took effect: the provider's font and a button's own class styles, not the browser's defaults. */
async function styled(page: Page | Frame): Promise<{ font: string; buttonBorderRadius: string }> {
  return page.evaluate(() => {
    const provider = document.querySelector('.fui-FluentProvider');
    const button = document.querySelector('button.fui-Button');
    return {
      font: provider ? getComputedStyle(provider).fontFamily : '',
      buttonBorderRadius: button ? getComputedStyle(button).borderTopLeftRadius : '',
    };
  });
}

function expectStyled(style: { font: string; buttonBorderRadius: string }): void {
  expect(style.font).toMatch(/Segoe UI/);
  expect(style.buttonBorderRadius).not.toBe('0px');
  expect(style.buttonBorderRadius).not.toBe('');
}

describe('the hosting headers', () => {
  it.each([
    ['dist/', () => site],
    ['the Graph build', () => graphSite],
  ])('are the policy module\'s, per path (%s)', (_, which) => {
    const { baseUrl, graph } = which();
    const base = new URL(baseUrl).pathname;
    for (const file of ['taskpane.html', 'manifest.xml', 'assets/icon-80.png', 'js/taskpane.js', 'js/graph.1a2b3c4d.js']) {
      expect(hostingHeaders(`${base}${file}`, which())).toEqual(headersFor(file, { graph }));
    }
  });

  it('let the Graph build, and only it, call Graph and Entra sign-in (connect-src)', () => {
    const connectSrc = (csp: string): string[] => csp.split(';').map((directive) => directive.trim().split(' ')).find(([name]) => name === 'connect-src')!.slice(1);
    expect(graphSite.graph).toBe(true);
    expect(connectSrc(graphSite.swa.globalHeaders['Content-Security-Policy']!)).toEqual(expect.arrayContaining([GRAPH_ORIGIN, LOGIN_ORIGIN]));
    if (!site.graph) expect(connectSrc(site.swa.globalHeaders['Content-Security-Policy']!)).not.toEqual(expect.arrayContaining([GRAPH_ORIGIN]));
  });
});

describe('under the Content-Security-Policy', () => {
  it('the stand-alone page diagnoses a pasted bounce, styled, with no violation', async () => {
    const { context, page, consoleLines } = await openContext(null);
    const response = await page.goto(`${site.baseUrl}taskpane.html`);
    expect(response?.headers()['content-security-policy']).toBe(site.swa.globalHeaders['Content-Security-Policy']);
    await page.getByRole('heading', { name: 'Try a sample' }).waitFor();
    await page.getByLabel('Text of the bounce').fill(sampleText('public-folder.eml'));
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await page.getByRole('heading', { level: 1, name: /public folder/i }).waitFor();
    await page.getByRole('tab', { name: 'Admin' }).click();
    await page.getByText(/Add-PublicFolderClientPermission/).first().waitFor();
    expectStyled(await styled(page));
    expect(await violations(page)).toEqual([]);
    expect(consoleLines.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);

    // The listener works and the policy bites: an injected inline script and a <style> with content are refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.append(style);
    });
    await waitUntil(async () => (await violations(page)).length >= 2, 'the violation events');
    expect((await violations(page)).map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-elem']);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    await context.close();
  });

  it('a diagnosis in Outlook (fake Office host) has no violation', async () => {
    const { context, page, consoleLines } = await openContext({ displayLanguage: 'en-US', item: await ndrItem('restricted-group-en.eml') });
    await page.goto(`${site.baseUrl}taskpane.html`);
    await page.getByRole('heading', { level: 1, name: 'Sales All only accepts mail from certain senders' }).waitFor();
    await page.getByRole('tab', { name: 'Admin' }).click();
    await page.getByText(/Set-DistributionGroup/).first().waitFor();
    expectStyled(await styled(page));
    expect(await violations(page)).toEqual([]);
    expect(consoleLines.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
    await context.close();
  });

  it.each(FRAME_ANCESTORS.map((origin) => [origin.replace('*.', 'outlook.')]))('%s may show the pane in a frame', async (origin) => {
    const { context, page, consoleLines } = await openContext({ displayLanguage: 'en-US', item: await ndrItem('restricted-group-en.eml') });
    await page.goto(`${origin}/frame-test`);
    const pane = page.frameLocator('iframe');
    await pane.getByRole('heading', { level: 1, name: 'Sales All only accepts mail from certain senders' }).waitFor();
    const frame = page.frames().find((f) => f.url().startsWith(site.baseUrl))!;
    expectStyled(await styled(frame));
    expect(await violations(frame)).toEqual([]);
    expect(consoleLines.filter((line) => /Content Security Policy|Refused/i.test(line))).toEqual([]);
    await context.close();
  });

  it('a site that is not Outlook cannot frame the pane (frame-ancestors)', async () => {
    const { context, page, consoleLines } = await openContext({ displayLanguage: 'en-US', item: await ndrItem('restricted-group-en.eml') });
    await page.goto('https://intruder.example/frame-test');
    // Chromium's words: "Framing '<origin>' violates the following Content Security Policy directive: "frame-ancestors …"".
    await waitUntil(() => consoleLines.some((line) => /frame-ancestors/.test(line)), 'Chromium refusing the frame');
    expect(consoleLines.find((line) => /frame-ancestors/.test(line))).toMatch(/violates .*Content Security Policy.*blocked/s);
    expect(page.frames().map((f) => f.url())).not.toContain(`${site.baseUrl}taskpane.html`);
    expect(await page.frameLocator('iframe').locator('#root').count()).toBe(0);
    await context.close();
  });
});

describe('the Graph build under its own Content-Security-Policy', () => {
  /** What a page of the Graph build must show after using Graph: no violation, no refusal, the lazy chunks served. */
  async function expectCleanGraphRun({ page, consoleLines, served, refused }: Opened): Promise<void> {
    expectStyled(await styled(page));
    expect(await violations(page)).toEqual([]);
    expect(consoleLines.filter((line) => /Content Security Policy|Refused/i.test(line))).toEqual([]);
    expect(refused).toEqual([]);
    // MSAL and our Graph code are chunks of their own, loaded on demand: both came, under this CSP.
    expect(served.filter((file) => /^js\/(graph|msal)\.[0-9a-f]{8}\.js$/.test(file)).map((file) => file.split('.')[0]).sort()).toEqual(['js/graph', 'js/msal']);
  }

  /** Runs `steps`; when one fails (a blocked Graph call shows up as a timeout), the violations so far are in the message. */
  async function reportingViolations({ page, refused }: Opened, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
    } catch (error) {
      const found = await violations(page).catch(() => []);
      throw new Error(`${(error as Error).message}\nCSP violations: ${JSON.stringify(found, null, 1)}\nrefused requests: ${JSON.stringify(refused)}`, { cause: error });
    }
  }

  beforeEach(() => {
    fakeGraph.requests.length = 0;
    fakeGraph.clearFaults();
  });

  it('owner card: owners from Graph (signed in through NAA), with their photo, and no violation', async () => {
    const opened = await openContext(naaOutlook({ naa: { adminConsented: true, granted: ['User.ReadBasic.All'] }, item: await ndrItem('restricted-group-en.eml') }), { from: graphSite, graph: fakeGraph });
    const { context, page } = opened;
    const response = await page.goto(`${graphSite.baseUrl}taskpane.html`);
    expect(response?.headers()['content-security-policy']).toBe(graphSite.swa.globalHeaders['Content-Security-Policy']);
    await reportingViolations(opened, async () => {
      const card = await showOwners(page);
      await card.getByText('Alex Wilber').waitFor();
      // The photo: fetched from Graph (connect-src), shown as a data: URL (img-src).
      await page.waitForFunction(() => [...document.querySelectorAll('img')].some((img) => img.src.startsWith('data:image/png;base64,') && img.naturalWidth === 48));
    });
    expect(fakeGraph.requests.map((request) => `${request.path} ${request.status}`)).toContain('/groups/g-sales-all/owners 200');
    await expectCleanGraphRun(opened);
    await context.close();
  });

  it('recent bounces: Allow, choose one, its diagnosis from Graph, and no violation', async () => {
    const opened = await openContext(
      naaOutlook({ naa: { adminConsented: true, granted: [] }, preset: 'restricted-ndr', item: { subject: 'Undeliverable: Offer for the spring campaign' } }),
      { from: graphSite, graph: fakeGraph },
    );
    const { context, page } = opened;
    await page.goto(`${graphSite.baseUrl}taskpane.html`);
    await reportingViolations(opened, async () => {
      const { items } = await listRecentBounces(page);
      await items.nth(1).getByRole('button').click();
      await page.getByRole('heading', { level: 1, name: 'Directie Overleg only accepts mail from certain senders' }).waitFor({ timeout: 15000 });
      await page.getByRole('tab', { name: 'Admin' }).click();
      await page.getByText(/Set-DistributionGroup/).first().waitFor();
    });
    expect(fakeGraph.requests.some((request) => request.path === '/me/messages/AAMkAD-restricted-nl/$value' && request.status === 200)).toBe(true);
    await expectCleanGraphRun(opened);
    await context.close();
  });
});
