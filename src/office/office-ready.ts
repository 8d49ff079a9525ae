/**
 * Are we inside Outlook? Office's own answer, however late it comes, and the signs
 * the page shows before that answer.
 *
 * Requirement set: `Office.onReady` (Office common API, office.js 1.1). Permission: none.
 * Source: "Initialize your Office Add-in",
 * https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in, and
 * `Office.onReady` in @types/office-js: outside Office it resolves with `host: null`.
 *
 * Positive evidence only, never a timer: "outside Office" is decided when office.js did
 * not load (no `window.Office`) or when `onReady` says so. A slow Outlook is a wait,
 * and the pane shows it as one (src/taskpane/startup/); see docs/outlook-quirks.md
 * ("Office ready late").
 */

/** Office's answer to `onReady`. */
export type OfficeAnswer =
  | { kind: 'outlook'; platform?: string }
  | {
      kind: 'not-outlook';
      /**
       * `no-office-js`: `window.Office` is missing (office.js blocked, offline, opened from disk);
       * `no-host`: `onReady` gave `host: null` (a plain browser tab);
       * `other-host`: Word, Excel, …; `no-mailbox`: Outlook without `Office.context.mailbox`;
       * `failed`: `onReady` threw or rejected.
       */
      why: 'no-office-js' | 'no-host' | 'other-host' | 'no-mailbox' | 'failed';
    };

/** What the page shows before Office answers. */
export interface OfficeHints {
  /** The page looks like an add-in inside Office: a slow answer is a wait, not an absence. */
  insideOffice: boolean;
  /** The display language Office put in `_host_Info` (e.g. `nl-NL`), for the words while we wait. */
  language?: string;
}

/** What we read of the window; a parameter so tests can give their own. */
export interface PageContext {
  search: string;
  framed: boolean;
  /** A host bridge object on `window`: WebView2 (`chrome.webview`, classic Outlook on Windows) or WKWebView (`webkit.messageHandlers`, Outlook on Mac). */
  hostBridge: boolean;
}

/**
 * Wait for Office's answer, as long as it takes. Never rejects: a throw or rejection from
 * `onReady` is the answer `failed`. When `onReady` never settles, neither does this.
 */
export function waitForOffice(): Promise<OfficeAnswer> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined || typeof office.onReady !== 'function') return Promise.resolve({ kind: 'not-outlook', why: 'no-office-js' });
  let ready: Promise<{ host: unknown; platform: unknown } | null | undefined>;
  try {
    ready = Promise.resolve(office.onReady());
  } catch {
    return Promise.resolve({ kind: 'not-outlook', why: 'failed' });
  }
  return ready.then(
    (info): OfficeAnswer => {
      if (!info || info.host === null || info.host === undefined) return { kind: 'not-outlook', why: 'no-host' };
      const outlook = office.HostType?.Outlook ?? 'Outlook';
      if (info.host !== outlook && info.host !== 'Outlook') return { kind: 'not-outlook', why: 'other-host' };
      if (!office.context?.mailbox) return { kind: 'not-outlook', why: 'no-mailbox' };
      return typeof info.platform === 'string' && info.platform ? { kind: 'outlook', platform: info.platform } : { kind: 'outlook' };
    },
    (): OfficeAnswer => ({ kind: 'not-outlook', why: 'failed' }),
  );
}

/**
 * Signs that the page runs as an add-in, before Office answers:
 * - the `_host_Info` query parameter Office adds to the add-in's start page (office.js
 *   reads the host, platform, version and language from it: `Outlook$Win32$16.02$nl-NL$…`,
 *   or with `|` between the fields in newer builds; the format is not documented);
 * - the page in a frame (Outlook on the web and the new Outlook host the pane in an iframe);
 * - a host bridge object in the web view of classic Outlook on Windows or Outlook on Mac.
 */
export function officeHints(page: PageContext | undefined = currentPage()): OfficeHints {
  if (!page) return { insideOffice: false };
  const hostInfo = new URLSearchParams(page.search).get('_host_Info');
  const fields = hostInfo ? hostInfo.split(/[$|]/) : [];
  const language = fields.find((field, index) => index > 0 && /^[a-z]{2,3}-[A-Za-z]{2,4}$/.test(field));
  return {
    insideOffice: hostInfo !== null || page.framed || page.hostBridge,
    ...(language ? { language } : {}),
  };
}

function currentPage(): PageContext | undefined {
  if (typeof window === 'undefined') return undefined;
  const win = window as Window & { chrome?: { webview?: unknown }; webkit?: { messageHandlers?: unknown } };
  let framed: boolean;
  try {
    framed = win.parent !== win;
  } catch {
    framed = true; // a cross-origin parent that will not even be compared is a frame
  }
  return {
    search: win.location?.search ?? '',
    framed,
    hostBridge: win.chrome?.webview !== undefined || win.webkit?.messageHandlers !== undefined,
  };
}
