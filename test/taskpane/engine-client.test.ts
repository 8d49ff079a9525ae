/**
 * The pane's engine client (src/taskpane/engine/engine-client.ts) with a
 * stand-in for the browser's Worker: messages go through the real
 * `structuredClone`, and the real engine answers them (or nothing does, for a
 * message that never finishes). The real Worker in Chromium is tested in
 * test/e2e/engine-budget.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, diagnose } from '../../src/ndr';
import { EngineTimeout, createEngineClient, type EngineWorker } from '../../src/taskpane/engine/engine-client';
import type { EngineReply, EngineRequest } from '../../src/taskpane/engine/protocol';
import { toTransfer } from '../../src/taskpane/engine/transfer';

const raw = readFileSync(join(__dirname, '../../samples/restricted-group-en.eml'), 'utf8');

type Behaviour = 'answer' | 'hang' | 'fail';

class StandInWorker implements EngineWorker {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received = 0;

  constructor(private readonly behaviour: Behaviour) {}

  postMessage(message: EngineRequest): void {
    const { id, source, options } = structuredClone(message);
    this.received++;
    if (this.behaviour === 'hang') return;
    if (this.behaviour === 'fail') {
      setTimeout(() => this.onerror?.({ preventDefault: () => undefined } as ErrorEvent), 0);
      return;
    }
    void diagnose(source, options).then((diagnosis) => {
      if (this.terminated) return;
      const reply: EngineReply = structuredClone({ id, diagnosis: toTransfer(diagnosis) });
      this.onmessage?.({ data: reply } as MessageEvent<EngineReply>);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

function starter(...behaviours: Behaviour[]) {
  const started: StandInWorker[] = [];
  return {
    started,
    start: (): StandInWorker => {
      const worker = new StandInWorker(behaviours[Math.min(started.length, behaviours.length - 1)] ?? 'answer');
      started.push(worker);
      return worker;
    },
  };
}

describe('the engine client', () => {
  it('warm() starts the worker before the first message, and that message uses it', async () => {
    const workers = starter('answer');
    const client = createEngineClient(workers.start);
    client.warm();
    expect(workers.started).toHaveLength(1);
    expect(workers.started[0]?.received).toBe(0);
    await client.diagnose({ raw });
    expect(workers.started).toHaveLength(1);
    expect(workers.started[0]?.received).toBe(1);
  });

  it('hands the user\'s address to the engine in the worker (the authenticity check needs it)', async () => {
    const forged = readFileSync(join(__dirname, '../fixtures/forged/forged-look-alike-sender.en.eml'), 'utf8');
    const client = createEngineClient(starter('answer').start);
    expect((await client.diagnose({ raw: forged })).authenticity.verdict).not.toBe('forged');
    expect((await client.diagnose({ raw: forged }, { diagnose: { userAddress: 'jan@contoso.com' } })).authenticity.verdict).toBe('forged');
  });

  it('gives the same diagnosis through the worker as on the main thread, with the catalog’s own scenarios', async () => {
    const workers = starter('answer');
    const client = createEngineClient(workers.start);
    const viaWorker = await client.diagnose({ raw });
    const here = await diagnose({ raw });
    expect(viaWorker).toEqual(here);
    expect(CATALOG).toContain(viaWorker.scenarios[0]?.scenario);
    expect(workers.started).toHaveLength(1);
  });

  it('rejects with EngineTimeout when the budget runs out, ends that worker, and starts a fresh one for the next message', async () => {
    const workers = starter('hang', 'answer');
    const client = createEngineClient(workers.start);
    const started = Date.now();
    await expect(client.diagnose({ raw }, { budgetMs: 50 })).rejects.toBeInstanceOf(EngineTimeout);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(workers.started[0]?.terminated).toBe(true);
    const next = await client.diagnose({ raw }, { budgetMs: 5_000 });
    expect(next.facts.failures[0]?.status).toBe('5.7.124');
    expect(client.workersStarted).toBe(2);
    expect(workers.started[1]?.terminated).toBe(false);
  });

  it('hands a message that waited behind a slow one to the fresh worker', async () => {
    const workers = starter('hang', 'answer');
    const client = createEngineClient(workers.start);
    const slow = client.diagnose({ raw }, { budgetMs: 50 });
    const waiting = client.diagnose({ raw }, { budgetMs: 5_000 });
    await expect(slow).rejects.toBeInstanceOf(EngineTimeout);
    expect((await waiting).facts.isBounce).toBe(true);
    expect(workers.started[1]?.received).toBe(1);
  });

  it('reads on the main thread when the worker cannot start (a host whose policy refuses it)', async () => {
    const workers = starter('fail');
    const client = createEngineClient(workers.start);
    expect((await client.diagnose({ raw })).facts.failures[0]?.status).toBe('5.7.124');
    // From then on it does not try again.
    expect((await client.diagnose({ raw })).facts.isBounce).toBe(true);
    expect(workers.started).toHaveLength(1);
  });

  it('reads on the main thread where there is no Worker at all', async () => {
    const client = createEngineClient(() => undefined);
    expect((await client.diagnose({ raw })).facts.isBounce).toBe(true);
    expect(client.workersStarted).toBe(0);
  });
});
