/** Paste the text of a bounce and diagnose it: the way forward when Outlook will not hand the item over. */
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ClipboardPasteRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { NdrSource } from '../../ndr';
import { useI18n } from '../i18n/context';
import { sourceFromPastedText } from '../input-source';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  field: { alignSelf: 'stretch' },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

export interface PasteBounceProps {
  onDiagnose(source: NdrSource): void;
  /** A different label, when the surrounding text already explains what to paste. */
  label?: string;
}

export function PasteBounce({ onDiagnose, label }: PasteBounceProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [showEmpty, setShowEmpty] = useState(false);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!text.trim()) {
      setShowEmpty(true);
      return;
    }
    onDiagnose(sourceFromPastedText(text));
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        className={styles.field}
        label={label ?? t('pasteLabel')}
        hint={t('pasteHint')}
        validationState={showEmpty ? 'error' : 'none'}
        validationMessage={showEmpty ? t('pasteEmpty') : null}
      >
        <Textarea
          value={text}
          onChange={(_event, data) => {
            setText(data.value);
            if (data.value.trim()) setShowEmpty(false);
          }}
          resize="vertical"
          rows={6}
          textarea={{ className: styles.text, spellCheck: false }}
        />
      </Field>
      <Button type="submit" appearance="primary" icon={<ClipboardPasteRegular />}>
        {t('diagnoseButton')}
      </Button>
    </form>
  );
}
