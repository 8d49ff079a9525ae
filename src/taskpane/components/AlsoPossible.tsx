/** Other scenarios that also matched, folded: a title each, the explanation on demand. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import { useId } from 'react';
import type { RenderedScenario } from '../../ndr';
import { useI18n } from '../i18n/context';
import { useSharedStyles } from './styles';

export function AlsoPossible({ scenarios }: { scenarios: readonly RenderedScenario[] }) {
  const { t } = useI18n();
  const shared = useSharedStyles();
  const headingId = useId();
  if (scenarios.length === 0) return null;
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading2}>
        {t('alsoPossibleHeading')}
      </h2>
      <Accordion collapsible multiple>
        {scenarios.map((scenario) => (
          <AccordionItem key={scenario.id} value={scenario.id}>
            <AccordionHeader as="h3">{scenario.title}</AccordionHeader>
            <AccordionPanel>
              <div className={shared.section}>
                <p className={shared.paragraph}>{scenario.explanation}</p>
                <p className={shared.paragraph}>
                  <strong>{t('whoCanFixLabel')}:</strong> {scenario.whoCanFix}
                </p>
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
