/**
 * The fake Office for the browser end-to-end tests: bundle this file (esbuild, IIFE) and
 * serve it in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 *
 * Like office.js it runs synchronously in <head> and leaves `window.Office` behind. It reads
 * its configuration from `window.__FAKE_OFFICE_CONFIG__` (plain JSON, set by a Playwright
 * init script before the page loads) and exposes the control as `window.__fakeOffice`, so a
 * test can read `__fakeOffice.calls` and call `__fakeOffice.selectItem(…)`.
 *
 * Nested app authentication: when the configuration has `naa` or the `NestedAppAuth`
 * requirement set, it also installs `window.nestedAppAuthBridge` (naa-bridge.ts), the host
 * side MSAL talks to, with its control as `window.__fakeOffice.naa`.
 * See README.md beside this file.
 */
import { createFakeOffice, type FakeOfficeConfig, type FakeOfficeControl } from './fake-office';
import { createFakeNaaBridge, type FakeNaaBridge, type FakeNaaControl } from './naa-bridge';

interface FakeOfficeWindow {
  __FAKE_OFFICE_CONFIG__?: FakeOfficeConfig;
  __fakeOffice?: FakeOfficeControl & { naa?: FakeNaaControl };
  Office?: unknown;
  nestedAppAuthBridge?: FakeNaaBridge;
}

const target = globalThis as FakeOfficeWindow;
const config = target.__FAKE_OFFICE_CONFIG__ ?? {};
const { Office: fakeOffice, control } = createFakeOffice(config);
target.Office = fakeOffice;
target.__fakeOffice = control;

const wantsNaa = config.naa !== undefined || Object.keys(config.requirementSets ?? {}).some((name) => name.toLowerCase() === 'nestedappauth');
if (wantsNaa && config.host !== null) {
  const naa = createFakeNaaBridge(config.naa ?? {});
  target.nestedAppAuthBridge = naa.bridge;
  Object.assign(control, { naa });
}
