/**
 * The knowledge catalog: every scenario Bounce Doctor knows, as data.
 *
 * Order matters only to break ties between equal scores: the more specific
 * themes come first, the general fallbacks last.
 */
import { genericScenarios } from './scenarios/generic';
import { otherReceiverScenarios } from './scenarios/other-receivers';
import { relayAuthScenarios } from './scenarios/relay-auth';
import { reputationScenarios } from './scenarios/reputation';
import { restrictionScenarios } from './scenarios/restrictions';
import { senderAuthenticationScenarios } from './scenarios/sender-authentication';
import { tenantScenarios } from './scenarios/tenant';
import type { Scenario } from './types';

export const CATALOG: readonly Scenario[] = [
  ...restrictionScenarios,
  ...tenantScenarios,
  ...relayAuthScenarios,
  ...senderAuthenticationScenarios,
  ...reputationScenarios,
  ...otherReceiverScenarios,
  ...genericScenarios,
];

const BY_ID: ReadonlyMap<string, Scenario> = new Map(CATALOG.map((scenario) => [scenario.id, scenario]));

export function scenarioById(id: string): Scenario | undefined {
  return BY_ID.get(id);
}

export type { CommandTemplate, DocLink, FixAudience, MatchRule, Scenario, StepAudience } from './types';
export { STEP_AUDIENCES } from './types';
export { LINKS, ALLOWED_LINK_HOSTS, localizeUrl } from './links';
export { PLACEHOLDERS, placeholdersIn, isPlaceholderName } from './placeholders';
export type { PlaceholderName, PlaceholderValues, PlaceholderKind } from './placeholders';
export { fillText, fillCommand, quotePowerShell, safeValue, validateValue, placeholderLabel } from './fill';
export { MatchContext, evaluateRule, matchScenario, recipientIsGroup, groupOf, statusPatternScore, CONDITION_SCORE } from './match';
export type { RuleResult } from './match';
export { WHO_CAN_FIX } from './shared';
