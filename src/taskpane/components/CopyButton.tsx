/**
 * A "Copy" button with visible feedback that screen readers hear too
 * (a polite live region), and a select-it-yourself box when the browser
 * refuses both ways of copying (see clipboard.ts).
 */
import { Button, Field, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { copyText } from '../clipboard';
import { useI18n } from '../i18n/context';
import { useSharedStyles } from './styles';

const FEEDBACK_MS = 4000;

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  copied: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
  manual: { marginTop: tokens.spacingVerticalS },
  manualText: { fontFamily: tokens.fontFamilyMonospace },
});

export interface CopyButtonProps {
  text: string;
  /** A more specific name for screen readers, e.g. "Copy the command: …". It should start with the visible word. */
  ariaLabel?: string;
}

export function CopyButton({ text, ariaLabel }: CopyButtonProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const manualRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state !== 'copied') return undefined;
    const timer = setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    if (state === 'manual') {
      manualRef.current?.focus();
      manualRef.current?.select();
    }
  }, [state]);

  const copy = async (): Promise<void> => {
    setState('idle');
    setState(await copyText(text));
  };

  return (
    <div>
      <div className={styles.row}>
        <Button size="small" icon={<CopyRegular />} onClick={() => void copy()} {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}>
          {t('copyButton')}
        </Button>
        <span role="status" aria-live="polite" className={styles.copied}>
          {state === 'copied' ? (
            <>
              <CheckmarkRegular aria-hidden="true" />
              {t('copied')}
            </>
          ) : null}
        </span>
      </div>
      {state === 'manual' ? (
        <Field className={styles.manual} label={t('copyManualLabel')} hint={t('copyManual')}>
          <Textarea readOnly value={text} resize="vertical" textarea={{ ref: manualRef, className: mergeClasses(styles.manualText, shared.bounceText) }} />
        </Field>
      ) : null}
    </div>
  );
}
