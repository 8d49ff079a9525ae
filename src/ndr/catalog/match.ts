/**
 * Evaluates the catalog's match rules against the facts of one failed
 * recipient. Pure and linear: phrases are plain substring searches (no regular
 * expressions built from data), each looked up in the bounce's text at most once.
 *
 * Scores add up per condition, so a rule that says more wins: a public folder
 * rule (`RESOLVER.RST.AuthRequired` + `Stage: CreateMessage`) beats the plain
 * `RESOLVER.RST.AuthRequired` rule, an exact status beats a range, a range
 * beats `5.7.*`.
 */
import { domainOf } from '../parse/address';
import type { BounceFacts, FailedRecipient, RestrictedGroup } from '../types';
import type { MatchRule, Scenario } from './types';

/** What each kind of condition adds to a rule's score. */
export const CONDITION_SCORE = {
  identifier: 40,
  marker: 35,
  phrase: 30,
  blockList: 30,
  statusExact: 25,
  statusRange: 15,
  /** `5.7.*`: one part left open. */
  statusOneWildcard: 5,
  /** `5.*.*` */
  statusTwoWildcards: 2,
  /** `*.*.*` */
  statusThreeWildcards: 1,
  smtpCode: 5,
  recipientIsGroup: 10,
  rejectedByRemoteServer: 5,
  senderOutsideRecipientDomain: 5,
} as const;

/**
 * Only this much of the bounce's text is searched for phrases: the human part of
 * a bounce comes first, and an attached original message can be megabytes long
 * (and could contain any phrase at all).
 */
export const PHRASE_SEARCH_LIMIT = 100_000;

/**
 * Where the bounce's own words end and the returned original message begins.
 * Phrases are only looked for before it: the original's headers carry words
 * like "dmarc=pass" or "moderation" that say nothing about this bounce.
 * Headings from docs/ndr-formats.md §5 (en, nl, de, fr, it, pt) and the
 * separators other mail servers write.
 */
const ORIGINAL_MESSAGE_STARTS: readonly string[] = [
  'original message headers',
  'oorspronkelijke berichtkoppen',
  'ursprüngliche nachrichtenkopfzeilen',
  'en-têtes de message d\'origine',
  'intestazioni originali del messaggio',
  'cabeçalhos originais da mensagem',
  'this is a copy of the message',
  'below this line is a copy of the message',
  '----- original message -----',
  'content-type: message/rfc822',
  'content-type: text/rfc822-headers',
];

/**
 * Lower case, every run of white space one space: replies are often folded
 * over several lines (`blocked using\n    Blocklist 1`).
 */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The normalized human part of a bounce's text, bounded to `PHRASE_SEARCH_LIMIT`. */
export function humanPart(text: string): string {
  const lower = normalizeForSearch(text.slice(0, PHRASE_SEARCH_LIMIT));
  let end = lower.length;
  for (const start of ORIGINAL_MESSAGE_STARTS) {
    const at = lower.indexOf(start);
    if (at >= 0 && at < end) end = at;
  }
  return lower.slice(0, end);
}

/** Identifiers Exchange only uses for groups. */
const GROUP_IDENTIFIERS: readonly string[] = [
  'resolver.rst.notauthorizedtogroup',
  'resolver.rst.restrictedtogrouppermission',
  'resolver.rst.sendernotauthenticatedforgroup',
  'unifiedgroupagent',
];

/** Words in a recipient's own reply that say it is a group. */
const GROUP_WORDS: readonly string[] = [' group', 'distribution list', 'groep', 'distributielijst'];

export interface RuleResult {
  score: number;
  /** Why it matched, e.g. `status 5.7.124`, `identifier RESOLVER.RST.RestrictedToGroupPermission`. */
  evidence: string[];
}

/** Per-bounce state: the lower-cased text, and phrase look-ups already done. */
export class MatchContext {
  readonly facts: BounceFacts;
  private readonly lowerText: string;
  private readonly textHits = new Map<string, boolean>();
  private readonly lowerMarkers: string[];
  private readonly lowerBlockList: string;
  private readonly replies = new WeakMap<FailedRecipient, string>();

  constructor(facts: BounceFacts) {
    this.facts = facts;
    this.lowerText = humanPart(facts.text);
    this.lowerMarkers = facts.markers.map((marker) => marker.toLowerCase());
    this.lowerBlockList = (facts.blockList ?? '').toLowerCase();
  }

