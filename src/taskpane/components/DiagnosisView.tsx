/**
 * The diagnosis, top to bottom: a warning when the bounce does
 * not look genuine; what happened, the code and who can fix it; who it did not
 * reach; the restricted groups with their owner cards; the fix per person;
 * other possible causes; "Send to IT"; the details, folded.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { describeStatus, renderScenario, type Diagnosis } from '../../ndr';
import type { ItemSnapshot } from '../../office/host';
import { useI18n } from '../i18n/context';
import { isModerationBounce, whoCanFixNamed } from '../owners/group-owners';
import { ownersOf } from '../owners/owner-directory';
import { groupKey, useOwnerLookups } from '../owners/use-owner-lookups';
import { usePaneServices } from '../services';
import { codeOf, isGroupScenario, mainFailure, preferredAudience, restrictedGroupsOf } from '../view-model';
import { AlsoPossible } from './AlsoPossible';
import { AuthenticityWarning } from './AuthenticityWarning';
import { Details } from './Details';
import { FailedRecipients } from './FailedRecipients';
import { FixTabs, audiencesWithContent } from './FixTabs';
import { Headline } from './Headline';
import { RestrictedGroups } from './RestrictedGroups';
import { SendToIt } from './SendToIt';
import { SkippedNote } from './SkippedNote';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, minWidth: 0 },
});

export interface DiagnosisViewProps {
  diagnosis: Diagnosis;
  /** The Outlook item it came from (for attaching it and the read notes); absent for pasted text, files and samples. */
  snapshot?: ItemSnapshot | undefined;
  /** Move focus to the headline (when the user asked for this diagnosis). */
  focusOnMount?: boolean;
}

export function DiagnosisView({ diagnosis, snapshot, focusOnMount = false }: DiagnosisViewProps) {
  const { lang, t } = useI18n();
  const { host, ownerDirectory } = usePaneServices();
  const owners = useOwnerLookups(ownerDirectory);
  const [openCard, setOpenCard] = useState<string | undefined>(undefined);
  const styles = useStyles();
  const { facts } = diagnosis;

  const rendered = useMemo(
    () => diagnosis.scenarios.map((match) => renderScenario(match, facts, lang)),
    [diagnosis, facts, lang],
  );
  const best = rendered[0];
  const main = mainFailure(diagnosis);
  const groups = useMemo(() => restrictedGroupsOf(diagnosis), [diagnosis]);
  const groupScenario = isGroupScenario(diagnosis.scenarios[0]);
  const moderationBounce = useMemo(() => isModerationBounce(diagnosis), [diagnosis]);
  const mainGroup = groupScenario ? groups[0] : undefined;
  const mainLookup = mainGroup ? owners.result(mainGroup) : undefined;
  const namedFixer = mainGroup ? whoCanFixNamed(mainGroup, mainLookup, moderationBounce, t) : undefined;
  const { lookup } = owners;

  // Ask the directories at once (silently: never a sign-in window), so the headline can
  // name the owner and "Ask for permission" is one click. owners.json answers from memory.
  useEffect(() => {
    if (!groupScenario) return;
    for (const group of groups) void lookup(group);
  }, [groupScenario, groups, lookup]);

  const attachment =
    snapshot?.itemId && host.supports('attach-item')
      ? { itemId: snapshot.itemId, name: snapshot.subject || facts.subject || 'Bounce' }
      : undefined;

  return (
    <div className={styles.view}>
      <AuthenticityWarning authenticity={diagnosis.authenticity} />
      <SkippedNote skipped={facts.skipped} />
      {best ? (
        <Headline
          rendered={best}
          code={codeOf(main)}
          temporary={main?.status ? (describeStatus(main.status)?.temporary ?? false) : false}
          bounceLanguage={facts.language}
          focusOnMount={focusOnMount}
          {...(namedFixer && mainGroup
            ? {
                whoCanFix: namedFixer,
                onOpenOwnerCard: ownersOf(mainLookup).length > 0 ? () => setOpenCard(groupKey(mainGroup)) : undefined,
              }
            : {})}
        />
      ) : null}
      <FailedRecipients failures={facts.failures} />
      <RestrictedGroups
        diagnosis={diagnosis}
        groups={groups}
        canAskPermission={groupScenario}
        moderationBounce={moderationBounce}
        code={codeOf(main)}
        bounceDate={snapshot?.received ? new Date(snapshot.received) : undefined}
        attachment={attachment}
        owners={owners}
        openCard={openCard}
        onOpenCard={setOpenCard}
      />
      {best ? (
        <FixTabs
          rendered={best}
          initialAudience={preferredAudience(diagnosis, audiencesWithContent(best))}
          forged={!diagnosis.authenticity.authentic}
        />
      ) : null}
      <AlsoPossible scenarios={rendered.slice(1)} />
      <SendToIt diagnosis={diagnosis} attachment={attachment} />
      <Details diagnosis={diagnosis} rendered={best} notes={snapshot?.notes ?? []} />
    </div>
  );
}
