/**
 * While Office starts: a spinner with words ("Waiting for Outlook…" when the page is
 * an add-in inside Office, "Bounce Doctor is starting…" otherwise). When Outlook is
 * slow, one more sentence says so and offers the stand-alone page as a choice; the
 * wait goes on either way (start.tsx switches to Outlook when it answers).
 */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ClipboardPasteRegular } from '@fluentui/react-icons';
import { useSharedStyles } from '../components/styles';
import { useI18n } from '../i18n/context';

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  status: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
  spinner: { justifyContent: 'flex-start' },
});

export interface WaitingForOfficeProps {
  /** The page looks like an add-in inside Office: say "Waiting for Outlook…". */
  expectOffice: boolean;
  /** Office is taking longer than usual. */
  slow: boolean;
  /** Open the stand-alone page meanwhile; without it, no such offer. */
  onStandalone?: (() => void) | undefined;
}

export function WaitingForOffice({ expectOffice, slow, onStandalone }: WaitingForOfficeProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <main className={styles.view}>
      <div role="status" className={styles.status}>
        <Spinner className={styles.spinner} size="small" labelPosition="after" label={t(expectOffice ? 'waitingForOutlook' : 'startupLoading')} />
        {slow ? (
          <>
            <p className={shared.paragraph}>{t('outlookSlow')}</p>
            <p className={shared.small}>{t('outlookSlowKeepWaiting')}</p>
          </>
        ) : null}
      </div>
      {slow && onStandalone ? (
        <Button icon={<ClipboardPasteRegular />} onClick={onStandalone}>
          {t('pasteInstead')}
        </Button>
      ) : null}
    </main>
  );
}
