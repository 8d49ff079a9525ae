/**
 * "Recent bounces": the user's delivery reports of the last 30 days (Microsoft
 * Graph, `Mail.Read`, asked for only here), newest first, each with its date,
 * the subject of the message that bounced, and its code. Choosing one fetches
 * its MIME and shows the full diagnosis, as if it had been selected in Outlook.
 *
 * Reachable from every state of the pane (the top bar), and the third way
 * forward on the "cannot read this item" screen (`RecentBouncesWay`).
 */
import { Badge, Button, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, HistoryRegular } from '@fluentui/react-icons';
import { createContext, useContext, useEffect, useId, useSyncExternalStore } from 'react';
import type { RecentBounce } from '../../graph/recent-bounces';
import type { NdrSource } from '../../ndr';
import type { RecentBouncesSlotProps } from '../extensions';
import { useI18n } from '../i18n/context';
import { originalSubjectOf, type RecentBouncesStore } from '../recent/recent-bounces-store';

export { originalSubjectOf };
import { usePaneServices } from '../services';
import { useFocusOnMount } from '../use-focus-on-mount';
import { GraphProblem } from './GraphProblem';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  item: {
    width: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: 0,
  },
  itemText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS, minWidth: 0, fontWeight: tokens.fontWeightRegular },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', wordBreak: 'break-word' },
  list: { rowGap: 0 },
});

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return date.toLocaleString();
  }
}

export interface RecentBouncesProps {
  store: RecentBouncesStore;
  /** Diagnose the chosen bounce; `label` names it above the diagnosis. */
  onPick(source: NdrSource, label?: string): void;
  focusOnMount?: boolean;
}

export function RecentBounces({ store, onPick, focusOnMount = false }: RecentBouncesProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { host } = usePaneServices();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const headingId = useId();
  const locale = host.displayLanguage || (lang === 'nl' ? 'nl-NL' : 'en-US');

  useEffect(() => store.start(), [store]);

  const open = async (bounce: RecentBounce, interactive = false): Promise<void> => {
    const raw = await store.open(bounce, { interactive });
    const known = store.getSnapshot().items.find((item) => item.bounce.id === bounce.id)?.originalSubject;
    if (raw !== undefined) onPick({ raw }, t('sourceRecent', { subject: originalSubjectOf(bounce.subject, known) || t('recentNoSubject') }));
  };

  const firstLoad = !state.loaded && state.loading;
  const empty = state.loaded && state.items.length === 0 && state.done;

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <div className={shared.section}>
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading1, shared.focusTarget)}>
          {t('recentBouncesHeading')}
        </h1>
        <p className={shared.paragraph}>{t('recentBouncesIntro')}</p>
      </div>

      {state.problem ? (
        <GraphProblem
          problem={state.problem}
          feature="mail"
          onRetry={() => void store.load({ interactive: false })}
          onSignIn={() => void store.load({ interactive: true })}
          busy={state.loading}
        />
      ) : null}

      {firstLoad ? <Spinner size="small" labelPosition="after" label={t('recentLoading')} /> : null}
      {empty ? <p className={shared.paragraph}>{t('recentEmpty')}</p> : null}

      {state.items.length > 0 ? (
        <ul className={mergeClasses(shared.plainList, styles.list)} aria-busy={state.loading}>
          {state.items.map(({ bounce, code, originalSubject }) => {
            const subject = originalSubjectOf(bounce.subject, originalSubject) || t('recentNoSubject');
            const problem = state.openProblem?.id === bounce.id ? state.openProblem.problem : undefined;
            return (
              <li key={bounce.id}>
                <Button
                  appearance="subtle"
                  className={styles.item}
                  onClick={() => void open(bounce)}
                  disabled={state.opening !== undefined}
                >
                  <span className={styles.itemText}>
                    <span className={shared.small}>{formatDate(bounce.receivedDateTime, locale)}</span>
                    <span className={styles.subject}>{subject}</span>
                    {code ? (
                      <Badge appearance="tint" color="danger" shape="rounded">
                        {code}
                      </Badge>
                    ) : null}
                  </span>
                </Button>
                {state.opening === bounce.id ? <Spinner size="tiny" labelPosition="after" label={t('recentOpening')} /> : null}
                {problem ? (
                  <GraphProblem
                    problem={problem}
                    feature="mail"
                    onRetry={() => void open(bounce)}
                    onSignIn={() => void open(bounce, true)}
                    busy={state.opening !== undefined}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}

      {state.loaded && state.loading ? <Spinner size="tiny" labelPosition="after" label={t('recentLoadingMore')} /> : null}
      <div className={shared.actions}>
        {state.loaded && !state.done && !state.loading ? (
          <Button onClick={() => void store.load({ interactive: false })}>{t('recentLoadMore')}</Button>
        ) : null}
        {state.loaded && !state.loading ? (
          <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={() => store.refresh()}>
            {t('recentRefresh')}
          </Button>
        ) : null}
      </div>
      {state.loaded && state.done && state.items.length > 0 ? <p className={shared.small}>{t('recentEnd')}</p> : null}
    </section>
  );
}

/** Opens the recent-bounces view; provided by the App when Graph is on. */
export const OpenRecentBouncesContext = createContext<(() => void) | undefined>(undefined);

/** The third way forward on the "cannot read" screen: a button to the recent bounces. */
export function RecentBouncesWay(_props: RecentBouncesSlotProps) {
  const { t } = useI18n();
  const openRecent = useContext(OpenRecentBouncesContext);
  if (!openRecent) return null;
  return (
    <>
      <span>{t('wayRecent')}</span>
      <div>
        <Button icon={<HistoryRegular />} onClick={openRecent}>
          {t('wayRecentButton')}
        </Button>
      </div>
    </>
  );
}
