/**
 * "Ask for permission" when no directory knows the owner: before the message
 * opens (with an empty To line and a body that needs no editing), the pane says
 * how to find the owner in Outlook, and offers "Ask IT instead" beside it.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { HeadsetRegular, MailRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useI18n } from '../i18n/context';
import { useFocusOnMount } from '../use-focus-on-mount';
import { FindOwnerSteps } from './FindOwnerSteps';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
});

export interface FindOwnerFirstProps {
  groupName: string;
  onWrite(): void;
  onAskIt(): void;
  onCancel(): void;
  busy: boolean;
}

export function FindOwnerFirst({ groupName, onWrite, onAskIt, onCancel, busy }: FindOwnerFirstProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(true);
  return (
    <div className={styles.panel} role="region" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading3, shared.focusTarget)}>
        {t('findOwnerHeading', { group: groupName })}
      </h3>
      <FindOwnerSteps groupName={groupName} />
      <p className={shared.small}>{t('findOwnerIntro')}</p>
      <div className={shared.actions}>
        <Button appearance="primary" icon={<MailRegular />} onClick={onWrite} disabled={busy}>
          {t('findOwnerWrite')}
        </Button>
        <Button icon={<HeadsetRegular />} onClick={onAskIt} disabled={busy}>
          {t('askItInstead')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('findOwnerCancel')}
        </Button>
      </div>
    </div>
  );
}
