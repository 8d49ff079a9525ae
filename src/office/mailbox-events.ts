/**
 * Mailbox events as plain subscribe/unsubscribe, for `ItemChanged` and `OfficeThemeChanged`.
 *
 * Requirement sets: `mailbox.addHandlerAsync` / `removeHandlerAsync` Mailbox 1.5;
 * `ItemChanged` 1.5 (pinnable task pane), `OfficeThemeChanged` 1.14. Permission: ReadItem.
 *
 * `removeHandlerAsync` takes only the event type: it removes every handler of that
 * type (@types/office-js Mailbox.removeHandlerAsync). So each event gets one Office
 * handler that fans out to our listeners; it is added with the first listener and
 * removed after the last one leaves. Registration is asynchronous: adds and removes
 * run one after another so a quick subscribe-unsubscribe-subscribe ends registered.
 * A failed registration is tolerated (the pane still works, it just does not follow
 * the selection or the theme) and kept in `lastError` for diagnostics.
 */
import type { HostError } from './host';
import { officeAsync, toHostError } from './office-async';

export class MailboxEvent<A> {
  private readonly listeners = new Set<(args: A) => void>();
  private registered = false;
  private queue: Promise<void> = Promise.resolve();
  lastError: HostError | undefined;

  constructor(
    private readonly eventType: Office.EventType,
    private readonly timeoutMs: number,
  ) {}

  subscribe(listener: (args: A) => void): () => void {
    // A function object per subscription, so subscribing the same listener twice needs two unsubscribes.
    const entry = (args: A): void => listener(args);
    this.listeners.add(entry);
    this.sync();
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.listeners.delete(entry);
      this.sync();
    };
  }

  /** Resolves when pending adds and removes are done (for tests and orderly shutdown). */
  settled(): Promise<void> {
    return this.queue;
  }

  private readonly dispatch = (args: A): void => {
    for (const listener of [...this.listeners]) {
      try {
        listener(args);
      } catch {
        // A listener's bug must not break the others, and nothing may throw inside an Office callback.
      }
    }
  };

  private sync(): void {
    this.queue = this.queue.then(async () => {
      const wanted = this.listeners.size > 0;
      if (wanted === this.registered) return;
      const mailbox = Office.context.mailbox;
      try {
        if (wanted) {
          await officeAsync<void>((done) => mailbox.addHandlerAsync(this.eventType, this.dispatch, done), {
            call: `addHandlerAsync(${String(this.eventType)})`,
            timeoutMs: this.timeoutMs,
          });
        } else {
          await officeAsync<void>((done) => mailbox.removeHandlerAsync(this.eventType, done), {
            call: `removeHandlerAsync(${String(this.eventType)})`,
            timeoutMs: this.timeoutMs,
          });
        }
        this.registered = wanted;
        this.lastError = undefined;
      } catch (error) {
        this.lastError = toHostError(error);
      }
    });
  }
}
