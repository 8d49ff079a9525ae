/**
 * A small warning beside an address or name from the bounce that looks like an
 * imitation: letters of different alphabets mixed in one word (`sаles` with a
 * Cyrillic `а`), or an address that imitates the user's own domain. The
 * finding comes from the engine (`suspicious` on a failure or group); the
 * words are ours.
 */
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import type { LookAlike, LookAlikeScript } from '../../ndr';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';

const useStyles = makeStyles({
  note: {
    ...typographyStyles.caption1,
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    color: tokens.colorStatusWarningForeground1,
    overflowWrap: 'anywhere',
  },
  icon: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
});

const SCRIPT_KEYS: Record<LookAlikeScript, MessageKey> = {
  Latin: 'scriptLatin',
  Cyrillic: 'scriptCyrillic',
  Greek: 'scriptGreek',
  Armenian: 'scriptArmenian',
  Cherokee: 'scriptCherokee',
};

export function LookAlikeNote({ lookAlike }: { lookAlike: LookAlike | undefined }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!lookAlike) return null;
  let sentence: string;
  if (lookAlike.kind === 'imitates-own-domain') {
    sentence = t('lookAlikeImitates', { domain: lookAlike.imitates ?? '' });
  } else {
    const names = (lookAlike.scripts ?? []).map((script) => t(SCRIPT_KEYS[script]));
    const last = names.pop() ?? '';
    const scripts = names.length > 0 ? `${names.join(', ')} ${t('lookAlikeAnd')} ${last}` : last;
    sentence = t(lookAlike.field === 'name' ? 'lookAlikeMixedName' : 'lookAlikeMixedAddress', { scripts });
  }
  return (
    <p className={styles.note}>
      <WarningRegular className={styles.icon} aria-hidden="true" />
      <span>{sentence}</span>
    </p>
  );
}
