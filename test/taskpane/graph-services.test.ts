/**
 * When the Graph features are on (a client id in the build AND NestedAppAuth 1.1
 * in Outlook), and the services they get: here wired to the fake Graph server
 * over HTTP with the token source faked at its seam.
 */
import { DEFAULT_CONFIG } from '../../src/taskpane/config';
import { graphEnabled, graphServicesFor } from '../../src/taskpane/graph-services';
import { startFakeGraph, type FakeGraph } from '../fake-graph/server';
import { tenant } from '../fake-graph/tenant';
import { FakeTokenSource } from '../graph/support/fake-token-source';
import { FakeMailHost } from './support/fake-host';

const withId = { ...DEFAULT_CONFIG, graphClientId: '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' };
const naaHost = new FakeMailHost({ capabilities: ['compose', 'headers', 'pinning', 'nested-app-auth'] });
const oldHost = new FakeMailHost();

describe('graphEnabled', () => {
  it('needs both the client id and nested app authentication', () => {
    expect(graphEnabled(withId, naaHost)).toBe(true);
    expect(graphEnabled(withId, oldHost)).toBe(false);
    expect(graphEnabled(DEFAULT_CONFIG, naaHost)).toBe(false);
    expect(graphEnabled(withId, new FakeMailHost({ kind: 'standalone', capabilities: ['compose'] }))).toBe(false);
  });
});

describe('graphServicesFor', () => {
  let graph: FakeGraph;
  beforeAll(async () => {
    graph = await startFakeGraph({ data: await tenant() });
  });
  afterAll(() => graph.close());

  it('gives nothing when off: the pane is as before', async () => {
    await expect(graphServicesFor(oldHost, withId)).resolves.toBeUndefined();
    await expect(graphServicesFor(naaHost, DEFAULT_CONFIG)).resolves.toBeUndefined();
  });

  it('gives an owner directory and the recent bounces when on', async () => {
    const tokens = new FakeTokenSource({ granted: ['GroupMember.Read.All', 'User.ReadBasic.All', 'Mail.Read'] });
    const services = await graphServicesFor(naaHost, withId, { tokens, baseUrl: graph.baseUrl });
    const owners = await services?.ownerDirectory?.lookupOwners({ name: 'Sales All', address: 'sales-all@contoso.com' });
    expect(owners?.status === 'found' && owners.owners.map((owner) => owner.mail)).toEqual(['megan.bowen@contoso.com', 'alex.wilber@contoso.com']);
    const page = await services?.recentBounceSource?.list().next({ interactive: false });
    expect(page?.[0]?.subject).toBe('Undeliverable: Offer for the spring campaign');
  });

  it('gives "Check again" its delivery check when on', async () => {
    const tokens = new FakeTokenSource({ granted: ['Mail.Read'] });
    const services = await graphServicesFor(naaHost, withId, { tokens, baseUrl: graph.baseUrl });
    await expect(services?.deliveryCheck?.check('sales-all@contoso.com')).resolves.toEqual({ status: 'restricted' });
    await expect(services?.deliveryCheck?.check('board-2026@contoso.com')).resolves.toEqual({ status: 'open' });
  });

  it('its recent bounces reject with problems the pane can show, not Graph errors', async () => {
    const tokens = new FakeTokenSource({ granted: [] });
    const services = await graphServicesFor(naaHost, withId, { tokens, baseUrl: graph.baseUrl });
    await expect(services?.recentBounceSource?.list().next({ interactive: false })).rejects.toMatchObject({ name: 'GraphProblemError', problem: { kind: 'sign-in' } });
    await expect(services?.recentBounceSource?.mime('nope', { interactive: false })).rejects.toMatchObject({ problem: { kind: 'sign-in' } });
  });
});
