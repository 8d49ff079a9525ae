/**
 * Every way a Graph feature can fail, as the pane talks about it: one kind per
 * sentence and way forward (i18n `graphProblem…`). Plain data, so components
 * and their tests need neither MSAL nor a server; src/graph/problem.ts turns
 * Graph's and MSAL's errors into it. Types only.
 */
export type GraphProblem =
  /** Silent sign-in did not work: a button signs in (a popup, after the click). */
  | { kind: 'sign-in' }
  /** Consent is missing. `adminOnly`: only an administrator can give it (show the consent link). */
  | { kind: 'consent'; adminOnly: boolean }
  | { kind: 'popup-blocked' }
  | { kind: 'cancelled' }
  /** 403: the organisation or the mailbox does not allow it. */
  | { kind: 'forbidden'; code?: string }
  | { kind: 'not-found' }
  /** Still throttled after our retries. */
  | { kind: 'throttled'; retryAfterSeconds?: number }
  | { kind: 'offline' }
  /** Nested app authentication or MSAL is not available in this Outlook after all. */
  | { kind: 'unavailable' }
  | { kind: 'failed'; message: string };
