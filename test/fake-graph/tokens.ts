/**
 * Fake Microsoft identity tokens: unsigned JWTs (header `alg: none`) with the
 * claims our code and our fakes read. Used by the fake Graph server (to check
 * the `Authorization: Bearer` header and its scopes), by the fake token source
 * in the unit tests, and by the fake NAA bridge in the browser (so no Node APIs).
 *
 * Real tokens are signed by Entra ID; nothing of ours verifies signatures (Graph does).
 */

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

export interface FakeIdentity {
  /** Object id of the user. */
  oid: string;
  /** Tenant id. */
  tid: string;
  /** Sign-in name (UPN). */
  upn: string;
  name: string;
}

export const SIGNED_IN_USER: FakeIdentity = {
  oid: '00000000-0000-4000-8000-0000000000a1',
  tid: '00000000-0000-4000-8000-00000000c0de',
  upn: 'jan.devries@fabrikam.com',
  name: 'Jan de Vries',
};

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function fakeJwt(claims: Record<string, unknown>): string {
  return `${base64url(JSON.stringify({ typ: 'JWT', alg: 'none' }))}.${base64url(JSON.stringify(claims))}.fake-signature`;
}

export function decodeJwt(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(fromBase64url(payload)) as unknown;
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const now = (): number => Math.floor(Date.now() / 1000);

/** An access token for Graph with these delegated scopes (`scp`, space-separated as Entra writes it). */
export function fakeAccessToken(scopes: readonly string[], identity: FakeIdentity = SIGNED_IN_USER, lifetimeSeconds = 3600): string {
  const issued = now();
  return fakeJwt({
    aud: GRAPH_AUDIENCE,
    iss: `https://sts.windows.net/${identity.tid}/`,
    iat: issued,
    nbf: issued,
    exp: issued + lifetimeSeconds,
    scp: scopes.join(' '),
    oid: identity.oid,
    tid: identity.tid,
    upn: identity.upn,
    name: identity.name,
  });
}

/** An ID token for our app (what MSAL decodes for the account). */
export function fakeIdToken(clientId: string, identity: FakeIdentity = SIGNED_IN_USER, lifetimeSeconds = 3600): string {
  const issued = now();
  return fakeJwt({
    ver: '2.0',
    aud: clientId,
    iss: `https://login.microsoftonline.com/${identity.tid}/v2.0`,
    iat: issued,
    nbf: issued,
    exp: issued + lifetimeSeconds,
    name: identity.name,
    preferred_username: identity.upn,
    oid: identity.oid,
    sub: `sub-${identity.oid}`,
    tid: identity.tid,
  });
}
