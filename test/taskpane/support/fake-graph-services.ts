/**
 * Fakes of the two Graph services the pane uses, at the pane's seams (not
 * mocks of our own logic): an `OwnerDirectory` that answers from a script, and
 * a `RecentBounceSource` over an in-memory mailbox. Both record what they were
 * asked, so tests can see that nothing interactive happened without a click.
 */
import { GraphProblemError } from '../../../src/graph/problem-error';
import type { GraphProblem } from '../../../src/graph/problem';
import type { RecentBounce, RecentBounceCursor, RecentBounceSource } from '../../../src/graph/recent-bounces';
import type { RestrictedGroup } from '../../../src/ndr/types';
import type { LookupOptions, OwnerDirectory, OwnerLookup } from '../../../src/taskpane/owners/owner-directory';

export interface ScriptedDirectory extends OwnerDirectory {
  asked: Array<{ group: RestrictedGroup; interactive: boolean }>;
}

/** Answers `silent` until the user clicks (interactive), then `interactive` (default: the same). */
export function scriptedDirectory(silent: OwnerLookup, interactive: OwnerLookup = silent): ScriptedDirectory {
  const asked: ScriptedDirectory['asked'] = [];
  return {
    asked,
    lookupOwners(group: RestrictedGroup, options?: LookupOptions) {
      const isInteractive = options?.interactive === true;
      asked.push({ group, interactive: isInteractive });
      return Promise.resolve(isInteractive ? interactive : silent);
    },
  };
}

export interface FakeBounce extends RecentBounce {
  bodyText?: string;
  mime?: string;
}

export interface FakeRecentOptions {
  pageSize?: number;
  /** Fail the next list calls with these problems, in order (silent ones only, unless `interactiveToo`). */
  listProblems?: GraphProblem[];
  /** Problems that only a click (interactive) gets past. */
  needsClick?: GraphProblem;
  /** Hold every page until `release()` is called. */
  hold?: boolean;
}

export class FakeRecentSource implements RecentBounceSource {
  readonly calls: Array<{ call: string; interactive: boolean; id?: string }> = [];
  private readonly listProblems: GraphProblem[];
  private waiting: Array<() => void> = [];
  hold: boolean;
  needsClick: GraphProblem | undefined;
  mimeProblem: GraphProblem | undefined;

  constructor(
    private readonly bounces: FakeBounce[],
    private readonly options: FakeRecentOptions = {},
  ) {
    this.listProblems = [...(options.listProblems ?? [])];
    this.hold = options.hold ?? false;
    this.needsClick = options.needsClick;
  }

  /** Let held pages through. */
  release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const go of waiting) go();
  }

  list(): RecentBounceCursor {
    let offset = 0;
    const size = this.options.pageSize ?? 10;
    const total = (): number => this.bounces.length;
    return {
      get done() {
        return offset >= total();
      },
      next: async ({ interactive }) => {
        this.calls.push({ call: 'list', interactive });
        if (this.hold) await new Promise<void>((go) => this.waiting.push(go));
        if (this.needsClick && !interactive) throw new GraphProblemError(this.needsClick);
        this.needsClick = undefined;
        const problem = this.listProblems.shift();
        if (problem) throw new GraphProblemError(problem);
        const page = this.bounces.slice(offset, offset + size).map(({ bodyText: _text, mime: _mime, ...bounce }) => bounce);
        offset += page.length;
        return page;
      },
    };
  }

  bodyText(id: string, { interactive }: { interactive: boolean }): Promise<string> {
    this.calls.push({ call: 'bodyText', interactive, id });
    const bounce = this.bounces.find((candidate) => candidate.id === id);
    return bounce?.bodyText !== undefined ? Promise.resolve(bounce.bodyText) : Promise.reject(new GraphProblemError({ kind: 'not-found' }));
  }

  mime(id: string, { interactive }: { interactive: boolean }): Promise<string> {
    this.calls.push({ call: 'mime', interactive, id });
    if (this.mimeProblem) return Promise.reject(new GraphProblemError(this.mimeProblem));
    const bounce = this.bounces.find((candidate) => candidate.id === id);
    return bounce?.mime !== undefined ? Promise.resolve(bounce.mime) : Promise.reject(new GraphProblemError({ kind: 'not-found' }));
  }
}
