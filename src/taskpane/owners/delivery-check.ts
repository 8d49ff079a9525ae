/**
 * "Check again": may the user send to the group now? The seam where Exchange's
 * MailTips plug in (src/graph/mail-tips.ts, Microsoft Graph `getMailTips`,
 * https://learn.microsoft.com/graph/api/user-getmailtips). Without Graph there is no
 * `DeliveryCheck`, and the pane offers no "Check again".
 */
export type { DeliveryCheck, DeliveryCheckResult } from '../../ports/delivery-check';
