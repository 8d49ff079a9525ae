/** A fake Graph server with the fake tenant, and a client pointed at it, for each test. */
import { GraphClient, type GraphClientOptions } from '../../../src/graph/graph-client';
import { startFakeGraph, type FakeGraph } from '../../fake-graph/server';
import { tenant, type MailboxOptions } from '../../fake-graph/tenant';
import { FakeTokenSource, type FakeTokenSourceOptions } from './fake-token-source';

export interface GraphFixture {
  graph: FakeGraph;
  tokens: FakeTokenSource;
  client: GraphClient;
  /** The waits the client asked for (ms), instead of waiting. */
  slept: number[];
}

export interface FixtureOptions extends MailboxOptions {
  tokens?: FakeTokenSourceOptions;
  client?: Partial<GraphClientOptions>;
  ownersPageSize?: number;
}

export function useFakeGraph(options: FixtureOptions = {}): () => GraphFixture {
  let fixture: GraphFixture | undefined;
  beforeEach(async () => {
    const graph = await startFakeGraph({ data: await tenant(options), ...(options.ownersPageSize ? { ownersPageSize: options.ownersPageSize } : {}) });
    const tokens = new FakeTokenSource(options.tokens ?? { granted: ['GroupMember.Read.All', 'User.ReadBasic.All', 'Mail.Read'] });
    const slept: number[] = [];
    const client = new GraphClient({
      tokens,
      baseUrl: graph.baseUrl,
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
      ...options.client,
    });
    fixture = { graph, tokens, client, slept };
  });
  afterEach(async () => {
    await fixture?.graph.close();
    fixture = undefined;
  });
  return () => {
    if (!fixture) throw new Error('useFakeGraph: no fixture outside a test');
    return fixture;
  };
}
