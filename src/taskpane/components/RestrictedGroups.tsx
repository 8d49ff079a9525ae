/**
 * The groups that refused the sender, each with its owner contact card and, for
 * group/owner scenarios, "Ask for permission": one click writes a request ready
 * to send, addressed to the owners (or moderators) a directory found. When no
 * directory knows the owner, the click first shows how to find the owner in
 * Outlook (FindOwnerFirst), with "Ask IT instead" beside it.
 *
 * The button that opens the card says what follows: "Owner contact card" when a
 * directory named owners, "Find the owner" otherwise.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ContactCardRegular, MailRegular, PersonSearchRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import type { Diagnosis, RestrictedGroup } from '../../ndr';
import { askPermissionMessage, sendToItMessage } from '../compose';
import { useI18n } from '../i18n/context';
import { requestAddressees } from '../owners/group-owners';
import { directoryGroupOf, ownersOf, type Owner } from '../owners/owner-directory';
import { groupKey, type OwnerLookups } from '../owners/use-owner-lookups';
import { usePaneServices } from '../services';
import { useNewMessage } from '../use-new-message';
import { CheckAgain } from './CheckAgain';
import { ComposeFeedback } from './ComposeFeedback';
import { FindOwnerFirst } from './FindOwnerFirst';
import { LookAlikeNote } from './LookAlikeNote';
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
  /** The bounce is about a moderator who did not approve: requests go to the moderators. */
  moderationBounce: boolean;
  /** `550 5.7.124`, for the request. */
  code: string;
  /** When the bounce arrived, for the request. */
  bounceDate: Date | undefined;
  /** The bounce to attach to the request and to "Ask IT", when the host can. */
  attachment: { itemId: string; name: string } | undefined;
  /** The look-ups shared with the headline. */
  owners: OwnerLookups;
  /** The group whose card is open (its `groupKey`), if any. */
  openCard: string | undefined;
  onOpenCard(key: string | undefined): void;
}

export function RestrictedGroups({
  diagnosis,
  groups,
  canAskPermission,
  moderationBounce,
  code,
  bounceDate,
  attachment,
  owners,
  openCard,
  onOpenCard,
}: RestrictedGroupsProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const cardIdPrefix = useId();
  const { config } = usePaneServices();
  const compose = useNewMessage();
  /** The group whose action ran last: its feedback (an error, or the message to write by hand) shows there. */
  const [actedOn, setActedOn] = useState<string | undefined>(undefined);
  /** The group whose "find the owner first" panel is open. */
  const [findingOwner, setFindingOwner] = useState<string | undefined>(undefined);
  const toggleButtons = useRef(new Map<string, HTMLButtonElement>());
  const askButtons = useRef(new Map<string, HTMLButtonElement>());
  const { facts } = diagnosis;

  if (groups.length === 0) return null;

  const request = (group: RestrictedGroup, recipients: readonly Owner[], moderated: boolean): void => {
    setActedOn(groupKey(group));
    setFindingOwner(undefined);
    // The owner knows the group by its name in the directory; the bounce may give another.
    const knownName = directoryGroupOf(owners.result(group))?.name;
    void compose.open(() =>
      askPermissionMessage({
        lang,
        group: knownName ? { ...group, name: knownName } : group,
        recipients,
        moderated,
        originalSubject: facts.originalSubject,
        sender: facts.originalSender,
        code,
        bounceDate,
        attachment,
      }),
    );
  };
  const askPermission = async (group: RestrictedGroup): Promise<void> => {
    const addressees = requestAddressees(await owners.lookup(group), moderationBounce);
    if (addressees.people.length > 0) {
      request(group, addressees.people, addressees.moderated);
      return;
    }
    // The steps to find the owner: once, in the panel (the card would repeat them).
    if (openCard === groupKey(group)) onOpenCard(undefined);
    setFindingOwner(groupKey(group));
  };
  const askIt = (group: RestrictedGroup): void => {
    setActedOn(groupKey(group));
    setFindingOwner(undefined);
    void compose.open(() =>
      sendToItMessage({ lang, diagnosis, helpdeskEmail: config.helpdeskEmail, attachment, aboutGroup: group }),
    );
  };
  const toggleCard = (group: RestrictedGroup): void => {
    const key = groupKey(group);
    if (openCard === key) {
      onOpenCard(undefined);
      return;
    }
    onOpenCard(key);
    // Asked already when the diagnosis appeared: a problem then shows on the card with its own
    // "Try again" or "Sign in", rather than being asked again behind the user's back.
    if (!owners.result(group)) void owners.lookup(group);
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
          const lookup = owners.result(group);
          const hasOwners = ownersOf(lookup).length > 0;
          const name = group.name || group.address || t('unnamedGroup');
          return (
            <li key={key} className={styles.group}>
              <span className={styles.name}>
                <strong className={shared.bounceText}>{name}</strong>
                {group.name && group.address ? (
                  <span className={mergeClasses(shared.small, shared.bounceText)}>{group.address}</span>
                ) : null}
              </span>
              <LookAlikeNote lookAlike={group.suspicious} />
              <div className={shared.actions}>
                {canAskPermission ? (
                  <Button
                    ref={(element: HTMLButtonElement | null) => {
                      if (element) askButtons.current.set(key, element);
                      else askButtons.current.delete(key);
                    }}
                    appearance="primary"
                    icon={<MailRegular />}
                    onClick={() => void askPermission(group)}
                    disabled={compose.busy}
                  >
                    {t('askPermissionButton')}
                  </Button>
                ) : null}
                <Button
                  ref={(element: HTMLButtonElement | null) => {
                    if (element) toggleButtons.current.set(key, element);
                    else toggleButtons.current.delete(key);
                  }}
                  icon={hasOwners ? <ContactCardRegular /> : <PersonSearchRegular />}
                  aria-expanded={isOpen}
                  {...(isOpen ? { 'aria-controls': cardId } : {})}
                  onClick={() => toggleCard(group)}
                >
                  {hasOwners ? t('ownerCardButton') : t('findOwnerButton')}
                </Button>
              </div>
              {findingOwner === key ? (
                <FindOwnerFirst
                  groupName={name}
                  onWrite={() => request(group, [], moderationBounce)}
                  onAskIt={() => askIt(group)}
                  onCancel={() => {
                    setFindingOwner(undefined);
                    askButtons.current.get(key)?.focus();
                  }}
                  busy={compose.busy}
                />
              ) : null}
              {isOpen ? (
                <OwnerCard
                  id={cardId}
                  group={group}
                  lookup={lookup}
                  onAskPermission={canAskPermission ? () => void askPermission(group) : undefined}
                  onAskIt={() => askIt(group)}
                  onEmailOwner={(person) => request(group, [person], moderationBounce && !ownersOf(lookup).includes(person))}
                  onSignIn={() => void owners.lookup(group, { interactive: true })}
                  onRetry={() => void owners.lookup(group)}
                  onClose={() => {
                    onOpenCard(undefined);
                    toggleButtons.current.get(key)?.focus();
                  }}
                  busy={compose.busy}
                />
              ) : null}
              {actedOn === key ? <ComposeFeedback action={compose} /> : null}
              {canAskPermission ? <CheckAgain group={group} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
