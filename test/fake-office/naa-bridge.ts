/**
 * A fake of the host side of nested app authentication: `window.nestedAppAuthBridge`,
 * which Outlook provides and MSAL's `BridgeProxy` talks to
 * (@azure/msal-browser 5.30 `dist/naa/BridgeProxy.mjs`, types in `types/naa/*.d.ts`).
 *
 * The protocol, as MSAL speaks it:
 * - MSAL calls `addEventListener('message', cb)` once, then `postMessage(JSON string)` per request.
 * - Request envelope: `{ messageType: 'NestedAppAuthRequest', method, requestId, sendTime,
 *   clientLibrary, clientLibraryVersion, tokenParams? }`, method `GetInitContext` (once, at
 *   `createNestablePublicClientApplication`), `GetToken` (silent) or `GetTokenPopup` (interactive).
 *   `tokenParams`: `{ clientId, authority, scope: 'A B', correlationId, … }`.
 * - Response envelope, delivered to the listener as a JSON string (or `{ data }`):
 *   `{ messageType: 'NestedAppAuthResponse', requestId, success, … }` with
 *   `initContext: { sdkName, sdkVersion, capabilities, accountContext }` for GetInitContext,
 *   `token: { access_token, id_token, expires_in, scope, properties }` and
 *   `account: { environment, homeAccountId, tenantId, localAccountId, username, name }` for the
 *   token methods, or `error: { status, code, description }` with `success: false`.
 *   MSAL needs `token.id_token` and `token.access_token` (it decodes the ID token's claims) and
 *   `account.environment`.
 * - Error statuses (`BridgeStatusCode`): USER_INTERACTION_REQUIRED, USER_CANCEL, NO_NETWORK,
 *   TRANSIENT_ERROR, PERSISTENT_ERROR, DISABLED, ACCOUNT_UNAVAILABLE, NESTED_APP_AUTH_UNAVAILABLE.
 *
 * What a real Outlook puts in `code`/`description` for missing consent, an admin-only scope or a
 * blocked window is not documented: the values below are our guesses, modelled on Entra's own
 * errors (AADSTS65001, AADSTS90094); docs/outlook-quirks.md lists them to check in a real tenant.
 *
 * Runs in the browser (bundled into the fake office.js) and in jsdom: no Node APIs.
 */
import { fakeAccessToken, fakeIdToken, SIGNED_IN_USER, type FakeIdentity } from '../fake-graph/tokens';

export interface FakeBridgeError {
  status: string;
  code?: string;
  description?: string;
}

export interface FakeNaaConfig {
  /** The signed-in user. Default: Jan de Vries of the samples. */
  account?: Partial<FakeIdentity>;
  /** Scopes the user (or an admin) consented to: silent requests for them work. */
  granted?: string[];
  /** An administrator consented for the organisation: admin-only scopes work silently too. */
  adminConsented?: boolean;
  /** Scopes a user cannot consent to. Default `GroupMember.Read.All`. */
  adminOnlyScopes?: string[];
  /** What the user does in the sign-in window: consent (default), cancel it, or the window is blocked. */
  popup?: 'consent' | 'cancel' | 'blocked';
  /** Answer every silent request with this error. */
  silentError?: FakeBridgeError;
  /** Answer every popup request with this error. */
  popupError?: FakeBridgeError;
  /** GetInitContext fails: MSAL falls back to a standard (non-nested) application. */
  unavailable?: boolean;
  /** Delay before each answer. Default 5 ms. */
  latencyMs?: number;
}

export interface NaaRequestRecord {
  method: string;
  scope?: string;
  clientId?: string;
  success?: boolean;
  error?: string;
}

type Listener = (response: string | { data: string }) => void;

export interface FakeNaaBridge {
  addEventListener(name: string, listener: Listener): void;
  removeEventListener(name: string, listener: Listener): void;
  postMessage(message: string): void;
}

