/**
 * Who owns a group, from Microsoft Graph: find the group by its address, tell
 * which kind of group it is, list its owners, fetch their photos.
 *
 * Graph facts (docs/platform-notes.md §4; https://learn.microsoft.com/graph/api/group-list-owners):
 * - `GET /groups?$filter=mail eq '<smtp>'`, else `proxyAddresses/any(p:p eq 'smtp:<smtp>')`
 *   (the bounce may name a secondary address). Dynamic distribution groups are not listed.
 * - `GET /groups/{id}/owners`: "Owners are currently not available in Microsoft Graph for
 *   groups that were created in Exchange, distribution groups, or groups that are
 *   synchronized from an on-premises environment". So we recognise those from the group's
 *   properties and do not ask (`managedBy` is not in Graph at all).
 * - Both calls: delegated `GroupMember.Read.All` (admin consent). Photos:
 *   `GET /users/{id}/photos/48x48/$value`, `User.ReadBasic.All`; optional, silent only.
 */
import { GraphError, odataString, type GraphClient } from './graph-client';
import { SCOPES } from './scopes';
import { TokenError } from './token-source';

/** The group properties we read (`$select`). */
export interface GraphGroup {
  id: string;
  displayName?: string | null;
  mail?: string | null;
  groupTypes?: string[] | null;
  mailEnabled?: boolean | null;
  securityEnabled?: boolean | null;
  onPremisesSyncEnabled?: boolean | null;
}

export const GROUP_SELECT = 'id,displayName,mail,groupTypes,mailEnabled,securityEnabled,onPremisesSyncEnabled';
export const OWNER_SELECT = 'id,displayName,mail,jobTitle,userPrincipalName';

export type GroupKind =
  /** Microsoft 365 group (`groupTypes` has `Unified`): owners in Graph. */
  | 'microsoft-365'
  /** Security group made in Entra, not mail-enabled: owners in Graph. */
  | 'security'
  /** Classic distribution list: mail-enabled, not security, not Unified. No owners in Graph. */
  | 'distribution-list'
  /** Exchange mail-enabled security group. No owners in Graph. */
  | 'mail-enabled-security'
  /** Synchronised from on-premises Active Directory. No owners in Graph. */
  | 'synced';

export function classifyGroup(group: GraphGroup): GroupKind {
  if (group.onPremisesSyncEnabled === true) return 'synced';
  if ((group.groupTypes ?? []).some((type) => type.toLowerCase() === 'unified')) return 'microsoft-365';
  if (group.mailEnabled && group.securityEnabled) return 'mail-enabled-security';
  if (group.mailEnabled) return 'distribution-list';
  return 'security';
}

/** Graph lists owners for these kinds only. */
export function graphListsOwners(kind: GroupKind): boolean {
  return kind === 'microsoft-365' || kind === 'security';
}

export interface DirectoryOwner {
  id: string;
  displayName: string;
  /** '' when the owner has no mailbox. */
  mail: string;
  jobTitle?: string;
  userPrincipalName?: string;
  /** `data:image/…;base64,…`, 48 px, when the owner has a photo we could read. */
  photoDataUrl?: string;
}

export type GroupOwners =
  | { status: 'found'; group: GraphGroup; kind: GroupKind; owners: DirectoryOwner[] }
  | { status: 'no-owners'; group: GraphGroup; kind: GroupKind }
  | { status: 'not-found' };

export interface GroupToFind {
  address?: string | undefined;
  name?: string | undefined;
}

interface RequestOptions {
  interactive: boolean;
}

/** The group with this address (primary or secondary), or by exact name when the bounce gave no address. */
export async function findGroup(client: GraphClient, group: GroupToFind, options: RequestOptions): Promise<GraphGroup | undefined> {
  const scopes = [SCOPES.groupOwners];
  const query = (filter: string): string => `/groups?$filter=${encodeURIComponent(filter)}&$select=${GROUP_SELECT}&$top=2`;
  const address = group.address?.trim();
  if (address) {
    const byMail = await client.getPage<GraphGroup>(query(`mail eq ${odataString(address)}`), { scopes, ...options });
    if (byMail.value[0]) return byMail.value[0];
    const byProxy = await client.getPage<GraphGroup>(query(`proxyAddresses/any(p:p eq ${odataString(`smtp:${address}`)})`), { scopes, ...options });
    return byProxy.value[0];
  }
  const name = group.name?.trim();
  if (!name) return undefined;
  const byName = await client.getPage<GraphGroup>(query(`displayName eq ${odataString(name)}`), { scopes, ...options });
  // Names are not unique: only a single match counts.
  return byName.value.length === 1 ? byName.value[0] : undefined;
}