  /** Is the (lower-case) phrase in the bounce's text? */
  textHas(lowerPhrase: string): boolean {
    let hit = this.textHits.get(lowerPhrase);
    if (hit === undefined) {
      hit = this.lowerText.includes(lowerPhrase);
      this.textHits.set(lowerPhrase, hit);
    }
    return hit;
  }

  /** Is the identifier token in the bounce's text, as a whole token? */
  textHasToken(lowerToken: string, prefix: boolean): boolean {
    const key = `\u0000token:${prefix ? '*' : ''}${lowerToken}`;
    let hit = this.textHits.get(key);
    if (hit === undefined) {
      hit = containsToken(this.lowerText, lowerToken, prefix);
      this.textHits.set(key, hit);
    }
    return hit;
  }

  /** The failed recipient's reply, normalized for searching ('' when it has none). */
  replyOf(failure: FailedRecipient | undefined): string {
    if (!failure?.reply) return '';
    let reply = this.replies.get(failure);
    if (reply === undefined) {
      reply = normalizeForSearch(failure.reply.slice(0, PHRASE_SEARCH_LIMIT));
      this.replies.set(failure, reply);
    }
    return reply;
  }

  hasMarker(lowerPattern: string): boolean {
    if (lowerPattern.endsWith('*')) {
      const prefix = lowerPattern.slice(0, -1);
      return this.lowerMarkers.some((marker) => marker.startsWith(prefix));
    }
    return this.lowerMarkers.includes(lowerPattern);
  }

  blockListHas(lowerName: string): boolean {
    return this.lowerBlockList.length > 0 && this.lowerBlockList.includes(lowerName);
  }
}

const TOKEN_CHAR = /[a-z0-9_]/;

/** `token` occurs in `text` and is not the start of a longer identifier. */
export function containsToken(lowerText: string, lowerToken: string, prefix: boolean): boolean {
  if (lowerToken.length === 0) return false;
  let from = 0;
  for (;;) {
    const at = lowerText.indexOf(lowerToken, from);
    if (at < 0) return false;
    if (prefix) return true;
    const next = lowerText.charAt(at + lowerToken.length);
    const afterNext = lowerText.charAt(at + lowerToken.length + 1);
    const continues = TOKEN_CHAR.test(next) || (next === '.' && TOKEN_CHAR.test(afterNext));
    if (!continues) return true;
    from = at + 1;
  }
}

interface StatusParts {
  statusClass: number;
  subject: number;
  detail: number;
}

function parseStatus(status: string): StatusParts | undefined {
  const parts = /^(\d)\.(\d{1,3})\.(\d{1,3})$/.exec(status.trim());
  if (!parts) return undefined;
  return { statusClass: Number(parts[1]), subject: Number(parts[2]), detail: Number(parts[3]) };
}

/**
 * Score of a status pattern against a status (0 = no match).
 * `5.7.124` exact, `5.7.606-5.7.649` range, `5.7.*` / `5.*.*` / `*.*.*` wildcards.
 */
export function statusPatternScore(pattern: string, status: string): number {
  const actual = parseStatus(status);
  if (!actual) return 0;
  const dash = pattern.indexOf('-');
  if (dash > 0) {
    const low = parseStatus(pattern.slice(0, dash));
    const high = parseStatus(pattern.slice(dash + 1));
    if (!low || !high) return 0;
    const inRange =
      actual.statusClass === low.statusClass &&
      actual.subject === low.subject &&
      actual.detail >= low.detail &&
      actual.detail <= high.detail;
    return inRange ? CONDITION_SCORE.statusRange : 0;
  }
  const wanted = pattern.trim().split('.');
  if (wanted.length !== 3) return 0;
  const have = [actual.statusClass, actual.subject, actual.detail];
  let wildcards = 0;
  for (let i = 0; i < 3; i += 1) {
    const part = wanted[i];
    if (part === '*') {
      wildcards += 1;
    } else if (part === undefined || Number(part) !== have[i]) {
      return 0;
    }
  }
  switch (wildcards) {
    case 0:
      return CONDITION_SCORE.statusExact;
    case 1:
      return CONDITION_SCORE.statusOneWildcard;
    case 2:
      return CONDITION_SCORE.statusTwoWildcards;
    default:
      return CONDITION_SCORE.statusThreeWildcards;
  }
}

