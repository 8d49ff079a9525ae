/**
 * The one promise helper over Office's callback APIs.
 *
 * Requirement set: none of its own (AsyncResult is Office common API).
 * Permission: none of its own; each caller names what its call needs.
 *
 * Every `…Async` call in this folder goes through `officeAsync`, so a failure
 * always arrives as an `OfficeCallError` carrying Office's own code, name and
 * message (never a silent empty string), and no call can hang the pane: with
 * `timeoutMs` an unanswered callback becomes an error with code `timeout`.
 * A method that throws instead of calling back (Outlook does that for bad
 * parameters, e.g. `displayNewMessageForm` over its size limits) rejects the
 * same way.
 */
import type { HostError } from './host';

/** An Office call that failed: Office's `Office.Error` (code, name, message) plus which call it was. */
export class OfficeCallError extends Error {
  readonly code: number | string;
  /** Which call failed, e.g. `body.getAsync(html)`; for messages and notes, not for logic. */
  readonly call: string;

  constructor(error: HostError, call = 'office') {
    super(error.message);
    // Office's error name (`AccessRestricted`, `Internal Error`, …), not `OfficeCallError`:
    // callers and the pane show what Office said.
    this.name = error.name;
    this.code = error.code;
    this.call = call;
  }

  get hostError(): HostError {
    return { code: this.code, name: this.name, message: this.message };
  }
}

/** Codes we give to failures Office itself did not name. Strings, so they never clash with Office's numbers. */
export const LOCAL_ERROR = {
  timeout: 'timeout',
  exception: 'exception',
  unsupported: 'unsupported',
  tooLarge: 'too-large',
} as const;

export interface OfficeAsyncOptions {
  /** Name of the call, for the error. */
  call?: string;
  /** Reject with code `timeout` when Office has not called back by then. Default: wait forever. */
  timeoutMs?: number;
}

/**
 * Run an Office callback API as a promise.
 *
 *   const html = await officeAsync<string>((done) => item.body.getAsync(Office.CoercionType.Html, done));
 */
export function officeAsync<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  options: OfficeAsyncOptions = {},
): Promise<T> {
  const call = options.call ?? 'office';
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      outcome();
    };
    if (options.timeoutMs !== undefined) {
      const ms = options.timeoutMs;
      timer = setTimeout(
        () =>
          settle(() =>
            reject(
              new OfficeCallError({ code: LOCAL_ERROR.timeout, name: 'Timeout', message: `Outlook did not answer ${call} within ${ms / 1000} s.` }, call),
            ),
          ),
        ms,
      );
    }
    try {
      start((result) => {
        // Never throw inside an Office callback: nothing could catch it (STYLE.md, Office templates).
        settle(() => {
          if (isFailed(result)) reject(new OfficeCallError(toHostError(result.error), call));
          else resolve(result.value);
        });
      });
    } catch (thrown) {
      settle(() => reject(new OfficeCallError(toHostError(thrown), call)));
    }
  });
}

/** Run a synchronous Office call (e.g. `displayNewMessageForm`), turning what it throws into an `OfficeCallError`. */
export function officeSync<T>(run: () => T, call = 'office'): T {
  try {
    return run();
  } catch (thrown) {
    throw new OfficeCallError(toHostError(thrown), call);
  }
}

function isFailed(result: Office.AsyncResult<unknown>): boolean {
  // `Office.AsyncResultStatus.Failed` is the string "failed" at run time; compare to both so a
  // result built by a different Office.js build (or a test double) is read the same way.
  const status: unknown = result.status;
  return status === Office.AsyncResultStatus.Failed || status === 'failed';
}

/** Office's error, or something thrown, as a `HostError`; never loses the original code, name or message. */
export function toHostError(value: unknown): HostError {
  if (value instanceof OfficeCallError) return value.hostError;
  if (typeof value === 'object' && value !== null) {
    const record = value as { code?: unknown; name?: unknown; message?: unknown };
    const code = typeof record.code === 'number' || typeof record.code === 'string' ? record.code : LOCAL_ERROR.exception;
    const name = typeof record.name === 'string' && record.name ? record.name : 'Error';
    const message = typeof record.message === 'string' ? record.message : String(value);
    return { code, name, message };
  }
  return { code: LOCAL_ERROR.exception, name: 'Error', message: value === undefined ? 'Office failed without saying why.' : String(value) };
}
