/**
 * Small, pure readings of a `Diagnosis` that several parts of the pane need:
 * the main failed recipient and its code, the groups to offer an owner card
 * for, whether "Ask for permission" makes sense, which tab to open first.
 */
import { ALLOWED_LINK_HOSTS, type Diagnosis, type FailedRecipient, type MatchedScenario, type RestrictedGroup, type StepAudience } from '../ndr';

/** The recipient the best scenario is about (with a status), else the first with a status, else the first. */
export function mainFailure(diagnosis: Diagnosis): FailedRecipient | undefined {
  const { facts } = diagnosis;
  const best = diagnosis.scenarios[0];
  const explained = best?.failureIndexes.map((index) => facts.failures[index]).filter((f): f is FailedRecipient => !!f) ?? [];
  return (
    explained.find((failure) => failure.status) ?? facts.failures.find((failure) => failure.status) ?? facts.failures[0]
  );
}

/** `550 5.7.124`, `5.7.1`, `550`, or '' when the bounce gives no code. */
export function codeOf(failure: FailedRecipient | undefined): string {
  return [failure?.smtpCode, failure?.status].filter(Boolean).join(' ');
}

/** A group or owner problem: the owner of the group can let the sender in. */
export function isGroupScenario(match: MatchedScenario | undefined): boolean {
  return !!match && (match.scenario.fixedBy === 'owner' || match.scenario.recipientKind === 'group');
}

function sameGroup(a: RestrictedGroup, b: RestrictedGroup): boolean {
  if (a.address && b.address) return a.address.toLowerCase() === b.address.toLowerCase();
  return !!a.name && a.name === b.name;
}

/**
 * The groups to show with an owner card: those the bounce names as restricted;
 * when it names none but the best scenario says the failed recipient is a
 * group, that recipient.
 */
export function restrictedGroupsOf(diagnosis: Diagnosis): RestrictedGroup[] {
  const groups: RestrictedGroup[] = [];
  const add = (group: RestrictedGroup): void => {
    if ((group.name || group.address) && !groups.some((known) => sameGroup(known, group))) groups.push(group);
  };
  diagnosis.facts.restrictedGroups.forEach(add);
  const best = diagnosis.scenarios[0];
  if (groups.length === 0 && best?.scenario.recipientKind === 'group') {
    for (const index of best.failureIndexes) {
      const failure = diagnosis.facts.failures[index];
      if (failure?.address) {
        add({
          address: failure.address,
          ...(failure.displayName ? { name: failure.displayName } : {}),
          ...(failure.suspicious ? { suspicious: failure.suspicious } : {}),
        });
      }
    }
  }
  return groups;
}

/** `Sales All (sales-all@contoso.com)`, or whichever half the bounce gave; undefined when neither. */
export function groupLabel(group: RestrictedGroup): string | undefined {
  if (group.name && group.address && group.name.toLowerCase() !== group.address.toLowerCase()) {
    return `${group.name} (${group.address})`;
  }
  return group.name || group.address || undefined;
}

/** The tab to open first: the admin's for a forwarded bounce (a helpdesk is reading), else the sender's. */
export function preferredAudience(diagnosis: Diagnosis, available: readonly StepAudience[]): StepAudience | undefined {
  const wanted: StepAudience = diagnosis.facts.structure.forwarded ? 'admin' : 'sender';
  return available.includes(wanted) ? wanted : available[0];
}

/** An address we may put in a To line (the engine's check, kept here for the pane's importers). */
export { isPlainAddress } from '../ndr';

/**
 * A page we may link to: HTTPS on a host the catalog knows. The catalog's own
 * links pass by construction; this keeps anything else (a bug, a link from
 * a bounce) from ever becoming clickable.
 */
export function isCatalogLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && ALLOWED_LINK_HOSTS.includes(parsed.hostname.toLowerCase());
  } catch {
    return false;
  }
}
