/**
 * @jest-environment jsdom
 *
 * The NAA token source: MSAL's errors mapped to our kinds; silent first and a
 * popup only when interactive; and the whole path through the real MSAL 5.30
 * (`createNestablePublicClientApplication`, BridgeProxy) against our fake of the
 * host's `window.nestedAppAuthBridge`.
 */
import { createNaaTokenSource, tokenErrorFrom, TokenError, type NestedApplication } from '../../src/graph/token-source';
import { createFakeNaaBridge, type FakeNaaConfig } from '../fake-office/naa-bridge';
import { decodeJwt } from '../fake-graph/tokens';

const CLIENT_ID = '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('MSAL errors → our kinds', () => {
  const scopes = ['Mail.Read'];
  it.each([
    [{ errorCode: 'user_cancelled' }, 'user-cancelled'],
    [{ errorCode: 'user_canceled' }, 'user-cancelled'],
    [{ errorCode: 'access_denied', errorMessage: 'AADSTS65004: User declined to consent to access the app.' }, 'user-cancelled'],
    [{ errorCode: 'popup_window_error' }, 'popup-blocked'],
    [{ errorCode: 'empty_window_error' }, 'popup-blocked'],
    [{ errorCode: 'no_network_connectivity' }, 'offline'],
    [{ errorCode: 'consent_required' }, 'consent-required'],
    [{ name: 'InteractionRequiredAuthError', errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: The user or administrator has not consented' }, 'consent-required'],
    [{ errorCode: 'server_error', errorMessage: 'AADSTS90094: The grant requires admin permission.' }, 'consent-required'],
    [{ errorCode: 'interaction_required' }, 'interaction-required'],
    [{ errorCode: 'login_required' }, 'interaction-required'],
    [{ name: 'InteractionRequiredAuthError', errorCode: 'something_new' }, 'interaction-required'],
    [{ errorCode: 'nested_app_auth_bridge_disabled' }, 'unavailable'],
    [{ errorCode: 'unknown_error', errorMessage: 'Boom' }, 'failed'],
    [new Error('plain'), 'failed'],
  ])('%j → %s', (error, kind) => {
    expect(tokenErrorFrom(error, scopes).kind).toBe(kind);
  });

  it('knows which consent only an administrator can give', () => {
    expect(tokenErrorFrom({ errorCode: 'consent_required' }, ['GroupMember.Read.All']).adminConsentNeeded).toBe(true);
    expect(tokenErrorFrom({ errorCode: 'consent_required' }, ['Mail.Read']).adminConsentNeeded).toBe(false);
    expect(tokenErrorFrom({ errorCode: 'interaction_required' }, ['GroupMember.Read.All']).adminConsentNeeded).toBe(false);
  });

  it('keeps MSAL\'s code and the AADSTS number for the details', () => {
    const error = tokenErrorFrom({ errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: not consented' }, scopes);
    expect(error).toMatchObject({ code: 'invalid_grant AADSTS65001', message: 'AADSTS65001: not consented', scopes });
  });
});

describe('createNaaTokenSource with a stand-in application', () => {
  function application(silent: () => Promise<string>, popup: () => Promise<string>): NestedApplication & { popups: number } {
    const app = {
      popups: 0,
      acquireTokenSilent: () => silent().then((accessToken) => ({ accessToken })),
      acquireTokenPopup: () => {
        app.popups++;
        return popup().then((accessToken) => ({ accessToken }));
      },
    };
    return app;
  }

  it('silent only, unless interactive; the popup only after silent failed for interaction', async () => {
    const app = application(
      () => Promise.reject(Object.assign(new Error('x'), { errorCode: 'interaction_required' })),
      () => Promise.resolve('popup-token'),
    );
    const tokens = createNaaTokenSource({ clientId: CLIENT_ID, createApplication: () => Promise.resolve(app) });
    await expect(tokens.getToken(['Mail.Read'], { interactive: false })).rejects.toMatchObject({ kind: 'interaction-required' });
    expect(app.popups).toBe(0);
    await expect(tokens.getToken(['Mail.Read'], { interactive: true })).resolves.toBe('popup-token');
    expect(app.popups).toBe(1);
  });

  it('no popup when silent works, or fails for another reason (offline)', async () => {
    const ok = application(() => Promise.resolve('silent-token'), () => Promise.resolve('popup-token'));
    await expect(createNaaTokenSource({ clientId: CLIENT_ID, createApplication: () => Promise.resolve(ok) }).getToken(['Mail.Read'], { interactive: true })).resolves.toBe('silent-token');
    const offline = application(() => Promise.reject(Object.assign(new Error('x'), { errorCode: 'no_network_connectivity' })), () => Promise.resolve('popup-token'));
    await expect(createNaaTokenSource({ clientId: CLIENT_ID, createApplication: () => Promise.resolve(offline) }).getToken(['Mail.Read'], { interactive: true })).rejects.toMatchObject({ kind: 'offline' });
    expect(ok.popups + offline.popups).toBe(0);
  });

  it('creates the application once; a failed load is tried again next time', async () => {
    let attempts = 0;
    const app = application(() => Promise.resolve('t'), () => Promise.resolve('t'));
    const tokens = createNaaTokenSource({
      clientId: CLIENT_ID,
      createApplication: () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(app)),
    });
    await expect(tokens.getToken(['Mail.Read'], { interactive: false })).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(tokens.getToken(['Mail.Read'], { interactive: false })).resolves.toBe('t');
    await expect(tokens.getToken(['User.ReadBasic.All'], { interactive: false })).resolves.toBe('t');
    expect(attempts).toBe(2);
  });
});

describe('the real MSAL against the fake NAA bridge', () => {
  const windowWithBridge = window as unknown as { nestedAppAuthBridge?: unknown };

  function install(config: FakeNaaConfig) {
    const naa = createFakeNaaBridge({ latencyMs: 1, ...config });
    windowWithBridge.nestedAppAuthBridge = naa.bridge;
    return naa;
  }

  afterEach(() => {
    delete windowWithBridge.nestedAppAuthBridge;
    sessionStorage.clear();
    localStorage.clear();
  });

  it('asks the host for its context, then a token silently; caches it', async () => {
    const naa = install({ granted: ['Mail.Read'] });
    const tokens = createNaaTokenSource({ clientId: CLIENT_ID });
    const token = await tokens.getToken(['Mail.Read'], { interactive: false });
    expect(decodeJwt(token)).toMatchObject({ aud: 'https://graph.microsoft.com', scp: 'Mail.Read', upn: 'jan.devries@fabrikam.com' });
    expect(naa.requests).toEqual([
      { method: 'GetInitContext', success: true },
      { method: 'GetToken', scope: 'Mail.Read', clientId: CLIENT_ID, success: true },
    ]);
    await tokens.getToken(['Mail.Read'], { interactive: false });
    expect(naa.requests).toHaveLength(2); // MSAL's cache answered
  });

  it('missing consent: silent fails as consent-required; the popup (after a click) grants a user scope', async () => {
    const naa = install({ granted: [] });
    const tokens = createNaaTokenSource({ clientId: CLIENT_ID });
    const silent = await tokens.getToken(['Mail.Read'], { interactive: false }).catch((error: unknown) => error);
    expect(silent).toBeInstanceOf(TokenError);
    expect(silent).toMatchObject({ kind: 'consent-required', adminConsentNeeded: false });
    const token = await tokens.getToken(['Mail.Read'], { interactive: true });
    expect(decodeJwt(token)?.['scp']).toBe('Mail.Read');
    expect(naa.requests.map((request) => request.method)).toEqual(['GetInitContext', 'GetToken', 'GetToken', 'GetTokenPopup']);
  });

  it('an admin-only scope cannot be consented in the popup', async () => {
    install({ granted: [] });
    const tokens = createNaaTokenSource({ clientId: CLIENT_ID });
    const error = await tokens.getToken(['GroupMember.Read.All'], { interactive: true }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'consent-required', adminConsentNeeded: true });
  });

  it('after the administrator consented, silent works for the admin-only scope', async () => {
    install({ adminConsented: true });
    const token = await createNaaTokenSource({ clientId: CLIENT_ID }).getToken(['GroupMember.Read.All'], { interactive: false });
    expect(decodeJwt(token)?.['scp']).toBe('GroupMember.Read.All');
  });

  it.each([
    ['cancel', 'user-cancelled'],
    ['blocked', 'popup-blocked'],
  ] as const)('popup %s → %s', async (popup, kind) => {
    install({ granted: [], popup });
    await expect(createNaaTokenSource({ clientId: CLIENT_ID }).getToken(['Mail.Read'], { interactive: true })).rejects.toMatchObject({ kind });
  });

  it('offline at the host → offline', async () => {
    install({ silentError: { status: 'NO_NETWORK' } });
    await expect(createNaaTokenSource({ clientId: CLIENT_ID }).getToken(['Mail.Read'], { interactive: true })).rejects.toMatchObject({ kind: 'offline' });
  });

  it('no bridge at all: refuses MSAL\'s standard fallback instead of opening windows of its own', async () => {
    await expect(createNaaTokenSource({ clientId: CLIENT_ID }).getToken(['Mail.Read'], { interactive: true })).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

describe('one click, several requests', () => {
  afterEach(() => {
    delete (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
    sessionStorage.clear();
  });

  it('opens one sign-in window, not one per request', async () => {
    const naa = createFakeNaaBridge({ latencyMs: 1, granted: [] });
    (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge = naa.bridge;
    const tokens = createNaaTokenSource({ clientId: CLIENT_ID });
    const [a, b] = await Promise.all([tokens.getToken(['Mail.Read'], { interactive: true }), tokens.getToken(['Mail.Read'], { interactive: true })]);
    expect(decodeJwt(a)?.['scp']).toBe('Mail.Read');
    expect(decodeJwt(b)?.['scp']).toBe('Mail.Read');
    expect(naa.requests.filter((request) => request.method === 'GetTokenPopup')).toHaveLength(1);
  });

  it('after the user closed the window, the second request does not open another', async () => {
    const naa = createFakeNaaBridge({ latencyMs: 1, granted: [], popup: 'cancel' });
    (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge = naa.bridge;
    const tokens = createNaaTokenSource({ clientId: CLIENT_ID });
    const results = await Promise.allSettled([tokens.getToken(['Mail.Read'], { interactive: true }), tokens.getToken(['Mail.Read'], { interactive: true })]);
    expect(results.map((result) => result.status === 'rejected' && (result.reason as TokenError).kind)).toEqual(['user-cancelled', 'user-cancelled']);
    expect(naa.requests.filter((request) => request.method === 'GetTokenPopup')).toHaveLength(1);
  });
});
