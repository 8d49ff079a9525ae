/** Shown first when the "bounce" does not look genuine: what is odd about it, and what not to do. */
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
  if (authenticity.authentic) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t('notGenuineTitle')}</MessageBarTitle>
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
        <span>{t('notGenuineAdvice')}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
