/**
 * Outlook would not hand us the item (often: add-ins are documented not to
 * work on delivery reports). One sentence why, then the ways forward: forward
 * the bounce and open Bounce Doctor on that; paste its text here; and, when a
 * later feature provides it, pick it from the recent bounces (the slot).
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { NdrSource } from '../../ndr/types';
import type { ReadFailure, ReadFailureKind } from '../../office/host';
import type { RecentBouncesSlot } from '../extensions';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';
import { useFocusOnMount } from '../use-focus-on-mount';
import { hostErrorText } from './Details';
import { PasteBounce } from './PasteBounce';
import { useSharedStyles } from './styles';

const REASONS: Record<ReadFailureKind, MessageKey> = {
  'no-item': 'cannotReadNoItem',
  restricted: 'cannotReadRestricted',
  empty: 'cannotReadEmpty',
  'not-a-message': 'cannotReadNotAMessage',
  error: 'cannotReadError',
};

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  ways: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  way: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface CannotReadProps {
  failure: ReadFailure;
  /** Diagnose pasted text. */
  onPaste(source: NdrSource): void;
  /** Diagnose a bounce picked in the recent-bounces slot. */
  onPick(source: NdrSource, label?: string): void;
  /** "Pick from your recent bounces", when a later feature provides it. */
  recentBounces?: RecentBouncesSlot | undefined;
  focusOnMount?: boolean;
}

export function CannotRead({ failure, onPaste, onPick, recentBounces: RecentBounces, focusOnMount = false }: CannotReadProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const waysId = useId();
  const errorText =
    hostErrorText(failure.hostError, t) ?? (failure.kind === 'error' && failure.message ? failure.message : undefined);

  return (
    <div className={styles.view}>
      <div className={shared.section}>
        <h1 ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading1, shared.focusTarget)}>
          {t('cannotReadHeading')}
        </h1>
        <p className={shared.paragraph}>{t(REASONS[failure.kind])}</p>
        {errorText ? <p className={shared.small}>{errorText}</p> : null}
      </div>
      <section className={shared.section} aria-labelledby={waysId}>
        <h2 id={waysId} className={shared.heading2}>
          {t('waysForwardHeading')}
        </h2>
        <ol className={mergeClasses(shared.list, styles.ways)}>
          <li>{t('wayForward')}</li>
          <li>
            <div className={styles.way}>
              <span>{t('wayPaste')}</span>
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
    </div>
  );
}
