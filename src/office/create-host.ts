/**
 * Choose the host the pane runs in: Outlook or a plain browser tab.
 *
 * Requirement sets: `Office.onReady` (common API, office.js from the CDN). Permission: none.
 *
 * Why each fallback:
 * - `window.Office` undefined: office.js did not load (offline, blocked by a proxy
 *   or an ad blocker, or the page was opened from disk) → stand-alone page.
 * - `Office.onReady` resolves with `host: null` when office.js runs outside Office
 *   (@types/office-js onReady) → stand-alone page.
 * - `Office.onReady` never resolves in some broken embeddings; we stop waiting after
 *   a few seconds (4 s by default) → stand-alone page, so the user can still paste.
 * - Any host other than Outlook (the same bundle opened in Word?) → stand-alone page.
 */
import type { MailHost } from './host';
import { createOutlookHost, type OutlookHostOptions } from './outlook-host';
import { createStandaloneHost, type StandaloneHostOptions } from './standalone-host';

export interface CreateHostOptions {
  /** How long to wait for `Office.onReady`. Default 4000 ms. */
  readyTimeoutMs?: number;
  outlook?: OutlookHostOptions;
  standalone?: StandaloneHostOptions;
}

export const READY_TIMEOUT_MS = 4000;

interface ReadyInfo {
  host: unknown;
  platform: unknown;
}

export async function createHost(options: CreateHostOptions = {}): Promise<MailHost> {
  const standalone = (): MailHost => createStandaloneHost(options.standalone);
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined || typeof office.onReady !== 'function') return standalone();

  const info = await waitForReady(office, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
  if (!info) return standalone();
  const outlook = office.HostType?.Outlook ?? 'Outlook';
  if (info.host !== outlook && info.host !== 'Outlook') return standalone();
  if (!office.context?.mailbox) return standalone();

  const platform = typeof info.platform === 'string' && info.platform ? { platform: info.platform } : {};
  return createOutlookHost({ ...platform, ...options.outlook });
}

/** `Office.onReady()` or undefined after `timeoutMs` (or when it rejects or throws). */
function waitForReady(office: typeof Office, timeoutMs: number): Promise<ReadyInfo | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    const done = (info: ReadyInfo | undefined): void => {
      clearTimeout(timer);
      resolve(info);
    };
    try {
      Promise.resolve(office.onReady()).then(
        (info) => done(info ?? undefined),
        () => done(undefined),
      );
    } catch {
      done(undefined);
    }
  });
}
