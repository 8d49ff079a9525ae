/**
 * The fake at THE seam (`TokenSource`): hands out fake access tokens (see
 * test/fake-graph/tokens.ts) for the scopes the user has consented to, and
 * behaves like sign-in does otherwise: silently it refuses, interactively it
 * "opens a popup" and grants the scope, unless only an administrator may.
 */
import { ADMIN_ONLY_SCOPES } from '../../../src/graph/scopes';
import { TokenError, type TokenSource } from '../../../src/graph/token-source';
import { fakeAccessToken } from '../../fake-graph/tokens';

export interface FakeTokenSourceOptions {
  /** Consented already: silent requests work. */
  granted?: readonly string[];
  /** An administrator consented for everyone (admin-only scopes then work too). */
  adminConsented?: boolean;
  /** What happens in the popup. */
  popup?: 'consent' | 'cancel' | 'blocked';
  /** Fail every request with this. */
  fail?: TokenError;
}

export class FakeTokenSource implements TokenSource {
  readonly calls: Array<{ scopes: string[]; interactive: boolean }> = [];
  readonly granted: Set<string>;
  adminConsented: boolean;
  popup: NonNullable<FakeTokenSourceOptions['popup']>;
  fail: TokenError | undefined;

  constructor(options: FakeTokenSourceOptions = {}) {
    this.granted = new Set(options.granted ?? []);
    this.adminConsented = options.adminConsented ?? false;
    this.popup = options.popup ?? 'consent';
    this.fail = options.fail;
  }

  getToken(scopes: string[], { interactive }: { interactive: boolean }): Promise<string> {
    this.calls.push({ scopes: [...scopes], interactive });
    if (this.fail) return Promise.reject(this.fail);
    const missing = scopes.filter((scope) => !this.granted.has(scope) && !(this.adminConsented && ADMIN_ONLY_SCOPES.includes(scope)));
    if (missing.length === 0) return Promise.resolve(fakeAccessToken(scopes));
    if (!interactive) return Promise.reject(new TokenError('interaction-required', 'AADSTS65001: consent needed', scopes, 'consent_required'));
    if (this.popup === 'cancel') return Promise.reject(new TokenError('user-cancelled', 'User cancelled the flow.', scopes, 'user_cancelled'));
    if (this.popup === 'blocked') return Promise.reject(new TokenError('popup-blocked', 'Popup blocked.', scopes, 'popup_window_error'));
    if (missing.some((scope) => ADMIN_ONLY_SCOPES.includes(scope))) {
      return Promise.reject(new TokenError('consent-required', 'AADSTS90094: The grant requires admin permission.', scopes, 'consent_required AADSTS90094'));
    }
    for (const scope of missing) this.granted.add(scope);
    return Promise.resolve(fakeAccessToken(scopes));
  }
}
