/**
 * The recent-bounces port: the user's delivery reports of the last days, as the
 * pane's Recent bounces view reads them. Microsoft Graph implements it
 * (src/graph/recent-bounces.ts, https://learn.microsoft.com/graph/api/user-list-messages).
 * Types only.
 */

export type FoundBy = 'message-class' | 'subject';

export interface RecentBounce {
  /** Graph message id. */
  id: string;
  /** The bounce's own subject, e.g. `Undeliverable: Offer for the spring campaign`. */
  subject: string;
  /** ISO date-time the bounce arrived. */
  receivedDateTime: string;
  /** Graph's first ~255 characters of the body, as text. */
  bodyPreview: string;
  foundBy: FoundBy;
}

/** A walk through the list, as the pane sees it. */
export interface RecentBounceCursor {
  /** The next page, newest first. */
  next(options: { interactive: boolean }): Promise<RecentBounce[]>;
  /** Nothing more to load. */
  readonly done: boolean;
}

/**
 * What the pane needs for the recent-bounces view. Every method rejects with
 * `GraphProblemError` (src/graph/problem-error.ts), never with Graph's or MSAL's errors.
 */
export interface RecentBounceSource {
  /** A fresh walk through the list. */
  list(): RecentBounceCursor;
  /** The body as plain text (cheap: no attachments), to find the code. */
  bodyText(id: string, options: { interactive: boolean }): Promise<string>;
  /** The whole bounce as MIME, for the full diagnosis. */
  mime(id: string, options: { interactive: boolean }): Promise<string>;
}
