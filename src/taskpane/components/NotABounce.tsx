/**
 * The item (or the pasted text, or the file) is not a bounce. In Outlook:
 * select the bounce itself, or forward it as an attachment; or paste it here.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { NdrSource } from '../../ndr';
import { useI18n } from '../i18n/context';
import { useFocusOnMount } from '../use-focus-on-mount';
import { PasteBounce } from './PasteBounce';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
});

export interface NotABounceProps {
  /** The selected Outlook item (true) or something the user gave us (false). */
  fromItem: boolean;
  onDiagnose(source: NdrSource): void;
  focusOnMount?: boolean;
}

export function NotABounce({ fromItem, onDiagnose, focusOnMount = false }: NotABounceProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  return (
    <div className={styles.view}>
      <div className={shared.section}>
        <h1 ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading1, shared.focusTarget)}>
          {t('notABounceHeading')}
        </h1>
        <p className={shared.paragraph}>{fromItem ? t('notABounceItem') : t('notABounceInput')}</p>
        {fromItem ? <p className={shared.paragraph}>{t('notABounceForwardHint')}</p> : null}
      </div>
      <div className={shared.section}>
        <p className={shared.paragraph}>{t('notABouncePasteIntro')}</p>
        <PasteBounce onDiagnose={onDiagnose} />
      </div>
    </div>
  );
}
