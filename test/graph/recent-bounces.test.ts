/**
 * The user's recent bounces from the fake Graph: the message-class query and
 * the subject-prefix fallback, merged newest first without duplicates, paged,
 * last 30 days only; the body text and the MIME of one.
 */
import { GraphClient } from '../../src/graph/graph-client';
import {
  GraphRecentBounces,
  RecentBounceListing,
  messageClassFilter,
  recentBouncesQuery,
  subjectFilter,
} from '../../src/graph/recent-bounces';
import { FakeTokenSource } from './support/fake-token-source';
import { useFakeGraph } from './support/graph';

const NOW = new Date('2026-11-26T12:00:00Z');
const fixture = useFakeGraph({ now: NOW, extraBounces: 12 });
const silent = { interactive: false };

describe('the queries', () => {
  it('filters on the message class through the extended property, received date first', () => {
    expect(messageClassFilter(new Date('2026-10-27T12:00:00.123Z'))).toBe(
      "receivedDateTime ge 2026-10-27T12:00:00Z and singleValueExtendedProperties/Any(ep: ep/id eq 'String 0x001A' and ep/value eq 'REPORT.IPM.Note.NDR')",
    );
  });

  it('falls back to subject prefixes in several languages', () => {
    const filter = subjectFilter(new Date('2026-10-27T12:00:00Z'));
    expect(filter.startsWith('receivedDateTime ge 2026-10-27T12:00:00Z and (startswith(subject,\'Undeliverable\') or ')).toBe(true);
    for (const prefix of ['Onbestelbaar', 'Unzustellbar', 'Non remis', 'Undelivered Mail Returned to Sender']) expect(filter).toContain(`startswith(subject,'${prefix}')`);
  });

  it('orders newest first, selects little, expands the message class, pages by $top', () => {
    const url = new URL(`https://graph.example/v1.0${recentBouncesQuery('message-class', NOW, 10)}`);
    expect(url.pathname).toBe('/v1.0/me/messages');
    expect(url.searchParams.get('$orderby')).toBe('receivedDateTime desc');
    expect(url.searchParams.get('$select')).toBe('id,subject,receivedDateTime,bodyPreview');
    expect(url.searchParams.get('$expand')).toBe("singleValueExtendedProperties($filter=id eq 'String 0x001A')");
    expect(url.searchParams.get('$top')).toBe('10');
  });
});

