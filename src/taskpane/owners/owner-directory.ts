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
import type { GraphProblem } from '../../graph/problem';
import type { RestrictedGroup } from '../../ndr/types';

export interface Owner {
  displayName: string;
  /** '' when the owner has no mailbox. */
  mail: string;
  jobTitle?: string;
  /** Sign-in name, for a Teams chat when it differs from the address. */
  userPrincipalName?: string;
  /** A small photo (a data: URL), when the directory has one. */
  photoUrl?: string;
}

/** Where an answer came from: the card says so ("from your IT department's list, as of 1 December"). */
export type OwnerSource =
  /** `owners.json`, with its `generated` time as written (ISO 8601). */
  | { kind: 'published'; generated: string }
  | { kind: 'graph' };

/** The kinds of group an owner directory names (docs/owners-directory.md). */
export type GroupKind = 'distribution-list' | 'mail-enabled-security' | 'microsoft-365' | 'dynamic-distribution';

/** Why the directory lists no owner for a group it found. */
export type NoOwnersReason =
  /** IT's published list has the group, with no owner. */
  | 'none-published'
  /** A classic distribution list. */
  | 'distribution-list'
  /** An Exchange mail-enabled security group. */
  | 'mail-enabled-security'
  /** Synchronised from the organisation's own (on-premises) directory. */
  | 'synced'
  /** A kind of group that can have owners, but this one has none. */
  | 'other';

/** What a directory knows about the group beyond its owners (the published list says more than Graph). */
export interface GroupDetails {
  /** The group's name in the directory (the bounce may give only an address). */
  name?: string;
  kind?: GroupKind;
  /** Who approves messages to the group, when it is moderated. */
  moderators?: Owner[];
  /** The group refuses senders from outside the organisation. */
  requireSenderAuthentication?: boolean;
}

export type OwnerLookupResult =
  | { status: 'not-configured' }
  | { status: 'found'; owners: Owner[]; source: OwnerSource; group?: GroupDetails }
  | { status: 'no-owners'; reason: NoOwnersReason; source?: OwnerSource; group?: GroupDetails }
  | { status: 'not-found' }
  /** The look-up could not be done now (sign-in, consent, throttling, offline, …): each has its own way forward. */
  | { status: 'problem'; problem: GraphProblem }
  | { status: 'error'; message: string };

export type OwnerLookup = OwnerLookupResult & {
  /**
   * The published owner list exists but could not be used (malformed, unreachable):
   * the first problem, as `path: message`, for the user to pass on to IT. The answer
   * itself then comes from the next directory (or says none was found).
   */
  publishedProblem?: string;
};

export interface LookupOptions {
  /** The user clicked "Sign in": the directory may open a sign-in window. Default false. */
  interactive?: boolean;
}

export interface OwnerDirectory {
  /** Never rejects: failures come back as `{ status: 'problem' }` or `{ status: 'error' }`. */
  lookupOwners(group: RestrictedGroup, options?: LookupOptions): Promise<OwnerLookup>;
}

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

/** The group's moderators, when a directory names them. */
export function moderatorsOf(lookup: OwnerLookup | undefined): Owner[] {
  return lookup?.status === 'found' || lookup?.status === 'no-owners' ? (lookup.group?.moderators ?? []) : [];
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
