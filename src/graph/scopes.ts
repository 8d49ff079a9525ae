/**
 * The delegated Microsoft Graph permissions, one per feature, each asked for
 * only when its feature is first used (docs/platform-notes.md §4;
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in):
 *
 * - `GroupMember.Read.All`: find a group by its address and list its owners.
 *   Least privilege for both calls; only an administrator can consent to it.
 * - `User.ReadBasic.All`: the owners' photos (and basic profile). Users may consent.
 * - `Mail.Read`: the user's own recent bounces. Users may consent.
 */
export const SCOPES = {
  groupOwners: 'GroupMember.Read.All',
  people: 'User.ReadBasic.All',
  mail: 'Mail.Read',
} as const;

export type GraphScope = (typeof SCOPES)[keyof typeof SCOPES];

/** Scopes a user cannot consent to alone: the pane shows the admin-consent link for these. */
export const ADMIN_ONLY_SCOPES: readonly string[] = [SCOPES.groupOwners];

export function needsAdminConsent(scopes: readonly string[]): boolean {
  return scopes.some((scope) => ADMIN_ONLY_SCOPES.some((admin) => admin.toLowerCase() === bareScope(scope).toLowerCase()));
}

/** `https://graph.microsoft.com/Mail.Read` → `Mail.Read`. */
export function bareScope(scope: string): string {
  const slash = scope.lastIndexOf('/');
  return slash >= 0 ? scope.slice(slash + 1) : scope;
}

/** Every scope the add-in uses, fully qualified: for the admin-consent link. */
export const ALL_SCOPES: readonly string[] = Object.values(SCOPES);
