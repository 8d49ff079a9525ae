/**
 * Access tokens for Microsoft Graph: THE seam between our Graph code and
 * sign-in. Everything else (graph-client.ts and up) sees only `TokenSource`;
 * the tests replace it with a fake that mints tokens, and the add-in uses
 * nested app authentication (NAA) through MSAL.
 *
 * NAA (docs/platform-notes.md §4;
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in):
 * - `createNestablePublicClientApplication` from `@azure/msal-browser` 5.30; the host
 *   (Outlook) signs the user in for our Entra app through `window.nestedAppAuthBridge`;
 * - `acquireTokenSilent` first; `acquireTokenPopup` only when the user clicked something
 *   that needs it (`interactive: true`), never on our own;
 * - requirement set `NestedAppAuth` 1.1, checked by the caller (src/office, `nested-app-auth`).
 *
 * MSAL is imported here only, and lazily (`import()`): webpack puts it in its own chunk,
 * which only users with Graph switched on ever download.
 */
import { needsAdminConsent } from './scopes';

export interface TokenRequestOptions {
  /** True only when the user clicked something that needs sign-in: a popup may open. */
  interactive: boolean;
}

export interface TokenSource {
  /** An access token for Graph with these delegated scopes. Rejects with `TokenError`. */
  getToken(scopes: string[], options: TokenRequestOptions): Promise<string>;
}

export type TokenErrorKind =
  /** Silent sign-in did not work; a click (popup) will probably fix it. */
  | 'interaction-required'
  /** Nobody consented to a scope yet. For admin-only scopes only an administrator can. */
  | 'consent-required'
  /** The browser or Outlook blocked the sign-in window. */
  | 'popup-blocked'
  /** The user closed the sign-in window or said no. */
  | 'user-cancelled'
  /** No network. */
  | 'offline'
  /** Nested app authentication is not available here after all (or MSAL could not load). */
  | 'unavailable'
  /** Anything else, with MSAL's code and message. */
  | 'failed';

export class TokenError extends Error {
  override readonly name = 'TokenError';

  constructor(
    readonly kind: TokenErrorKind,
    message: string,
    readonly scopes: readonly string[],
    /** MSAL's error code (and AADSTS number when there was one), for the details line. */
    readonly code?: string,
  ) {
    super(message);
  }

  /** Consent is missing for a scope only an administrator may grant. */
  get adminConsentNeeded(): boolean {
    return this.kind === 'consent-required' && needsAdminConsent(this.scopes);
  }
}

const CANCELLED_CODES = new Set(['user_cancelled', 'user_canceled']);
const POPUP_CODES = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups']);
const OFFLINE_CODES = new Set(['no_network_connectivity', 'network_error', 'no_network', 'endpoints_resolution_error']);
const INTERACTION_CODES = new Set([
  'interaction_required',
  'login_required',
  'invalid_grant',
  'no_account_found',
  'no_account_error',
  'no_tokens_found',
  'token_refresh_required',
  'bad_token',
  'user_interaction_required',
]);
const UNAVAILABLE_CODES = new Set(['nested_app_auth_bridge_disabled', 'bridge_unavailable', 'bridge_disabled']);
/**
 * AADSTS65001: the user or administrator has not consented; AADSTS90094: the grant needs an
 * administrator; AADSTS90008: the user cannot consent (the app needs access they cannot grant).
 */
const CONSENT_AADSTS = new Set(['65001', '90094', '90008']);
/** AADSTS65004: the user declined to consent. */
const DECLINED_AADSTS = '65004';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Any MSAL error (AuthError and its kin: `errorCode`, `errorMessage`, `subError`) → our kinds. */
export function tokenErrorFrom(error: unknown, scopes: readonly string[]): TokenError {
  if (error instanceof TokenError) return error;
  const record = (error && typeof error === 'object' ? error : {}) as Record<string, unknown>;
  const code = text(record['errorCode']).toLowerCase();
  const subError = text(record['subError']).toLowerCase();
  const message = text(record['errorMessage']) || text(record['message']) || String(error);
  const aadsts = /AADSTS(\d+)/.exec(`${text(record['errorMessage'])} ${text(record['message'])}`)?.[1];
  const detail = [code || text(record['name']), aadsts ? `AADSTS${aadsts}` : ''].filter(Boolean).join(' ');
  const make = (kind: TokenErrorKind): TokenError => new TokenError(kind, message, scopes, detail || undefined);

  if (CANCELLED_CODES.has(code) || aadsts === DECLINED_AADSTS) return make('user-cancelled');
  if (POPUP_CODES.has(code)) return make('popup-blocked');
  if (OFFLINE_CODES.has(code)) return make('offline');
  if ((aadsts && CONSENT_AADSTS.has(aadsts)) || code === 'consent_required' || subError === 'consent_required') {
    return make('consent-required');
  }
  if (code === 'access_denied') return make('user-cancelled');
  if (INTERACTION_CODES.has(code) || record['name'] === 'InteractionRequiredAuthError') return make('interaction-required');
  if (UNAVAILABLE_CODES.has(code)) return make('unavailable');
  return make('failed');
}

