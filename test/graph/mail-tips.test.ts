/**
 * "Check again" over real HTTP against the fake Graph server: the POST to
 * /me/getMailTips (body, Content-Type, scope), each answer the pane tells apart,
 * and every failure as a problem the pane can show, never a rejection. The token
 * source is faked at its seam.
 */
import { GraphClient } from '../../src/graph/graph-client';
import { DELIVERY_MAIL_TIPS, GraphDeliveryCheck, getDeliveryTips } from '../../src/graph/mail-tips';
import { TokenError } from '../../src/graph/token-source';
import { GROUPS, OUTSIDE_ADDRESS } from '../fake-graph/tenant';
import { FakeTokenSource } from './support/fake-token-source';
import { useFakeGraph } from './support/graph';

const fixture = useFakeGraph();
const silent = { interactive: false };

describe('getDeliveryTips', () => {
  it('POSTs the addresses and the two MailTips as JSON, with Mail.Read', async () => {
    const { client, graph, tokens } = fixture();
    await getDeliveryTips(client, ['Sales-All@contoso.com'], silent);
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]).toMatchObject({
      method: 'POST',
      path: '/me/getMailTips',
      contentType: 'application/json',
      body: { EmailAddresses: ['sales-all@contoso.com'], MailTipsOptions: 'deliveryRestriction, moderationStatus' },
      scopes: ['Mail.Read'],
      status: 200,
    });
    expect(DELIVERY_MAIL_TIPS).toBe('deliveryRestriction, moderationStatus');
    expect(tokens.calls).toEqual([{ scopes: ['Mail.Read'], interactive: false }]);
  });

  it('reads each address’s restriction and moderation, and nothing for an address Exchange cannot judge', async () => {
    const { client } = fixture();
    const tips = await getDeliveryTips(client, [GROUPS.salesAll.mail, GROUPS.board.mail, GROUPS.directieOverleg.mail, GROUPS.finance.mail, OUTSIDE_ADDRESS], silent);
    expect(Object.fromEntries(tips)).toEqual({
      'sales-all@contoso.com': { deliveryRestricted: true, isModerated: false },
      'board-2026@contoso.com': { deliveryRestricted: false, isModerated: false },
      'directie-overleg@contoso.nl': { deliveryRestricted: false, isModerated: true },
      // Exchange answered with an error for this one.
      'finance-team@contoso.com': {},
      'partners@fabrikam.com': {},
    });
  });

  it('asks nothing for no address', async () => {
    const { client, graph } = fixture();
    expect((await getDeliveryTips(client, ['  '], silent)).size).toBe(0);
    expect(graph.requests).toHaveLength(0);
  });

  it('passes the click on to the sign-in', async () => {
    const { client, tokens } = fixture();
    await getDeliveryTips(client, [GROUPS.salesAll.mail], { interactive: true });
    expect(tokens.calls[0]?.interactive).toBe(true);
  });

  it('a token without Mail.Read is refused with 403 by Graph', async () => {
    const { graph } = fixture();
    const client = new GraphClient({ tokens: new FakeTokenSource({ granted: ['Mail.Read', 'GroupMember.Read.All'] }), baseUrl: graph.baseUrl });
    const error = await client.postJson('/me/getMailTips', { EmailAddresses: [GROUPS.salesAll.mail], MailTipsOptions: DELIVERY_MAIL_TIPS }, { scopes: ['GroupMember.Read.All'] }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, code: 'ErrorAccessDenied' });
  });
});

