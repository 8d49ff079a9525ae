/**
 * Who owns a group: the seam where the Microsoft Graph look-up plugs in
 * (src/graph/graph-owner-directory.ts: nested app authentication,
 * `/groups?$filter=mail eq …` then `/owners`). The pane only knows this
 * interface; without Graph it gets `noOwnerDirectory` and shows how to open
 * Outlook's own card instead.
 *
 * Graph lists no owners for classic distribution lists, Exchange mail-enabled
 * security groups and groups synced from on-premises (research/office-platform.md §4):
 * an implementation answers `no-owners` with the reason, so the pane can say why.
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

/** Why the directory lists no owner for a group it found. */
export type NoOwnersReason =
  /** A classic distribution list. */
  | 'distribution-list'
  /** An Exchange mail-enabled security group. */
  | 'mail-enabled-security'
  /** Synchronised from the organisation's own (on-premises) directory. */
  | 'synced'
  /** A kind of group that can have owners, but this one has none. */
  | 'other';

export type OwnerLookup =
  | { status: 'not-configured' }
  | { status: 'found'; owners: Owner[] }
  | { status: 'no-owners'; reason: NoOwnersReason }
  | { status: 'not-found' }
  /** The look-up could not be done now (sign-in, consent, throttling, offline, …): each has its own way forward. */
  | { status: 'problem'; problem: GraphProblem }
  | { status: 'error'; message: string };

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
  if (lookup?.status !== 'found') return [];
  return lookup.owners.map((owner) => owner.mail.trim()).filter((mail) => mail.includes('@'));
}
