/**
 * "Read more": the catalog's pages (never a link from the bounce), opening in
 * a new window without handing the page a reference to ours.
 */
import { Link } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { RenderedLink } from '../../ndr';
import { useI18n } from '../i18n/context';
import { isCatalogLink } from '../view-model';
import { useSharedStyles } from './styles';

export function DocLinks({ links }: { links: readonly RenderedLink[] }) {
  const { t } = useI18n();
  const shared = useSharedStyles();
  const safe = links.filter((link) => isCatalogLink(link.url));
  if (safe.length === 0) return null;
  return (
    <div className={shared.section}>
      <h3 className={shared.heading3}>{t('readMoreHeading')}</h3>
      <ul className={shared.list}>
        {safe.map((link) => (
          <li key={link.url}>
            <Link href={link.url} target="_blank" rel="noopener noreferrer">
              {link.title} <OpenRegular aria-hidden="true" />
              <span className={shared.visuallyHidden}>{t('opensInNewWindow')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
