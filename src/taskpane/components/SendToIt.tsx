/**
 * "Send to IT": a new message to the configured helpdesk with a plain summary
 * of the diagnosis, and the bounce attached when the host can attach the item.
 */
import { Button } from '@fluentui/react-components';
import { HeadsetRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Diagnosis } from '../../ndr';
import { sendToItMessage } from '../compose';
import { useI18n } from '../i18n/context';
import { usePaneServices } from '../services';
import { useNewMessage } from '../use-new-message';
import { ComposeFeedback } from './ComposeFeedback';
import { useSharedStyles } from './styles';

export interface SendToItProps {
  diagnosis: Diagnosis;
  attachment: { itemId: string; name: string } | undefined;
}

export function SendToIt({ diagnosis, attachment }: SendToItProps) {
  const { t, lang } = useI18n();
  const shared = useSharedStyles();
  const headingId = useId();
  const { config, host } = usePaneServices();
  const compose = useNewMessage();
  const helpdesk = config.helpdeskEmail;
  const canCompose = host.supports('compose');
  const hint = canCompose
    ? helpdesk
      ? t('sendToItHint', { helpdesk })
      : t('sendToItHintNoAddress')
    : helpdesk
      ? t('sendToItHintByHand', { helpdesk })
      : t('sendToItHintByHandNoAddress');
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading2}>
        {t('helpHeading')}
      </h2>
      <p className={shared.paragraph}>
        {hint}
        {attachment && canCompose ? ` ${t('sendToItAttachHint')}` : ''}
      </p>
      <ComposeFeedback action={compose} />
      <div className={shared.actions}>
        <Button
          icon={<HeadsetRegular />}
          disabled={compose.busy}
          onClick={() => void compose.open(() => sendToItMessage({ lang, diagnosis, helpdeskEmail: helpdesk, attachment }))}
        >
          {t('sendToItButton')}
        </Button>
      </div>
    </section>
  );
}
