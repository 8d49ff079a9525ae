/**
 * Outside Outlook: what Bounce Doctor does, and three ways to give it a
 * bounce (paste, open a file, try a sample).
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { NdrSource } from '../../ndr';
import { useI18n } from '../i18n/context';
import type { SampleInfo } from '../sample-list';
import { useFocusOnMount } from '../use-focus-on-mount';
import { FilePicker } from './FilePicker';
import { PasteBounce } from './PasteBounce';
import { SampleGallery } from './SampleGallery';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, minWidth: 0 },
});

export interface StandAloneProps {
  samples: readonly SampleInfo[];
  onPaste(source: NdrSource): void;
  onFile(source: NdrSource, fileName: string): void;
  onSample(sample: SampleInfo): void;
  focusOnMount?: boolean;
}

export function StandAlone({ samples, onPaste, onFile, onSample, focusOnMount = false }: StandAloneProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const pasteId = useId();
  const fileId = useId();
  return (
    <div className={styles.view}>
      <div className={shared.section}>
        <h1 ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading1, shared.focusTarget)}>
          {t('appName')}
        </h1>
        <p className={shared.paragraph}>{t('standaloneIntro')}</p>
        <p className={shared.paragraph}>{t('standaloneInOutlook')}</p>
        <p className={shared.paragraph}>{t('standaloneHere')}</p>
      </div>
      <section className={shared.section} aria-labelledby={pasteId}>
        <h2 id={pasteId} className={shared.heading2}>
          {t('pasteHeading')}
        </h2>
        <PasteBounce onDiagnose={onPaste} />
      </section>
      <section className={shared.section} aria-labelledby={fileId}>
        <h2 id={fileId} className={shared.heading2}>
          {t('fileHeading')}
        </h2>
        <FilePicker onDiagnose={onFile} />
      </section>
      <SampleGallery samples={samples} onPick={onSample} />
    </div>
  );
}