/** The restricted group that belongs to this failed recipient, if the bounce names one. */
export function groupOf(
  failure: FailedRecipient | undefined,
  facts: BounceFacts,
): RestrictedGroup | undefined {
  const groups = facts.restrictedGroups;
  if (failure) {
    const address = failure.address.toLowerCase();
    const byAddress = groups.find((group) => group.address?.toLowerCase() === address);
    if (byAddress) return byAddress;
    const name = failure.displayName?.toLowerCase();
    const byName = name ? groups.find((group) => group.name?.toLowerCase() === name) : undefined;
    if (byName) return byName;
  }
  return groups[0];
}

/**
 * Is the failed recipient a group? Yes when the bounce names it as a restricted
 * group, when Exchange's identifier is one it only uses for groups, or when the
 * recipient's own reply says so. (Not from the bounce's headings: "Delivery has
 * failed to these recipients or groups" says nothing about this recipient.)
 */
export function recipientIsGroup(failure: FailedRecipient | undefined, facts: BounceFacts): boolean {
  if (!failure) return facts.restrictedGroups.length > 0;
  const address = failure.address.toLowerCase();
  if (facts.restrictedGroups.some((group) => group.address?.toLowerCase() === address)) return true;
  const name = failure.displayName?.toLowerCase();
  if (name && facts.restrictedGroups.some((group) => group.name?.toLowerCase() === name)) return true;
  if (facts.restrictedGroups.length > 0 && facts.failures.length === 1) return true;
  const identifier = failure.identifier?.toLowerCase();
  if (identifier && GROUP_IDENTIFIERS.includes(identifier)) return true;
  const reply = failure.reply?.toLowerCase() ?? '';
  return GROUP_WORDS.some((word) => reply.includes(word));
}

/**
 * Are sender and failed recipient in unrelated domains? `undefined` when either
 * address is unknown. Related: the same domain, or one a subdomain of the other.
 */
export function senderOutsideRecipientDomain(
  failure: FailedRecipient | undefined,
  facts: BounceFacts,
): boolean | undefined {
  const sender = domainOf(facts.originalSender);
  const recipient = domainOf(failure?.address);
  if (!sender || !recipient) return undefined;
  const related = sender === recipient || sender.endsWith(`.${recipient}`) || recipient.endsWith(`.${sender}`);
  return !related;
}

/** An identifier is shown as evidence only when it looks like one. */
function safeIdentifier(value: string | undefined): string | undefined {
  return value && /^[A-Za-z][A-Za-z0-9.]{0,80}$/.test(value) ? value : undefined;
}

function identifierMatches(
  pattern: string,
  failure: FailedRecipient | undefined,
  context: MatchContext,
): string | undefined {
  const prefix = pattern.endsWith('*');
  const lowerPattern = (prefix ? pattern.slice(0, -1) : pattern).toLowerCase();
  const own = failure?.identifier?.toLowerCase();
  if (own !== undefined && (prefix ? own.startsWith(lowerPattern) : own === lowerPattern)) {
    return safeIdentifier(failure?.identifier) ?? pattern;
  }
  const reply = context.replyOf(failure);
  if (reply && containsToken(reply, lowerPattern, prefix)) return pattern;
  // Only when this recipient carries no reply of its own (pasted text, or no recipient at all).
  if (!reply && !own && context.textHasToken(lowerPattern, prefix)) return pattern;
  return undefined;
}

function phraseFound(phrase: string, failure: FailedRecipient | undefined, context: MatchContext): boolean {
  const wanted = normalizeForSearch(phrase);
  return context.replyOf(failure).includes(wanted) || context.textHas(wanted);
}

/** In the reply only; in the text only when this recipient has no reply of its own. */
function replyPhraseFound(phrase: string, failure: FailedRecipient | undefined, context: MatchContext): boolean {
  const wanted = normalizeForSearch(phrase);
  const reply = context.replyOf(failure);
  return reply ? reply.includes(wanted) : context.textHas(wanted);
}

