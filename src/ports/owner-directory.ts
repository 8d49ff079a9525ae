/**
 * The owner directory port: who owns a group, as the pane asks it and every
 * directory answers it (the published `owners.json`, docs/owners-directory.md, and
 * Microsoft Graph, src/graph/graph-owner-directory.ts). Types only: both sides
 * depend on this module, neither on the other. The runtime helpers (chaining,
 * `noOwnerDirectory`, …) live in src/taskpane/owners/owner-directory.ts.
 *
 * Graph lists no owners for groups created in Exchange (distribution lists,
 * mail-enabled security groups) or synced from on-premises
 * (https://learn.microsoft.com/graph/api/group-list-owners, "Owners are currently
 * not available…"): a directory answers `no-owners` with the reason.
 */
import type { RestrictedGroup } from '../ndr';
import type { GraphProblem } from './graph-problem';

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
