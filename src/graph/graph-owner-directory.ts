/**
 * The pane's `OwnerDirectory` backed by Microsoft Graph (owners.ts).
 *
 * - Answers are kept for the life of the pane (a group's owners do not change while
 *   the user reads a bounce); problems (sign-in, throttling, offline) are not kept,
 *   so "Try again" and "Sign in" ask again.
 * - The same group is never looked up twice at once: a second silent request while
 *   one is in flight gets the same promise. A click ("Sign in") starts its own
 *   request, because it may do what the silent one cannot.
 */
import type { RestrictedGroup } from '../ndr';
import type { LookupOptions, NoOwnersReason, OwnerDirectory, OwnerLookup } from '../ports/owner-directory';
import type { GraphClient } from './graph-client';
import { lookupGroupOwners, type GroupKind, type GroupOwners } from './owners';
import { graphProblemOf } from './problem';

function cacheKey(group: RestrictedGroup): string {
  return group.address ? `address:${group.address.trim().toLowerCase()}` : `name:${(group.name ?? '').trim().toLowerCase()}`;
}

function reasonOf(kind: GroupKind): NoOwnersReason {
  switch (kind) {
    case 'distribution-list':
      return 'distribution-list';
    case 'mail-enabled-security':
      return 'mail-enabled-security';
    case 'synced':
      return 'synced';
    default:
      return 'other';
  }
}

export function ownerLookupOf(result: GroupOwners): OwnerLookup {
  switch (result.status) {
    case 'not-found':
      return { status: 'not-found' };
    case 'no-owners':
      return { status: 'no-owners', reason: reasonOf(result.kind), source: { kind: 'graph' } };
    case 'found':
      return {
        status: 'found',
        source: { kind: 'graph' },
        owners: result.owners.map((owner) => ({
          displayName: owner.displayName,
          mail: owner.mail,
          ...(owner.jobTitle ? { jobTitle: owner.jobTitle } : {}),
          ...(owner.userPrincipalName ? { userPrincipalName: owner.userPrincipalName } : {}),
          ...(owner.photoDataUrl ? { photoUrl: owner.photoDataUrl } : {}),
        })),
      };
  }
}

export class GraphOwnerDirectory implements OwnerDirectory {
  private readonly answers = new Map<string, Promise<OwnerLookup>>();
  /** How many requests went to Graph (for tests of the cache). */
  lookups = 0;

  constructor(private readonly client: GraphClient) {}

  lookupOwners(group: RestrictedGroup, options: LookupOptions = {}): Promise<OwnerLookup> {
    const key = cacheKey(group);
    const interactive = options.interactive ?? false;
    const known = this.answers.get(key);
    if (known && !interactive) return known;
    if (!group.address?.trim() && !group.name?.trim()) return Promise.resolve({ status: 'not-found' });

    this.lookups++;
    const answer = lookupGroupOwners(this.client, group, { interactive }).then(ownerLookupOf, (error: unknown): OwnerLookup => {
      return { status: 'problem', problem: graphProblemOf(error) };
    });
    this.answers.set(key, answer);
    void answer.then((result) => {
      // Keep answers; forget problems so the next request tries again.
      if (result.status === 'problem' && this.answers.get(key) === answer) this.answers.delete(key);
    });
    return answer;
  }
}
