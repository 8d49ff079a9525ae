/**
 * The built-in samples: choosing one diagnoses it and shows the full diagnosis.
 * Their text is fetched as soon as the gallery is on screen (sample-list.ts).
 */
import { CompoundButton, makeStyles } from '@fluentui/react-components';
import { useEffect, useId } from 'react';
import { useI18n } from '../i18n/context';
import { preloadSampleTexts, type SampleInfo } from '../sample-list';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  button: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', whiteSpace: 'normal', maxWidth: 'none' },
});

export interface SampleGalleryProps {
  samples: readonly SampleInfo[];
  onPick(sample: SampleInfo): void;
}

export function SampleGallery({ samples, onPick }: SampleGalleryProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const listed = samples.length > 0;
  useEffect(() => {
    if (listed) preloadSampleTexts();
  }, [listed]);
  if (!listed) return null;
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading2}>
        {t('samplesHeading')}
      </h2>
      <p className={shared.paragraph}>{t('samplesIntro')}</p>
      <ul className={shared.plainList}>
        {samples.map((sample) => (
          <li key={sample.id}>
            <CompoundButton className={styles.button} secondaryContent={t(sample.description)} onClick={() => onPick(sample)}>
              {t(sample.title)}
            </CompoundButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
