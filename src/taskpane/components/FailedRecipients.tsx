/** Who the message did not reach: name, address and code for each. */
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { FailedRecipient } from '../../ndr';
import { useI18n } from '../i18n/context';
import { codeOf } from '../view-model';
import { LookAlikeNote } from './LookAlikeNote';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export function FailedRecipients({ failures }: { failures: readonly FailedRecipient[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  if (failures.length === 0) return null;
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading2}>
        {t('failedRecipientsHeading')}
      </h2>
      <ul className={shared.plainList}>
        {failures.map((failure, index) => {
          const code = codeOf(failure);
          const name = failure.displayName && failure.displayName !== failure.address ? failure.displayName : undefined;
          return (
            <li key={index} className={styles.item}>
              <span className={styles.line}>
                <strong className={shared.bounceText}>{name ?? (failure.address || t('unnamedRecipient'))}</strong>
                {code ? (
                  <Badge appearance="outline" color="informative" shape="rounded">
                    {code}
                  </Badge>
                ) : null}
              </span>
              {name && failure.address ? <span className={mergeClasses(shared.small, shared.bounceText)}>{failure.address}</span> : null}
              <LookAlikeNote lookAlike={failure.suspicious} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
