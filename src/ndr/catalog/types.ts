/**
 * The shape of the knowledge catalog. Scenarios are data: adding a code is a
 * new entry (or a new line in an entry's `match`), never a new `if` in code.
 */
import type { Localized } from '../types';

/**
 * Who can make the bounce go away.
 * - `sender`: the person who got the bounce (check the address, make the message smaller, …).
 * - `owner`: the owner of the group the mail was sent to.
 * - `recipient-admin`: the mail admin of the organization that refused the message.
 * - `sender-admin`: the mail admin of the sender's own organization (DNS, connectors, reputation).
 * - `wait`: a temporary problem; it usually clears up by itself.
 */
export type FixAudience = 'sender' | 'owner' | 'recipient-admin' | 'sender-admin' | 'wait';

/** The three tabs of steps: what the sender can do, the group owner, the mail admin. */
export type StepAudience = 'sender' | 'owner' | 'admin';

export const STEP_AUDIENCES: readonly StepAudience[] = ['sender', 'owner', 'admin'];

/**
 * When a scenario applies. Every condition that is present must hold (AND); a
 * condition that lists several values holds when any one of them does (OR). A
 * scenario matches when any of its rules does.
 *
 * Matching is per failed recipient: status, SMTP code, identifier and reply
 * come from that recipient; phrases are looked for in the recipient's reply and
 * in the bounce's text; markers and the block list belong to the whole bounce.
 */
export interface MatchRule {
  /**
   * Enhanced status codes (RFC 3463): exact `5.7.124`, a range of details
   * `5.7.606-5.7.649`, or `*` for a whole part: `5.7.*`, `4.*.*`.
   */
  status?: readonly string[];
  /**
   * The failed recipient has (true) or has no (false) enhanced status code.
   * For replies without one (qmail, old Exchange, many carriers), where only the
   * words tell the cause.
   */
  statusKnown?: boolean;
  /** SMTP basic reply codes (RFC 5321), e.g. `530`. */
  smtpCode?: readonly string[];
  /**
   * Exchange identifiers, e.g. `RESOLVER.RST.NotAuthorized`, compared without
   * regard to case. A trailing `*` matches a prefix (`TRANSPORT.RULES.*`).
   */
  identifier?: readonly string[];
  /** Phrases, compared without regard to case, in the reply or anywhere in the bounce's own text. */
  phrase?: readonly string[];
  /**
   * Phrases looked for in the failed recipient's reply only (or in the text
   * when the bounce gives no reply): for words a bounce's boilerplate also uses
   * ("MX records", "DMARC"), which only count when the rejecting server said them.
   */
  replyPhrase?: readonly string[];
  /** Language-independent markers the parser found (`Stage: CreateMessage`, `S3150`); trailing `*` = prefix. */
  marker?: readonly string[];
  /** The block list the bounce names (`Spamhaus`, `Blocklist 1`), compared as a substring without regard to case. */
  blockList?: readonly string[];
  /** The failed recipient is (true) or is not known to be (false) a group. */
  recipientIsGroup?: boolean;
  /** A server other than the one that wrote the bounce refused the message. */
  rejectedByRemoteServer?: boolean;
  /**
   * The sender's domain is (true) or is not known to be (false) unrelated to the
   * failed recipient's domain. Unknown when either address is missing; a
   * subdomain counts as related (`eu.contoso.com` and `contoso.com`).
   */
  senderOutsideRecipientDomain?: boolean;
  /** The rule does not hold when any of these phrases occurs. */
  unless?: readonly string[];
  /** Added to the score when the rule holds, so one reading wins over another on purpose. */
  boost?: number;
  /**
   * A weak, general reading: only tried for a failed recipient that no other
   * specific rule explains (say, "some 5.7.x from a remote server" → the
   * recipient's organization refused it), before the fallbacks.
   */
  whenUnexplained?: boolean;
}

/**
 * A PowerShell command with placeholders such as `{groupAddress}`. Values from
 * the bounce are quoted for PowerShell; missing ones stay visible as
 * `<group address>`.
 */
export interface CommandTemplate {
  audience: StepAudience;
  label: Localized;
  template: string;
  /**
   * Where it runs: Exchange Online PowerShell (after `Connect-ExchangeOnline`),
   * the Exchange Management Shell on an Exchange server, or any Windows PowerShell.
   */
  shell: 'exchange-online' | 'exchange-server' | 'windows';
  /**
   * The command opens the recipient to everyone, inside and outside the
   * organisation (`RequireSenderAuthenticationEnabled $false`, clearing
   * `AcceptMessagesOnlyFrom*`), instead of letting in the one sender. It is
   * never offered at the level of the targeted fix: it comes after it, under
   * its own heading with `consequence` spelled out, and not at all for a
   * bounce that looks forged (a forger names the group to have it opened).
   */
  broad?: { consequence: Localized };
}

/**
 * A page to read. Microsoft Learn and Microsoft Support links are written
 * without a locale; Dutch readers get the `/nl-nl/` variant.
 */
export interface DocLink {
  title: Localized;
  url: string;
}

export interface Scenario {
  /** Stable, kebab-case: the CLI prints it and tests refer to it. */
  id: string;
  /**
   * `specific` scenarios describe a known cause. `fallback` ones (the general
   * 5.7.x advice, the RFC 3463 classes, the unknown code) are only used for a
   * failed recipient that no specific scenario explains.
   */
  kind: 'specific' | 'fallback';
  match: readonly MatchRule[];
  title: Localized;
  /** One or two plain sentences a non-technical reader understands. */
  explanation: Localized;
  fixedBy: FixAudience;
  /**
   * What the failed recipient is when this scenario applies, so its address
   * can fill `{groupAddress}` or `{publicFolder}` when the bounce does not
   * name the group or folder separately.
   */
  recipientKind?: 'group' | 'public-folder';
  /** Overrides the default "who can fix it" sentence for `fixedBy`. */
  whoCanFix?: Localized;
  /** Steps per audience; the sender always gets at least one. Placeholders allowed. */
  steps: Readonly<Record<StepAudience, readonly Localized[]>>;
  commands: readonly CommandTemplate[];
  links: readonly DocLink[];
}