interface GraphOwner {
  '@odata.type'?: string;
  id?: string;
  displayName?: string | null;
  mail?: string | null;
  jobTitle?: string | null;
  userPrincipalName?: string | null;
}

/** The group's owners that are people (owners can also be apps: service principals). */
export async function listOwners(client: GraphClient, groupId: string, options: RequestOptions): Promise<DirectoryOwner[]> {
  const owners = await client.getAll<GraphOwner>(`/groups/${encodeURIComponent(groupId)}/owners?$select=${OWNER_SELECT}`, {
    scopes: [SCOPES.groupOwners],
    ...options,
    maxItems: 100,
  });
  return owners
    .filter((owner) => !owner['@odata.type'] || owner['@odata.type'] === '#microsoft.graph.user')
    .filter((owner): owner is GraphOwner & { id: string } => typeof owner.id === 'string' && owner.id !== '')
    .map((owner) => ({
      id: owner.id,
      displayName: owner.displayName?.trim() || owner.mail?.trim() || owner.userPrincipalName?.trim() || owner.id,
      mail: owner.mail?.trim() ?? '',
      ...(owner.jobTitle?.trim() ? { jobTitle: owner.jobTitle.trim() } : {}),
      ...(owner.userPrincipalName?.trim() ? { userPrincipalName: owner.userPrincipalName.trim() } : {}),
    }));
}

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif']);

export function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}

/**
 * The owner's 48 px photo as a data URL, or undefined: no photo (404), no consent for
 * `User.ReadBasic.All` yet, anything else. Silent only: a photo never opens a sign-in window.
 */
export async function ownerPhoto(client: GraphClient, userId: string): Promise<string | undefined> {
  const { bytes, contentType } = await client.getBytes(`/users/${encodeURIComponent(userId)}/photos/48x48/$value`, {
    scopes: [SCOPES.people],
    interactive: false,
  });
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!PHOTO_TYPES.has(type) || bytes.length === 0 || bytes.length > 200_000) return undefined;
  return `data:${type};base64,${base64(bytes)}`;
}

/** Photos for the owners, in parallel; after the first sign-in failure the rest are not tried. */
export async function withPhotos(client: GraphClient, owners: DirectoryOwner[]): Promise<DirectoryOwner[]> {
  let tokenRefused = false;
  return Promise.all(
    owners.map(async (owner) => {
      if (tokenRefused) return owner;
      try {
        const photo = await ownerPhoto(client, owner.id);
        return photo ? { ...owner, photoDataUrl: photo } : owner;
      } catch (error) {
        if (error instanceof TokenError) tokenRefused = true;
        return owner;
      }
    }),
  );
}

/** Group by address → its kind → owners (for the kinds Graph lists) → photos. Rejects with GraphError/TokenError. */
export async function lookupGroupOwners(client: GraphClient, group: GroupToFind, options: RequestOptions): Promise<GroupOwners> {
  const found = await findGroup(client, group, options);
  if (!found) return { status: 'not-found' };
  const kind = classifyGroup(found);
  if (!graphListsOwners(kind)) return { status: 'no-owners', group: found, kind };
  let owners: DirectoryOwner[];
  try {
    owners = await listOwners(client, found.id, options);
  } catch (error) {
    // Deleted between the two calls, or hidden from this user.
    if (error instanceof GraphError && error.kind === 'not-found') return { status: 'not-found' };
    throw error;
  }
  if (owners.length === 0) return { status: 'no-owners', group: found, kind };
  return { status: 'found', group: found, kind, owners: await withPhotos(client, owners) };
}
