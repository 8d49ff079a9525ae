/**
 * The administrator's one-time consent for the whole organisation
 * (docs/platform-notes.md §4): `GroupMember.Read.All` can only be
 * granted by an administrator, and once they have, users are not asked for
 * the other two scopes either.
 *
 * URL format: `https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=…&scope=…&redirect_uri=…`
 * (Microsoft identity platform, "admin consent endpoint",
 * https://learn.microsoft.com/entra/identity-platform/v2-admin-consent). The redirect must be one the app
 * registration lists; we use the add-in's NAA redirect `brk-multihub://<host>` (an origin,
 * no path), which docs/app-registration.md asks the admin to register.
 */
import { ALL_SCOPES } from './scopes';

export const ADMIN_CONSENT_ENDPOINT = 'https://login.microsoftonline.com/organizations/v2.0/adminconsent';
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** The single-page-app redirect NAA uses: `brk-multihub://` + the add-in's host (origin only). */
export function naaRedirectUri(host: string): string {
  return `brk-multihub://${host.toLowerCase()}`;
}

export interface AdminConsentInput {
  clientId: string;
  /** The host the add-in is served from, e.g. `bounce.contoso.com` (the page's `location.host`). */
  addinHost: string;
  /** Default: every scope the add-in uses. */
  scopes?: readonly string[];
}

/** The admin-consent link for our app: an administrator opens it once. */
export function adminConsentUrl({ clientId, addinHost, scopes = ALL_SCOPES }: AdminConsentInput): string {
  const query = [
    ['client_id', clientId],
    ['scope', scopes.map((scope) => (scope.includes('://') ? scope : `${GRAPH_RESOURCE}/${scope}`)).join(' ')],
    ['redirect_uri', naaRedirectUri(addinHost)],
  ]
    // encodeURIComponent, not URLSearchParams: spaces as %20, which every consent page reads.
    .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`)
    .join('&');
  return `${ADMIN_CONSENT_ENDPOINT}?${query}`;
}
