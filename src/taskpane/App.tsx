/**
 * The task pane: one FluentProvider, the UI language, and the state machine
 * below (README.md, "In Outlook"). Every state has words and a way forward:
 *
 *   Outlook:      loading → diagnosis | not a bounce | cannot read this item
 *                 (re-read when the user selects another item in a pinned pane)
 *   Stand-alone:  paste / open a file / pick a sample
 *   Either:       a bounce the user handed us (pasted, file, sample, picked)
 *                 → diagnosing → diagnosis | not a bounce, with a way back
 *   Graph on:     "Recent bounces" from the top bar in every state (and on the
 *                 cannot-read screen); a bounce chosen there → its diagnosis,
 *                 and "Back" returns to the list
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RecentBounceSource } from '../graph/recent-bounces';
import type { DiagnoseOptions, Diagnosis, NdrSource, UiLanguage } from '../ndr';
import { ReadFailure, type ItemSnapshot, type MailHost } from '../office/host';
import { CannotRead } from './components/CannotRead';
import { DiagnosisView } from './components/DiagnosisView';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LanguageSwitch } from './components/LanguageSwitch';
import { Loading } from './components/Loading';
import { NotABounce } from './components/NotABounce';
import { OpenRecentBouncesContext, RecentBounces, RecentBouncesWay } from './components/RecentBounces';
import { StandAlone } from './components/StandAlone';
import { TooComplex } from './components/TooComplex';
import { TopBar } from './components/TopBar';
import { readConfig, type BounceDoctorConfig } from './config';
import { EngineTimeout, diagnoseOffThread } from './engine/engine-client';
import { uiLanguage, type Translate } from './i18n';
import { I18nProvider, useI18n } from './i18n/context';
import type { DeliveryCheck } from './owners/delivery-check';
import { noOwnerDirectory, type OwnerDirectory } from './owners/owner-directory';
import { RecentBouncesStore } from './recent/recent-bounces-store';
import { SAMPLE_LIST, sampleText, type SampleInfo } from './sample-list';
import { PaneServicesProvider, type PaneServices } from './services';
import { fluentTheme, useIsDark } from './theme';

export interface AppProps {
  host: MailHost;
  /** Who owns a group (Microsoft Graph, later). Default: none, so the owner card shows Outlook's own steps. */
  ownerDirectory?: OwnerDirectory;
  /** Build settings. Default: `__BOUNCE_DOCTOR_CONFIG__`, read safely. */
  config?: BounceDoctorConfig;
  /** The stand-alone gallery. Default: the bundled samples (their text fetched when one is chosen). */
  samples?: readonly SampleInfo[];
  /** The user's recent bounces (Microsoft Graph). Given: the pane offers the "Recent bounces" view. */
  recentBounceSource?: RecentBounceSource;
  /** May the user send to a restricted group now (Microsoft Graph MailTips)? Given: "Check again" on the group. */
  deliveryCheck?: DeliveryCheck;
}

/** Where a bounce came from. */
type Origin =
  | { kind: 'item'; snapshot: ItemSnapshot }
  | { kind: 'paste' }
  | { kind: 'file'; name: string }
  | { kind: 'sample'; sample: SampleInfo }
  | { kind: 'picked'; label?: string | undefined };

type View =
  | { kind: 'loading' }
  | { kind: 'standalone' }
  | { kind: 'cannot-read'; failure: ReadFailure }
  | { kind: 'diagnosing'; origin: Origin }
  | { kind: 'diagnosis'; diagnosis: Diagnosis; origin: Origin }
  | { kind: 'not-a-bounce'; origin: Origin }
  /** The engine ran over its time budget (engine/engine-client.ts). */
  | { kind: 'too-complex'; origin: Origin; budgetMs: number }
  /** What the user handed us could not be diagnosed (a sample's text could not be fetched). */
  | { kind: 'failed'; error: Error }
  | { kind: 'recent' };

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    boxSizing: 'border-box',
    maxWidth: '50rem',
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    overflowWrap: 'anywhere',
  },
  end: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

