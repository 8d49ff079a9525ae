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
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { FRAME_ANCESTORS, headersFor } from '../../scripts/hosting/policy.mjs';
import { attr, parseXml, path as xmlPath } from '../../scripts/manifest/xml-tree.mjs';
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

let browser: Browser;
let baseUrl: string;
let swa: StaticWebAppConfig;
let graph: boolean;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'staticwebapp.config.json'))) {
    throw new Error('dist/staticwebapp.config.json is missing: run the production build first (npm run test:e2e does).');
  }
  const source = attr(xmlPath(parseXml(readFileSync(join(DIST, 'manifest.xml'), 'utf8')), 'FormSettings', 'Form', 'DesktopSettings', 'SourceLocation')!, 'DefaultValue')!;
  baseUrl = source.slice(0, -'taskpane.html'.length);
  swa = JSON.parse(readFileSync(join(DIST, 'staticwebapp.config.json'), 'utf8')) as StaticWebAppConfig;
  graph = swa.globalHeaders['Content-Security-Policy']!.includes('graph.microsoft.com');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The headers Azure Static Web Apps would send for `pathname`: global ones, then the first matching route's. */
function hostingHeaders(pathname: string): Record<string, string> {
  const route = swa.routes.find((r) => (r.route.endsWith('*') ? pathname.startsWith(r.route.slice(0, -1)) : pathname === r.route));
  return { ...swa.globalHeaders, ...(route?.headers ?? {}) };
}

/** A page in a context where the web host, Office.js and two framing sites are played by routes; nothing else answers. */
async function openContext(office: Record<string, unknown> | null): Promise<{ context: BrowserContext; page: Page; consoleLines: string[] }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.href.startsWith(baseUrl)) {
      const relative = decodeURIComponent(url.pathname.slice(new URL(baseUrl).pathname.length));
      const file = join(DIST, relative);
      if (!relative || relative.includes('..') || !existsSync(file)) return route.fulfill({ status: 404, headers: hostingHeaders(url.pathname), body: 'not found' });
      return route.fulfill({
        status: 200,
        headers: { ...hostingHeaders(url.pathname), 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' },
        body: readFileSync(file),
      });
    }
    if (url.href === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeScript() });
    if (url.pathname === '/frame-test') {
      // A site that shows the pane in a frame, as Outlook on the web does.
      return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>host</title><iframe title="add-in" src="${baseUrl}taskpane.html" width="320" height="800"></iframe>` });
    }
    return route.abort('internetdisconnected');
  });
  await context.addInitScript(
    ([fakeConfig]) => {
      const win = window as unknown as Record<string, unknown>;
      if (fakeConfig) win.__FAKE_OFFICE_CONFIG__ = fakeConfig;
      const violations: Violation[] = [];
      win.__cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile, sample: event.sample });
      });
    },
    [office ?? { host: null }] as const,
  );
  const page = await context.newPage();
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  return { context, page, consoleLines };
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
  it('are the policy module\'s, per path', () => {
    expect(hostingHeaders(`${new URL(baseUrl).pathname}taskpane.html`)).toEqual(headersFor('taskpane.html', { graph }));
    expect(hostingHeaders(`${new URL(baseUrl).pathname}assets/icon-80.png`)).toEqual(headersFor('assets/icon-80.png', { graph }));
    expect(hostingHeaders(`${new URL(baseUrl).pathname}js/taskpane.js`)).toEqual(headersFor('js/taskpane.js', { graph }));
  });
});

describe('under the Content-Security-Policy', () => {
  it('the stand-alone page diagnoses a pasted bounce, styled, with no violation', async () => {
    const { context, page, consoleLines } = await openContext(null);
    const response = await page.goto(`${baseUrl}taskpane.html`);
    expect(response?.headers()['content-security-policy']).toBe(swa.globalHeaders['Content-Security-Policy']);
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
    await page.goto(`${baseUrl}taskpane.html`);
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
    const frame = page.frames().find((f) => f.url().startsWith(baseUrl))!;
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
    expect(page.frames().map((f) => f.url())).not.toContain(`${baseUrl}taskpane.html`);
    expect(await page.frameLocator('iframe').locator('#root').count()).toBe(0);
    await context.close();
  });
});
