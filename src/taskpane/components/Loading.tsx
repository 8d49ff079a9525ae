/** While the item is read or a bounce is diagnosed: a spinner with words, never a blank pane. */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';

const useStyles = makeStyles({
  loading: { display: 'flex', justifyContent: 'flex-start', paddingTop: tokens.spacingVerticalXXL },
});

export function Loading({ message = 'loading' }: { message?: MessageKey }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.loading}>
      <Spinner size="small" labelPosition="after" label={t(message)} />
    </div>
  );
}
