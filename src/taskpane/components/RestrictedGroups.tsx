/**
 * The groups that refused the sender, each with the owner contact card and,
 * for group/owner scenarios, "Ask for permission" (a ready-made request to
 * the owner, opened for the user to check and send: to every owner the
 * directory found, or to one of them from their persona's **Email**).
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ContactCardRegular, MailRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import type { Diagnosis } from '../../ndr';
import type { RestrictedGroup } from '../../ndr/types';
import { askPermissionMessage, sendToItMessage } from '../compose';
import { useI18n } from '../i18n/context';
import { ownerAddresses, type Owner } from '../owners/owner-directory';
import { groupKey, useOwnerLookups } from '../owners/use-owner-lookups';
import { usePaneServices } from '../services';
import { useNewMessage } from '../use-new-message';
import { ComposeFeedback } from './ComposeFeedback';
import { OwnerCard } from './OwnerCard';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

export interface RestrictedGroupsProps {
  diagnosis: Diagnosis;
  groups: readonly RestrictedGroup[];
  /** Offer "Ask for permission" (group/owner scenarios only). */
  canAskPermission: boolean;
  /** The bounce to attach to "Ask IT", when the host can. */
  attachment: { itemId: string; name: string } | undefined;
}

export function RestrictedGroups({ diagnosis, groups, canAskPermission, attachment }: RestrictedGroupsProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const cardIdPrefix = useId();
  const { ownerDirectory, config } = usePaneServices();
  const owners = useOwnerLookups(ownerDirectory);
  const compose = useNewMessage();
  const [openCard, setOpenCard] = useState<string | undefined>(undefined);
  /** The group whose action ran last: its feedback (an error, or the message to write by hand) shows there. */
  const [actedOn, setActedOn] = useState<string | undefined>(undefined);
  const toggleButtons = useRef(new Map<string, HTMLButtonElement>());
  const { facts } = diagnosis;

  if (groups.length === 0) return null;

  const askPermission = (group: RestrictedGroup): void => {
    setActedOn(groupKey(group));
    void compose.open(async () =>
      askPermissionMessage({
        lang,
        group,
        owners: ownerAddresses(await owners.lookup(group)),
        originalSubject: facts.originalSubject,
        sender: facts.originalSender,
      }),
    );
  };
  const emailOwner = (group: RestrictedGroup, owner: Owner): void => {
    setActedOn(groupKey(group));
    void compose.open(() =>
      askPermissionMessage({
        lang,
        group,
        owners: [owner.mail],
        originalSubject: facts.originalSubject,
        sender: facts.originalSender,
      }),
    );
  };
  const askIt = (group: RestrictedGroup): void => {
    setActedOn(groupKey(group));
    void compose.open(() =>
      sendToItMessage({ lang, diagnosis, helpdeskEmail: config.helpdeskEmail, attachment, aboutGroup: group }),
    );
  };
  const toggleCard = (group: RestrictedGroup): void => {
    const key = groupKey(group);
    if (openCard === key) {
      setOpenCard(undefined);
      return;
    }
    setOpenCard(key);
    void owners.lookup(group);
  };

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading2}>
        {t('restrictedGroupsHeading')}
      </h2>
      <ul className={shared.plainList}>
        {groups.map((group, index) => {
          const key = groupKey(group);
          const cardId = `${cardIdPrefix}-card-${index}`;
          const isOpen = openCard === key;
          const name = group.name || group.address || t('unnamedGroup');
          return (
            <li key={key} className={styles.group}>
              <span className={styles.name}>
                <strong className={shared.bounceText}>{name}</strong>
                {group.name && group.address ? (
                  <span className={mergeClasses(shared.small, shared.bounceText)}>{group.address}</span>
                ) : null}
              </span>
              <div className={shared.actions}>
                <Button
                  ref={(element: HTMLButtonElement | null) => {
                    if (element) toggleButtons.current.set(key, element);
                    else toggleButtons.current.delete(key);
                  }}
                  icon={<ContactCardRegular />}
                  aria-expanded={isOpen}
                  {...(isOpen ? { 'aria-controls': cardId } : {})}
                  onClick={() => toggleCard(group)}
                >
                  {t('ownerCardButton')}
                </Button>
                {canAskPermission ? (
                  <Button appearance="primary" icon={<MailRegular />} onClick={() => askPermission(group)} disabled={compose.busy}>
                    {t('askPermissionButton')}
                  </Button>
                ) : null}
              </div>
              {isOpen ? (
                <OwnerCard
                  id={cardId}
                  group={group}
                  lookup={owners.result(group)}
                  onAskPermission={canAskPermission ? () => askPermission(group) : undefined}
                  onAskIt={() => askIt(group)}
                  onEmailOwner={(owner) => emailOwner(group, owner)}
                  onSignIn={() => void owners.lookup(group, { interactive: true })}
                  onRetry={() => void owners.lookup(group)}
                  onClose={() => {
                    setOpenCard(undefined);
                    toggleButtons.current.get(key)?.focus();
                  }}
                  busy={compose.busy}
                />
              ) : null}
              {actedOn === key ? <ComposeFeedback action={compose} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
