/**
 * Outlook answered while the user was working on the stand-alone page: say so, and
 * let them switch to the selected message when they are done (their pasted text or
 * open diagnosis is never thrown away without a click).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/context';

const useStyles = makeStyles({
  bar: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
});

export function OutlookReadyBar({ onSwitch }: { onSwitch(): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div role="status" className={styles.bar}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('outlookReady')}</MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" size="small" onClick={onSwitch}>
            {t('outlookReadyDiagnose')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