export interface FakeNaaControl {
  bridge: FakeNaaBridge;
  requests: NaaRequestRecord[];
  /** Consent to these scopes now (as an administrator would, elsewhere). */
  grant(scopes: string[]): void;
  setPopup(popup: NonNullable<FakeNaaConfig['popup']>): void;
  config: FakeNaaConfig;
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const ENVIRONMENT = 'login.microsoftonline.com';

function bareScope(scope: string): string {
  return scope.slice(scope.lastIndexOf('/') + 1);
}

export function createFakeNaaBridge(config: FakeNaaConfig = {}): FakeNaaControl {
  const identity: FakeIdentity = { ...SIGNED_IN_USER, ...config.account };
  const granted = new Set((config.granted ?? []).map((scope) => bareScope(scope).toLowerCase()));
  const adminOnly = new Set((config.adminOnlyScopes ?? ['GroupMember.Read.All']).map((scope) => scope.toLowerCase()));
  const listeners = new Set<Listener>();
  const requests: NaaRequestRecord[] = [];
  let popup = config.popup ?? 'consent';
  const latency = config.latencyMs ?? 5;

  const account = {
    environment: ENVIRONMENT,
    homeAccountId: `${identity.oid}.${identity.tid}`,
    tenantId: identity.tid,
    localAccountId: identity.oid,
    username: identity.upn,
    name: identity.name,
  };

  const consented = (scope: string): boolean => granted.has(scope.toLowerCase()) || (config.adminConsented === true && adminOnly.has(scope.toLowerCase()));

  const respond = (body: Record<string, unknown>): void => {
    const message = JSON.stringify({ messageType: 'NestedAppAuthResponse', ...body });
    setTimeout(() => {
      for (const listener of listeners) listener(message);
    }, latency);
  };

  const tokenResponse = (requestId: string, clientId: string, scopes: string[]): void => {
    respond({
      requestId,
      success: true,
      token: {
        access_token: fakeAccessToken(scopes, identity),
        id_token: fakeIdToken(clientId, identity),
        expires_in: 3600,
        scope: scopes.join(' '),
        properties: null,
      },
      account,
    });
  };

  const fail = (requestId: string, record: NaaRequestRecord, error: FakeBridgeError): void => {
    record.success = false;
    record.error = [error.status, error.code].filter(Boolean).join(' ');
    respond({ requestId, success: false, error });
  };

  const bridge: FakeNaaBridge = {
    addEventListener(name, listener) {
      if (name === 'message') listeners.add(listener);
    },
    removeEventListener(name, listener) {
      if (name === 'message') listeners.delete(listener);
    },
    postMessage(message) {
      const request = JSON.parse(message) as {
        messageType?: string;
        method?: string;
        requestId?: string;
        tokenParams?: { clientId?: string; scope?: string };
      };
      if (request.messageType !== 'NestedAppAuthRequest' || typeof request.requestId !== 'string') {
        throw new Error(`fake NAA bridge: not a NestedAppAuthRequest: ${message.slice(0, 200)}`);
      }
      const { requestId } = request;
      const record: NaaRequestRecord = {
        method: String(request.method),
        ...(request.tokenParams?.scope !== undefined ? { scope: request.tokenParams.scope } : {}),
        ...(request.tokenParams?.clientId !== undefined ? { clientId: request.tokenParams.clientId } : {}),
      };
      requests.push(record);

      if (request.method === 'GetInitContext') {
        if (config.unavailable) return fail(requestId, record, { status: 'NESTED_APP_AUTH_UNAVAILABLE', code: 'unavailable', description: 'Nested app auth is not available (fake).' });
        record.success = true;
        return respond({
          requestId,
          success: true,
          initContext: {
            sdkName: 'fake-office-naa',
            sdkVersion: '1.1.0',
            capabilities: { queryAccount: false },
            accountContext: { homeAccountId: account.homeAccountId, environment: account.environment, tenantId: account.tenantId },
          },
        });
      }
      if (request.method !== 'GetToken' && request.method !== 'GetTokenPopup') {
        return fail(requestId, record, { status: 'PERSISTENT_ERROR', code: 'unsupported_method', description: `Unknown method ${String(request.method)}` });
      }
      const clientId = request.tokenParams?.clientId ?? '';
      if (!clientId) return fail(requestId, record, { status: 'PERSISTENT_ERROR', code: 'invalid_request', description: 'AADSTS900144: The request body must contain the following parameter: client_id.' });
      const scopes = (request.tokenParams?.scope ?? '').split(' ').filter((scope) => scope && !OIDC_SCOPES.has(scope.toLowerCase())).map(bareScope);
      const missing = scopes.filter((scope) => !consented(scope));

      if (request.method === 'GetToken') {
        if (config.silentError) return fail(requestId, record, config.silentError);
        if (missing.length > 0) {
          return fail(requestId, record, {
            status: 'USER_INTERACTION_REQUIRED',
            code: 'consent_required',
            description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${clientId}'. Send an interactive authorization request for this user and resource. Missing: ${missing.join(' ')}`,
          });
        }
        record.success = true;
        return tokenResponse(requestId, clientId, scopes);
      }

      // GetTokenPopup: the host shows Entra's sign-in / consent window.
      if (config.popupError) return fail(requestId, record, config.popupError);
      if (popup === 'cancel') return fail(requestId, record, { status: 'USER_CANCEL', code: 'user_cancelled', description: 'User cancelled the flow.' });
      if (popup === 'blocked') return fail(requestId, record, { status: 'PERSISTENT_ERROR', code: 'popup_window_error', description: 'Error opening popup window. This can happen if you are using Internet Explorer or if popups are blocked in the browser.' });
      const needAdmin = missing.filter((scope) => adminOnly.has(scope.toLowerCase()));
      if (needAdmin.length > 0) {
        return fail(requestId, record, {
          status: 'PERSISTENT_ERROR',
          code: 'consent_required',
          description: `AADSTS90094: The grant requires admin permission. Needs administrator approval for: ${needAdmin.join(' ')}`,
        });
      }
      for (const scope of missing) granted.add(scope.toLowerCase());
      record.success = true;
      return tokenResponse(requestId, clientId, scopes);
    },
  };

  return {
    bridge,
    requests,
    grant(scopes) {
      for (const scope of scopes) granted.add(bareScope(scope).toLowerCase());
    },
    setPopup(next) {
      popup = next;
    },
    config,
  };
}
