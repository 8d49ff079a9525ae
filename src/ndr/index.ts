/**
 * The diagnosis engine's public API. Pure TypeScript: no DOM, no Office; runs
 * in Node (CLI, tests) and in the browser (task pane).
 *
 *   const diagnosis = await diagnose({ raw });            // parse + diagnose
 *   const best = diagnosis.scenarios[0];
 *   const view = best && renderScenario(best, diagnosis.facts, 'nl');
 */
export { diagnose, diagnoseFacts, renderScenario, withoutBroadCommands } from './diagnose';
export type { DiagnoseOptions, Diagnosis, MatchedScenario, RenderedCommand, RenderedLink, RenderedScenario } from './diagnose';
export { extractFacts } from './parse';
export { cleanText } from './text/clean';
export { mixedScripts, imitatesDomain, lookAlikeOf } from './text/confusables';
export { assessAuthenticity } from './authenticity';
export { describeSkipped } from './skipped';
// What the pane and the command line need beyond diagnosing: they import the engine only through this file.
export { subjectPrefix } from './parse/language';
export { isPlainAddress } from './parse/address';
export { ALLOWED_LINK_HOSTS } from './catalog';
export type {
  Authenticity,
  AuthenticityConcern,
  AuthenticityConcernId,
  AuthenticityOptions,
  AuthenticityVerdict,
  ConcernStrength,
} from './authenticity';
export { describeStatus, statusSummary } from './rfc3463';
export type { CodeMeaning, StatusClass } from './rfc3463';
export { CATALOG, scenarioById, WHO_CAN_FIX, PLACEHOLDERS, placeholderLabel } from './catalog';
export { BOUNCE_LANGUAGE_NAMES } from './language-names';
export type {
  CommandTemplate,
  DocLink,
  FixAudience,
  MatchRule,
  PlaceholderName,
  Scenario,
  StepAudience,
} from './catalog';
export type {
  BounceFacts,
  BounceStructure,
  FailedRecipient,
  FoundLink,
  Localized,
  LookAlike,
  LookAlikeScript,
  NdrAttachment,
  NdrLanguage,
  NdrSource,
  Provenance,
  RestrictedGroup,
  SkippedContent,
  SkipReason,
  UiLanguage,
} from './types';
