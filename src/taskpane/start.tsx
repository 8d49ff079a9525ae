/**
 * Start-up: show words at once, create the host (Office.js or the stand-alone
 * page), then render the App. If creating the host fails, or the App throws
 * while rendering, the pane shows a plain sentence instead of going blank.
 *
 * The start-up screens are plain HTML on purpose: they must work before (and
 * without) Fluent, the theme and the host.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { MailHost } from '../office/host';
import { App, type AppProps } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { translator, uiLanguage } from './i18n';

function StartupMessage({ text, detail }: { text: string; detail?: string | undefined }) {
  return (
    <div role={detail === undefined ? 'status' : 'alert'} style={{ padding: '12px', fontFamily: 'system-ui, sans-serif' }}>
      <p style={{ margin: 0 }}>{text}</p>
      {detail ? <p style={{ margin: '8px 0 0', fontSize: '12px', overflowWrap: 'anywhere' }}>{detail}</p> : null}
    </div>
  );
}

export interface StartOptions extends Omit<AppProps, 'host'> {
  createHost(): Promise<MailHost>;
  /**
   * Services that depend on the host (index.tsx: Microsoft Graph when the build and Outlook
   * allow it, loaded as a separate chunk). A failure here is logged and the pane starts
   * without them.
   */
  hostServices?: (host: MailHost) => Partial<Omit<AppProps, 'host'>> | undefined | Promise<Partial<Omit<AppProps, 'host'>> | undefined>;
}

export async function startTaskPane(container: HTMLElement, options: StartOptions): Promise<Root> {
  const { createHost, hostServices, ...appProps } = options;
  const browserLanguage = typeof navigator !== 'undefined' ? navigator.language : undefined;
  let t = translator(uiLanguage(browserLanguage));
  const root = createRoot(container);
  root.render(<StartupMessage text={t('startupLoading')} />);

  const failed = (error: unknown) => (
    <StartupMessage
      text={t('startupFailed')}
      detail={t('startupFailedDetail', { message: error instanceof Error ? error.message : String(error) })}
    />
  );

  try {
    const host = await createHost();
    t = translator(uiLanguage(host.displayLanguage));
    let extra: Partial<Omit<AppProps, 'host'>> = {};
    try {
      extra = (await hostServices?.(host)) ?? {};
    } catch (error) {
      console.error('Bounce Doctor: optional services are off', error);
    }
    root.render(
      <ErrorBoundary fallback={failed}>
        <App host={host} {...extra} {...appProps} />
      </ErrorBoundary>,
    );
  } catch (error) {
    console.error('Bounce Doctor could not start', error);
    root.render(failed(error));
  }
  return root;
}
