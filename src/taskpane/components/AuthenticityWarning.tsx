/**
 * Shown first when the "bounce" does not look genuine. Forged: says so in plain
 * words, what to do (no clicks, no password, report it as phishing) and what
 * gives it away. Doubtful: a quieter note with the same advice about passwords.
 * The concerns' details come from the bounce: shown as text, never as links.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Authenticity } from '../../ndr';
import { useI18n } from '../i18n/context';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export function AuthenticityWarning({ authenticity }: { authenticity: Authenticity }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  if (authenticity.verdict === 'genuine') return null;
  const forged = authenticity.verdict === 'forged';
  return (
    <MessageBar intent={forged ? 'error' : 'warning'} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{forged ? t('notGenuineTitle') : t('doubtfulTitle')}</MessageBarTitle>
        <span>{forged ? t('forgedAdvice') : t('doubtfulAdvice')}</span>
        {forged ? <span>{t('forgedConcernsHeading')}</span> : null}
        <ul className={shared.list}>
          {authenticity.concerns.map((concern) => (
            <li key={concern.id}>
              {concern.text[lang]}
              {concern.detail ? (
                <>
                  {' '}
                  <span className={shared.bounceText}>{t('concernFound', { detail: concern.detail })}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
