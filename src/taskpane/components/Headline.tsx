/** What happened, in plain words: the best scenario's title, the code, who can fix it and one explanation. */
import { Badge, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import type { NdrLanguage, RenderedScenario } from '../../ndr';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';
import { useFocusOnMount } from '../use-focus-on-mount';
import { useSharedStyles } from './styles';

/** Bounce languages we do not write our explanations in: say so in one line. */
const FOREIGN_LANGUAGES: readonly NdrLanguage[] = ['de', 'fr', 'it', 'es', 'pt', 'ja'];

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  who: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  whoIcon: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase400 },
});

export interface HeadlineProps {
  rendered: RenderedScenario;
  /** `550 5.7.124`, or '' when the bounce gives no code. */
  code: string;
  /** Class 4: temporary. */
  temporary: boolean;
  bounceLanguage: NdrLanguage;
  focusOnMount?: boolean;
  /** Who can fix it, by name, once a directory named the group's owner: replaces the scenario's sentence. */
  whoCanFix?: string | undefined;
  /** Opens the owner contact card (shown with a named owner). */
  onOpenOwnerCard?: (() => void) | undefined;
}

export function Headline({ rendered, code, temporary, bounceLanguage, focusOnMount = false, whoCanFix, onOpenOwnerCard }: HeadlineProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const foreign = FOREIGN_LANGUAGES.includes(bounceLanguage);
  return (
    <header className={styles.header}>
      <h1 ref={headingRef} tabIndex={-1} className={mergeClasses(shared.heading1, shared.focusTarget)}>
        {rendered.title}
      </h1>
      {code ? (
        <div className={styles.badges}>
          <Badge appearance="tint" color={temporary ? 'warning' : 'danger'} shape="rounded">
            <span className={shared.visuallyHidden}>{t('codeLabel')} </span>
            {code}
          </Badge>
        </div>
      ) : null}
      <p className={mergeClasses(shared.paragraph, styles.who)}>
        <PersonRegular aria-hidden="true" className={styles.whoIcon} />
        <span>
          <strong>{t('whoCanFixLabel')}:</strong> <span className={whoCanFix ? shared.bounceText : undefined}>{whoCanFix ?? rendered.whoCanFix}</span>
          {onOpenOwnerCard ? (
            <>
              {' '}
              <Link as="button" onClick={onOpenOwnerCard}>
                {t('ownerCardOpenLink')}
              </Link>
            </>
          ) : null}
        </span>
      </p>
      <p className={shared.paragraph}>{rendered.explanation}</p>
      {foreign ? (
        <p className={shared.small}>
          {t('bounceLanguageNote', { language: t(`language_${bounceLanguage}` as MessageKey) })}
        </p>
      ) : null}
    </header>
  );
}
