/**
 * "Check again": may the user send to the group now? Asked of Exchange's MailTips
 * through Microsoft Graph (https://learn.microsoft.com/graph/api/user-getmailtips):
 *
 *   POST /me/getMailTips
 *   { "EmailAddresses": ["sales-all@contoso.com"], "MailTipsOptions": "deliveryRestriction, moderationStatus" }
 *
 * answers, per address, `deliveryRestricted` (this sender may not send: the group accepts
 * only some senders, rejects this one, or accepts only senders inside the organisation)
 * and `isModerated` (a moderator approves messages first), or an `error`. An address
 * outside the organisation carries no restriction info: no value, or an error, means
 * Exchange cannot tell (https://learn.microsoft.com/graph/api/resources/mailtips).
 *
 * Delegated permission `Mail.Read` (least privileged for this action; users may consent
 * themselves). What is sent: the group's address, nothing else (docs/app-registration.md).
 */
import type { DeliveryCheck, DeliveryCheckResult } from '../ports/delivery-check';
import type { GraphClient } from './graph-client';
import { graphProblemOf } from './problem';
import { SCOPES } from './scopes';

/** What MailTips said about one address; a field is absent when Exchange gave no value. */
export interface DeliveryTips {
  deliveryRestricted?: boolean;
  isModerated?: boolean;
}

/** The MailTips we ask for: `MailTipsOptions` is a comma-separated list of flags. */
export const DELIVERY_MAIL_TIPS = 'deliveryRestriction, moderationStatus';

interface GraphMailTips {
  emailAddress?: { address?: unknown } | null;
  deliveryRestricted?: unknown;
  isModerated?: unknown;
  error?: unknown;
}

function normalise(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * MailTips for these addresses, keyed by the address in lower case. Every address asked has
 * an entry; it is empty when Exchange gave no value or an error for it. Rejects with
 * `GraphError`/`TokenError`, like the other Graph calls.
 */
export async function getDeliveryTips(
  client: GraphClient,
  addresses: readonly string[],
  options: { interactive: boolean },
): Promise<Map<string, DeliveryTips>> {
  const asked = [...new Set(addresses.map(normalise).filter((address) => address !== ''))];
  const tips = new Map<string, DeliveryTips>(asked.map((address) => [address, {}]));
  if (asked.length === 0) return tips;

  const answer = await client.postJson<{ value?: unknown }>(
    '/me/getMailTips',
    { EmailAddresses: asked, MailTipsOptions: DELIVERY_MAIL_TIPS },
    { scopes: [SCOPES.mail], interactive: options.interactive },
  );
  const entries: unknown[] = Array.isArray(answer.value) ? answer.value : [];
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object') continue;
    const mailTips = entry as GraphMailTips;
    const address = mailTips.emailAddress?.address;
    if (typeof address !== 'string' || !tips.has(normalise(address))) continue;
    if (mailTips.error !== undefined && mailTips.error !== null) continue;
    tips.set(normalise(address), {
      ...(typeof mailTips.deliveryRestricted === 'boolean' ? { deliveryRestricted: mailTips.deliveryRestricted } : {}),
      ...(typeof mailTips.isModerated === 'boolean' ? { isModerated: mailTips.isModerated } : {}),
    });
  }
  return tips;
}

/** The pane's answer from the MailTips of one address. */
export function deliveryCheckResultOf(tips: DeliveryTips | undefined): DeliveryCheckResult {
  if (tips?.deliveryRestricted === true) return { status: 'restricted' };
  if (tips?.deliveryRestricted === false) return tips.isModerated === true ? { status: 'moderated' } : { status: 'open' };
  return { status: 'unknown' };
}

/**
 * The pane's `DeliveryCheck` backed by Graph. Nothing is kept: every click asks Exchange
 * again, since the point is whether the owner has changed something since the bounce.
 */
export class GraphDeliveryCheck implements DeliveryCheck {
  constructor(private readonly client: GraphClient) {}

  async check(address: string, options: { interactive?: boolean } = {}): Promise<DeliveryCheckResult> {
    const key = normalise(address);
    if (key === '') return { status: 'unknown' };
    try {
      const tips = await getDeliveryTips(this.client, [key], { interactive: options.interactive ?? false });
      return deliveryCheckResultOf(tips.get(key));
    } catch (error) {
      return { status: 'problem', problem: graphProblemOf(error) };
    }
  }
}
