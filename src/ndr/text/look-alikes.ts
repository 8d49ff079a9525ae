/**
 * Marks the failed recipients and restricted groups whose address or name
 * looks like an imitation (confusables.ts), so the pane and the command line
 * can point them out and the commands leave them out. Pure: returns new facts.
 */
import type { BounceFacts, FailedRecipient, RestrictedGroup } from '../types';
import { lookAlikeOf } from './confusables';

function markFailure(failure: FailedRecipient, ownDomains: readonly string[]): FailedRecipient {
  const marked: FailedRecipient = { ...failure };
  delete marked.suspicious;
  const found = lookAlikeOf({ address: failure.address, name: failure.displayName }, ownDomains);
  if (found) marked.suspicious = found;
  return marked;
}

function markGroup(group: RestrictedGroup, ownDomains: readonly string[]): RestrictedGroup {
  const marked: RestrictedGroup = { ...group };
  delete marked.suspicious;
  const found = lookAlikeOf({ address: group.address, name: group.name }, ownDomains);
  if (found) marked.suspicious = found;
  return marked;
}

/** The facts with `suspicious` set on every failure and group that looks like an imitation of something else. */
export function markLookAlikes(facts: BounceFacts, ownDomains: readonly string[]): BounceFacts {
  return {
    ...facts,
    failures: facts.failures.map((failure) => markFailure(failure, ownDomains)),
    restrictedGroups: facts.restrictedGroups.map((group) => markGroup(group, ownDomains)),
  };
}
