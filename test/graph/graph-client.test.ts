/**
 * The Graph client over real HTTP against the fake Graph server on loopback:
 * the bearer token, JSON, paging, throttling (429/503 with Retry-After), and
 * each failure as its own kind. The token source is faked at its seam.
 */
import { GraphClient, GraphError, odataString, retryAfterSeconds } from '../../src/graph/graph-client';
import { TokenError } from '../../src/graph/token-source';
import { fakeAccessToken } from '../fake-graph/tokens';
import { FakeTokenSource } from './support/fake-token-source';
import { useFakeGraph } from './support/graph';

const fixture = useFakeGraph({ ownersPageSize: 1 });
const groups = { scopes: ['GroupMember.Read.All'] };

describe('requests', () => {
  it('sends the token for the scopes asked for, and reads JSON', async () => {
    const { client, graph, tokens } = fixture();
    const page = await client.getPage<{ id: string; displayName: string }>(`/groups?$filter=${encodeURIComponent("mail eq 'sales-all@contoso.com'")}&$select=id,displayName`, groups);
    expect(page.value).toEqual([{ id: 'g-sales-all', displayName: 'Sales All' }]);
    expect(page.nextLink).toBeUndefined();
    expect(tokens.calls).toEqual([{ scopes: ['GroupMember.Read.All'], interactive: false }]);
    expect(graph.requests[0]).toMatchObject({ path: '/groups', scopes: ['GroupMember.Read.All'], status: 200 });
  });

  it('follows @odata.nextLink through every page', async () => {
    const { client, graph } = fixture();
    const owners = await client.getAll<{ id: string }>('/groups/g-sales-all/owners?$select=id,displayName', groups);
    expect(owners.map((owner) => owner.id)).toEqual(['u-megan', 'u-alex']);
    expect(graph.requests.map((request) => request.query['$skiptoken'] ?? '')).toEqual(['', '1']);
  });

  it('stops after maxItems', async () => {
    const { client } = fixture();
    const owners = await client.getAll<{ id: string }>('/groups/g-sales-all/owners', { ...groups, maxItems: 1 });
    expect(owners).toHaveLength(1);
  });

  it('passes the interactive flag to the token source', async () => {
    const { client, tokens } = fixture();
    await client.getJson('/groups/g-sales-all/owners', { ...groups, interactive: true });
    expect(tokens.calls[0]?.interactive).toBe(true);
  });

  it('reads bytes and text ($value)', async () => {
    const { client } = fixture();
    const photo = await client.getBytes('/users/u-megan/photos/48x48/$value', { scopes: ['User.ReadBasic.All'] });
    expect(photo.contentType).toBe('image/png');
    expect([...photo.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const mime = await client.getText('/me/messages/AAMkAD-restricted-en/$value', { scopes: ['Mail.Read'] });
    expect(mime).toContain('Subject: Undeliverable: Offer for the spring campaign');
  });

  it('POSTs a JSON body with its Content-Type and reads the JSON answer; a GET sends neither', async () => {
    const { graph } = fixture();
    const sent: Array<{ method: string | undefined; contentType: string | null; body: unknown }> = [];
    const client = new GraphClient({
      tokens: new FakeTokenSource({ granted: ['Mail.Read'] }),
      baseUrl: graph.baseUrl,
      fetch: (input, init) => {
        sent.push({ method: init?.method, contentType: new Headers(init?.headers).get('content-type'), body: init?.body });
        return globalThis.fetch(input, init);
      },
    });
    const answer = await client.postJson<{ value: Array<{ emailAddress: { address: string }; deliveryRestricted?: boolean }> }>(
      '/me/getMailTips',
      { EmailAddresses: ['sales-all@contoso.com'], MailTipsOptions: 'deliveryRestriction' },
      { scopes: ['Mail.Read'] },
    );
    expect(answer.value).toEqual([{ emailAddress: { address: 'sales-all@contoso.com' }, deliveryRestricted: true }]);
    expect(graph.requests[0]).toMatchObject({ method: 'POST', contentType: 'application/json', body: { EmailAddresses: ['sales-all@contoso.com'] }, status: 200 });
    await client.getText('/me/messages/AAMkAD-restricted-en/$value', { scopes: ['Mail.Read'] });
    expect(sent).toEqual([
      { method: 'POST', contentType: 'application/json', body: '{"EmailAddresses":["sales-all@contoso.com"],"MailTipsOptions":"deliveryRestriction"}' },
      { method: 'GET', contentType: null, body: undefined },
    ]);
  });

  it('the fake refuses a POST without a JSON Content-Type, so a client that forgets it fails here', async () => {
    const { graph } = fixture();
    const response = await fetch(`${graph.baseUrl}/me/getMailTips`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${fakeAccessToken(['Mail.Read'])}` },
      body: 'EmailAddresses=sales-all@contoso.com',
    });
    expect(response.status).toBe(415);
  });

  it('never sends the token to a nextLink on another host', async () => {
    const { client } = fixture();
    expect(() => client.resolve('https://evil.example/v1.0/groups')).toThrow(GraphError);
    expect(() => client.resolve(`${client.baseUrl.replace('/v1.0', '/beta')}/groups`)).toThrow(/outside/);
    expect(client.resolve(`${client.baseUrl}/groups?$skip=1`)).toBe(`${client.baseUrl}/groups?$skip=1`);
  });
});

describe('throttling', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    const { client, graph, slept } = fixture();
    graph.fault('/groups', { status: 429, retryAfter: '3', times: 2 });
    const page = await client.getPage(`/groups?$filter=${encodeURIComponent("mail eq 'sales-all@contoso.com'")}`, groups);
    expect(page.value).toHaveLength(1);
    expect(slept).toEqual([3000, 3000]);
    expect(graph.requests.map((request) => request.status)).toEqual([429, 429, 200]);
  });

  it('gives up after the bounded number of retries, saying how long to wait', async () => {
    const { client, graph, slept } = fixture();
    graph.fault('/groups', { status: 429, retryAfter: '2' });
    const error = await client.getJson('/groups?$filter=x', groups).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ kind: 'throttled', status: 429, code: 'TooManyRequests', retryAfterSeconds: 2 });
    expect(slept).toEqual([2000, 2000]);
    expect(graph.requests).toHaveLength(3);
  });

  it('does not sit out a Retry-After longer than the cap', async () => {
    const { client, graph, slept } = fixture();
    graph.fault('/groups', { status: 429, retryAfter: '120' });
    await expect(client.getJson('/groups?$filter=x', groups)).rejects.toMatchObject({ kind: 'throttled', retryAfterSeconds: 120 });
    expect(slept).toEqual([]);
    expect(graph.requests).toHaveLength(1);
  });

  it('backs off on 503 without Retry-After', async () => {
    const { client, graph, slept } = fixture();
    graph.fault('/me/messages', { status: 503, code: 'ServiceUnavailable', times: 2 });
    await client.getJson('/me/messages?$top=1', { scopes: ['Mail.Read'] });
    expect(slept).toEqual([1000, 2000]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(retryAfterSeconds(new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(30);
    expect(retryAfterSeconds('soon')).toBeUndefined();
    expect(retryAfterSeconds(null)).toBeUndefined();
  });
});

describe('failures, each its own kind', () => {
  it('403 Authorization_RequestDenied', async () => {
    const { client, graph } = fixture();
    graph.fault('/owners', { status: 403 });
    await expect(client.getJson('/groups/g-sales-all/owners', groups)).rejects.toMatchObject({
      name: 'GraphError',
      kind: 'forbidden',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
  });

  it('403 when the token lacks the scope (the server checks scp)', async () => {
    const graph = fixture().graph;
    const client = new GraphClient({ tokens: new FakeTokenSource({ granted: ['Mail.Read'] }), baseUrl: graph.baseUrl });
    // The fake token source hands out a token for the asked scopes; ask with the wrong one.
    await expect(client.getJson('/groups/g-sales-all/owners', { scopes: ['Mail.Read'] })).rejects.toMatchObject({ kind: 'forbidden', code: 'Authorization_RequestDenied' });
  });

  it('404 with Graph\'s code', async () => {
    const { client } = fixture();
    await expect(client.getText('/me/messages/nope/$value', { scopes: ['Mail.Read'] })).rejects.toMatchObject({ kind: 'not-found', status: 404, code: 'ErrorItemNotFound' });
  });

  it('401 for a missing or expired token', async () => {
    const graph = fixture().graph;
    const client = new GraphClient({ tokens: { getToken: () => Promise.resolve('not-a-jwt') }, baseUrl: graph.baseUrl });
    await expect(client.getJson('/groups?$filter=x', groups)).rejects.toMatchObject({ kind: 'unauthorized', code: 'InvalidAuthenticationToken' });
  });

  it('400 as bad-request, 500 as server', async () => {
    const { client, graph } = fixture();
    await expect(client.getJson(`/groups?$filter=${encodeURIComponent('startswith(displayName,\'S\')')}`, groups)).rejects.toMatchObject({ kind: 'bad-request', status: 400 });
    graph.fault('/owners', { status: 500 });
    await expect(client.getJson('/groups/g-sales-all/owners', groups)).rejects.toMatchObject({ kind: 'server', status: 500 });
  });

  it('offline: fetch itself failing (a closed port)', async () => {
    const { graph } = fixture();
    const url = graph.baseUrl;
    await graph.close();
    const client = new GraphClient({ tokens: new FakeTokenSource({ granted: ['GroupMember.Read.All'] }), baseUrl: url });
    await expect(client.getJson('/groups?$filter=x', groups)).rejects.toMatchObject({ name: 'GraphError', kind: 'offline' });
  });

  it('timeout as its own kind', async () => {
    const client = new GraphClient({
      tokens: new FakeTokenSource({ granted: ['GroupMember.Read.All'] }),
      baseUrl: 'https://graph.example/v1.0',
      timeoutMs: 20,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    });
    await expect(client.getJson('/groups', groups)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('not JSON where JSON was promised', async () => {
    const { client } = fixture();
    await expect(client.getJson('/me/messages/AAMkAD-dmarc/$value', { scopes: ['Mail.Read'] })).rejects.toMatchObject({ kind: 'bad-response' });
  });

  it('lets sign-in failures through as TokenError, without calling Graph', async () => {
    const { graph } = fixture();
    const client = new GraphClient({ tokens: new FakeTokenSource(), baseUrl: graph.baseUrl });
    await expect(client.getJson('/groups?$filter=x', groups)).rejects.toBeInstanceOf(TokenError);
    expect(graph.requests).toHaveLength(0);
  });
});

describe('odataString', () => {
  it('quotes and doubles single quotes', () => {
    expect(odataString("o'brien@contoso.com")).toBe("'o''brien@contoso.com'");
  });
});
