/**
 * Start-up: show words at once, wait for Office's answer (Outlook or the
 * stand-alone page), then render the App. If creating the host fails, or the
 * App throws while rendering, the pane shows a plain sentence instead of going
 * blank.
 *
 * A slow Outlook (a cold start on a slow laptop) is a wait, never a verdict:
 * - while Office is silent the pane says "Waiting for Outlook…";
 * - after `slowAfterMs` (4 s) it says Outlook is slow and offers the stand-alone
 *   page ("Paste a bounce instead"); when the page shows no sign of being inside
 *   Office at all, it opens the stand-alone page by itself;
 * - when Outlook answers, however late, the pane switches to it and diagnoses the
 *   selected message; if the user has already started work on the stand-alone
 *   page, it offers the switch instead ("Outlook is ready") and keeps their work.
 *
 * The failure screen is plain HTML on purpose: it must work without Fluent.
 */
import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { HostStartup } from '../office/create-host';
import type { MailHost } from '../office/host';
import { App, type AppProps } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { translator, uiLanguage } from './i18n';
import { OutlookReadyBar } from './startup/OutlookReadyBar';
import { StartupFrame } from './startup/StartupFrame';
import { WaitingForOffice } from './startup/WaitingForOffice';

/** After this long without an answer from Office, the pane says Outlook is slow. */
export const SLOW_START_MS = 4000;

function StartupMessage({ text, detail }: { text: string; detail?: string | undefined }) {
  return (
    <div role={detail === undefined ? 'status' : 'alert'} style={{ padding: '12px', fontFamily: 'system-ui, sans-serif' }}>
      <p style={{ margin: 0 }}>{text}</p>
      {detail ? <p style={{ margin: '8px 0 0', fontSize: '12px', overflowWrap: 'anywhere' }}>{detail}</p> : null}
    </div>
  );
}

type ExtraProps = Partial<Omit<AppProps, 'host'>>;

export interface StartOptions extends Omit<AppProps, 'host'> {
  /** Office's answer, however late (index.tsx: `startHost()` from src/office/create-host.ts). */
  startHost?(): HostStartup;
  /** A host decided in one step (tests, embeddings that know): used when `startHost` is not given. */
  createHost?(): Promise<MailHost>;
  /**
   * Services that depend on the host (index.tsx: Microsoft Graph when the build and Outlook
   * allow it, loaded as a separate chunk). A failure here is logged and the pane starts
   * without them.
   */
  hostServices?: (host: MailHost) => ExtraProps | undefined | Promise<ExtraProps | undefined>;
  /** When to call Office slow. Default `SLOW_START_MS`. */
  slowAfterMs?: number;
}

/** Renders the pane into `container`; resolves once it shows a host's App (or the failure), which may be never while Office is silent. */
export async function startTaskPane(container: HTMLElement, options: StartOptions): Promise<Root> {
  const { startHost, createHost, hostServices, slowAfterMs = SLOW_START_MS, ...appProps } = options;
  const root = createRoot(container);
  const startup: HostStartup = startHost
    ? startHost()
    : { answered: createHost ? createHost() : Promise.reject(new Error('No way to create the host.')), insideOfficeLikely: false };
  const browserLanguage = typeof navigator !== 'undefined' ? navigator.language : undefined;
  const waitLang = uiLanguage(startup.language ?? browserLanguage);
  let t = translator(waitLang);

  const failed = (error: unknown) => (
    <StartupMessage
      text={t('startupFailed')}
      detail={t('startupFailedDetail', { message: error instanceof Error ? error.message : String(error) })}
    />
  );

  let shown: (root: Root) => void = () => undefined;
  const started = new Promise<Root>((resolve) => (shown = resolve));

  /** `waiting` → `standalone` (the user's choice, or no sign of Office) → `done` (a host's App). */
  let mode: 'waiting' | 'standalone' | 'done' = 'waiting';
  let slow = false;
  /** The user did something on the stand-alone page: typed, pasted, dropped, clicked. */
  let touched = false;
  let standaloneApp: ReactElement | undefined;
  let readyOutlook: MailHost | undefined;
  const openStandalone = startup.standalone;

  const appFor = async (host: MailHost): Promise<ReactElement> => {
    let extra: ExtraProps = {};
    try {
      extra = (await hostServices?.(host)) ?? {};
    } catch (error) {
      console.error('Bounce Doctor: optional services are off', error);
    }
    return (
      <ErrorBoundary fallback={failed}>
        <App host={host} {...extra} {...appProps} />
      </ErrorBoundary>
    );
  };

  const showWaiting = (): void =>
    root.render(
      <StartupFrame lang={waitLang}>
        <WaitingForOffice expectOffice={startup.insideOfficeLikely} slow={slow} onStandalone={openStandalone ? () => void chooseStandalone() : undefined} />
      </StartupFrame>,
    );

  /** The stand-alone App keeps its place in the tree (second child) when the bar appears, so its state survives. */
  const showStandalone = (): void => {
    const switchTo = readyOutlook;
    root.render(
      <>
        {switchTo ? (
          <StartupFrame lang={waitLang}>
            <OutlookReadyBar onSwitch={() => void showHost(switchTo)} />
          </StartupFrame>
        ) : null}
        <div
          onPointerDownCapture={() => (touched = true)}
          onInputCapture={() => (touched = true)}
          onPasteCapture={() => (touched = true)}
          onDropCapture={() => (touched = true)}
          onKeyDownCapture={(event) => {
            if (event.key !== 'Tab' && event.key !== 'Shift') touched = true;
          }}
        >
          {standaloneApp}
        </div>
      </>,
    );
  };

  const showHost = async (host: MailHost): Promise<void> => {
    mode = 'done';
    clearTimeout(slowTimer);
    t = translator(uiLanguage(host.displayLanguage));
    const app = await appFor(host);
    root.render(app);
    shown(root);
  };

  const chooseStandalone = async (): Promise<void> => {
    if (mode !== 'waiting' || !openStandalone) return;
    mode = 'standalone';
    const host = openStandalone();
    t = translator(uiLanguage(host.displayLanguage));
    const app = await appFor(host);
    if (mode !== 'standalone') return; // Outlook answered meanwhile
    standaloneApp = app;
    showStandalone();
    shown(root);
  };

  showWaiting();
  const slowTimer = openStandalone
    ? setTimeout(() => {
        if (mode !== 'waiting') return;
        slow = true;
        // No sign of Office (a plain tab whose office.js never answers): the stand-alone page, still listening.
        if (!startup.insideOfficeLikely) void chooseStandalone();
        else showWaiting();
      }, slowAfterMs)
    : undefined;

  startup.answered.then(
    (host) => {
      if (mode === 'done') return;
      if (mode === 'standalone') {
        if (host.kind !== 'outlook') return; // Office confirmed: no Outlook. The page stays as it is.
        if (touched && standaloneApp) {
          // The user's work stays; they switch when they want to.
          readyOutlook = host;
          showStandalone();
          return;
        }
      }
      void showHost(host);
    },
    (error: unknown) => {
      console.error('Bounce Doctor could not start', error);
      if (mode !== 'waiting') return;
      mode = 'done';
      clearTimeout(slowTimer);
      root.render(failed(error));
      shown(root);
    },
  );

  return started;
}
