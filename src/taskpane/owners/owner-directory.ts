/**
 * Who owns a group: the seam where the directories plug in. Two exist:
 *
 * - the owner directory the admin publishes beside the pane (`owners.json`,
 *   docs/owners-directory.md; published-owner-directory.ts), which knows the
 *   owners of every kind of Exchange group;
 * - Microsoft Graph (src/graph/graph-owner-directory.ts: nested app
 *   authentication, `/groups?$filter=mail eq …` then `/owners`).
 *
 * `chainOwnerDirectories` asks them in that order. Without either the pane gets
 * `noOwnerDirectory` and shows how to find the owner in Outlook instead.
 *
 * Graph lists no owners for groups created in Exchange (distribution lists,
 * mail-enabled security groups) or synced from on-premises
 * (https://learn.microsoft.com/graph/api/group-list-owners, "Owners are currently
 * not available…"): it answers `no-owners` with the reason, so the pane can say why.
 */
import type { RestrictedGroup } from '../../ndr';
import type { GroupDetails, LookupOptions, Owner, OwnerDirectory, OwnerLookup, OwnerSource } from '../../ports/owner-directory';

export type {
  GroupDetails,
  GroupKind,
  LookupOptions,
  NoOwnersReason,
  Owner,
  OwnerDirectory,
  OwnerLookup,
  OwnerLookupResult,
  OwnerSource,
} from '../../ports/owner-directory';

/** No directory configured: the pane shows the Outlook steps and "Ask IT". */
export const noOwnerDirectory: OwnerDirectory = {
  lookupOwners: () => Promise.resolve({ status: 'not-configured' }),
};

/** Calls the directory and turns a rejection (an implementation's bug) into an `error` result. */
export async function safeLookupOwners(directory: OwnerDirectory, group: RestrictedGroup, options?: LookupOptions): Promise<OwnerLookup> {
  try {
    return await directory.lookupOwners(group, options);
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** An answer that will not change by asking again (a problem or an error might). */
export function isSettled(lookup: OwnerLookup): boolean {
  return lookup.status !== 'problem' && lookup.status !== 'error';
}

/** The owners to write to, when the look-up found any with an address. */
export function ownerAddresses(lookup: OwnerLookup | undefined): string[] {
  return reachable(ownersOf(lookup)).map((owner) => owner.mail.trim());
}

/** The owners the look-up found (with or without a mailbox); none otherwise. */
export function ownersOf(lookup: OwnerLookup | undefined): Owner[] {
  return lookup?.status === 'found' ? lookup.owners : [];
}

/** What the directory that knows the group says about it (its name there, moderators, …). */
export function directoryGroupOf(lookup: OwnerLookup | undefined): GroupDetails | undefined {
  return lookup?.status === 'found' || lookup?.status === 'no-owners' ? lookup.group : undefined;
}

/** Which directory answered, when one knows the group. */
export function sourceOf(lookup: OwnerLookup | undefined): OwnerSource | undefined {
  return lookup?.status === 'found' || lookup?.status === 'no-owners' ? lookup.source : undefined;
}

/** The group's moderators, when a directory names them. */
export function moderatorsOf(lookup: OwnerLookup | undefined): Owner[] {
  return directoryGroupOf(lookup)?.moderators ?? [];
}

/** People we can write to: those with an address. */
export function reachable(people: readonly Owner[]): Owner[] {
  return people.filter((person) => person.mail.includes('@'));
}

/**
 * Asks the directories in order and returns the first that knows the group: the
 * published list first (it knows classic distribution lists), then Microsoft Graph
 * for the groups the list does not name. A published list that could not be read
 * is passed over, and its problem is carried on the answer for the card to show.
 */
export function chainOwnerDirectories(...directories: readonly OwnerDirectory[]): OwnerDirectory {
  if (directories.length === 0) return noOwnerDirectory;
  if (directories.length === 1) return directories[0] as OwnerDirectory;
  return {
    async lookupOwners(group, options) {
      let publishedProblem: string | undefined;
      let answer: OwnerLookup = { status: 'not-configured' };
      let configured = false;
      for (const directory of directories) {
        answer = await safeLookupOwners(directory, group, options);
        publishedProblem ??= answer.publishedProblem;
        if (answer.status !== 'not-configured') configured = true;
        if (answer.status !== 'not-configured' && answer.status !== 'not-found') break;
      }
      // A directory that exists but does not know the group says more than one that is absent.
      if (answer.status === 'not-configured' && configured) answer = { status: 'not-found' };
      const result: OwnerLookup = { ...answer };
      delete result.publishedProblem;
      return publishedProblem ? { ...result, publishedProblem } : result;
    },
  };
}
