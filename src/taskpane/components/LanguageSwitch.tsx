/** English / Nederlands, for the stand-alone page (in Outlook the language follows Office). */
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { UiLanguage } from '../../ndr';
import { useI18n } from '../i18n/context';

const useStyles = makeStyles({
  // Label and select side by side at their own widths (Field's horizontal grid gives the label a third).
  field: { gridTemplateColumns: 'max-content max-content', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  label: { whiteSpace: 'nowrap', paddingTop: 0, paddingBottom: 0 },
});

export function LanguageSwitch({ onChange }: { onChange(lang: UiLanguage): void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={{ children: t('languageLabel'), className: styles.label }}
      orientation="horizontal"
      size="small"
    >
      <Select size="small" value={lang} onChange={(_event, data) => onChange(data.value === 'nl' ? 'nl' : 'en')}>
        <option value="en" lang="en">
          {t('languageEnglish')}
        </option>
        <option value="nl" lang="nl">
          {t('languageDutch')}
        </option>
      </Select>
    </Field>
  );
}
