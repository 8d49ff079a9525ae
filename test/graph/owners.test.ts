/**
 * Group owners from the fake Graph: the group found by address (primary or
 * secondary), the kind of group told from its properties, owners and photos,
 * and the pane's OwnerDirectory on top (answers cached, requests de-duplicated,
 * problems not cached).
 */
import { GraphOwnerDirectory } from '../../src/graph/graph-owner-directory';
import { classifyGroup, findGroup, lookupGroupOwners, type GraphGroup, type GroupKind } from '../../src/graph/owners';
import { FakeTokenSource } from './support/fake-token-source';
import { useFakeGraph } from './support/graph';
import { GROUPS } from '../fake-graph/tenant';
import { GraphClient } from '../../src/graph/graph-client';

const fixture = useFakeGraph();
const silent = { interactive: false };

describe('finding the group', () => {
  it('by its primary address', async () => {
    const { client, graph } = fixture();
    expect(await findGroup(client, { address: 'Sales-All@contoso.com' }, silent)).toMatchObject({ id: 'g-sales-all', groupTypes: ['Unified'] });
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]?.query['$filter']).toBe("mail eq 'Sales-All@contoso.com'");
  });

  it('falls back to proxyAddresses for a secondary address', async () => {
    const { client, graph } = fixture();
    expect(await findGroup(client, { address: 'board@contoso.com', name: 'Board' }, silent)).toMatchObject({ id: 'g-board' });
    expect(graph.requests.map((request) => request.query['$filter'])).toEqual(["mail eq 'board@contoso.com'", "proxyAddresses/any(p:p eq 'smtp:board@contoso.com')"]);
  });

  it('by exact name when the bounce gave no address, and only when the name is unique', async () => {
    const { client } = fixture();
    expect(await findGroup(client, { name: 'Finance Team' }, silent)).toMatchObject({ id: 'g-finance' });
    expect(await findGroup(client, { name: 'Nobody' }, silent)).toBeUndefined();
    expect(await findGroup(client, {}, silent)).toBeUndefined();
  });

  it('escapes quotes in the address', async () => {
    const { client, graph } = fixture();
    expect(await findGroup(client, { address: "o'brien@contoso.com" }, silent)).toBeUndefined();
    expect(graph.requests[0]?.query['$filter']).toBe("mail eq 'o''brien@contoso.com'");
  });
});

describe('the kind of group, from its properties', () => {
  it.each<[string, GraphGroup, GroupKind]>([
    ['Microsoft 365 group', GROUPS.salesAll, 'microsoft-365'],
    ['classic distribution list', GROUPS.directieOverleg, 'distribution-list'],
    ['mail-enabled security group', GROUPS.finance, 'mail-enabled-security'],
    ['synced distribution list', GROUPS.legacy, 'synced'],
    ['security group', { id: 'x', groupTypes: [], mailEnabled: false, securityEnabled: true }, 'security'],
    ['synced Microsoft 365 group', { id: 'x', groupTypes: ['Unified'], mailEnabled: true, securityEnabled: false, onPremisesSyncEnabled: true }, 'synced'],
  ])('%s → %s', (_name, group, kind) => {
    expect(classifyGroup(group)).toBe(kind);
  });
});

