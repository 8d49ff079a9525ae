/**
 * The fake NAA bridge speaks MSAL's bridge protocol (BridgeProxy, @azure/msal-browser 5.30):
 * JSON request envelopes in, JSON response envelopes out to the 'message' listeners; and the
 * browser bundle installs it as `window.nestedAppAuthBridge` when asked to.
 * (test/graph/token-source.test.ts runs the real MSAL against it.)
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { decodeJwt } from '../fake-graph/tokens';
import { createFakeNaaBridge, type FakeNaaConfig, type FakeNaaControl } from './naa-bridge';

const CLIENT_ID = '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
let sequence = 0;

function ask(naa: FakeNaaControl, method: string, scope?: string): Promise<Record<string, unknown>> {
  const requestId = `req-${++sequence}`;
  return new Promise((resolve) => {
    const listener = (response: string | { data: string }) => {
      const envelope = JSON.parse(typeof response === 'string' ? response : response.data) as Record<string, unknown>;
      if (envelope['requestId'] !== requestId) return;
      naa.bridge.removeEventListener('message', listener);
      resolve(envelope);
    };
    naa.bridge.addEventListener('message', listener);
    naa.bridge.postMessage(
      JSON.stringify({
        messageType: 'NestedAppAuthRequest',
        method,
        requestId,
        sendTime: Date.now(),
        clientLibrary: 'msal.js.browser',
        clientLibraryVersion: '5.30.0',
        ...(scope ? { tokenParams: { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/common', scope, correlationId: 'c' } } : {}),
      }),
    );
  });
}

const bridge = (config: FakeNaaConfig = {}) => createFakeNaaBridge({ latencyMs: 0, ...config });

describe('protocol', () => {
  it('GetInitContext: the SDK and the account context', async () => {
    await expect(ask(bridge(), 'GetInitContext')).resolves.toEqual({
      messageType: 'NestedAppAuthResponse',
      requestId: expect.any(String),
      success: true,
      initContext: {
        sdkName: 'fake-office-naa',
        sdkVersion: '1.1.0',
        capabilities: { queryAccount: false },
        accountContext: { homeAccountId: expect.stringContaining('.'), environment: 'login.microsoftonline.com', tenantId: expect.any(String) },
      },
    });
  });

  it('GetToken for a consented scope: an access token for Graph, an ID token for our app, the account', async () => {
    const naa = bridge({ granted: ['Mail.Read'] });
    const response = (await ask(naa, 'GetToken', 'Mail.Read')) as { success: boolean; token: Record<string, string>; account: Record<string, string> };
    expect(response.success).toBe(true);
    expect(decodeJwt(response.token['access_token']!)).toMatchObject({ aud: 'https://graph.microsoft.com', scp: 'Mail.Read' });
    expect(decodeJwt(response.token['id_token']!)).toMatchObject({ aud: CLIENT_ID, preferred_username: 'jan.devries@fabrikam.com' });
    expect(response.token).toMatchObject({ expires_in: 3600, scope: 'Mail.Read', properties: null });
    expect(response.account).toMatchObject({ environment: 'login.microsoftonline.com', username: 'jan.devries@fabrikam.com' });
    expect(naa.requests).toEqual([{ method: 'GetToken', scope: 'Mail.Read', clientId: CLIENT_ID, success: true }]);
  });

  it('GetToken without consent: USER_INTERACTION_REQUIRED, consent_required, AADSTS65001', async () => {
    const response = await ask(bridge(), 'GetToken', 'Mail.Read openid profile');
    expect(response).toMatchObject({ success: false, error: { status: 'USER_INTERACTION_REQUIRED', code: 'consent_required', description: expect.stringMatching(/^AADSTS65001/) } });
  });

  it('GetTokenPopup: consents a user scope, refuses an admin-only one (AADSTS90094), or the user cancels / the window is blocked', async () => {
    const naa = bridge();
    await expect(ask(naa, 'GetTokenPopup', 'Mail.Read')).resolves.toMatchObject({ success: true });
    await expect(ask(naa, 'GetToken', 'Mail.Read')).resolves.toMatchObject({ success: true });
    await expect(ask(naa, 'GetTokenPopup', 'GroupMember.Read.All')).resolves.toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR', description: expect.stringMatching(/^AADSTS90094/) } });
    naa.setPopup('cancel');
    await expect(ask(naa, 'GetTokenPopup', 'User.ReadBasic.All')).resolves.toMatchObject({ error: { status: 'USER_CANCEL' } });
    naa.setPopup('blocked');
    await expect(ask(naa, 'GetTokenPopup', 'User.ReadBasic.All')).resolves.toMatchObject({ error: { code: 'popup_window_error' } });
  });

  it('an administrator\'s consent covers the admin-only scope silently', async () => {
    await expect(ask(bridge({ adminConsented: true }), 'GetToken', 'GroupMember.Read.All')).resolves.toMatchObject({ success: true });
  });

  it('refuses what is not a NestedAppAuthRequest', () => {
    expect(() => bridge().bridge.postMessage(JSON.stringify({ messageType: 'Other', requestId: 'x' }))).toThrow(/not a NestedAppAuthRequest/);
  });
});

describe('in the fake office.js bundle', () => {
  let bundle = '';
  beforeAll(async () => {
    const result = await build({ entryPoints: [join(__dirname, 'browser-entry.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2020', write: false, logLevel: 'silent' });
    bundle = result.outputFiles[0]?.text ?? '';
  });

  function page(config: Record<string, unknown>): Record<string, unknown> {
    const context: Record<string, unknown> = { setTimeout, clearTimeout, TextEncoder, TextDecoder, btoa, atob, JSON, Promise, __FAKE_OFFICE_CONFIG__: config };
    context['window'] = context;
    runInNewContext(bundle, context);
    return context;
  }

  it('installs window.nestedAppAuthBridge with NestedAppAuth, and its control as __fakeOffice.naa', async () => {
    const window = page({ requirementSets: { NestedAppAuth: '1.1' }, naa: { granted: ['Mail.Read'] } });
    const office = window['Office'] as typeof Office;
    expect(office.context.requirements.isSetSupported('NestedAppAuth', '1.1')).toBe(true);
    expect(typeof (window['nestedAppAuthBridge'] as { postMessage?: unknown }).postMessage).toBe('function');
    expect((window['__fakeOffice'] as { naa?: { requests: unknown[] } }).naa?.requests).toEqual([]);
  });

  it('leaves it out otherwise, as an Outlook without nested app authentication', () => {
    expect(page({})['nestedAppAuthBridge']).toBeUndefined();
    expect(page({ host: null, naa: {} })['nestedAppAuthBridge']).toBeUndefined();
  });
});
