/**
 * The pane's way to the diagnosis engine: in a Web Worker (engine.worker.ts),
 * under a time budget, so a message that is too complex to read in time never
 * freezes the pane. When the budget runs out the promise rejects with
 * `EngineTimeout` and the worker is terminated
 * (https://developer.mozilla.org/docs/Web/API/Worker/terminate); the next
 * job gets a fresh worker, and jobs that were waiting behind the slow one are
 * handed to it with a full budget.
 *
 * Where there is no `Worker` (the component tests in jsdom, very old hosts)
 * or the worker cannot start (a web host whose policy refuses it), the engine
 * runs on the main thread as before, without a time budget. The MIME budget
 * (src/ndr/parse/mime-budget.ts) applies on both paths.
 */
import { diagnose, type DiagnoseOptions, type Diagnosis, type NdrSource } from '../../ndr';
import type { EngineReply, EngineRequest } from './protocol';
import { fromTransfer } from './transfer';

/** How long the pane lets the engine work on one message. Real bounces take milliseconds. */
export const PANE_BUDGET_MS = 8_000;

/** The message took longer than the budget; the worker that read it was ended. */
export class EngineTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`The diagnosis took longer than ${budgetMs} ms and was stopped.`);
    this.name = 'EngineTimeout';
  }
}

/** The part of `Worker` the client uses (a real Worker in the browser; a test may hand in its own). */
export interface EngineWorker {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type StartWorker = () => EngineWorker | undefined;

/** The bundled engine worker, or `undefined` where this browser has no Worker. */
export const startEngineWorker: StartWorker = () =>
  typeof Worker === 'undefined' ? undefined : new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'bounce-doctor-engine' });

interface Job {
  source: NdrSource;
  options: DiagnoseOptions;
  budgetMs: number;
  resolve(diagnosis: Diagnosis): void;
  reject(error: unknown): void;
  timer?: ReturnType<typeof setTimeout>;
}

export interface EngineOptions {
  budgetMs?: number;
  /** Passed to the engine's `diagnose` (the user's address, for the authenticity and look-alike checks). */
  diagnose?: DiagnoseOptions;
}

export interface EngineClient {
  diagnose(source: NdrSource, options?: EngineOptions): Promise<Diagnosis>;
  /** Start the worker now (its script loads and compiles while Office starts), without a job. */
  warm(): void;
  /** How many workers were started so far (a terminated one is replaced by a new one). */
  readonly workersStarted: number;
}

export function createEngineClient(startWorker: StartWorker = startEngineWorker): EngineClient {
  let worker: EngineWorker | undefined;
  /** Set when a worker could not start or run: from then on the engine runs on the main thread. */
  let inThread = false;
  let workersStarted = 0;
  let nextId = 0;
  const jobs = new Map<number, Job>();

  const runInThread = (job: Job): void => {
    diagnose(job.source, job.options).then(job.resolve, job.reject);
  };

  const send = (id: number, job: Job, target: EngineWorker): void => {
    clearTimeout(job.timer);
    job.timer = setTimeout(() => timeOut(id), job.budgetMs);
    target.postMessage({ id, source: job.source, options: job.options });
  };

  const current = (): EngineWorker | undefined => {
    if (worker || inThread) return worker;
    try {
      worker = startWorker();
    } catch {
      worker = undefined;
    }
    if (!worker) {
      inThread = true;
      return undefined;
    }
    workersStarted++;
    const started = worker;
    started.onmessage = (event) => {
      const reply = event.data;
      const job = jobs.get(reply.id);
      if (!job) return;
      jobs.delete(reply.id);
      clearTimeout(job.timer);
      if ('diagnosis' in reply) job.resolve(fromTransfer(reply.diagnosis));
      else job.reject(new Error(reply.error));
    };
    started.onerror = (event) => {
      // The worker could not load or crashed: read the waiting messages here instead.
      event.preventDefault();
      started.terminate();
      if (worker === started) worker = undefined;
      inThread = true;
      const waiting = [...jobs.values()];
      jobs.clear();
      for (const job of waiting) {
        clearTimeout(job.timer);
        runInThread(job);
      }
    };
    return started;
  };

  const timeOut = (id: number): void => {
    const job = jobs.get(id);
    if (!job) return;
    jobs.delete(id);
    job.reject(new EngineTimeout(job.budgetMs));
    worker?.terminate();
    worker = undefined;
    // Jobs queued behind the slow one start again, with a full budget, on a fresh worker.
    const next = jobs.size > 0 ? current() : undefined;
    for (const [waitingId, waiting] of jobs) {
      if (next) send(waitingId, waiting, next);
      else {
        jobs.delete(waitingId);
        runInThread(waiting);
      }
    }
  };

  return {
    diagnose(source, { budgetMs = PANE_BUDGET_MS, diagnose: options = {} } = {}) {
      return new Promise<Diagnosis>((resolve, reject) => {
        const job: Job = { source, options, budgetMs, resolve, reject };
        const target = current();
        if (!target) {
          runInThread(job);
          return;
        }
        const id = ++nextId;
        jobs.set(id, job);
        send(id, job, target);
      });
    },
    warm() {
      current();
    },
    get workersStarted() {
      return workersStarted;
    },
  };
}

let paneClient: EngineClient | undefined;

/** Diagnose off the main thread, within `budgetMs` (default `PANE_BUDGET_MS`). Rejects with `EngineTimeout`. */
export function diagnoseOffThread(source: NdrSource, options: EngineOptions = {}): Promise<Diagnosis> {
  paneClient ??= createEngineClient();
  return paneClient.diagnose(source, options);
}

/** Start the pane's engine worker at once, so the first diagnosis does not wait for its script. */
export function warmUpEngine(): void {
  paneClient ??= createEngineClient();
  paneClient.warm();
}
