/**
 * browser-entry.ts bundles (esbuild, IIFE, as the e2e tests serve it in place of office.js)
 * and, run in a bare browser-like global, installs `window.Office` from
 * `window.__FAKE_OFFICE_CONFIG__` and exposes `window.__fakeOffice`.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { FakeOfficeConfig, FakeOfficeControl } from './fake-office';

let bundle = '';

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(__dirname, 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
});

interface PageGlobal {
  window?: PageGlobal;
  __FAKE_OFFICE_CONFIG__?: FakeOfficeConfig;
  __fakeOffice?: FakeOfficeControl;
  Office?: typeof Office;
}

/** A global with only what a browser page has and the fake uses: no Node APIs. */
function page(config?: FakeOfficeConfig): PageGlobal {
  const context: PageGlobal & Record<string, unknown> = { setTimeout, clearTimeout, TextEncoder, TextDecoder, btoa, atob, JSON, Promise };
  context.window = context;
  if (config) context.__FAKE_OFFICE_CONFIG__ = JSON.parse(JSON.stringify(config)) as FakeOfficeConfig;
  runInNewContext(bundle, context);
  return context;
}

describe('fake Office browser bundle', () => {
  it('compiles to one self-contained script without Node imports', () => {
    expect(bundle.length).toBeGreaterThan(1000);
    expect(bundle).not.toMatch(/require\(["']/);
  });

  it('installs window.Office from the JSON configuration and exposes the control', async () => {
    const window = page({ displayLanguage: 'nl-NL', item: { subject: 'Undeliverable: hi', itemClass: 'REPORT.IPM.Note.NDR', body: { text: 'hello' } } });
    expect(window.Office?.context.displayLanguage).toBe('nl-NL');
    expect(window.Office?.context.mailbox.item?.subject).toBe('Undeliverable: hi');
    await expect(window.Office?.onReady()).resolves.toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
    const text = await new Promise((resolve) => window.Office?.context.mailbox.item?.body.getAsync(window.Office.CoercionType.Text, (result) => resolve(result.value)));
    expect(text).toBe('hello');
    expect(window.__fakeOffice?.callsTo('body.getAsync')).toEqual([{ name: 'body.getAsync', args: ['text'] }]);
    await window.__fakeOffice?.selectItem(null);
    expect(window.Office?.context.mailbox.item).toBeNull();
  });

  it('works without a configuration (defaults) and with host null (a browser tab)', async () => {
    expect(page().Office?.context.mailbox.item).toBeNull();
    await expect(page({ host: null }).Office?.onReady()).resolves.toEqual({ host: null, platform: null });
  });
});
