/**
 * The engine ran over its time budget (taskpane/engine/engine-client.ts) and
 * its worker was ended: the pane says so in one sentence and offers the ways
 * out that do not need the message's MIME structure: forward the bounce to
 * yourself as an ordinary message, or paste its text.
 */
import { mergeClasses, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { NdrSource } from '../../ndr';
import { useI18n } from '../i18n/context';
import { useFocusOnMount } from '../use-focus-on-mount';
import { PasteBounce } from './PasteBounce';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  ways: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  way: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface TooComplexProps {
  /** The budget that ran out, in milliseconds. */
  budgetMs: number;
  /** Diagnose pasted text. */
  onPaste(source: NdrSource): void;
  focusOnMount?: boolean;
}

export function TooComplex({ budgetMs, onPaste, focusOnMount = false }: TooComplexProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const waysId = useId();

  return (
    <div className={styles.view}>
      <div className={shared.section}>
        <h1 ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading1, shared.focusTarget)}>
          {t('tooComplexHeading')}
        </h1>
        <p className={shared.paragraph}>{t('tooComplexText', { seconds: String(Math.round(budgetMs / 1000)) })}</p>
      </div>
      <section className={shared.section} aria-labelledby={waysId}>
        <h2 id={waysId} className={shared.heading2}>
          {t('waysForwardHeading')}
        </h2>
        <ol className={mergeClasses(shared.list, styles.ways)}>
          <li>{t('tooComplexForward')}</li>
          <li>
            <div className={styles.way}>
              <span>{t('wayPaste')}</span>
              <PasteBounce onDiagnose={onPaste} />
            </div>
          </li>
        </ol>
      </section>
    </div>
  );
}
