/**
 * Outlook would not hand us the item. One sentence for the cause (each
 * `ReadFailureKind` has its own), then the ways forward that fit that cause:
 * try again after a timeout; another Outlook when this one is too old; forward
 * the bounce and open Bounce Doctor on that; paste its text here; and, when a
 * later feature provides it, pick it from the recent bounces (the slot).
 * Office's raw error (code, name, message) is folded under "Details", never in
 * the first view: it is for the IT department, not for the reader.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { NdrSource } from '../../ndr';
import type { ReadFailure, ReadFailureKind } from '../../office/host';
import type { RecentBouncesSlot } from '../extensions';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';
import { useFocusOnMount } from '../use-focus-on-mount';
import { hostErrorText } from './Details';
import { PasteBounce } from './PasteBounce';
import { useSharedStyles } from './styles';

/** The one sentence that says why, per cause. */
const REASONS: Record<ReadFailureKind, MessageKey> = {
  'no-item': 'cannotReadNoItem',
  restricted: 'cannotReadRestricted',
  empty: 'cannotReadEmpty',
  'not-a-message': 'cannotReadNotAMessage',
  timeout: 'cannotReadTimeout',
  'outlook-too-old': 'cannotReadTooOld',
  protected: 'cannotReadProtected',
  denied: 'cannotReadDenied',
  error: 'cannotReadError',
};

/** The first way forward in the list, per cause (pasting and the recent bounces follow). */
const FIRST_WAY: Partial<Record<ReadFailureKind, MessageKey>> = {
  'no-item': 'wayForward',
  restricted: 'wayForward',
  empty: 'wayForward',
  'not-a-message': 'wayForward',
  'outlook-too-old': 'wayOtherOutlook',
  denied: 'wayForward',
  error: 'wayForward',
  // timeout: "Try again" comes first, above the list. protected: forwarding keeps the protection.
};

/** Causes where reading again may work. */
const RETRY: ReadonlySet<ReadFailureKind> = new Set(['timeout', 'error']);

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  ways: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  way: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  retry: { alignSelf: 'flex-start' },
});

export interface CannotReadProps {
  failure: ReadFailure;
  /** Diagnose pasted text. */
  onPaste(source: NdrSource): void;
  /** Diagnose a bounce picked in the recent-bounces slot. */
  onPick(source: NdrSource, label?: string): void;
  /** Read the item again ("Try again" after a timeout or an error). */
  onRetry?: (() => void) | undefined;
  /** "Pick from your recent bounces", when a later feature provides it. */
  recentBounces?: RecentBouncesSlot | undefined;
  focusOnMount?: boolean;
}

export function CannotRead({ failure, onPaste, onPick, onRetry, recentBounces: RecentBounces, focusOnMount = false }: CannotReadProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const waysId = useId();
  const errorText =
    hostErrorText(failure.hostError, t) ?? (failure.kind === 'error' && failure.message ? failure.message : undefined);
  const firstWay = FIRST_WAY[failure.kind];

  return (
    <div className={styles.view}>
      <div className={shared.section}>
        <h1 ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading1, shared.focusTarget)}>
          {t('cannotReadHeading')}
        </h1>
        <p className={shared.paragraph}>{t(REASONS[failure.kind])}</p>
        {onRetry && RETRY.has(failure.kind) ? (
          <Button className={styles.retry} appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t('tryAgain')}
          </Button>
        ) : null}
      </div>
      <section className={shared.section} aria-labelledby={waysId}>
        <h2 id={waysId} className={shared.heading2}>
          {t('waysForwardHeading')}
        </h2>
        <ol className={mergeClasses(shared.list, styles.ways)}>
          {firstWay ? <li>{t(firstWay)}</li> : null}
          <li>
            <div className={styles.way}>
              <span>{t(failure.kind === 'protected' ? 'wayProtectedPaste' : 'wayPaste')}</span>
              <PasteBounce onDiagnose={onPaste} />
            </div>
          </li>
          {RecentBounces ? (
            <li>
              <div className={styles.way}>
                <RecentBounces lang={lang} onPick={onPick} />
              </div>
            </li>
          ) : null}
        </ol>
      </section>
      {errorText ? (
        <Accordion collapsible>
          <AccordionItem value="details">
            <AccordionHeader as="h2">{t('cannotReadDetails')}</AccordionHeader>
            <AccordionPanel>
              <p className={shared.small}>{errorText}</p>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
    </div>
  );
}
