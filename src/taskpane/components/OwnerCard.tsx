/**
 * Our own contact card for a group's owner (no Office.js API opens Outlook's
 * card). With an owner directory that found the owners (IT's published
 * owners.json, or Microsoft Graph) it shows them (OwnerPersona: email, Teams,
 * copy), the moderators, and where the answer came from; when the look-up
 * needs the user (sign in, consent) or failed, it says so with a way forward
 * (GraphProblem); otherwise it says honestly why we cannot name the owner
 * here, and how to find the owner in Outlook (FindOwnerSteps).
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DismissRegular, HeadsetRegular, MailRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { RestrictedGroup } from '../../ndr';
import { longDate } from '../i18n';
import { useI18n } from '../i18n/context';
import { directoryGroupOf, sourceOf, type Owner, type OwnerLookup, type OwnerSource } from '../owners/owner-directory';
import { useFocusOnMount } from '../use-focus-on-mount';
import { FindOwnerSteps } from './FindOwnerSteps';
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
        case 'none-published':
          return t('ownerReasonNonePublished');
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

function NoOwner({ lookup, groupName }: { lookup: OwnerLookup; groupName: string }) {
  const { t } = useI18n();
  const shared = useSharedStyles();
  const reason = useReason(lookup);
  // IT's own list names no owner: Outlook's card (the same Exchange setting) will not either.
  const outlookKnowsMore = !(lookup.status === 'no-owners' && lookup.reason === 'none-published');
  return (
    <>
      <p className={shared.paragraph}>
        <strong>{t('ownerUnknown')}</strong> <span className={shared.bounceText}>{reason}</span>
      </p>
      {outlookKnowsMore ? <FindOwnerSteps groupName={groupName} /> : null}
    </>
  );
}

function SourceLine({ source }: { source: OwnerSource | undefined }) {
  const { t, lang } = useI18n();
  const shared = useSharedStyles();
  if (!source) return null;
  if (source.kind === 'graph') return <p className={shared.small}>{t('ownerSourceGraph')}</p>;
  const generated = new Date(source.generated);
  const date = Number.isNaN(generated.getTime()) ? source.generated : longDate(generated, lang);
  return <p className={shared.small}>{t('ownerSourcePublished', { date })}</p>;
}

function People({ heading, people, groupName, onEmail, busy }: { heading: string; people: readonly Owner[]; groupName: string; onEmail: (person: Owner) => void; busy: boolean }) {
  const shared = useSharedStyles();
  return (
    <div className={shared.section}>
      <h4 className={shared.heading4}>{heading}</h4>
      <ul className={shared.plainList}>
        {people.map((person, index) => (
          <li key={`${person.mail}-${index}`}>
            <OwnerPersona owner={person} groupName={groupName} onEmail={() => onEmail(person)} busy={busy} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function OwnerCard({ id, group, lookup, onAskPermission, onAskIt, onClose, onEmailOwner, onSignIn, onRetry, busy }: OwnerCardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(true);
  const details = directoryGroupOf(lookup);
  const source = sourceOf(lookup);
  const groupName = details?.name || group.name || group.address || t('unnamedGroup');
  const email = onEmailOwner ?? (() => onAskPermission?.());

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

      {lookup?.publishedProblem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('publishedProblem')} <span className={shared.bounceText}>{lookup.publishedProblem}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {!lookup ? (
        <Spinner size="tiny" labelPosition="after" label={t('ownerLookupBusy')} />
      ) : lookup.status === 'found' && lookup.owners.length > 0 ? (
        <People heading={lookup.owners.length === 1 ? t('ownerOne') : t('ownerMany')} people={lookup.owners} groupName={groupName} onEmail={email} busy={busy} />
      ) : lookup.status === 'problem' ? (
        <>
          <GraphProblem
            problem={lookup.problem}
            feature="owners"
            onRetry={onRetry ?? (() => undefined)}
            onSignIn={onSignIn ?? onRetry ?? (() => undefined)}
            busy={busy}
          />
          <FindOwnerSteps groupName={groupName} />
        </>
      ) : (
        <NoOwner lookup={lookup} groupName={groupName} />
      )}

      {details?.moderators && details.moderators.length > 0 ? (
        <People
          heading={details.moderators.length === 1 ? t('moderatorOne') : t('moderatorMany')}
          people={details.moderators}
          groupName={groupName}
          onEmail={email}
          busy={busy}
        />
      ) : null}
      {details?.moderators && details.moderators.length > 0 ? <p className={shared.paragraph}>{t('groupModeratedNote')}</p> : null}
      {details?.requireSenderAuthentication ? <p className={shared.paragraph}>{t('groupInternalOnlyNote')}</p> : null}
      <SourceLine source={source} />

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