describe('RecentBounceListing', () => {
  it('merges both queries newest first, without duplicates, within 30 days, page by page', async () => {
    const { client, graph } = fixture();
    const listing = new RecentBounceListing(client, { now: () => NOW, pageSize: 5 });
    const first = await listing.next(silent);
    expect(first.map((bounce) => [bounce.id, bounce.foundBy])).toEqual([
      ['AAMkAD-restricted-en', 'message-class'],
      ['AAMkAD-restricted-nl', 'message-class'],
      ['AAMkAD-blocklisted', 'subject'],
      ['AAMkAD-dmarc', 'message-class'],
      ['AAMkAD-public-folder', 'message-class'],
    ]);
    expect(first[0]).toMatchObject({ subject: 'Undeliverable: Offer for the spring campaign', receivedDateTime: '2026-11-26T09:36:00Z' });
    expect(first[0]?.bodyPreview).toContain('Delivery has failed to these recipients or groups');
    expect(listing.done).toBe(false);

    const rest: string[] = [];
    while (!listing.done) rest.push(...(await listing.next(silent)).map((bounce) => bounce.id));
    expect(rest).toEqual(Array.from({ length: 12 }, (_, index) => `AAMkAD-extra-${String(index).padStart(3, '0')}`));
    // Not the ordinary message, not the bounce from 40 days ago.
    expect(rest).not.toContain('AAMkAD-lunch');
    expect(rest).not.toContain('AAMkAD-old');
    // Both queries paged through @odata.nextLink ($skip), with Mail.Read only.
    const listRequests = graph.requests.filter((request) => request.path === '/me/messages');
    expect(listRequests.some((request) => request.query['$skip'] === '5')).toBe(true);
    expect(new Set(listRequests.flatMap((request) => request.scopes))).toEqual(new Set(['Mail.Read']));
  });

  it('an empty mailbox: an empty first page, and done', async () => {
    const { client, graph } = fixture();
    graph.data.messages.length = 0;
    const listing = new RecentBounceListing(client, { now: () => NOW });
    await expect(listing.next(silent)).resolves.toEqual([]);
    expect(listing.done).toBe(true);
  });

  it('retries a query the mailbox finds too complex without $orderby (400 InefficientFilter)', async () => {
    const { client, graph } = fixture();
    graph.fault(/singleValueExtendedProperties\/Any.*\$orderby/, { status: 400, code: 'InefficientFilter', message: 'The restriction or sort order is too complex for this operation.' });
    const listing = new RecentBounceListing(client, { now: () => NOW, pageSize: 3 });
    expect((await listing.next(silent)).map((bounce) => bounce.id)).toEqual(['AAMkAD-restricted-en', 'AAMkAD-restricted-nl', 'AAMkAD-blocklisted']);
    expect(graph.requests.filter((request) => request.status === 400)).toHaveLength(1);
  });

  it('carries on with the message-class query when the subject fallback is refused', async () => {
    const { client, graph } = fixture();
    graph.fault('startswith(subject', { status: 400, code: 'ErrorInvalidRestriction' });
    const listing = new RecentBounceListing(client, { now: () => NOW, pageSize: 3 });
    expect((await listing.next(silent)).map((bounce) => bounce.id)).toEqual(['AAMkAD-restricted-en', 'AAMkAD-restricted-nl', 'AAMkAD-dmarc']);
  });

  it('rejects when it got nothing (403, sign-in); a later try can succeed', async () => {
    const { client, graph } = fixture();
    graph.fault('/me/messages', { status: 403, code: 'ErrorAccessDenied', times: 2 });
    const listing = new RecentBounceListing(client, { now: () => NOW, pageSize: 3 });
    await expect(listing.next(silent)).rejects.toMatchObject({ kind: 'forbidden', code: 'ErrorAccessDenied' });
    expect((await listing.next(silent)).map((bounce) => bounce.id)).toEqual(['AAMkAD-restricted-en', 'AAMkAD-restricted-nl', 'AAMkAD-blocklisted']);
  });

  it('asks for Mail.Read only, and interactively only when told to', async () => {
    const { graph } = fixture();
    const tokens = new FakeTokenSource({ granted: [] });
    const listing = new RecentBounceListing(new GraphClient({ tokens, baseUrl: graph.baseUrl }), { now: () => NOW, pageSize: 2 });
    await expect(listing.next(silent)).rejects.toMatchObject({ name: 'TokenError', kind: 'interaction-required' });
    expect((await listing.next({ interactive: true })).length).toBe(2);
    expect(tokens.calls.every((call) => call.scopes.join() === 'Mail.Read')).toBe(true);
    expect(tokens.granted.has('Mail.Read')).toBe(true);
  });

  it('keeps what it already had when a later page fails (429 past our retries)', async () => {
    const { graph, tokens } = fixture();
    const client = new GraphClient({ tokens, baseUrl: graph.baseUrl, maxRetries: 0 });
    const listing = new RecentBounceListing(client, { now: () => NOW, pageSize: 5 });
    await listing.next(silent);
    graph.fault('$skip=5', { status: 429, retryAfter: '30' });
    await expect(listing.next(silent)).rejects.toMatchObject({ kind: 'throttled', retryAfterSeconds: 30 });
    graph.clearFaults();
    expect((await listing.next(silent))[0]?.id).toBe('AAMkAD-extra-000');
  });
});

describe('one bounce', () => {
  it('its body as text (no attachments), and its MIME', async () => {
    const { client, graph } = fixture();
    const source = new GraphRecentBounces(client, { now: () => NOW });
    const text = await source.bodyText('AAMkAD-restricted-en', silent);
    expect(text).toContain("Remote Server returned '550 5.7.124");
    expect(graph.requests[0]).toMatchObject({ path: '/me/messages/AAMkAD-restricted-en', prefer: 'outlook.body-content-type="text"', query: { $select: 'body' } });
    const mime = await source.mime('AAMkAD-restricted-en', silent);
    expect(mime).toMatch(/^From: Microsoft Outlook <postmaster@contoso.com>/);
    expect(mime).toContain('Content-Type: message/delivery-status');
  });

  it('404 for a message that is gone: a problem the pane can show (not Graph\'s error)', async () => {
    const source = new GraphRecentBounces(fixture().client);
    await expect(source.mime('AAMkAD-deleted', silent)).rejects.toMatchObject({ name: 'GraphProblemError', problem: { kind: 'not-found' } });
    await expect(source.bodyText('AAMkAD-deleted', silent)).rejects.toMatchObject({ problem: { kind: 'not-found' } });
  });

  it('its list rejects with problems too, and says when it is done', async () => {
    const { client, graph } = fixture();
    graph.fault('/me/messages', { status: 403, code: 'ErrorAccessDenied', times: 2 });
    const cursor = new GraphRecentBounces(client, { now: () => NOW, pageSize: 20 }).list();
    await expect(cursor.next(silent)).rejects.toMatchObject({ problem: { kind: 'forbidden', code: 'ErrorAccessDenied' } });
    expect((await cursor.next(silent)).length).toBe(17);
    expect(cursor.done).toBe(true);
  });
});