function asReadFailure(error: unknown): ReadFailure {
  if (error instanceof ReadFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ReadFailure('error', message);
}

function resultView(diagnosis: Diagnosis, origin: Origin): View {
  return diagnosis.facts.isBounce ? { kind: 'diagnosis', diagnosis, origin } : { kind: 'not-a-bounce', origin };
}

/** Diagnose off the main thread; a message too complex to read within the budget gets its own view. */
async function diagnosedView(source: NdrSource, options: DiagnoseOptions, origin: Origin): Promise<View> {
  try {
    return resultView(await diagnoseOffThread(source, { diagnose: options }), origin);
  } catch (error) {
    if (error instanceof EngineTimeout) return { kind: 'too-complex', origin, budgetMs: error.budgetMs };
    throw error;
  }
}

function sourceLabel(origin: Origin, t: Translate): string | undefined {
  switch (origin.kind) {
    case 'paste':
      return t('sourcePasted');
    case 'file':
      return t('sourceFile', { name: origin.name });
    case 'sample':
      return t('sourceSample', { title: t(origin.sample.title) });
    case 'picked':
      return origin.label;
    case 'item':
      return undefined;
  }
}

export function App({ host, ownerDirectory = noOwnerDirectory, config, samples = SAMPLE_LIST, recentBounceSource, deliveryCheck }: AppProps) {
  const [lang, setLang] = useState<UiLanguage>(() => uiLanguage(host.displayLanguage));
  const isDark = useIsDark(host);
  const styles = useStyles();
  const services = useMemo<PaneServices>(
    () => ({ host, ownerDirectory, ...(deliveryCheck ? { deliveryCheck } : {}), config: config ?? readConfig() }),
    [host, ownerDirectory, deliveryCheck, config],
  );

  /** The recent-bounces list lives as long as the pane: "Back" from a bounce finds it as it was. */
  const recentStore = useMemo(() => (recentBounceSource ? new RecentBouncesStore(recentBounceSource) : undefined), [recentBounceSource]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={fluentTheme(isDark)} className={styles.provider} data-theme={isDark ? 'dark' : 'light'}>
      <I18nProvider lang={lang}>
        <PaneServicesProvider value={services}>
          <Pane host={host} samples={samples} recentStore={recentStore} onLanguage={setLang} />
        </PaneServicesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

interface PaneProps {
  host: MailHost;
  samples: readonly SampleInfo[];
  recentStore: RecentBouncesStore | undefined;
  onLanguage(lang: UiLanguage): void;
}

/** What the host knows beyond the bounce, for `diagnose`: the user's address (plain data). */
function diagnoseOptions(host: MailHost): DiagnoseOptions {
  return host.userAddress ? { userAddress: host.userAddress } : {};
}

function Pane({ host, samples, recentStore, onLanguage }: PaneProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const standalone = host.kind === 'standalone';
  /** What the host gave us: the item's reading, or the stand-alone start page. */
  const [base, setBase] = useState<View>(() => (standalone ? { kind: 'standalone' } : { kind: 'loading' }));
  /**
   * What the user opened over `base`, newest last: a bounce they handed us, or the recent
   * bounces (and a bounce chosen there above it). "Back" removes the top one.
   */
  const [userViews, setUserViews] = useState<readonly View[]>([]);
  /** Each new view gets a new key, so its components start fresh (tabs, open cards). */
  const [viewKey, setViewKey] = useState(0);
  /** Move focus to the new view's heading when the user caused the change. */
  const [focusHeading, setFocusHeading] = useState(false);
  const itemRequest = useRef(0);
  const userRequest = useRef(0);

  const readItem = useCallback(async () => {
    const request = ++itemRequest.current;
    userRequest.current++;
    setUserViews([]);
    setBase({ kind: 'loading' });
    setFocusHeading(false);
    setViewKey((key) => key + 1);
    let next: View;
    try {
      const snapshot = await host.readCurrentItem();
      next = await diagnosedView(snapshot.source, diagnoseOptions(host), { kind: 'item', snapshot });
    } catch (error) {
      next = { kind: 'cannot-read', failure: asReadFailure(error) };
    }
    if (request !== itemRequest.current) return; // another item was selected meanwhile
    setBase(next);
    setViewKey((key) => key + 1);
  }, [host]);

  useEffect(() => {
    if (host.kind !== 'outlook') return undefined;
    void readItem();
    return host.onItemChanged(() => void readItem());
  }, [host, readItem]);

  /** Replace the top view (a new bounce replaces the one shown), keeping the recent list under it. */
  const showOnTop = (next: View): void =>
    setUserViews((views) => {
      const below = views.at(-1)?.kind === 'recent' ? views : views.slice(0, -1);
      return [...below, next];
    });

  /** `source` may still be on its way (a sample's text is fetched on first use). */
  const diagnoseInput = useCallback(async (source: NdrSource | Promise<NdrSource>, origin: Origin) => {
    const request = ++userRequest.current;
    showOnTop({ kind: 'diagnosing', origin });
    setFocusHeading(true);
    setViewKey((key) => key + 1);
    let next: View;
    try {
      next = await diagnosedView(await source, diagnoseOptions(host), origin);
    } catch (error) {
      next = { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
    }
    if (request !== userRequest.current) return;
    setUserViews((views) => [...views.slice(0, -1), next]);
    setViewKey((key) => key + 1);
  }, [host]);

  const openRecent = useCallback((): void => {
    userRequest.current++;
    setUserViews([{ kind: 'recent' }]);
    setFocusHeading(true);
    setViewKey((key) => key + 1);
  }, []);

  const goBack = (): void => {
    userRequest.current++;
    setUserViews((views) => views.slice(0, -1));
    setFocusHeading(true);
    setViewKey((key) => key + 1);
  };

  const userView = userViews.at(-1);
  const underneath = userViews.at(-2);
  const view = userView ?? base;
  const languageSwitch = standalone ? <LanguageSwitch onChange={onLanguage} /> : undefined;
  const recentButton =
    recentStore && view.kind !== 'recent' ? (
      <Button appearance="subtle" size="small" icon={<HistoryRegular />} onClick={openRecent}>
        {t('recentBouncesButton')}
      </Button>
    ) : undefined;
  const end =
    languageSwitch || recentButton ? (
      <span className={styles.end}>
        {recentButton}
        {languageSwitch}
      </span>
    ) : undefined;
  const origin = 'origin' in view ? view.origin : undefined;
  const backLabel = underneath?.kind === 'recent' ? t('backToRecent') : standalone ? t('diagnoseAnother') : t('backToItem');

  return (
    <main className={styles.main}>
      <TopBar
        onBack={userView ? goBack : undefined}
        backLabel={userView ? backLabel : undefined}
        source={userView && origin ? sourceLabel(origin, t) : undefined}
        end={end}
      />
      <ErrorBoundary key={viewKey} fallback={viewFailed}>
        <OpenRecentBouncesContext.Provider value={recentStore ? openRecent : undefined}>{renderView(view)}</OpenRecentBouncesContext.Provider>
      </ErrorBoundary>
    </main>
  );

  function viewFailed(error: Error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {t('viewFailed')} {error.message}
        </MessageBarBody>
      </MessageBar>
    );
  }

  function renderView(current: View) {
    switch (current.kind) {
      case 'loading':
        return <Loading />;
      case 'diagnosing':
        return <Loading message="diagnosing" />;
      case 'standalone':
        return (
          <StandAlone
            samples={samples}
            focusOnMount={focusHeading}
            onPaste={(source) => void diagnoseInput(source, { kind: 'paste' })}
            onFile={(source, name) => void diagnoseInput(source, { kind: 'file', name })}
            onSample={(sample) => void diagnoseInput(sampleText(sample).then((raw) => ({ raw })), { kind: 'sample', sample })}
          />
        );
      case 'cannot-read':
        return (
          <CannotRead
            failure={current.failure}
            recentBounces={recentStore ? RecentBouncesWay : undefined}
            focusOnMount={focusHeading}
            onRetry={() => void readItem()}
            onPaste={(source) => void diagnoseInput(source, { kind: 'paste' })}
            onPick={(source, label) => void diagnoseInput(source, { kind: 'picked', label })}
          />
        );
      case 'diagnosis':
        return (
          <DiagnosisView
            diagnosis={current.diagnosis}
            snapshot={current.origin.kind === 'item' ? current.origin.snapshot : undefined}
            focusOnMount={focusHeading}
          />
        );
      case 'not-a-bounce':
        return (
          <NotABounce
            fromItem={current.origin.kind === 'item'}
            focusOnMount={focusHeading}
            onDiagnose={(source) => void diagnoseInput(source, { kind: 'paste' })}
          />
        );
      case 'too-complex':
        return (
          <TooComplex
            budgetMs={current.budgetMs}
            focusOnMount={focusHeading}
            onPaste={(source) => void diagnoseInput(source, { kind: 'paste' })}
          />
        );
      case 'failed':
        return viewFailed(current.error);
      case 'recent':
        return recentStore ? (
          <RecentBounces
            store={recentStore}
            focusOnMount={focusHeading}
            onPick={(source, label) => void diagnoseInput(source, { kind: 'picked', label })}
          />
        ) : null;
    }
  }
}
