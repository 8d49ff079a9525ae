/**
 * Open a saved bounce: choose a file or drop it. `.eml` and `.txt` are read
 * (as bytes, up to 10 MB); Outlook's `.msg` is refused with its own sentence,
 * because it is a binary format the engine does not read.
 */
import { Field, Spinner, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useState, type ChangeEvent, type DragEvent } from 'react';
import type { NdrSource } from '../../ndr';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';
import { checkBounceFile, readFileBytes, sourceFromFile } from '../input-source';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    maxWidth: '100%',
    // The browser's own button, drawn like a Fluent secondary button; the input
    // itself stays a native file input (keyboard, screen readers, drop).
    '::file-selector-button': {
      ...typographyStyles.body1Strong,
      marginRight: tokens.spacingHorizontalM,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      minHeight: '32px',
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorNeutralBackground1,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      cursor: 'pointer',
    },
    ':hover::file-selector-button': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  drop: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

const REFUSALS: Record<'msg' | 'type' | 'size', MessageKey> = {
  msg: 'fileMsgRefused',
  type: 'fileWrongType',
  size: 'fileTooLarge',
};

export interface FilePickerProps {
  onDiagnose(source: NdrSource, fileName: string): void;
}

export function FilePicker({ onDiagnose }: FilePickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [reading, setReading] = useState<string | undefined>(undefined);
  const [dragging, setDragging] = useState(false);

  const open = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setProblem(undefined);
    const check = checkBounceFile(file);
    if (!check.ok) {
      setProblem(t(REFUSALS[check.reason], { name: file.name }));
      return;
    }
    setReading(file.name);
    try {
      const bytes = await readFileBytes(file);
      onDiagnose(sourceFromFile(check.kind, bytes), file.name);
    } catch {
      setProblem(t('fileReadFailed', { name: file.name }));
    } finally {
      setReading(undefined);
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    void open(file);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer?.files?.[0]);
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="file-drop-zone"
    >
      <Field
        label={t('fileLabel')}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ?? null}
      >
        {(fieldProps) => (
          <input
            {...fieldProps}
            className={styles.input}
            type="file"
            accept=".eml,.txt,message/rfc822,text/plain"
            onChange={onChange}
          />
        )}
      </Field>
      <p className={mergeClasses(shared.small, styles.drop)}>
        <DocumentArrowUpRegular aria-hidden="true" />
        {t('fileDrop')}
      </p>
      {reading ? <Spinner size="tiny" labelPosition="after" label={t('fileReading', { name: reading })} /> : null}
    </div>
  );
}