/** What we need of MSAL's `IPublicClientApplication`. */
export interface NestedApplication {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

export interface NaaTokenSourceOptions {
  /** The Entra app (client) id from the build (`GRAPH_CLIENT_ID`). */
  clientId: string;
  /** Default `https://login.microsoftonline.com/common`: any work account; the host decides whose. */
  authority?: string;
  /** Creates the MSAL application. Default: MSAL loaded on first use, nested (NAA) or nothing. */
  createApplication?: (clientId: string, authority: string) => Promise<NestedApplication>;
}

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/common';

/**
 * MSAL, loaded on first use. `createNestablePublicClientApplication` quietly falls back to a
 * standard application (iframes and popups of its own) when the host offers no bridge; we do
 * not want that inside Outlook, so the factory it calls only for the nested case tells us
 * which one we got, and a standard one is refused as `unavailable`.
 */
async function createNestedApplication(clientId: string, authority: string): Promise<NestedApplication> {
  const msal = await import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  let nested = false;
  const application = await msal.createNestablePublicClientApplication({ auth: { clientId, authority } }, undefined, (configuration, controller) => {
    nested = true;
    return new msal.PublicClientApplication(configuration, controller);
  });
  if (!nested) throw new TokenError('unavailable', 'Outlook did not offer nested app authentication.', []);
  return application;
}

function isRetryableInteractively(error: TokenError): boolean {
  return error.kind === 'interaction-required' || error.kind === 'consent-required';
}

export function createNaaTokenSource(options: NaaTokenSourceOptions): TokenSource {
  const authority = options.authority ?? DEFAULT_AUTHORITY;
  const create = options.createApplication ?? createNestedApplication;
  let application: Promise<NestedApplication> | undefined;
  /** One sign-in window at a time: a second request waits for the first (and learns how it ended). */
  let popup: Promise<TokenError | undefined> = Promise.resolve(undefined);
  let popupsQueued = 0;

  const app = (scopes: readonly string[]): Promise<NestedApplication> => {
    application ??= create(options.clientId, authority).catch((error: unknown) => {
      application = undefined; // a failed load (offline) may work next time
      const mapped = tokenErrorFrom(error, scopes);
      throw mapped.kind === 'failed' ? new TokenError('unavailable', mapped.message, scopes, mapped.code) : mapped;
    });
    return application;
  };

  const silent = async (scopes: string[]): Promise<string> => {
    const msal = await app(scopes);
    try {
      return (await msal.acquireTokenSilent({ scopes })).accessToken;
    } catch (error) {
      throw tokenErrorFrom(error, scopes);
    }
  };

  return {
    async getToken(scopes, { interactive }) {
      try {
        return await silent(scopes);
      } catch (error) {
        const mapped = tokenErrorFrom(error, scopes);
        if (!interactive || !isRetryableInteractively(mapped)) throw mapped;
      }
      const previous = popup;
      const waited = popupsQueued > 0;
      popupsQueued++;
      const attempt = previous.then(async (earlier) => {
        // Two requests of one click (say, both queries of the recent-bounces list) must not
        // open two windows: after another sign-in window the token may be there already, and
        // when the user closed that window (or it was blocked) we do not open another.
        if (waited) {
          try {
            return await silent(scopes);
          } catch {
            if (earlier && (earlier.kind === 'user-cancelled' || earlier.kind === 'popup-blocked')) {
              throw new TokenError(earlier.kind, earlier.message, scopes, earlier.code);
            }
          }
        }
        const msal = await app(scopes);
        try {
          return (await msal.acquireTokenPopup({ scopes })).accessToken;
        } catch (error) {
          throw tokenErrorFrom(error, scopes);
        }
      });
      popup = attempt
        .then(
          () => undefined,
          (error: unknown) => tokenErrorFrom(error, scopes),
        )
        .finally(() => popupsQueued--);
      return attempt;
    },
  };
}
