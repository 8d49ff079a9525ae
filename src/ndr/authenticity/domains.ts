/**
 * Domains for the authenticity check: the registrable part of a host name, and
 * whether a sender's domain is the user's own organisation, a mail system that
 * really sends bounces, or a look-alike of either.
 *
 * Pure. The registrable domain is an approximation of the Public Suffix List
 * (https://publicsuffix.org/): the last two labels, or three under the common
 * second-level suffixes (`co.uk`, `co.jp`, `com.au`, …). Good enough to compare
 * two domains; never used to decide that something is safe on its own.
 */

/** Second-level labels under which registrations happen one level deeper (`example.co.uk`). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or', 'go', 'gr', 'ad', 'ed', 'lg', 'mil', 'nom', 'ltd', 'plc', 'sch', 'gob', 'gv']);

export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const secondLast = labels[labels.length - 2] ?? '';
  const last = labels[labels.length - 1] ?? '';
  const take = last.length === 2 && SECOND_LEVEL.has(secondLast) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** `host` is `domain` or one of its subdomains. */
export function isWithin(host: string, domain: string): boolean {
  const lowerHost = host.toLowerCase();
  const lowerDomain = domain.toLowerCase();
  return lowerHost === lowerDomain || lowerHost.endsWith(`.${lowerDomain}`);
}

/**
 * Registrable domains of the mail systems that write bounces for many
 * organisations: Exchange Online and Outlook.com, Google, Yahoo/AOL, Apple,
 * Amazon SES and WorkMail, the big secure-mail gateways. A bounce from one of
 * these can have a domain that is not the user's own.
 */
const MAIL_SYSTEM_DOMAINS: readonly string[] = [
  'outlook.com',
  'hotmail.com',
  'live.com',
  'microsoft.com',
  'office365.com',
  'onmicrosoft.com',
  'exchangelabs.com',
  'google.com',
  'googlemail.com',
  'gmail.com',
  'yahoo.com',
  'yahoo.co.jp',
  'yahooinc.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'apple.com',
  'amazonses.com',
  'amazonaws.com',
  'awsapps.com',
  'mimecast.com',
  'pphosted.com',
  'messagelabs.com',
  'barracudanetworks.com',
  'mailcontrol.com',
  'zoho.com',
  'gmx.net',
  'web.de',
  't-online.de',
  'mail.ru',
  'yandex.ru',
  'qq.com',
];

export function isMailSystemDomain(domain: string): boolean {
  const registrable = registrableDomain(domain);
  return MAIL_SYSTEM_DOMAINS.includes(registrable);
}

/** Brand names forgers put in a domain to look like the mail provider. */
const PROVIDER_BRANDS: readonly string[] = ['microsoft', 'office365', 'office-365', 'outlook', 'exchange', 'onmicrosoft', 'hotmail', 'mailer-daemon', 'postmaster'];

/** The distinctive label of a registrable domain: `contoso` for `contoso.com` and `contoso.co.uk`. */
function brandLabel(domain: string): string {
  return registrableDomain(domain).split('.')[0] ?? '';
}

/** Levenshtein distance, capped: we only need to know whether it is 0, 1 or 2. */
function distanceAtMost2(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > 2) return false;
    previous = current;
  }
  return (previous[b.length] ?? 3) <= 2;
}

/**
 * A domain that imitates one of `ownDomains` or a mail provider without being
 * it: `contoso-mail-support.com`, `c0ntoso.com`, `contoso.com.example.net`,
 * `microsoft-365-mail.com`. Only the registrable part counts, so
 * `outlook.example.com` is not a look-alike of Outlook (it is example.com's).
 */
export function lookAlikeOf(domain: string, ownDomains: readonly string[]): string | undefined {
  const registrable = registrableDomain(domain);
  const label = brandLabel(domain);
  for (const own of ownDomains) {
    if (isWithin(domain, own) || registrable === registrableDomain(own)) continue;
    const ownLabel = brandLabel(own);
    if (ownLabel.length < 4) continue;
    // The same name under another top-level domain (contoso.nl beside contoso.com) may well be the
    // organisation's own: not counted. A name with more around it, or one or two letters off, is.
    if (label === ownLabel) continue;
    if (label.includes(ownLabel) || domain.toLowerCase().includes(`${registrableDomain(own)}.`)) return own;
    if (ownLabel.length >= 5 && distanceAtMost2(label, ownLabel)) return own;
  }
  if (!isMailSystemDomain(registrable) && PROVIDER_BRANDS.some((brand) => label.includes(brand))) return registrable;
  return undefined;
}
