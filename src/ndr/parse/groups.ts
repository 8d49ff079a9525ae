/**
 * Restricted groups: the groups a bounce says the sender may not send to.
 *
 * Exchange names them as failed recipients (`Sales All (sales@contoso.com)`,
 * `Final-Recipient:` + `X-Display-Name:`), one per group, nested subgroups
 * included when one of those refused (docs/ndr-formats.md §4), and the
 * modern layout names the group in prose: `The group Sales All isn't set up to
 * receive messages from Kim.` (5.7.193) / `The group X only accepts messages
 * from people in its organization …` (5.7.133).
 */
import type { FailedRecipient, RestrictedGroup } from '../types';

/** Codes that are about a group by definition (docs/ndr-formats.md §4). */
const GROUP_STATUSES = new Set(['5.7.124', '5.7.133', '5.7.193']);

/** Words that say the recipient is a group, in the NDR languages we know. */
const GROUP_WORDS = /\bgroups?\b|distribution list|\bgroep\b|distributielijst|\bgruppe\b|verteilerliste|\bgroupe\b|liste de distribution|\bgruppo\b|lista di distribuzione|\bgrupo\b|lista de distribuci/i;

/** User text of a restriction (en, nl, de, fr, it, es, pt). */
const RESTRICTION_WORDS = /restricted|permission|not authori[sz]ed|niet gemachtigd|beperkt|keine berechtigung|eingeschränkt|autorisation|restreint|autorizzazione|limitato|permiso|restringid|permissão|restrit/i;

/** Is this failure about a group's delivery restrictions? */
export function isGroupFailure(failure: FailedRecipient, bounceMentionsGroup: boolean): boolean {
  const identifier = failure.identifier ?? '';
  if (/Group/i.test(identifier) || identifier.startsWith('RESOLVER.GRP.')) return true;
  if (failure.status && GROUP_STATUSES.has(failure.status)) return true;
  if (identifier === 'RESOLVER.RST.NotAuthorized') return true;
  if (identifier === 'RESOLVER.RST.AuthRequired') {
    // AuthRequired is also used for mailboxes and public folders (`[Stage: CreateMessage]`).
    return bounceMentionsGroup || GROUP_WORDS.test(failure.reply ?? '');
  }
  return false;
}

/** Does the bounce text speak of a group (not counting the heading "…recipients or groups:")? */
export function mentionsGroup(lines: readonly string[]): boolean {
  for (const line of lines) {
    const lower = line.toLowerCase();
    if (lower.includes('recipients or groups') || lower.includes('recipients or distribution lists')) continue;
    if (lower.includes('geadresseerden of groepen') || lower.includes('destinataires ou groupes') || lower.includes('destinatari o gruppi') || lower.includes('destinatários ou grupos')) continue;
    if (GROUP_WORDS.test(line.length > 2_000 ? line.slice(0, 2_000) : line)) return true;
  }
  return false;
}

/** Every restricted group the bounce names, without duplicates, in order. */
export function findRestrictedGroups(
  failures: readonly FailedRecipient[],
  groupNamesFromText: readonly string[],
  bounceMentionsGroup: boolean,
): RestrictedGroup[] {
  const groups: RestrictedGroup[] = [];
  const seen = new Set<string>();
  const add = (group: RestrictedGroup): void => {
    const key = (group.address ?? group.name ?? '').toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    groups.push(group);
  };
  const coded = failures.filter((failure) => isGroupFailure(failure, bounceMentionsGroup));
  // Nested groups: the NDR lists the group the sender wrote to, with the user text only, and the
  // restricted subgroup with the code. When some group refused, a code-less recipient whose text
  // speaks of a restriction is one of the groups too (docs/ndr-formats.md §4).
  const nested = coded.length > 0 ? failures.filter((failure) => !failure.status && !coded.includes(failure) && RESTRICTION_WORDS.test(failure.reply ?? '')) : [];
  const groupFailures = failures.filter((failure) => coded.includes(failure) || nested.includes(failure));
  for (const failure of groupFailures) {
    const group: RestrictedGroup = {};
    if (failure.displayName) group.name = failure.displayName;
    if (failure.address) group.address = failure.address;
    add(group);
  }
  for (const name of groupNamesFromText) {
    const lower = name.toLowerCase();
    // The name may belong to a failure we already have (by display name or address).
    const existing = groups.find((g) => g.name?.toLowerCase() === lower || g.address === lower);
    if (existing) continue;
    // One failed recipient and one named group: they are the same (modern layout names the group
    // in prose, the address elsewhere).
    const only = failures.length === 1 ? failures[0] : undefined;
    const unnamed = groups.find((g) => !g.name && g.address === only?.address);
    if (unnamed) {
      unnamed.name = name;
      continue;
    }
    if (only?.address && groups.length === 0) {
      add({ name, address: only.address });
      continue;
    }
    add({ name });
  }
  return groups;
}
