/**
 * What the pane says and does once a directory has answered for a group: whom
 * the request goes to (the owners, or the moderators when the bounce is about
 * moderation), and the "who can fix it" sentence that names them. Pure.
 */
import type { Diagnosis, RestrictedGroup } from '../../ndr';
import type { Translate } from '../i18n';
import { directoryGroupOf, moderatorsOf, ownersOf, reachable, type Owner, type OwnerLookup } from './owner-directory';

/**
 * A moderator turned the message down (or never decided): "rejected by the moderator",
 * "the moderator didn't approve", "wasn't approved", Dutch "niet goedgekeurd", "door de
 * moderator geweigerd". A group that merely *has* a moderator ("messages need a
 * moderator's approval") is not enough: then the owner is still the one to ask.
 */
const MODERATION_REJECTED =
  /rejected by (?:the |a )?moderator|moderator (?:rejected|declined|didn['’]t approve|did not approve)|(?:wasn['’]t|was not|not been) approved|awaiting (?:moderation|approval)|niet (?:is )?goedgekeurd|door de moderator geweigerd/i;

/**
 * The bounce says a moderator did not approve the message (not that the group is
 * closed to the sender): the request then goes to the moderators.
 */
export function isModerationBounce(diagnosis: Diagnosis): boolean {
  const best = diagnosis.scenarios[0];
  if (best?.scenario.id !== 'group-moderated-or-large') return false;
  const replies = diagnosis.facts.failures.map((failure) => failure.reply ?? '').join('\n');
  return MODERATION_REJECTED.test(replies) || MODERATION_REJECTED.test(diagnosis.facts.text.slice(0, 20_000));
}

export interface RequestAddressees {
  /** Who the request goes to: reachable owners or moderators; empty when none is known. */
  people: Owner[];
  /** The request is for approval by a moderator. */
  moderated: boolean;
}

export function requestAddressees(lookup: OwnerLookup | undefined, moderationBounce: boolean): RequestAddressees {
  const moderators = reachable(moderatorsOf(lookup));
  if (moderationBounce && moderators.length > 0) return { people: moderators, moderated: true };
  return { people: reachable(ownersOf(lookup)), moderated: moderationBounce };
}

/** `Anna de Boer`, `Anna de Boer and Piet Jansen`, `Anna de Boer and 2 others`. */
export function namesOf(people: readonly Owner[], t: Translate): string {
  const names = people.map((person) => person.displayName || person.mail).filter(Boolean);
  const [first, second] = names;
  if (!first) return '';
  if (names.length === 1) return first;
  if (names.length === 2 && second) return t('namesTwo', { first, second });
  return t('namesMany', { first, count: String(names.length - 1) });
}

/**
 * "Anna de Boer, owner of Verkoop Benelux, can fix this." once a directory names
 * the owners (or moderators); undefined otherwise (the scenario's own sentence stays).
 */
export function whoCanFixNamed(group: RestrictedGroup, lookup: OwnerLookup | undefined, moderationBounce: boolean, t: Translate): string | undefined {
  const groupName = directoryGroupOf(lookup)?.name || group.name || group.address;
  if (!groupName) return undefined;
  const moderators = moderatorsOf(lookup);
  if (moderationBounce && moderators.length > 0) {
    return t(moderators.length === 1 ? 'whoModeratorOne' : 'whoModeratorMany', { names: namesOf(moderators, t), group: groupName });
  }
  const owners = ownersOf(lookup);
  if (owners.length === 0) return undefined;
  return t(owners.length === 1 ? 'whoOwnerOne' : 'whoOwnerMany', { names: namesOf(owners, t), group: groupName });
}