describe('GraphDeliveryCheck', () => {
  it.each([
    [GROUPS.salesAll.mail, 'restricted'],
    [GROUPS.board.mail, 'open'],
    [GROUPS.directieOverleg.mail, 'moderated'],
    [GROUPS.finance.mail, 'unknown'],
    [OUTSIDE_ADDRESS, 'unknown'],
  ])('%s → %s', async (address, status) => {
    const { client } = fixture();
    await expect(new GraphDeliveryCheck(client).check(address)).resolves.toEqual({ status });
  });

  it('asks Exchange again on every check: the owner may have changed the group meanwhile', async () => {
    const { client, graph } = fixture();
    const check = new GraphDeliveryCheck(client);
    await expect(check.check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'restricted' });
    graph.data.mailTips!['sales-all@contoso.com'] = { deliveryRestricted: false, isModerated: false };
    await expect(check.check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'open' });
    expect(graph.requests.map((request) => request.path)).toEqual(['/me/getMailTips', '/me/getMailTips']);
  });

  it('waits out a 429 as Graph asks and then answers', async () => {
    const { client, graph, slept } = fixture();
    graph.fault('/me/getMailTips', { status: 429, retryAfter: '2', times: 1 });
    await expect(new GraphDeliveryCheck(client).check(GROUPS.board.mail)).resolves.toEqual({ status: 'open' });
    expect(slept).toEqual([2000]);
    expect(graph.requests.map((request) => request.status)).toEqual([429, 200]);
    // The retry sends the same body.
    expect(graph.requests[1]?.body).toEqual(graph.requests[0]?.body);
  });

  it('still throttled after the retries: a problem saying how long to wait', async () => {
    const { client, graph } = fixture();
    graph.fault('/me/getMailTips', { status: 429, retryAfter: '7' });
    await expect(new GraphDeliveryCheck(client).check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'problem', problem: { kind: 'throttled', retryAfterSeconds: 7 } });
    expect(graph.requests).toHaveLength(3);
  });

  it('403 from the mailbox: a forbidden problem', async () => {
    const { client, graph } = fixture();
    graph.fault('/me/getMailTips', { status: 403, code: 'ErrorAccessDenied' });
    await expect(new GraphDeliveryCheck(client).check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'problem', problem: { kind: 'forbidden', code: 'ErrorAccessDenied' } });
  });

  it('not signed in yet: a sign-in problem, and a click signs in and answers', async () => {
    const { graph } = fixture();
    const tokens = new FakeTokenSource({ granted: [] });
    const check = new GraphDeliveryCheck(new GraphClient({ tokens, baseUrl: graph.baseUrl }));
    await expect(check.check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'problem', problem: { kind: 'sign-in' } });
    expect(graph.requests).toHaveLength(0);
    await expect(check.check(GROUPS.salesAll.mail, { interactive: true })).resolves.toEqual({ status: 'restricted' });
    expect(tokens.calls.map((call) => call.interactive)).toEqual([false, true]);
  });

  it('never rejects: offline, a server error, an answer that is not JSON', async () => {
    const { graph } = fixture();
    const offline = new GraphDeliveryCheck(new GraphClient({ tokens: new FakeTokenSource({ granted: ['Mail.Read'] }), baseUrl: 'http://127.0.0.1:1/v1.0' }));
    await expect(offline.check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'problem', problem: { kind: 'offline' } });

    const tokens = new FakeTokenSource({ granted: ['Mail.Read'] });
    graph.fault('/me/getMailTips', { status: 500, times: 1 });
    const check = new GraphDeliveryCheck(new GraphClient({ tokens, baseUrl: graph.baseUrl }));
    await expect(check.check(GROUPS.salesAll.mail)).resolves.toMatchObject({ status: 'problem', problem: { kind: 'failed' } });

    const notJson = new GraphDeliveryCheck(
      new GraphClient({ tokens, baseUrl: graph.baseUrl, fetch: () => Promise.resolve(new Response('<html>proxy login</html>', { status: 200 })) }),
    );
    await expect(notJson.check(GROUPS.salesAll.mail)).resolves.toMatchObject({ status: 'problem', problem: { kind: 'failed' } });

    const broken = new GraphDeliveryCheck(new GraphClient({ tokens: new FakeTokenSource({ fail: new TokenError('unavailable', 'No NAA here.', ['Mail.Read']) }), baseUrl: graph.baseUrl }));
    await expect(broken.check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'problem', problem: { kind: 'unavailable' } });
  });

  it('an answer without a value list, or about another address, is unknown', async () => {
    const { graph } = fixture();
    const tokens = new FakeTokenSource({ granted: ['Mail.Read'] });
    const answering = (body: unknown) =>
      new GraphDeliveryCheck(new GraphClient({ tokens, baseUrl: graph.baseUrl, fetch: () => Promise.resolve(Response.json(body)) }));
    await expect(answering({}).check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'unknown' });
    await expect(answering({ value: [{ emailAddress: { address: 'other@contoso.com' }, deliveryRestricted: false }] }).check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'unknown' });
    await expect(answering({ value: [{ emailAddress: { address: 'SALES-ALL@contoso.com' }, deliveryRestricted: 'no' }] }).check(GROUPS.salesAll.mail)).resolves.toEqual({ status: 'unknown' });
  });
});
