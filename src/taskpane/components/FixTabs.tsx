/**
 * The fix, per person: what the sender can do, what the group owner changes,
 * what the mail admin runs. Tabs without content are left out; the most useful
 * one is selected first (the admin's for a forwarded bounce: a helpdesk is reading).
 *
 * Commands that open a group to everyone (`broad`) come after the targeted fix,
 * under their own heading. For a bounce that looks forged they are left out, and
 * the other commands wait behind "I checked, show them anyway": a forger names
 * the group they want an admin to open.
 */
import { Button, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { RenderedScenario, StepAudience } from '../../ndr';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';
import { CommandBlock } from './CommandBlock';
import { DocLinks } from './DocLinks';
import { StepsList } from './StepsList';
import { useSharedStyles } from './styles';

const AUDIENCES: readonly StepAudience[] = ['sender', 'owner', 'admin'];

const TAB_NAMES: Record<StepAudience, MessageKey> = {
  sender: 'tabSender',
  owner: 'tabOwner',
  admin: 'tabAdmin',
};

const useStyles = makeStyles({
  tabList: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS, minWidth: 0 },
});

/** The audiences that have steps or commands, in tab order. */
export function audiencesWithContent(rendered: RenderedScenario): StepAudience[] {
  return AUDIENCES.filter(
    (audience) => rendered.steps[audience].length > 0 || rendered.commands.some((command) => command.audience === audience),
  );
}

export interface FixTabsProps {
  rendered: RenderedScenario;
  /** The tab to open first (see view-model `preferredAudience`). */
  initialAudience: StepAudience | undefined;
  /** The bounce looks forged: hold the commands back, and never offer the broad ones. */
  forged?: boolean;
}

export function FixTabs({ rendered, initialAudience, forged = false }: FixTabsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shared = useSharedStyles();
  const idPrefix = useId();
  const headingId = `${idPrefix}-heading`;
  const audiences = audiencesWithContent(rendered);
  const [selected, setSelected] = useState<StepAudience | undefined>(initialAudience);
  const [revealed, setRevealed] = useState(false);
  const commandsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The button that revealed the commands is gone: move focus to what it revealed.
    if (revealed) commandsHeading.current?.focus();
  }, [revealed]);
  const current = selected && audiences.includes(selected) ? selected : audiences[0];

  if (!current) {
    return rendered.links.length > 0 ? <DocLinks links={rendered.links} /> : null;
  }
  const forAudience = rendered.commands.filter((command) => command.audience === current);
  const targeted = forAudience.filter((command) => !command.broad);
  const broad = forged ? [] : forAudience.filter((command) => command.broad);
  const broadOmitted = forged && forAudience.some((command) => command.broad);
  const held = forged && !revealed && targeted.length > 0;
  const tabId = (audience: StepAudience): string => `${idPrefix}-tab-${audience}`;
  const panelId = `${idPrefix}-panel`;

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading2}>
        {t('fixHeading')}
      </h2>
      <TabList
        className={styles.tabList}
        selectedValue={current}
        onTabSelect={(_event, data) => setSelected(data.value as StepAudience)}
        aria-label={t('tabsLabel')}
        size="small"
      >
        {audiences.map((audience) => (
          <Tab key={audience} id={tabId(audience)} value={audience} aria-controls={panelId}>
            {t(TAB_NAMES[audience])}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(current)} className={styles.panel}>
        <StepsList steps={rendered.steps[current]} />
        {held ? (
          <div className={shared.section}>
            <h3 className={shared.heading3}>{t('commandsHeading')}</h3>
            <p className={shared.paragraph}>{t('commandsHeldBack')}</p>
            <div className={shared.actions}>
              <Button onClick={() => setRevealed(true)}>{t('showCommandsAnyway')}</Button>
            </div>
          </div>
        ) : targeted.length > 0 ? (
          <div className={shared.section}>
            <h3 className={shared.heading3} ref={commandsHeading} tabIndex={-1}>
              {t('commandsHeading')}
            </h3>
            {targeted.map((command, index) => (
              <CommandBlock key={`${current}-${index}`} command={command} />
            ))}
            {broadOmitted ? <p className={shared.small}>{t('broadCommandsOmitted')}</p> : null}
          </div>
        ) : null}
        {broad.length > 0 ? (
          <div className={shared.section}>
            <h3 className={shared.heading3}>{t('broadCommandsHeading')}</h3>
            {broad.map((command, index) => (
              <CommandBlock key={`${current}-broad-${index}`} command={command} />
            ))}
          </div>
        ) : null}
      </div>
      <DocLinks links={rendered.links} />
    </section>
  );
}
