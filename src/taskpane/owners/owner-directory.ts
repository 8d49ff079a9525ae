/**
 * Who owns a group: the seam where the Microsoft Graph look-up plugs in later
 * (src/graph/, nested app authentication, `/groups?$filter=mail eq …` then
 * `/owners`). The pane only knows this interface; until Graph is configured it
 * gets `noOwnerDirectory` and shows how to open Outlook's own card instead.
 *
 * Graph lists no owners for classic distribution lists and Exchange
 * mail-enabled security groups (research/office-platform.md §4): an
 * implementation answers `no-owners` with reason `distribution-list` there,
 * so the pane can say why.
 */
import type { RestrictedGroup } from '../../ndr/types';

export interface Owner {
  displayName: string;
  mail: string;
  jobTitle?: string;
}

export type OwnerLookup =
  | { status: 'not-configured' }
  | { status: 'found'; owners: Owner[] }
  | { status: 'no-owners'; reason: 'distribution-list' | 'other' }
  | { status: 'not-found' }
  | { status: 'error'; message: string };

export interface OwnerDirectory {
  /** Never rejects: failures come back as `{ status: 'error' }`. */
  lookupOwners(group: RestrictedGroup): Promise<OwnerLookup>;
}

/** No directory configured: the pane shows the Outlook steps and "Ask IT". */
export const noOwnerDirectory: OwnerDirectory = {
  lookupOwners: () => Promise.resolve({ status: 'not-configured' }),
};

/** Calls the directory and turns a rejection (an implementation's bug) into an `error` result. */
export async function safeLookupOwners(directory: OwnerDirectory, group: RestrictedGroup): Promise<OwnerLookup> {
  try {
    return await directory.lookupOwners(group);
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The owners to write to, when the look-up found any with an address. */
export function ownerAddresses(lookup: OwnerLookup | undefined): string[] {
  if (lookup?.status !== 'found') return [];
  return lookup.owners.map((owner) => owner.mail.trim()).filter((mail) => mail.includes('@'));
}
