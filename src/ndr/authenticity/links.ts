/**
 * What a link in a bounce points at. A genuine non-delivery report from
 * Exchange Online links only to Microsoft's documentation
 * (https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online);
 * other mail systems link to their own postmaster pages. Hosts are judged
 * exactly, never by their parent domain: anyone can publish a page on
 * `forms.office.com` or `sites.google.com`, and `www.google.com/url?q=` sends
 * the reader anywhere.
 *
 * Pure: a URL string in, a judgement out. Nothing is fetched.
 */
import { isWithin, registrableDomain } from './domains';

export type LinkKind =
  /** Microsoft's documentation and delist pages, the big receivers' postmaster pages, block-list operators. */
  | 'documentation'
  /** The user's own organisation. */
  | 'own'
  /** A host where anyone can publish a page or a form. */
  | 'publish-anywhere'
  /** A link shortener: the destination is hidden. */
  | 'shortener'
  /** A redirect (`/url?q=`, `?redirect=`) to another site. */
  | 'redirect'
  /** Made to mislead: an IP address, a user name before the host, a non-web scheme, a punycode host. */
  | 'disguised'
  /** Any other website. */
  | 'unknown'
  /** Not a web link (`mailto:`, `cid:`): nothing to visit. */
  | 'not-web';

export interface LinkJudgement {
  kind: LinkKind;
  /** The host the reader would end up on (after unwrapping Safe Links), for the concern's detail. */
  host: string;
}

/** Exact hosts that genuine bounces link to (seen in real bounces or named in the providers' own docs). */
const DOCUMENTATION_HOSTS: ReadonlySet<string> = new Set([
  // Microsoft: Exchange Online NDRs, Outlook.com, the delist portal.
  'learn.microsoft.com',
  'docs.microsoft.com',
  'support.microsoft.com',
  'go.microsoft.com',
  'aka.ms',
  'technet.microsoft.com',
  'www.microsoft.com',
  'support.office.com',
  'products.office.com',
  'sender.office.com',
  'postmaster.live.com',
  'mail.live.com',
  'postmaster.outlook.com',
  'sendersupport.olc.protection.outlook.com',
  // Google, Yahoo/AOL, Apple, Amazon.
  'support.google.com',
  'postmaster.google.com',
  'groups.google.com',
  'postmaster.yahooinc.com',
  'senders.yahooinc.com',
  'postmaster.verizonmedia.com',
  'help.yahoo.com',
  'www.yahoo-help.jp',
  'postmaster.aol.com',
  'support.apple.com',
  'aws.amazon.com',
  'docs.aws.amazon.com',
  // Other providers' postmaster pages.
  'postmaster.comcast.net',
  'postmaster.1and1.com',
  'postmaster.gmx.com',
  'postmaster.gmx.net',
  'postmaster.web.de',
  'postmaster.t-online.de',
  'help.mail.ru',
  'postmaster.mail.ru',
  'service.mail.qq.com',
  'tech.support.ntt.com',
  'www.cox.com',
  'developers.cloudflare.com',
  // Block lists, reputation services and standards.
  'www.spamhaus.org',
  'check.spamhaus.org',
  'www.spamcop.net',
  'www.barracudacentral.org',
  'barracudacentral.org',
  'csi.cloudmark.com',
  'support.proofpoint.com',
  'ipcheck.proofpoint.com',
  'community.mimecast.com',
  'www.abuseat.org',
  'www.sorbs.net',
  'lookup.uribl.com',
  'www.rfc-editor.org',
  'datatracker.ietf.org',
  'tools.ietf.org',
  'spf.pobox.com',
  'www.linuxmagic.com',
]);

/** Exact hosts where anyone can publish (forms, sites, file shares, paste and page hosts). */
const PUBLISH_ANYWHERE_HOSTS: ReadonlySet<string> = new Set([
  'forms.office.com',
  'forms.microsoft.com',
  'forms.cloud.microsoft',
  'forms.gle',
  'sites.google.com',
  'docs.google.com',
  'drive.google.com',
  'script.google.com',
  'storage.googleapis.com',
  'firebasestorage.googleapis.com',
  'onedrive.live.com',
  '1drv.ms',
  'dropbox.com',
  'www.dropbox.com',
  'dl.dropboxusercontent.com',
  'ipfs.io',
  'cloudflare-ipfs.com',
  'gateway.pinata.cloud',
  'jotform.com',
  'form.jotform.com',
  'www.jotform.com',
  'surveymonkey.com',
  'www.surveymonkey.com',
  'linktr.ee',
  'notion.site',
  'www.notion.so',
  'pastebin.com',
  'telegra.ph',
  'wetransfer.com',
  'we.tl',
]);

