/**
 * Everything the browser tests need around the page: a static server for the
 * production build in `dist/`, Debian's Chromium through playwright-core, the
 * Office.js CDN request answered by our fake Office host, axe-core, and
 * screenshots under `test-results/`.
 *
 * Nothing here knows the task pane's internals: tests find things by role and
 * name, as a user (or a screen reader) would.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const RESULTS = join(ROOT, 'test-results');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** Serves `dist/` on a free loopback port, as any static web host would. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: run the production build first (npm run test:e2e does).');
  }
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(DIST, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // The flags that keep Chromium off this machine's closed network (env notes).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

let fakeOfficeBundle: string | undefined;

/** Our fake Office host, bundled for the browser (test/fake-office/browser-entry.ts). */
export function fakeOfficeScript(): string {
  fakeOfficeBundle ??= buildSync({
    entryPoints: [join(ROOT, 'test/fake-office/browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
  }).outputFiles[0]?.text;
  if (!fakeOfficeBundle) throw new Error('could not bundle the fake Office host');
  return fakeOfficeBundle;
}

/** How the page meets Office.js. */
export type OfficeMode =
  /** Inside Outlook: office.js is our fake, configured with this JSON. */
  | { kind: 'outlook'; config: Record<string, unknown> }
  /** In a browser tab with Office.js loaded but no host (Office.onReady gives host null). */
  | { kind: 'browser'; config?: Record<string, unknown> }
  /** Office.js cannot be loaded at all (offline, blocked). */
  | { kind: 'no-office' };

export interface PaneOptions {
  office: OfficeMode;
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

/** A page with the task pane loaded in the given Office situation. Every other outside request is refused. */
export async function openPane(browser: Browser, origin: string, options: PaneOptions): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url === OFFICE_JS && options.office.kind !== 'no-office') {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeScript() });
    }
    return route.abort('internetdisconnected');
  });
  const config =
    options.office.kind === 'outlook'
      ? options.office.config
      : options.office.kind === 'browser'
        ? { ...(options.office.config ?? {}), host: null }
        : undefined;
  await page.addInitScript(
    ([fakeConfig]) => {
      const win = window as unknown as Record<string, unknown>;
      if (fakeConfig) win['__FAKE_OFFICE_CONFIG__'] = fakeConfig;
    },
    [config] as const,
  );
  return { context, page };
}

/** Chromium and the served `dist/` for one test file: started before its tests, closed after them. */
export function useBrowserAndDist(): () => { browser: Browser; origin: string } {
  let browser: Browser | undefined;
  let server: { origin: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!browser || !server) throw new Error('useBrowserAndDist(): the browser is not started yet (use it inside a test)');
    return { browser, origin: server.origin };
  };
}

export interface OpenedPane {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged; refused outside requests (the closed network) are expected and left out. */
  errors: string[];
  close: () => Promise<void>;
}

export interface TaskPaneOptions extends PaneOptions {
  /** Query string for taskpane.html, e.g. `?_host_Info=…`. */
  query?: string;
  /** Runs before the page loads: routes the test answers itself (owners.json, …). */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

/** `taskpane.html` opened in the given Office situation, with the page's errors collected. */
export async function openTaskPane(browser: Browser, origin: string, options: TaskPaneOptions): Promise<OpenedPane> {
  const { context, page } = await openPane(browser, origin, options);
  await options.beforeLoad?.(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  await page.goto(`${origin}/taskpane.html${options.query ?? ''}`);
  return { context, page, errors, close: () => context.close() };
}

const AXE_SOURCE = (): string => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** Runs axe-core (WCAG 2 A/AA rules) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE() });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent UI's focus manager (Tabster) adds aria-hidden <i tabindex=0 data-tabster-dummy> sentinels around
    // focus zones on purpose; axe flags them (aria-hidden-focus). They are not content: leave them out.
    const result = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] } as unknown as Document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, html: node.html })),
    }));
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The whole bounce as the fake's base64 EML for getAsFileAsync, and its parts for the other calls. */
export function sampleText(name: string): string {
  return readFileSync(join(ROOT, 'samples', name), 'utf8');
}
