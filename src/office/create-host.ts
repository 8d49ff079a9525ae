/**
 * Choose the host the pane runs in: Outlook or a plain browser tab.
 *
 * Requirement sets: `Office.onReady` (common API, office.js from the CDN). Permission: none.
 *
 * `startHost` decides from Office's answer only (office-ready.ts), however late it comes:
 * - `window.Office` undefined: office.js did not load (offline, blocked by a proxy
 *   or an ad blocker, or the page was opened from disk) → stand-alone page at once.
 * - `Office.onReady` resolves with `host: null` when office.js runs outside Office
 *   (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in) → stand-alone page.
 * - Any host other than Outlook (the same bundle opened in Word?) → stand-alone page.
 * - Outlook → the Outlook host, even when it answers after minutes (a cold Outlook on a slow
 *   laptop): the pane shows the wait and may offer the stand-alone page meanwhile
 *   (src/taskpane/start.tsx), but never decides "not in Outlook" from a timer alone.
 *
 * `createHost` is the old one-shot form for callers that cannot wait: Office's answer, or
 * the stand-alone page after `readyTimeoutMs`.
 */
import type { MailHost } from './host';
import { officeHints, waitForOffice } from './office-ready';
import { createOutlookHost, type OutlookHostOptions } from './outlook-host';
import { createStandaloneHost, type StandaloneHostOptions } from './standalone-host';

export interface CreateHostOptions {
  /** `createHost` only: how long to wait for `Office.onReady`. Default 4000 ms. */
  readyTimeoutMs?: number;
  outlook?: OutlookHostOptions;
  standalone?: StandaloneHostOptions;
}

export const READY_TIMEOUT_MS = 4000;

/** The host as Office decides it, with what the pane needs while it waits. */
export interface HostStartup {
  /** The host once Office has answered: Outlook, or the stand-alone page. Stays pending while Office is silent. */
  readonly answered: Promise<MailHost>;
  /** The page shows signs of running inside Office (office-ready.ts `officeHints`): a slow answer is a wait. */
  readonly insideOfficeLikely: boolean;
  /** Office's display language from the start page's address, when it gave one. */
  readonly language?: string;
  /** The stand-alone page, for the user who does not want to wait. */
  standalone?(): MailHost;
}

export function startHost(options: CreateHostOptions = {}): HostStartup {
  const standalone = (): MailHost => createStandaloneHost(options.standalone);
  const hints = officeHints();
  const answered = waitForOffice().then((answer) =>
    answer.kind === 'outlook'
      ? createOutlookHost({ ...(answer.platform ? { platform: answer.platform } : {}), ...options.outlook })
      : standalone(),
  );
  return { answered, insideOfficeLikely: hints.insideOffice, ...(hints.language ? { language: hints.language } : {}), standalone };
}

/** Office's answer within `readyTimeoutMs` (default 4 s), else the stand-alone page. */
export async function createHost(options: CreateHostOptions = {}): Promise<MailHost> {
  const startup = startHost(options);
  const timeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
  const host = await Promise.race([startup.answered, late]);
  clearTimeout(timer);
  return host ?? createStandaloneHost(options.standalone);
}
