/**
 * What became of "open a new message": the host's error when it failed, or,
 * where the host cannot compose (Outlook before Mailbox 1.6), the message
 * itself, for the user to copy into a new message by hand.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { messageText } from '../compose';
import { useI18n } from '../i18n/context';
import type { NewMessageAction } from '../use-new-message';
import { CopyButton } from './CopyButton';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  byHand: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
});

export function ComposeFeedback({ action }: { action: Pick<NewMessageAction, 'error' | 'byHand'> }) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  if (action.error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('composeFailed')}</MessageBarTitle> {action.error}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const message = action.byHand;
  if (!message) return null;
  const body = messageText(message);
  return (
    <div className={styles.byHand}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('composeByHandTitle')}</MessageBarTitle> {t('composeByHandHint')}
        </MessageBarBody>
      </MessageBar>
      {message.toRecipients.length > 0 ? (
        <p className={shared.paragraph}>
          <span className={styles.label}>{t('composeTo')}:</span>{' '}
          <span className={shared.bounceText}>{message.toRecipients.join('; ')}</span>
        </p>
      ) : null}
      <p className={shared.paragraph}>
        <span className={styles.label}>{t('composeSubject')}:</span> <span className={shared.bounceText}>{message.subject}</span>
      </p>
      <CopyButton text={message.subject} ariaLabel={t('copySubjectLabel')} />
      <pre className={shared.preformatted}>{body}</pre>
      <CopyButton text={body} ariaLabel={t('copyBodyLabel')} />
    </div>
  );
}
