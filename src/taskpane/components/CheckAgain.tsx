/**
 * "Check again" on a restricted group: asks Exchange's MailTips (through the pane's
 * `DeliveryCheck`, Microsoft Graph `getMailTips`) whether the user may send to the
 * group now, and says so in one sentence. Every click asks again. A problem (sign-in,
 * throttling, offline, …) shows with its own way forward (GraphProblem); "Sign in"
 * is the only thing that may open a sign-in window.
 *
 * Renders nothing without a delivery check (Graph is off) or without the group's
 * address (MailTips are asked by address).
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { RestrictedGroup } from '../../ndr';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';
import type { DeliveryCheck, DeliveryCheckResult } from '../owners/delivery-check';
import { usePaneServices } from '../services';
import { GraphProblem } from './GraphProblem';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  status: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignSelf: 'stretch', minWidth: 0 },
});

export interface CheckAgainProps {
  group: RestrictedGroup;
}

type Answer = Exclude<DeliveryCheckResult, { status: 'problem' }>['status'];

const SENTENCE: Record<Answer, { key: MessageKey; intent: 'success' | 'info' | 'warning' }> = {
  open: { key: 'checkAgainOpen', intent: 'success' },
  moderated: { key: 'checkAgainModerated', intent: 'info' },
  restricted: { key: 'checkAgainRestricted', intent: 'warning' },
  unknown: { key: 'checkAgainUnknown', intent: 'info' },
};

export function CheckAgain({ group }: CheckAgainProps) {
  const { deliveryCheck } = usePaneServices();
  const address = group.address?.trim();
  if (!deliveryCheck || !address) return null;
  return <DeliveryCheckAction check={deliveryCheck} address={address} groupName={group.name?.trim() || address} />;
}

interface DeliveryCheckActionProps {
  check: DeliveryCheck;
  address: string;
  groupName: string;
}

function DeliveryCheckAction({ check, address, groupName }: DeliveryCheckActionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<DeliveryCheckResult | undefined>(undefined);
  /** Only the latest request's answer counts, and none after the group is gone from the pane. */
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );

  const ask = (interactive: boolean): void => {
    const request = ++latest.current;
    setChecking(true);
    setResult(undefined);
    void check
      .check(address, { interactive })
      .catch((error: unknown): DeliveryCheckResult => ({ status: 'problem', problem: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } }))
      .then((answer) => {
        if (request !== latest.current) return;
        setResult(answer);
        setChecking(false);
      });
  };

  let answer = null;
  if (result?.status === 'problem') {
    answer = <GraphProblem problem={result.problem} feature="mailTips" onRetry={() => ask(false)} onSignIn={() => ask(true)} busy={checking} />;
  } else if (result) {
    const { key, intent } = SENTENCE[result.status];
    answer = (
      <MessageBar intent={intent} layout="multiline" politeness="polite">
        <MessageBarBody>
          <p className={shared.paragraph}>{t(key, { group: groupName })}</p>
        </MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <div className={styles.root}>
      <Button icon={<ArrowSyncRegular />} onClick={() => ask(false)} disabled={checking}>
        {t('checkAgainButton')}
      </Button>
      <div className={styles.status} role="status" aria-live="polite">
        {checking ? <Spinner size="tiny" labelPosition="after" label={t('checkAgainBusy', { group: groupName })} /> : null}
        {answer}
      </div>
    </div>
  );
}
