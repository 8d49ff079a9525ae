/**
 * One owner of a group, as Microsoft Graph lists them: a Fluent persona (photo
 * or initials, name, job title, address) and what the user can do with them:
 * **Email** (the "ask for permission" message, to this owner), **Chat in Teams**
 * (a deep link with a short message, in a new window), **Copy address**.
 */
import { Button, Persona, makeStyles, tokens } from '@fluentui/react-components';
import { ChatRegular, MailRegular, OpenRegular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/context';
import type { Owner } from '../owners/owner-directory';
import { teamsChatUrl } from '../teams';
import { isPlainAddress } from '../view-model';
import { CopyButton } from './CopyButton';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  owner: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  persona: { minWidth: 0 },
});

export interface OwnerPersonaProps {
  owner: Owner;
  /** The group's name, for the Teams message. */
  groupName: string;
  /** Write to this owner (the ask-for-permission message). */
  onEmail(): void;
  busy: boolean;
}

export function OwnerPersona({ owner, groupName, onEmail, busy }: OwnerPersonaProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const hasMail = isPlainAddress(owner.mail);
  const chatWith = owner.userPrincipalName || (hasMail ? owner.mail : '');
  const secondary = owner.jobTitle ?? (hasMail ? owner.mail : t('ownerNoMailbox'));
  const tertiary = owner.jobTitle && hasMail ? owner.mail : undefined;

  return (
    <div className={styles.owner}>
      <Persona
        className={styles.persona}
        size="large"
        textAlignment="start"
        name={owner.displayName}
        avatar={{ color: 'colorful', ...(owner.photoUrl ? { image: { src: owner.photoUrl, alt: '' } } : {}) }}
        {...(secondary ? { secondaryText: <span className={shared.bounceText}>{secondary}</span> } : {})}
        {...(tertiary ? { tertiaryText: <span className={shared.bounceText}>{tertiary}</span> } : {})}
      />
      <div className={shared.actions}>
        {hasMail ? (
          <Button size="small" icon={<MailRegular />} onClick={onEmail} disabled={busy} aria-label={t('ownerEmailLabel', { name: owner.displayName })}>
            {t('ownerEmailButton')}
          </Button>
        ) : null}
        {chatWith ? (
          <Button
            as="a"
            size="small"
            icon={<ChatRegular />}
            href={teamsChatUrl(chatWith, t('teamsMessage', { group: groupName }))}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('ownerTeamsLabel', { name: owner.displayName })}
          >
            {t('ownerTeamsButton')} <OpenRegular aria-hidden="true" />
          </Button>
        ) : null}
        {hasMail ? <CopyButton text={owner.mail} ariaLabel={t('copyAddressLabel', { name: owner.displayName })} /> : null}
      </div>
    </div>
  );
}
