/** The admin-consent link and the problems the pane shows for each failure. */
import { adminConsentUrl, naaRedirectUri } from '../../src/graph/consent';
import { GraphError } from '../../src/graph/graph-client';
import { graphProblemOf, needsClickToSignIn } from '../../src/graph/problem';
import { TokenError } from '../../src/graph/token-source';

const CLIENT_ID = '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('admin consent link', () => {
  it('is the organizations v2.0 adminconsent endpoint with the client id, the Graph scopes and the NAA redirect', () => {
    const url = new URL(adminConsentUrl({ clientId: CLIENT_ID, addinHost: 'Bounce.Contoso.com' }));
    expect(`${url.origin}${url.pathname}`).toBe('https://login.microsoftonline.com/organizations/v2.0/adminconsent');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('scope')).toBe(
      'https://graph.microsoft.com/GroupMember.Read.All https://graph.microsoft.com/User.ReadBasic.All https://graph.microsoft.com/Mail.Read',
    );
    expect(url.searchParams.get('redirect_uri')).toBe('brk-multihub://bounce.contoso.com');
    expect(url.search).toContain('%20'); // spaces as %20, not +
  });

  it('takes a port as part of the host, and only the scopes asked for', () => {
    expect(naaRedirectUri('localhost:3000')).toBe('brk-multihub://localhost:3000');
    const url = new URL(adminConsentUrl({ clientId: CLIENT_ID, addinHost: 'bounce.contoso.com', scopes: ['GroupMember.Read.All'] }));
    expect(url.searchParams.get('scope')).toBe('https://graph.microsoft.com/GroupMember.Read.All');
  });
});

describe('graphProblemOf', () => {
  it.each([
    [new TokenError('interaction-required', 'x', ['Mail.Read']), { kind: 'sign-in' }],
    [new TokenError('consent-required', 'x', ['GroupMember.Read.All']), { kind: 'consent', adminOnly: true }],
    [new TokenError('consent-required', 'x', ['Mail.Read']), { kind: 'consent', adminOnly: false }],
    [new TokenError('popup-blocked', 'x', []), { kind: 'popup-blocked' }],
    [new TokenError('user-cancelled', 'x', []), { kind: 'cancelled' }],
    [new TokenError('offline', 'x', []), { kind: 'offline' }],
    [new TokenError('unavailable', 'x', []), { kind: 'unavailable' }],
    [new TokenError('failed', 'Boom', [], 'unknown_error'), { kind: 'failed', message: 'Boom (unknown_error)' }],
    [new GraphError('unauthorized', 'x', 401), { kind: 'sign-in' }],
    [new GraphError('forbidden', 'x', 403, 'ErrorAccessDenied'), { kind: 'forbidden', code: 'ErrorAccessDenied' }],
    [new GraphError('not-found', 'x', 404), { kind: 'not-found' }],
    [new GraphError('throttled', 'x', 429, 'TooManyRequests', 40), { kind: 'throttled', retryAfterSeconds: 40 }],
    [new GraphError('throttled', 'x', 503), { kind: 'throttled' }],
    [new GraphError('offline', 'Failed to fetch'), { kind: 'offline' }],
    [new GraphError('timeout', 'slow'), { kind: 'offline' }],
    [new GraphError('server', 'Oops', 500, 'generalException'), { kind: 'failed', message: 'Oops (generalException)' }],
    [new Error('bug'), { kind: 'failed', message: 'bug' }],
  ])('case %# → %j', (error, problem) => {
    expect(graphProblemOf(error)).toEqual(problem);
  });

  it('knows which problems a click on "Sign in" can solve', () => {
    expect(needsClickToSignIn({ kind: 'sign-in' })).toBe(true);
    expect(needsClickToSignIn({ kind: 'consent', adminOnly: false })).toBe(true);
    expect(needsClickToSignIn({ kind: 'consent', adminOnly: true })).toBe(false);
    expect(needsClickToSignIn({ kind: 'offline' })).toBe(false);
  });
});
