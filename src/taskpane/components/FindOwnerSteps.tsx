/**
 * How to find a group's owner in Outlook itself, in two short steps per client.
 * The group's name comes from the bounce's body (the list of recipients it could
 * not reach), not from the bounce's To line, which holds the user's own name.
 *
 * - Outlook on the web and the new Outlook: the group's card, opened from People
 *   or the address book, lists its owners.
 * - Classic Outlook for Windows: Address Book › the group › its properties; the
 *   General tab shows the owner (Exchange's ManagedBy).
 * Sources: docs/outlook-quirks.md, "Finding a group's owner in Outlook".
 *
 * The client the pane runs in comes first: Office reports `OfficeOnline` for
 * Outlook on the web and the new Outlook, `PC` for classic Outlook for Windows.
 */
import { useI18n } from '../i18n/context';
import { usePaneServices } from '../services';
import { useSharedStyles } from './styles';

export function FindOwnerSteps({ groupName }: { groupName: string }) {
  const { t } = useI18n();
  const { host } = usePaneServices();
  const shared = useSharedStyles();
  const web = (
    <div key="web" className={shared.section}>
      <h4 className={shared.heading4}>{t('outlookWebHeading')}</h4>
      <ol className={shared.list}>
        <li>{t('outlookWebStep1', { group: groupName })}</li>
        <li>{t('outlookWebStep2')}</li>
      </ol>
    </div>
  );
  const classic = (
    <div key="classic" className={shared.section}>
      <h4 className={shared.heading4}>{t('outlookClassicHeading')}</h4>
      <ol className={shared.list}>
        <li>{t('outlookClassicStep1', { group: groupName })}</li>
        <li>{t('outlookClassicStep2')}</li>
      </ol>
    </div>
  );
  return (
    <>
      <p className={shared.paragraph}>{t('outlookCardIntro', { group: groupName })}</p>
      {host.platform === 'PC' ? [classic, web] : [web, classic]}
    </>
  );
}
