/**
 * Every way a Graph feature can fail, as the pane talks about it: one kind per
 * sentence and way forward (i18n `graphProblem…`). Plain data, so components
 * and their tests need neither MSAL nor a server.
 */
import { GraphError } from './graph-client';
import { needsAdminConsent } from './scopes';
import { TokenError } from './token-source';
import type { GraphProblem } from '../ports/graph-problem';

export type { GraphProblem } from '../ports/graph-problem';

export function graphProblemOf(error: unknown): GraphProblem {
  if (error instanceof TokenError) {
    switch (error.kind) {
      case 'interaction-required':
        return { kind: 'sign-in' };
      case 'consent-required':
        return { kind: 'consent', adminOnly: needsAdminConsent(error.scopes) };
      case 'popup-blocked':
        return { kind: 'popup-blocked' };
      case 'user-cancelled':
        return { kind: 'cancelled' };
      case 'offline':
        return { kind: 'offline' };
      case 'unavailable':
        return { kind: 'unavailable' };
      case 'failed':
        return { kind: 'failed', message: error.code ? `${error.message} (${error.code})` : error.message };
    }
  }
  if (error instanceof GraphError) {
    switch (error.kind) {
      case 'unauthorized':
        return { kind: 'sign-in' };
      case 'forbidden':
        return error.code ? { kind: 'forbidden', code: error.code } : { kind: 'forbidden' };
      case 'not-found':
        return { kind: 'not-found' };
      case 'throttled':
        return error.retryAfterSeconds === undefined ? { kind: 'throttled' } : { kind: 'throttled', retryAfterSeconds: error.retryAfterSeconds };
      case 'offline':
      case 'timeout':
        return { kind: 'offline' };
      default:
        return { kind: 'failed', message: error.code ? `${error.message} (${error.code})` : error.message };
    }
  }
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/** Problems a click on "Sign in" (an interactive retry) can solve. */
export function needsClickToSignIn(problem: GraphProblem): boolean {
  return problem.kind === 'sign-in' || problem.kind === 'popup-blocked' || problem.kind === 'cancelled' || (problem.kind === 'consent' && !problem.adminOnly);
}