describe('lookupGroupOwners', () => {
  it('finds a Microsoft 365 group\'s owners, with the photo where there is one', async () => {
    const { client, graph } = fixture();
    const result = await lookupGroupOwners(client, { address: 'sales-all@contoso.com', name: 'Sales All' }, silent);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.owners.map(({ photoDataUrl, ...owner }) => ({ ...owner, photo: photoDataUrl?.slice(0, 22) }))).toEqual([
      { id: 'u-megan', displayName: 'Megan Bowen', mail: 'megan.bowen@contoso.com', jobTitle: 'Sales manager', userPrincipalName: 'megan.bowen@contoso.com', photo: 'data:image/png;base64,' },
      { id: 'u-alex', displayName: 'Alex Wilber', mail: 'alex.wilber@contoso.com', userPrincipalName: 'alexw@contoso.onmicrosoft.com', photo: undefined },
    ]);
    expect(graph.requests.map((request) => `${request.path} ${request.status}`)).toEqual([
      '/groups 200',
      '/groups/g-sales-all/owners 200',
      '/users/u-megan/photos/48x48/$value 200',
      '/users/u-alex/photos/48x48/$value 404',
    ]);
    expect(graph.requests.map((request) => request.scopes.join())).toEqual(['GroupMember.Read.All', 'GroupMember.Read.All', 'User.ReadBasic.All', 'User.ReadBasic.All']);
  });

  it.each([
    ['directie-overleg@contoso.nl', 'distribution-list'],
    ['finance-team@contoso.com', 'mail-enabled-security'],
    ['staff-ams@contoso.com', 'synced'],
  ])('does not ask Graph for owners it does not keep (%s: %s)', async (address, kind) => {
    const { client, graph } = fixture();
    expect(await lookupGroupOwners(client, { address }, silent)).toMatchObject({ status: 'no-owners', kind });
    expect(graph.requests.map((request) => request.path)).toEqual(['/groups']);
  });

  it('a Microsoft 365 group without owners', async () => {
    const { client } = fixture();
    expect(await lookupGroupOwners(client, { address: 'falcon@contoso.com' }, silent)).toMatchObject({ status: 'no-owners', kind: 'microsoft-365' });
  });

  it('a group outside the tenant, or hidden: not found', async () => {
    const { client } = fixture();
    expect(await lookupGroupOwners(client, { address: 'all@fabrikam.com' }, silent)).toEqual({ status: 'not-found' });
    expect(await lookupGroupOwners(client, { address: 'hr-confidential@contoso.com' }, silent)).toEqual({ status: 'not-found' });
  });

  it('a group gone between the two calls (404 on /owners): not found', async () => {
    const { client, graph } = fixture();
    graph.fault('/owners', { status: 404 });
    expect(await lookupGroupOwners(client, { address: 'sales-all@contoso.com' }, silent)).toEqual({ status: 'not-found' });
  });

  it('owners without photos when User.ReadBasic.All is not consented (photos never sign in interactively)', async () => {
    const { graph } = fixture();
    const tokens = new FakeTokenSource({ granted: ['GroupMember.Read.All'] });
    const client = new GraphClient({ tokens, baseUrl: graph.baseUrl });
    const result = await lookupGroupOwners(client, { address: 'sales-all@contoso.com' }, { interactive: true });
    expect(result.status === 'found' && result.owners.every((owner) => !owner.photoDataUrl)).toBe(true);
    expect(tokens.calls.filter((call) => call.scopes.includes('User.ReadBasic.All')).every((call) => !call.interactive)).toBe(true);
  });

  it('a 403 from the directory rejects (the pane says so)', async () => {
    const { client, graph } = fixture();
    graph.fault('/groups', { status: 403 });
    await expect(lookupGroupOwners(client, { address: 'sales-all@contoso.com' }, silent)).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

describe('GraphOwnerDirectory (the pane\'s seam)', () => {
  it('answers in the pane\'s terms', async () => {
    const directory = new GraphOwnerDirectory(fixture().client);
    const found = await directory.lookupOwners({ name: 'Sales All', address: 'sales-all@contoso.com' });
    expect(found.status === 'found' && found.owners.map((owner) => owner.displayName)).toEqual(['Megan Bowen', 'Alex Wilber']);
    expect(found.status === 'found' && found.owners[0]?.photoUrl?.startsWith('data:image/png;base64,')).toBe(true);
    await expect(directory.lookupOwners({ address: 'directie-overleg@contoso.nl' })).resolves.toEqual({ status: 'no-owners', reason: 'distribution-list', source: { kind: 'graph' } });
    await expect(directory.lookupOwners({ address: 'finance-team@contoso.com' })).resolves.toEqual({ status: 'no-owners', reason: 'mail-enabled-security', source: { kind: 'graph' } });
    await expect(directory.lookupOwners({ address: 'staff-ams@contoso.com' })).resolves.toEqual({ status: 'no-owners', reason: 'synced', source: { kind: 'graph' } });
    await expect(directory.lookupOwners({ address: 'falcon@contoso.com' })).resolves.toEqual({ status: 'no-owners', reason: 'other', source: { kind: 'graph' } });
    await expect(directory.lookupOwners({ address: 'all@fabrikam.com' })).resolves.toEqual({ status: 'not-found' });
  });

  it('looks a group up once for the life of the pane, and once while in flight', async () => {
    const { client, graph } = fixture();
    const directory = new GraphOwnerDirectory(client);
    const group = { name: 'Sales All', address: 'sales-all@contoso.com' };
    const [first, second] = await Promise.all([directory.lookupOwners(group), directory.lookupOwners({ address: 'SALES-ALL@contoso.com' })]);
    expect(second).toBe(first);
    await directory.lookupOwners(group);
    expect(directory.lookups).toBe(1);
    expect(graph.requests.filter((request) => request.path === '/groups')).toHaveLength(1);
  });

  it('turns sign-in and Graph failures into problems, and does not keep them', async () => {
    const { graph } = fixture();
    const tokens = new FakeTokenSource({ granted: [] });
    const directory = new GraphOwnerDirectory(new GraphClient({ tokens, baseUrl: graph.baseUrl }));
    const group = { address: 'sales-all@contoso.com' };
    await expect(directory.lookupOwners(group)).resolves.toEqual({ status: 'problem', problem: { kind: 'sign-in' } });
    // The admin-only scope cannot be consented in the popup: the admin must.
    await expect(directory.lookupOwners(group, { interactive: true })).resolves.toEqual({ status: 'problem', problem: { kind: 'consent', adminOnly: true } });
    tokens.adminConsented = true;
    await expect(directory.lookupOwners(group)).resolves.toMatchObject({ status: 'found' });
    expect(directory.lookups).toBe(3);
  });

  it.each([
    [{ status: 403 }, { kind: 'forbidden', code: 'Authorization_RequestDenied' }],
    [{ status: 429, retryAfter: '90' }, { kind: 'throttled', retryAfterSeconds: 90 }],
    [{ status: 500 }, { kind: 'failed', message: 'Fault injected by the test. (generalException)' }],
  ])('Graph fault %j → problem %j', async (fault, problem) => {
    const { client, graph } = fixture();
    graph.fault('/groups', fault);
    await expect(new GraphOwnerDirectory(client).lookupOwners({ address: 'sales-all@contoso.com' })).resolves.toEqual({ status: 'problem', problem });
  });

  it('offline → problem offline', async () => {
    const { graph } = fixture();
    const url = graph.baseUrl;
    await graph.close();
    const directory = new GraphOwnerDirectory(new GraphClient({ tokens: new FakeTokenSource({ granted: ['GroupMember.Read.All'] }), baseUrl: url }));
    await expect(directory.lookupOwners({ address: 'sales-all@contoso.com' })).resolves.toEqual({ status: 'problem', problem: { kind: 'offline' } });
  });
});