/** The rule's score and evidence for this failed recipient, or `undefined` when it does not hold. */
export function evaluateRule(
  rule: MatchRule,
  failure: FailedRecipient | undefined,
  context: MatchContext,
): RuleResult | undefined {
  const { facts } = context;
  let score = 0;
  const evidence: string[] = [];

  if (rule.unless?.some((phrase) => phraseFound(phrase, failure, context))) return undefined;

  if (rule.status) {
    const status = failure?.status;
    if (!status) return undefined;
    const best = Math.max(0, ...rule.status.map((pattern) => statusPatternScore(pattern, status)));
    if (best === 0) return undefined;
    score += best;
    evidence.push(`status ${status}`);
  }

  if (rule.statusKnown !== undefined && Boolean(failure?.status) !== rule.statusKnown) return undefined;

  if (rule.smtpCode) {
    const code = failure?.smtpCode;
    if (!code || !rule.smtpCode.includes(code)) return undefined;
    score += CONDITION_SCORE.smtpCode;
    evidence.push(`SMTP code ${code}`);
  }

  if (rule.identifier) {
    let found: string | undefined;
    for (const pattern of rule.identifier) {
      found = identifierMatches(pattern, failure, context);
      if (found) break;
    }
    if (!found) return undefined;
    score += CONDITION_SCORE.identifier;
    evidence.push(`identifier ${found}`);
  }

  if (rule.phrase) {
    const found = rule.phrase.find((phrase) => phraseFound(phrase, failure, context));
    if (found === undefined) return undefined;
    score += CONDITION_SCORE.phrase;
    evidence.push(`phrase "${found}"`);
  }

  if (rule.replyPhrase) {
    const found = rule.replyPhrase.find((phrase) => replyPhraseFound(phrase, failure, context));
    if (found === undefined) return undefined;
    score += CONDITION_SCORE.phrase;
    evidence.push(`phrase "${found}"`);
  }

  if (rule.marker) {
    const found = rule.marker.find((marker) => context.hasMarker(marker.toLowerCase()));
    if (found === undefined) return undefined;
    score += CONDITION_SCORE.marker;
    evidence.push(`marker ${found}`);
  }

  if (rule.blockList) {
    const found = rule.blockList.find((name) => context.blockListHas(name.toLowerCase()));
    if (found === undefined) return undefined;
    score += CONDITION_SCORE.blockList;
    evidence.push(`block list ${found}`);
  }

  if (rule.recipientIsGroup !== undefined) {
    const isGroup = recipientIsGroup(failure, facts);
    if (isGroup !== rule.recipientIsGroup) return undefined;
    if (isGroup) {
      score += CONDITION_SCORE.recipientIsGroup;
      evidence.push('recipient is a group');
    }
  }

  if (rule.rejectedByRemoteServer !== undefined) {
    const remote = failure?.remoteServer?.toLowerCase();
    const writer = (failure?.generatingServer ?? facts.reportingMta)?.toLowerCase();
    const isRemote = Boolean(remote) && remote !== writer;
    if (isRemote !== rule.rejectedByRemoteServer) return undefined;
    if (isRemote) {
      score += CONDITION_SCORE.rejectedByRemoteServer;
      evidence.push('refused by another mail server');
    }
  }

  if (rule.senderOutsideRecipientDomain !== undefined) {
    const outside = senderOutsideRecipientDomain(failure, facts) === true;
    if (outside !== rule.senderOutsideRecipientDomain) return undefined;
    if (outside) {
      score += CONDITION_SCORE.senderOutsideRecipientDomain;
      evidence.push('sender from another domain');
    }
  }

  return { score: score + (rule.boost ?? 0), evidence };
}

/**
 * The scenario's score for this failed recipient (its best rule's), with the
 * evidence of every rule that holds (the best rule's first), or `undefined`.
 * `rules` picks the ordinary rules (`strong`), the `whenUnexplained` ones
 * (`weak`) or both.
 */
export function matchScenario(
  scenario: Scenario,
  failure: FailedRecipient | undefined,
  context: MatchContext,
  rules: 'strong' | 'weak' | 'all' = 'all',
): RuleResult | undefined {
  const held: RuleResult[] = [];
  for (const rule of scenario.match) {
    if (rules === 'strong' && rule.whenUnexplained) continue;
    if (rules === 'weak' && !rule.whenUnexplained) continue;
    const result = evaluateRule(rule, failure, context);
    if (result) held.push(result);
  }
  if (held.length === 0) return undefined;
  held.sort((a, b) => b.score - a.score);
  const evidence: string[] = [];
  for (const result of held) {
    for (const item of result.evidence) if (!evidence.includes(item)) evidence.push(item);
  }
  return { score: held[0]?.score ?? 0, evidence };
}
