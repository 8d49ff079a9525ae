/**
 * The sending IP a receiver names when it refuses (blocked, banned, no reverse
 * DNS, throttled), and the block list it names (docs/ndr-formats.md §7; Exchange Online's codes:
 * https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online):
 *
 * - EXO: `Client host [192.0.2.1] blocked using Blocklist 1; To request removal …`
 * - EXO/Spamhaus: `Client host [192.0.2.1] blocked using Spamhaus. … (AS16012611)`
 * - Outlook.com: `messages from [192.0.2.1] weren't sent. … on our block list (S3150)`
 * - EOP: `Access denied, banned sending IP [192.0.2.1]. … (AS16012609)`
 * - customer list: `Client host [192.0.2.1] blocked by contoso.com using Customer Block list (AS16012607)`
 * - Proofpoint: `client [192.0.2.1] blocked using prs.proofpoint.com`, `… using Cloudmark Sender Intelligence`
 */

export interface BlockFinding {
  ip?: string;
  list?: string;
}

/** Words that say the reply is about a blocked or banned sender. */
// Not "reputation" or "rate limited": throttling (4.7.650, S3113) is not a block list.
const BLOCK_WORDS = /block ?list|blocked|banned|blacklist|listed|\bRBL\b|spamhaus|spamcop|barracuda|cloudmark|proofpoint|sorbs|DNSBL/i;

const IPV4 = /(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.]?\d)/;
const BRACKETED_IP = /\[(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})\]/g;

/** Phrases after which the blocked IP follows (`Client host [ip]`, `sending IP [ip]`, `messages from [ip]`). */
const IP_LEADS = ['client host', 'client', 'sending ip', 'banned sender', 'messages from', 'from', 'ip address', 'ip', 'sender ip', 'your ip'];

function validIpv4(ip: string): boolean {
  return ip.split('.').every((part) => Number(part) <= 255);
}

/** The blocked IP in a reply: the bracketed address after a lead phrase, else the first bracketed one. */
function blockedIp(reply: string): string | undefined {
  const lower = reply.toLowerCase();
  let fallback: string | undefined;
  BRACKETED_IP.lastIndex = 0;
  for (let match = BRACKETED_IP.exec(reply); match; match = BRACKETED_IP.exec(reply)) {
    const ip = match[1] ?? '';
    if (ip.includes('.') && !validIpv4(ip)) continue;
    if (!ip.includes('.') && ip.split(':').filter(Boolean).length < 2) continue;
    const before = lower.slice(Math.max(0, match.index - 20), match.index).trimEnd();
    if (IP_LEADS.some((lead) => before.endsWith(lead))) return ip;
    fallback ??= ip;
  }
  if (fallback) return fallback;
  // Unbracketed: `Client host 192.0.2.1 blocked`, Spamhaus lookup URLs `…/query/ip/192.0.2.1`.
  for (const lead of ['client host ', 'query/ip/', 'sending ip ', 'ip address ']) {
    const at = lower.indexOf(lead);
    if (at !== -1) {
      const ip = IPV4.exec(reply.slice(at + lead.length, at + lead.length + 20))?.[1];
      if (ip && validIpv4(ip)) return ip;
    }
  }
  return undefined;
}

/** Text after `phrase` up to a delimiter (`;`, `,`, `(`, `)`, `. `, end), at most 80 characters. */
function nameAfter(reply: string, phrase: string): string | undefined {
  const lower = reply.toLowerCase();
  const at = lower.indexOf(phrase);
  if (at === -1) return undefined;
  const rest = reply.slice(at + phrase.length, at + phrase.length + 120);
  let end = rest.length;
  for (const stop of [';', ',', '(', ')', '. ', '\n', ' - ', ' to request', ' see ', ' please', " '", "'", '"']) {
    const i = rest.toLowerCase().indexOf(stop);
    if (i !== -1 && i < end) end = i;
  }
  const name = rest.slice(0, end).trim().replace(/\.$/, '').trim();
  return name.length > 0 && name.length <= 80 ? name : undefined;
}

const KNOWN_LISTS: readonly [RegExp, string][] = [
  [/spamhaus/i, 'Spamhaus'],
  [/prs\.proofpoint\.com|proofpoint/i, 'prs.proofpoint.com'],
  [/cloudmark/i, 'Cloudmark Sender Intelligence'],
  [/spamcop/i, 'SpamCop'],
  [/barracuda/i, 'Barracuda Reputation Block List'],
  [/sorbs/i, 'SORBS'],
  [/ERS-RBL/, 'ERS-RBL'],
];

/** The block list a reply names. */
function blockList(reply: string): string | undefined {
  const named =
    nameAfter(reply, 'blocked using ') ??
    nameAfter(reply, 'listed in ') ??
    nameAfter(reply, 'listed at ') ??
    nameAfter(reply, 'listed on ') ??
    nameAfter(reply, 'listed by ');
  if (/using customer block list/i.test(reply)) return 'Customer Block list';
  if (named) return named;
  // Outlook.com / EOP tags: `(S3150)`, `(S3140)`, `(AS16012609)`.
  const tag = /\(((?:AS|S)\d{3,9})\)/.exec(reply)?.[1];
  if (tag) return tag;
  for (const [pattern, name] of KNOWN_LISTS) if (pattern.test(reply)) return name;
  return undefined;
}

export interface ReplyEvidence {
  reply: string;
  /** The enhanced status the reply carries, when known. */
  status?: string | undefined;
}

/**
 * Find the sending IP and block list in the replies of a bounce. The IP counts
 * when the reply speaks of a block (list, ban, RBL) or is a security/policy
 * refusal (`x.7.y`, RFC 3463 §3.8: reverse DNS, reputation, throttling quote
 * the client's IP too); the list only when the reply names one.
 */
export function findBlock(replies: readonly ReplyEvidence[]): BlockFinding {
  const finding: BlockFinding = {};
  for (const { reply: raw, status } of replies) {
    const reply = raw.length > 4_000 ? raw.slice(0, 4_000) : raw;
    const blockWords = BLOCK_WORDS.test(reply);
    const policy = status !== undefined && status.split('.')[1] === '7';
    if (!blockWords && !policy) continue;
    if (!finding.ip) {
      const ip = blockedIp(reply);
      if (ip) finding.ip = ip;
    }
    if (!finding.list && blockWords) {
      const list = blockList(reply);
      if (list) finding.list = list;
    }
    if (finding.ip && finding.list) break;
  }
  return finding;
}
