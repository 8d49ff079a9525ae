/**
 * The published owner directory (owners.json beside the pane): how the pane
 * fetches it (its own origin, once per pane session, 404 = no directory), what
 * it makes of a good, a missing and a broken file, and the order of the
 * directories: the file first, then Microsoft Graph (the real GraphOwnerDirectory
 * over the fake Graph server) for the groups the file does not list.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphOwnerDirectory } from '../../src/graph/graph-owner-directory';
import { chainOwnerDirectories } from '../../src/taskpane/owners/owner-directory';
import { PublishedOwnerDirectory, fetchPublishedFile, publishedDirectoryState } from '../../src/taskpane/owners/published-owner-directory';
import { useFakeGraph } from '../graph/support/graph';

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'owners', 'contoso-owners.json'));

/** A web host on loopback that serves what the test says at /addin/owners.json, and counts the requests. */
function host(respond: (res: import('node:http').ServerResponse) => void) {
  const requests: Array<{ url: string; cacheControl: string | undefined }> = [];
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', cacheControl: req.headers['cache-control'] });
    if (req.url === '/addin/owners.json') respond(res);
    else res.writeHead(404).end();
  });
  return {
    requests,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/addin/taskpane.html`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('fetching owners.json', () => {
  it('asks for owners.json beside the page, revalidating (the admin refreshes it at any time)', async () => {
    const web = host((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(FIXTURE));
    const base = await web.start();
    try {
      const file = await fetchPublishedFile(base);
      expect(file.status).toBe('ok');
      expect(web.requests.map((request) => request.url)).toEqual(['/addin/owners.json']);
      // Fetch's cache mode "no-cache" asks the host to revalidate: `Cache-Control: max-age=0` (Fetch standard, HTTP-network-or-cache fetch).
      expect(web.requests[0]?.cacheControl).toBe('max-age=0');
    } finally {
      await web.stop();
    }
  });

  it('404 means no directory; a server error or no connection means unreachable', async () => {
    const missing = host((res) => res.writeHead(404).end());
    const broken = host((res) => res.writeHead(500).end('oops'));
    const baseMissing = await missing.start();
    const baseBroken = await broken.start();
    try {
      expect(await fetchPublishedFile(baseMissing.replace('/addin/', '/elsewhere/'))).toEqual({ status: 'absent' });
      expect(await fetchPublishedFile(baseMissing)).toEqual({ status: 'absent' });
      expect(await fetchPublishedFile(baseBroken)).toEqual({ status: 'unreachable', message: 'HTTP 500' });
    } finally {
      await missing.stop();
      await broken.stop();
    }
    expect((await fetchPublishedFile(baseBroken)).status).toBe('unreachable');
  });

  it('refuses a file over 20 MB by its declared length, without reading it', async () => {
    const fetcher = (() => Promise.resolve(new Response('{}', { status: 200, headers: { 'content-length': String(21 * 1024 * 1024) } }))) as typeof fetch;
    expect(await fetchPublishedFile('https://bounce.contoso.com/taskpane.html', fetcher)).toEqual({ status: 'too-large', size: 21 * 1024 * 1024 });
  });

  it('is fetched once per pane session, however many groups are looked up', async () => {
    let loads = 0;
    const directory = new PublishedOwnerDirectory(() => {
      loads++;
      return Promise.resolve({ status: 'ok', bytes: new Uint8Array(FIXTURE) });
    });
    await directory.preload();
    await Promise.all([directory.lookupOwners({ address: 'sales-all@contoso.com' }), directory.lookupOwners({ address: 'directie@contoso.nl' })]);
    expect(loads).toBe(1);
  });
});

describe('looking a group up in the file', () => {
  const directory = new PublishedOwnerDirectory(() => Promise.resolve({ status: 'ok', bytes: new Uint8Array(FIXTURE) }));

  it('by any of its addresses, case-insensitively, with the owners, the moderators and the file date', async () => {
    const byAlias = await directory.lookupOwners({ address: 'BOARD@contoso.com' });
    expect(byAlias).toEqual({
      status: 'found',
      source: { kind: 'published', generated: '2026-12-01T06:00:00Z' },
      owners: [{ displayName: 'Willem Bakker', mail: 'willem.bakker@contoso.nl' }],
      group: {
        name: 'Directie',
        kind: 'distribution-list',
        moderators: [
          { displayName: 'Eva Smit', mail: 'eva.smit@contoso.nl' },
          { displayName: 'Lars Mulder', mail: 'lars.mulder@contoso.nl' },
        ],
        requireSenderAuthentication: true,
      },
    });
  });

  it('by its name when the bounce gives no address', async () => {
    expect(await directory.lookupOwners({ name: 'verkoop benelux' })).toMatchObject({ status: 'found', owners: [{ displayName: 'Anna de Boer' }] });
  });

  it('a listed group without owners, and a group the file does not list', async () => {
    expect(await directory.lookupOwners({ address: 'finance-approvers@contoso.com' })).toMatchObject({ status: 'no-owners', reason: 'none-published' });
    expect(await directory.lookupOwners({ address: 'nobody@contoso.com' })).toEqual({ status: 'not-found' });
  });

  it('a broken file is not used at all, and its first problem travels with the answer', () => {
    const state = publishedDirectoryState({ status: 'ok', bytes: new TextEncoder().encode('{"version": 2, "generated": "2026-12-01T06:00:00Z", "groups": []}') });
    expect(state.status).toBe('unusable');
    expect(state.status === 'unusable' && state.problem).toMatch(/^version: /);
  });
});

describe('the order of the directories: owners.json, then Microsoft Graph', () => {
  const fixture = useFakeGraph();

  it('the file for the groups it lists, Graph for the others, and a broken file passed over with its problem', async () => {
    const { client, graph } = fixture();
    const file = new PublishedOwnerDirectory(() => Promise.resolve({ status: 'ok', bytes: new Uint8Array(FIXTURE) }));
    const chain = chainOwnerDirectories(file, new GraphOwnerDirectory(client));

    // Sales All is in the file: Graph is not asked.
    expect(await chain.lookupOwners({ address: 'sales-all@contoso.com' })).toMatchObject({ status: 'found', source: { kind: 'published' } });
    expect(graph.requests).toHaveLength(0);

    // Falcon is not: Graph answers (a Microsoft 365 group whose owners all left).
    expect(await chain.lookupOwners({ address: 'falcon@contoso.com' })).toEqual({ status: 'no-owners', reason: 'other', source: { kind: 'graph' } });
    expect(graph.requests.length).toBeGreaterThan(0);

    const broken = new PublishedOwnerDirectory(() => Promise.resolve({ status: 'ok', bytes: new TextEncoder().encode('') }));
    const answer = await chainOwnerDirectories(broken, new GraphOwnerDirectory(client)).lookupOwners({ address: 'falcon@contoso.com' });
    expect(answer).toMatchObject({ status: 'no-owners', source: { kind: 'graph' } });
    expect(answer.publishedProblem).toMatch(/empty/);
  });

  it('no file and no Graph: not configured; a file that does not list the group: not found', async () => {
    const absent = new PublishedOwnerDirectory(() => Promise.resolve({ status: 'absent' }));
    expect(await chainOwnerDirectories(absent).lookupOwners({ address: 'x@contoso.com' })).toEqual({ status: 'not-configured' });
    const file = new PublishedOwnerDirectory(() => Promise.resolve({ status: 'ok', bytes: new Uint8Array(FIXTURE) }));
    expect(await chainOwnerDirectories(absent, file).lookupOwners({ address: 'x@contoso.com' })).toEqual({ status: 'not-found' });
  });
});
