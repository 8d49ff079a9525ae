/**
 * One PowerShell command from the catalog, with the bounce's values filled in,
 * and a copy button. A broad command (one that opens a group or mailbox to
 * everyone) says what it does before the command itself.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RenderedCommand } from '../../ndr';
import { placeholderLabel } from '../../ndr';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';
import { CopyButton } from './CopyButton';
import { useSharedStyles } from './styles';

const SHELL_NAMES: Record<RenderedCommand['shell'], MessageKey> = {
  'exchange-online': 'shellExchangeOnline',
  'exchange-server': 'shellExchangeServer',
  windows: 'shellWindows',
};

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
});

export function CommandBlock({ command }: { command: RenderedCommand }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const missing = command.missing.map((name) => placeholderLabel(name, lang)).join(', ');
  return (
    <div className={styles.block}>
      <p className={shared.paragraph}>{command.label}</p>
      {command.broad ? <p className={shared.paragraph}>{command.broad.consequence}</p> : null}
      <pre className={shared.preformatted} aria-label={t(SHELL_NAMES[command.shell])}>
        <code>{command.command}</code>
      </pre>
      {missing ? <p className={shared.small}>{t('commandMissing', { values: missing })}</p> : null}
      <CopyButton text={command.command} ariaLabel={t('copyCommandLabel', { label: command.label })} />
    </div>
  );
}
