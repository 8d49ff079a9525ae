/**
 * The command line's time budget: the engine runs in a `worker_threads`
 * Worker, and an input that takes longer than `--timeout` has its worker
 * terminated (https://nodejs.org/api/worker_threads.html#workerterminate),
 * so a hostile message can cost seconds, not minutes and gigabytes.
 *
 * The worker is the bundled bin itself (`dist/cli/bounce-doctor.cjs`, see
 * scripts/build-cli.mjs): started with `workerData` naming this job, it answers
 * each input with what the command line prints (a JSON record and the readable
 * text), both plain data. One worker serves every input; after a timeout the
 * next input gets a fresh one. Where no bundled file exists (the tests import
 * `runCli` from the TypeScript sources), the engine runs in this thread
 * without a budget; the MIME budget (src/ndr/parse/mime-budget.ts) applies in
 * both.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { diagnose, type DiagnoseOptions, type NdrSource, type UiLanguage } from '../ndr';
import { formatHuman, toRecord, type DiagnosisRecord } from './format';
import { installJoinedBlob } from './joined-blob';

/** What the command line prints for one input. */
export interface EngineOutput {
  record: DiagnosisRecord;
  human: string;
}

interface EngineJob {
  id: number;
  input: string;
  lang: UiLanguage;
  source: NdrSource;
  options: DiagnoseOptions;
}

type EngineReply = { id: number; output: EngineOutput } | { id: number; error: string };

const WORKER_MARK = 'bounce-doctor-engine';

/** The input took longer than the budget; its worker was terminated. */
export class EngineTimeout extends Error {
  constructor(
    readonly input: string,
    readonly seconds: number,
  ) {
    super(`${input}: too complex to read within ${seconds} s (--timeout), so it was not diagnosed`);
    this.name = 'EngineTimeout';
  }
}

/** Diagnose one input and put it in both printed forms. */
export async function diagnoseForPrinting(input: string, source: NdrSource, lang: UiLanguage, options: DiagnoseOptions = {}): Promise<EngineOutput> {
  const diagnosis = await diagnose(source, options);
  return { record: toRecord(input, diagnosis), human: formatHuman(input, diagnosis, lang) };
}

/** Runs inputs in a worker thread under a time budget. */
export class EngineThread {
  private worker: Worker | undefined;
  private nextId = 0;

  /** `script`: the bundled bin, which becomes the worker. It starts at once, while the first input is read. */
  constructor(private readonly script: string) {
    this.worker = this.start();
  }

  run(input: string, source: NdrSource, lang: UiLanguage, timeoutMs: number, options: DiagnoseOptions = {}): Promise<EngineOutput> {
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise<EngineOutput>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (reply: EngineReply): void => {
        if (reply.id !== id) return;
        finish();
        if ('output' in reply) resolve(reply.output);
        else reject(new Error(reply.error));
      };
      const onError = (error: Error): void => {
        finish();
        this.worker = undefined;
        reject(new Error(`the engine stopped (${error.message})`));
      };
      const onExit = (): void => onError(new Error('its thread ended'));
      const timer = setTimeout(() => {
        finish();
        this.worker = undefined;
        void worker.terminate();
        reject(new EngineTimeout(input, timeoutMs / 1000));
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const job: EngineJob = { id, input, lang, source, options };
      worker.postMessage(job);
    });
  }

  /** End the worker (after the last input). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    // A ceiling on the worker's heap, so a message that slips past every cap fails instead of swapping.
    return new Worker(this.script, { workerData: WORKER_MARK, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  }
}

/** In the worker: answer jobs until terminated. Returns false when this thread is not an engine worker. */
export function serveEngineJobs(): boolean {
  if (isMainThread || workerData !== WORKER_MARK || !parentPort) return false;
  const port = parentPort;
  installJoinedBlob();
  port.on('message', (job: EngineJob) => {
    diagnoseForPrinting(job.input, job.source, job.lang, job.options).then(
      (output) => port.postMessage({ id: job.id, output } satisfies EngineReply),
      (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies EngineReply),
    );
  });
  return true;
}
