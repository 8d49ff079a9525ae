/**
 * Our own contact card for a group's owner (no Office.js API opens Outlook's
 * card: research/office-platform.md §3). With an owner directory that found
 * the owners it shows them (OwnerPersona: email, Teams, copy); when the look-up
 * needs the user (sign in, consent) or failed, it says so with a way forward
 * (GraphProblem); otherwise it says honestly why we cannot name the owner
 * here (a distribution list, a group from another organisation, …), and how to
 * open Outlook's own card for the group.
 */
import { Button, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DismissRegular, HeadsetRegular, MailRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { RestrictedGroup } from '../../ndr/types';
import { useI18n } from '../i18n/context';
import type { Owner, OwnerLookup } from '../owners/owner-directory';
import { useFocusOnMount } from '../use-focus-on-mount';
import { GraphProblem } from './GraphProblem';
import { OwnerPersona } from './OwnerPersona';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  /**
   * The look of Fluent's Card (appearance "filled", size "medium": 12 px padding and gap,
   * medium radius, shadow 4, and a transparent stroke that high-contrast mode draws),
   * on a plain element: @fluentui/react-card, for this one container, put 33 KB
   * (9 KB gzipped) into the script every pane loads first. Nothing here is interactive,
   * which is all the rest of Card is about.
   */
  card: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    boxSizing: 'border-box',
    overflow: 'hidden',
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
      pointerEvents: 'none',
      border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  close: { flexShrink: 0 },
  heading4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface OwnerCardProps {
  id: string;
  group: RestrictedGroup;
  /** Undefined while the look-up runs. */
  lookup: OwnerLookup | undefined;
  /** Shown for group/owner scenarios only. */
  onAskPermission?: (() => void) | undefined;
  onAskIt: () => void;
  onClose: () => void;
  /** Write to one owner the directory found. */
  onEmailOwner?: ((owner: Owner) => void) | undefined;
  /** Look up again, allowed to sign in (the user clicked "Sign in"). */
  onSignIn?: (() => void) | undefined;
  /** Look up again, silently ("Try again"). */
  onRetry?: (() => void) | undefined;
  busy: boolean;
}

function useReason(lookup: OwnerLookup): string {
  const { t } = useI18n();
  switch (lookup.status) {
    case 'not-configured':
      return t('ownerReasonNotConfigured');
    case 'no-owners':
      switch (lookup.reason) {
        case 'distribution-list':
          return t('ownerReasonDistributionList');
        case 'mail-enabled-security':
          return t('ownerReasonMailEnabledSecurity');
        case 'synced':
          return t('ownerReasonSynced');
        case 'other':
          return t('ownerReasonNoOwners');
      }
      return t('ownerReasonNoOwners');
    case 'not-found':
      return t('ownerReasonNotFound');
    case 'error':
      return t('ownerReasonError', { message: lookup.message });
    case 'found':
    case 'problem':
      return '';
  }
}

function OutlookCardSteps({ groupName }: { groupName: string }) {
  const { t } = useI18n();
  const shared = useSharedStyles();
  const styles = useStyles();
  return (
    <>
      <p className={shared.paragraph}>{t('outlookCardIntro')}</p>
      <h4 className={styles.heading4}>{t('outlookWebHeading')}</h4>
      <ol className={shared.list}>
        <li>{t('outlookWebStep1')}</li>
        <li>{t('outlookWebStep2', { group: groupName })}</li>
        <li>{t('outlookWebStep3')}</li>
      </ol>
      <h4 className={styles.heading4}>{t('outlookClassicHeading')}</h4>
      <ol className={shared.list}>
        <li>{t('outlookClassicStep1', { group: groupName })}</li>
        <li>{t('outlookClassicStep2')}</li>
      </ol>
    </>
  );
}

function NoOwner({ lookup, groupName }: { lookup: OwnerLookup; groupName: string }) {
  const { t } = useI18n();
  const shared = useSharedStyles();
  const reason = useReason(lookup);
  return (
    <>
      <p className={shared.paragraph}>
        <strong>{t('ownerUnknown')}</strong> <span className={shared.bounceText}>{reason}</span>
      </p>
      <OutlookCardSteps groupName={groupName} />
    </>
  );
}

export function OwnerCard({ id, group, lookup, onAskPermission, onAskIt, onClose, onEmailOwner, onSignIn, onRetry, busy }: OwnerCardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(true);
  const groupName = group.name || group.address || t('unnamedGroup');

  return (
    <div id={id} className={styles.card} role="region" aria-labelledby={headingId}>
      <div className={styles.top}>
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading3, shared.focusTarget)}>
          {t('ownerCardHeading', { group: groupName })}
        </h3>
        <Button className={styles.close} size="small" appearance="subtle" icon={<DismissRegular />} onClick={onClose}>
          {t('closeOwnerCard')}
        </Button>
      </div>
      {group.address ? (
        <p className={shared.paragraph}>
          {t('ownerCardGroupAddress')}: <span className={shared.bounceText}>{group.address}</span>
        </p>
      ) : null}

      {!lookup ? (
        <Spinner size="tiny" labelPosition="after" label={t('ownerLookupBusy')} />
      ) : lookup.status === 'found' && lookup.owners.length > 0 ? (
        <div className={shared.section}>
          <h4 className={styles.heading4}>{lookup.owners.length === 1 ? t('ownerOne') : t('ownerMany')}</h4>
          <ul className={shared.plainList}>
            {lookup.owners.map((owner, index) => (
              <li key={`${owner.mail}-${index}`}>
                <OwnerPersona
                  owner={owner}
                  groupName={groupName}
                  onEmail={() => (onEmailOwner ?? onAskPermission ?? (() => undefined))(owner)}
                  busy={busy}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : lookup.status === 'problem' ? (
        <>
          <GraphProblem
            problem={lookup.problem}
            feature="owners"
            onRetry={onRetry ?? (() => undefined)}
            onSignIn={onSignIn ?? onRetry ?? (() => undefined)}
            busy={busy}
          />
          <OutlookCardSteps groupName={groupName} />
        </>
      ) : (
        <NoOwner lookup={lookup} groupName={groupName} />
      )}

      <div className={shared.actions}>
        {onAskPermission ? (
          <Button appearance="primary" icon={<MailRegular />} onClick={onAskPermission} disabled={busy}>
            {t('askPermissionButton')}
          </Button>
        ) : null}
        <Button icon={<HeadsetRegular />} onClick={onAskIt} disabled={busy}>
          {t('askItButton')}
        </Button>
      </div>
    </div>
  );
}
