/**
 * How a Graph failure reaches the pane: a `GraphProblemError` carrying the
 * `GraphProblem` (problem.ts). The Graph layer turns its own errors
 * (GraphError, TokenError) into these before they leave it, so the pane needs
 * none of those classes: it stays small for users without Graph, and the
 * Graph code can load as its own chunk (src/taskpane/graph-services.ts).
 */
import type { GraphProblem } from './problem';

export class GraphProblemError extends Error {
  override readonly name = 'GraphProblemError';

  constructor(readonly problem: GraphProblem) {
    super(problem.kind === 'failed' ? problem.message : problem.kind);
  }
}

/** The problem a Graph service rejected with; anything else is our bug, said as it is. */
export function problemOf(error: unknown): GraphProblem {
  if (error instanceof GraphProblemError) return error.problem;
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}
