/**
 * Status codes: RFC 3463 enhanced status codes (`class.subject.detail`, e.g.
 * `5.7.1`, `5.7.129`, `5.7.606`) and RFC 5321 basic reply codes (`550`).
 *
 * RFC 3463 §2 allows 1-3 digits for subject and detail; every registered
 * subject is a single digit (0-7), so we accept one digit there, which keeps
 * version numbers such as `4.92.3` out. Only classes 4 (persistent transient)
 * and 5 (permanent) describe failures; 2.x.x is success.
 */

export interface StatusMatch {
  /** The enhanced status code, e.g. `5.7.1`. */
  status: string;
  /** The SMTP basic code written right before it (`550 5.7.1`, `550-5.7.1`), if any. */
  smtpCode?: string;
  /** Offset in the searched text. */
  index: number;
}

// Bounded quantifiers only; the look-behind and look-ahead test one or two characters.
const ENHANCED = /(?<![\w.])([45])\.([0-7])\.(\d{1,3})(?!\d|\.\d)/g;
// `550 5.7.1`, `550-5.7.1`, and `550-'5.7.1` (Amazon SES quotes the remote reply).
const SMTP_BEFORE = /(?:^|[^\w.])([245]\d\d)[ -]['"]?$/;
const SMTP_AT_START = /^(?:[#(<>'"\s]{0,6})([245]\d\d)(?:[ -]|$)/;

/** Every 4.x.x and 5.x.x enhanced status code in `text`, in order, with the basic code before it. */
export function findStatusCodes(text: string): StatusMatch[] {
  const found: StatusMatch[] = [];
  ENHANCED.lastIndex = 0;
  for (let match = ENHANCED.exec(text); match; match = ENHANCED.exec(text)) {
    const status = `${match[1]}.${match[2]}.${match[3]}`;
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    const smtp = SMTP_BEFORE.exec(before)?.[1];
    found.push(smtp ? { status, smtpCode: smtp, index: match.index } : { status, index: match.index });
  }
  return found;
}

/** The SMTP basic code a reply starts with (`550 …`, `<<< 550 …`, `#550 …`). */
export function smtpCodeAtStart(reply: string): string | undefined {
  return SMTP_AT_START.exec(reply.slice(0, 20))?.[1];
}

/** `5.0.0`, `4.0.0`: the class alone says nothing about the cause. */
export function isGenericStatus(status: string): boolean {
  return status.endsWith('.0.0');
}

/**
 * `4.4.7` / `5.4.7` "delivery time expired" (RFC 3463 §3.5): the MTA gave up;
 * the error of its last attempt, when quoted, says why.
 */
export function isExpiredStatus(status: string): boolean {
  return status.endsWith('.4.7');
}

export function statusClass(status: string): string {
  return status.charAt(0);
}

/**
 * Is `candidate` a more specific code than `base` for the same failure? Same
 * class, and `base` is generic (`x.0.0`), says only "expired" (`x.4.7`), or has
 * only the subject (`x.y.0`) while `candidate` fills it in.
 */
export function isMoreSpecific(base: string, candidate: string): boolean {
  if (statusClass(base) !== statusClass(candidate) || base === candidate) return false;
  if (isGenericStatus(base)) return !isGenericStatus(candidate);
  if (isExpiredStatus(base)) return !isGenericStatus(candidate);
  const [, baseSubject, baseDetail] = base.split('.');
  const [, candSubject, candDetail] = candidate.split('.');
  return baseDetail === '0' && baseSubject === candSubject && candDetail !== '0';
}

/**
 * The code that best describes a failure among those found in its reply text:
 * the first one, unless a later one of the same class is more specific (a
 * generic `5.0.0` followed by `550 5.7.1`). Codes written right after a basic
 * SMTP code (`550 5.7.1`) win over bare ones (RFC 3463 §3: the enhanced code
 * follows the reply code).
 */
export function pickStatus(matches: readonly StatusMatch[]): StatusMatch | undefined {
  const withSmtp = matches.filter((m) => m.smtpCode);
  const pool = withSmtp.length > 0 ? withSmtp : matches;
  let best = pool[0];
  if (!best) return undefined;
  for (const candidate of pool) {
    if (isMoreSpecific(best.status, candidate.status)) best = candidate;
  }
  // A bare code can still refine a generic one (`550 5.0.0 … (#5.7.1)`).
  for (const candidate of matches) {
    if (isMoreSpecific(best.status, candidate.status)) best = candidate;
  }
  return best;
}

/** The basic code: the one written before the chosen status, else the one the reply starts with. */
export function pickSmtpCode(reply: string, chosen: StatusMatch | undefined): string | undefined {
  return chosen?.smtpCode ?? smtpCodeAtStart(reply.trimStart());
}

/** An enhanced code as written in a DSN `Status:` field (`5.1.1 (user unknown)` → `5.1.1`). */
export function statusFromField(value: string): string | undefined {
  const match = /^\s{0,10}([245])\.(\d{1,3})\.(\d{1,3})(?!\d)/.exec(value);
  return match ? `${match[1]}.${match[2]}.${match[3]}` : undefined;
}
