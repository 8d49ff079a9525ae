/**
 * The diagnosis engine in a Web Worker, off the pane's main thread
 * (https://developer.mozilla.org/docs/Web/API/Web_Workers_API). webpack
 * bundles it as a same-origin chunk (engine-client.ts starts it with
 * `new Worker(new URL(...), import.meta.url)`), which the pane's
 * `script-src 'self'` allows: CSP `worker-src` falls back to `script-src`
 * (https://www.w3.org/TR/CSP3/#directive-worker-src).
 *
 * One job at a time, in the order they come; the pane ends the worker when a
 * job runs over its budget.
 */
import { diagnose } from '../../ndr';
import { toTransfer } from './transfer';
import type { EngineReply, EngineRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, source } = event.data;
  diagnose(source).then(
    (diagnosis) => scope.postMessage({ id, diagnosis: toTransfer(diagnosis) }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
