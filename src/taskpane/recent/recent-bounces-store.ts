/**
 * The state of the "Recent bounces" view, kept for the life of the pane (so
 * "Back" from a bounce's diagnosis returns to the list as it was): the pages
 * loaded so far, each item's code, and what went wrong last.
 *
 * Each item's code (and, where the bounce's subject hides it, the original subject), cheapest first:
 * 1. the engine on Graph's `bodyPreview` (free: it came with the list). Exchange's
 *    previews rarely reach the code, other servers' often do ("… said: 550 5.7.1 …");
 * 2. otherwise the engine on the body as text (`/me/messages/{id}?$select=body`, a few KB,
 *    no attachments), two at a time, for the items loaded so far;
 * 3. never the MIME for this: it carries the original message and its attachments
 *    (megabytes). The MIME is fetched only for the bounce the user chooses.
 */
import type { GraphProblem } from '../../graph/problem';
import { problemOf } from '../../graph/problem-error';
import type { RecentBounce, RecentBounceCursor, RecentBounceSource } from '../../graph/recent-bounces';
import { cleanText, diagnose, subjectPrefix, type NdrSource } from '../../ndr';
import { codeOf, mainFailure } from '../view-model';

export interface RecentItem {
  bounce: RecentBounce;
  /** `undefined` while looking, '' when the bounce gives none. */
  code: string | undefined;
  /** The subject of the message that bounced, when the engine found it (bounces whose own subject does not carry it). */
  originalSubject?: string;
}

export interface RecentState {
  items: readonly RecentItem[];
  /** A page is being fetched. */
  loading: boolean;
  /** Everything from the last 30 days is loaded. */
  done: boolean;
  /** The first page has arrived (so an empty list means "no bounces"). */
  loaded: boolean;
  /** Why the last page could not be fetched. */
  problem: GraphProblem | undefined;
  /** The bounce being fetched to diagnose. */
  opening: string | undefined;
  /** Why the chosen bounce could not be fetched. */
  openProblem: { id: string; problem: GraphProblem } | undefined;
}

const INITIAL: RecentState = { items: [], loading: false, done: false, loaded: false, problem: undefined, opening: undefined, openProblem: undefined };

/** Graph's preview stops at 255 characters: drop a last word that may be a code cut short (5.7.1|24). */
export function previewText(preview: string): string {
  if (preview.length < 250) return preview;
  const cut = preview.lastIndexOf(' ');
  return cut > 0 ? preview.slice(0, cut) : preview;
}

/** Does the bounce's subject carry the original one (`Undeliverable: …`), or not (`Undelivered Mail Returned to Sender`)? */
export function subjectCarriesOriginal(subject: string): boolean {
  const prefix = subjectPrefix(subject);
  return !prefix || (prefix.prefix.endsWith(':') && subject.slice(subject.indexOf(':') + 1).trim() !== '');
}

/**
 * `Undeliverable: Offer for the spring campaign` → `Offer for the spring campaign`. A subject
 * without the original in it (`Undelivered Mail Returned to Sender`) gives way to what the
 * engine read in the bounce, when it found that; otherwise it stays as it is.
 */
export function originalSubjectOf(subject: string, fromBounce?: string): string {
  // The bounce's subject is a stranger's text: no control, bidi or zero-width characters on screen.
  const clean = cleanText(subject);
  const prefix = subjectPrefix(clean);
  if (!prefix?.prefix.endsWith(':')) return (fromBounce && cleanText(fromBounce)) || clean;
  const rest = clean.slice(clean.indexOf(':') + 1).trim();
  return rest || (fromBounce && cleanText(fromBounce)) || clean;
}

export interface ItemReading {
  code: string;
  originalSubject?: string;
}

export async function readItem(source: NdrSource): Promise<ItemReading> {
  const diagnosis = await diagnose(source);
  const originalSubject = diagnosis.facts.originalSubject?.trim();
  return { code: codeOf(mainFailure(diagnosis)), ...(originalSubject ? { originalSubject } : {}) };
}

export class RecentBouncesStore {
  private state: RecentState = INITIAL;
  private listing: RecentBounceCursor;
  private readonly listeners = new Set<() => void>();
  private readonly codeQueue: RecentBounce[] = [];
  private codeWorkers = 0;
  private generation = 0;

  constructor(
    private readonly source: RecentBounceSource,
    private readonly maxCodeLookups = 2,
  ) {
    this.listing = source.list();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): RecentState => this.state;

  private set(patch: Partial<RecentState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** The first page, silently, unless it is there or on its way. */
  start(): void {
    if (!this.state.loaded && !this.state.loading && !this.state.problem) void this.load({ interactive: false });
  }

  /** The next page. `interactive`: the user clicked "Sign in" / "Allow". */
  async load(options: { interactive: boolean }): Promise<void> {
    if (this.state.loading) return;
    const generation = this.generation;
    this.set({ loading: true, problem: undefined });
    try {
      const page = await this.listing.next(options);
      if (generation !== this.generation) return;
      this.set({
        items: [...this.state.items, ...page.map((bounce) => ({ bounce, code: undefined }))],
        loading: false,
        loaded: true,
        done: this.listing.done,
      });
      for (const bounce of page) this.findCode(bounce, generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.set({ loading: false, problem: problemOf(error) });
    }
  }

  /** Start again from the newest. */
  refresh(): void {
    this.generation++;
    this.listing = this.source.list();
    this.codeQueue.length = 0;
    this.state = INITIAL;
    void this.load({ interactive: false });
  }

  /** The chosen bounce's MIME, or undefined (the problem is in the state). */
  async open(bounce: RecentBounce, options: { interactive: boolean }): Promise<string | undefined> {
    this.set({ opening: bounce.id, openProblem: undefined });
    try {
      const mime = await this.source.mime(bounce.id, options);
      this.set({ opening: undefined });
      return mime;
    } catch (error) {
      this.set({ opening: undefined, openProblem: { id: bounce.id, problem: problemOf(error) } });
      return undefined;
    }
  }

  private setReading(id: string, reading: ItemReading): void {
    this.set({
      items: this.state.items.map((item) =>
        item.bounce.id === id ? { ...item, code: reading.code, ...(reading.originalSubject ? { originalSubject: reading.originalSubject } : {}) } : item,
      ),
    });
  }

  private findCode(bounce: RecentBounce, generation: number): void {
    void readItem({ text: previewText(bounce.bodyPreview), subject: bounce.subject }).then(
      (reading) => {
        if (generation !== this.generation) return;
        if (reading.code) this.setReading(bounce.id, reading);
        // The body text too when the code is missing, or when the subject hides the original one.
        if (!reading.code || (!reading.originalSubject && !subjectCarriesOriginal(bounce.subject))) {
          this.codeQueue.push(bounce);
          this.drainCodes(generation);
        }
      },
      () => this.setReading(bounce.id, { code: '' }),
    );
  }

  private drainCodes(generation: number): void {
    while (this.codeWorkers < this.maxCodeLookups && this.codeQueue.length > 0) {
      const bounce = this.codeQueue.shift()!;
      this.codeWorkers++;
      void this.source
        .bodyText(bounce.id, { interactive: false })
        .then((text) => readItem({ text, subject: bounce.subject }))
        .catch((): ItemReading => ({ code: '' }))
        .then((reading) => {
          this.codeWorkers--;
          if (generation !== this.generation) return;
          const known = this.state.items.find((item) => item.bounce.id === bounce.id)?.code;
          this.setReading(bounce.id, reading.code || !known ? reading : { ...reading, code: known });
          this.drainCodes(generation);
        });
    }
  }
}
