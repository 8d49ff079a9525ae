/**
 * What went wrong with a Microsoft Graph feature, in plain words, and the way
 * forward: sign in (a popup, only after this click), the administrator's consent
 * link (copyable) for a scope only they can grant, try again, or ask IT.
 * Never more than this block: the rest of the pane keeps working.
 */
import { Button, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, OpenRegular, PersonKeyRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { adminConsentUrl } from '../../graph/consent';
import type { GraphProblem as Problem } from '../../graph/problem';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';
import { usePaneServices } from '../services';
import { CopyButton } from './CopyButton';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

export type GraphFeature = 'owners' | 'mail' | 'mailTips';

export interface GraphProblemProps {
  problem: Problem;
  feature: GraphFeature;
  /** Ask again without a popup (throttled, offline, …). */
  onRetry(): void;
  /** Ask again, allowed to open the sign-in window: the user clicked. */
  onSignIn(): void;
  busy?: boolean;
}

const SIGN_IN_LABEL: Record<GraphFeature, MessageKey> = { owners: 'ownerSignInButton', mail: 'recentSignInButton', mailTips: 'checkAgainSignInButton' };
const FEATURE: Record<GraphFeature, MessageKey> = { owners: 'featureOwners', mail: 'featureMail', mailTips: 'featureMailTips' };

/** The page's host (`bounce.contoso.com`), for the NAA redirect in the consent link. */
function addinHost(): string {
  return typeof window === 'undefined' ? '' : window.location.host;
}

export function GraphProblem({ problem, feature, onRetry, onSignIn, busy = false }: GraphProblemProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { config } = usePaneServices();
  const featureText = t(FEATURE[feature]);

  const signIn = (label: MessageKey) => (
    <Button appearance="primary" icon={<PersonKeyRegular />} onClick={onSignIn} disabled={busy}>
      {t(label)}
    </Button>
  );
  const retry = (interactive = false) => (
    <Button icon={<ArrowClockwiseRegular />} onClick={interactive ? onSignIn : onRetry} disabled={busy}>
      {t('graphTryAgain')}
    </Button>
  );

  let text: string;
  let actions: ReactNode;
  let extra: ReactNode = null;
  let intent: 'warning' | 'error' | 'info' = 'warning';
  switch (problem.kind) {
    case 'sign-in':
      text = t('graphSignInNeeded', { feature: featureText });
      actions = signIn(SIGN_IN_LABEL[feature]);
      intent = 'info';
      break;
    case 'consent':
      if (problem.adminOnly && config.graphClientId) {
        const url = adminConsentUrl({ clientId: config.graphClientId, addinHost: addinHost() });
        text = t('graphConsentAdmin');
        extra = (
          <>
            <Link href={url} target="_blank" rel="noopener noreferrer">
              {t('graphConsentAdminLinkLabel')} <OpenRegular aria-hidden="true" />
              <span className={shared.visuallyHidden}>{t('opensInNewWindow')}</span>
            </Link>
            <p className={shared.preformatted}>{url}</p>
            <CopyButton text={url} ariaLabel={`${t('copyButton')}: ${t('graphConsentAdminLinkLabel')}`} />
            <p className={shared.paragraph}>{t('graphConsentAdminAfter')}</p>
          </>
        );
        actions = retry(true);
      } else {
        text = t('graphConsentUser', { feature: featureText });
        actions = signIn('graphAllowButton');
        intent = 'info';
      }
      break;
    case 'popup-blocked':
      text = t('graphPopupBlocked');
      actions = signIn('graphSignInButton');
      break;
    case 'cancelled':
      text = t('graphCancelled');
      actions = signIn('graphSignInButton');
      intent = 'info';
      break;
    case 'forbidden':
      text = t('graphForbidden');
      actions = retry();
      intent = 'error';
      break;
    case 'not-found':
      text = t('graphNotFound');
      actions = retry();
      intent = 'error';
      break;
    case 'throttled':
      text =
        problem.retryAfterSeconds !== undefined && problem.retryAfterSeconds > 0
          ? t('graphThrottled', { seconds: String(problem.retryAfterSeconds) })
          : t('graphThrottledSoon');
      actions = retry();
      break;
    case 'offline':
      text = t('graphOffline');
      actions = retry();
      break;
    case 'unavailable':
      text = t('graphUnavailable');
      actions = null;
      intent = 'error';
      break;
    case 'failed':
      text = t('graphFailed', { message: problem.message });
      actions = retry();
      intent = 'error';
      break;
  }

  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody className={styles.body}>
        <p className={shared.paragraph}>{text}</p>
        {extra}
        {actions ? <div className={shared.actions}>{actions}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
