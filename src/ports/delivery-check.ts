/**
 * "Check again": may the user send to the group now? The port where Exchange's
 * MailTips plug in (src/graph/mail-tips.ts, Microsoft Graph `getMailTips`,
 * https://learn.microsoft.com/graph/api/user-getmailtips). Without Graph there is no
 * `DeliveryCheck`, and the pane offers no "Check again". Types only.
 */
import type { GraphProblem } from './graph-problem';

export type DeliveryCheckResult =
  /** May send now (not restricted, not moderated). */
  | { status: 'open' }
  /** Not restricted, but a moderator approves messages first. */
  | { status: 'moderated' }
  /** Still restricted. */
  | { status: 'restricted' }
  /** Exchange gave no answer for this address (outside the organisation, …). */
  | { status: 'unknown' }
  | { status: 'problem'; problem: GraphProblem };

export interface DeliveryCheck {
  /** Never rejects: failures come back as `{ status: 'problem' }`. `interactive`: the user clicked "Sign in". */
  check(address: string, options?: { interactive?: boolean }): Promise<DeliveryCheckResult>;
}
