/**
 * The fake Office for the browser end-to-end tests: bundle this file (esbuild, IIFE) and
 * serve it in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 *
 * Like office.js it runs synchronously in <head> and leaves `window.Office` behind. It reads
 * its configuration from `window.__FAKE_OFFICE_CONFIG__` (plain JSON, set by a Playwright
 * init script before the page loads) and exposes the control as `window.__fakeOffice`, so a
 * test can read `__fakeOffice.calls` and call `__fakeOffice.selectItem(…)`.
 * See README.md beside this file.
 */
import { createFakeOffice, type FakeOfficeConfig, type FakeOfficeControl } from './fake-office';

interface FakeOfficeWindow {
  __FAKE_OFFICE_CONFIG__?: FakeOfficeConfig;
  __fakeOffice?: FakeOfficeControl;
  Office?: unknown;
}

const target = globalThis as FakeOfficeWindow;
const { Office: fakeOffice, control } = createFakeOffice(target.__FAKE_OFFICE_CONFIG__ ?? {});
target.Office = fakeOffice;
target.__fakeOffice = control;