/** Host suffixes where anyone can publish (`*.github.io`, `*.blob.core.windows.net`, …). */
const PUBLISH_ANYWHERE_SUFFIXES: readonly string[] = [
  'sharepoint.com',
  'blob.core.windows.net',
  'web.core.windows.net',
  'azurewebsites.net',
  'azureedge.net',
  'azurestaticapps.net',
  'github.io',
  'githubusercontent.com',
  'gitlab.io',
  'pages.dev',
  'workers.dev',
  'r2.dev',
  'netlify.app',
  'vercel.app',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'herokuapp.com',
  'onrender.com',
  'fly.dev',
  'glitch.me',
  'repl.co',
  'ngrok.io',
  'ngrok-free.app',
  'surge.sh',
  'notion.site',
  'wixsite.com',
  'weebly.com',
  'webflow.io',
  'godaddysites.com',
  'square.site',
  'typeform.com',
  'formstack.com',
  'wufoo.com',
  'blogspot.com',
  'wordpress.com',
  'gitbook.io',
  'framer.app',
  'canva.site',
  'dweb.link',
  'ipfs.dweb.link',
  'myshopify.com',
];

/** Link shorteners: the reader cannot see where they go. */
const SHORTENER_HOSTS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  't.ly',
  'x.co',
  'tiny.cc',
  'lnkd.in',
  's.id',
  'qrco.de',
  'bl.ink',
  'short.io',
  'shorturl.me',
  'v.gd',
]);

/** Query parameters that carry the destination of a redirect. */
const REDIRECT_PARAMETERS: readonly string[] = ['q', 'u', 'url', 'redirect', 'redirect_uri', 'redirect_url', 'redir', 'target', 'dest', 'destination', 'next', 'continue', 'goto', 'link', 'r', 'to', 'returnurl', 'return_url'];

function isIpHost(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[') || /^0x[0-9a-f]+$/i.test(host) || /^\d{8,10}$/.test(host);
}

function isPublishAnywhere(host: string): boolean {
  if (PUBLISH_ANYWHERE_HOSTS.has(host)) return true;
  if (PUBLISH_ANYWHERE_SUFFIXES.some((suffix) => isWithin(host, suffix))) return true;
  // Amazon S3 buckets: `bucket.s3.amazonaws.com`, `s3.eu-west-1.amazonaws.com/bucket`.
  return isWithin(host, 'amazonaws.com') && host.split('.').some((label) => label === 's3' || label.startsWith('s3-') || label.startsWith('s3.'));
}

/** `*.safelinks.protection.outlook.com/?url=…`: Microsoft Defender's wrapper; the target is what counts. */
function safeLinksTarget(url: URL): string | undefined {
  if (!isWithin(url.hostname.toLowerCase(), 'safelinks.protection.outlook.com')) return undefined;
  return url.searchParams.get('url') ?? undefined;
}

/** The destination of a redirect link, when a query parameter carries a web address of another site. */
function redirectTarget(url: URL): URL | undefined {
  for (const [name, value] of url.searchParams) {
    if (!REDIRECT_PARAMETERS.includes(name.toLowerCase())) continue;
    const candidate = parseWebUrl(value) ?? (value.startsWith('//') ? parseWebUrl(`https:${value}`) : undefined);
    if (candidate && registrableDomain(candidate.hostname) !== registrableDomain(url.hostname)) return candidate;
  }
  return undefined;
}

function parseWebUrl(href: string): URL | undefined {
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const SCRIPT_SCHEMES = /^\s*(?:javascript|data|vbscript|file|blob):/i;

/** Judge one link. `ownDomains`: the user's organisation, when the host told us. */
export function judgeLink(href: string, ownDomains: readonly string[], depth = 0): LinkJudgement {
  // The scheme's name alone as the detail (`javascript`), so nothing runnable is ever shown.
  if (SCRIPT_SCHEMES.test(href)) return { kind: 'disguised', host: href.trim().slice(0, href.trim().indexOf(':')).toLowerCase() };
  const url = parseWebUrl(href);
  if (!url) return { kind: 'not-web', host: '' };
  const host = url.hostname.toLowerCase();
  const wrapped = depth < 3 ? safeLinksTarget(url) : undefined;
  if (wrapped) return judgeLink(wrapped, ownDomains, depth + 1);
  if (url.username || url.password || isIpHost(host) || host.split('.').some((label) => label.startsWith('xn--'))) {
    return { kind: 'disguised', host };
  }
  if (isPublishAnywhere(host)) return { kind: 'publish-anywhere', host };
  if (SHORTENER_HOSTS.has(host)) return { kind: 'shortener', host };
  const target = redirectTarget(url);
  if (target) {
    const inner = judgeLink(target.href, ownDomains, depth + 1);
    // A documentation page behind a redirect of the same provider is still documentation.
    return inner.kind === 'documentation' && DOCUMENTATION_HOSTS.has(host) ? inner : { kind: 'redirect', host: target.hostname.toLowerCase() };
  }
  if (DOCUMENTATION_HOSTS.has(host)) return { kind: 'documentation', host };
  if (ownDomains.some((domain) => isWithin(host, domain))) return { kind: 'own', host };
  return { kind: 'unknown', host };
}

/** The host a link's visible text names (`learn.microsoft.com/…` or `https://…`), if it names one. */
export function hostShownIn(text: string): string | undefined {
  const match = /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|\s|$)/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  // "name@example.com" is an address, not a web site.
  if (text.slice(0, match.index + match[0].length).includes('@')) return undefined;
  return match[1].toLowerCase();
}
