/**
 * The pages the catalog points to. Microsoft Learn and Microsoft Support links
 * are written without a locale (`https://learn.microsoft.com/exchange/…`); the
 * renderer gives Dutch readers the `/nl-nl/` variant. Titles are ours.
 *
 * NDR articles: https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/<slug>
 * (source: MicrosoftDocs/SupportArticles-docs, `Exchange/ExchangeOnline/email-delivery/ndr/<slug>.md`);
 * the index of codes: https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.
 */
import type { DocLink } from './types';

const NDR = 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/';

function link(url: string, en: string, nl: string): DocLink {
  return { url, title: { en, nl } };
}

export const LINKS = {
  ndrIndex: link(
    `${NDR}non-delivery-reports-in-exchange-online`,
    'Non-delivery reports and SMTP errors in Exchange Online',
    'Onbestelbaarheidsberichten en SMTP-fouten in Exchange Online',
  ),
  fix571: link(
    `${NDR}fix-error-code-550-5-7-1-in-exchange-online`,
    'Fix error code 550 5.7.1 (and 5.7.0 to 5.7.999) in Exchange Online',
    'Foutcode 550 5.7.1 (en 5.7.0 tot en met 5.7.999) oplossen in Exchange Online',
  ),
  fix5712: link(
    `${NDR}fix-error-code-5-7-12-in-exchange-online`,
    'Fix error code 5.7.12 in Exchange Online',
    'Foutcode 5.7.12 oplossen in Exchange Online',
  ),
  fix57124: link(
    `${NDR}fix-error-code-5-7-124-in-exchange-online`,
    'Fix error code 5.7.124 in Exchange Online',
    'Foutcode 5.7.124 oplossen in Exchange Online',
  ),
  fix57133: link(
    `${NDR}fix-error-code-5-7-133-in-exchange-online`,
    'Fix error code 5.7.133 in Exchange Online',
    'Foutcode 5.7.133 oplossen in Exchange Online',
  ),
  fix57134: link(
    `${NDR}fix-error-code-5-7-134-in-exchange-online`,
    'Fix error code 5.7.134 in Exchange Online',
    'Foutcode 5.7.134 oplossen in Exchange Online',
  ),
  fix57135: link(
    `${NDR}fix-error-code-5-7-13-or-5-7-135-in-exchange-online`,
    'Fix error code 5.7.13 or 5.7.135 in Exchange Online',
    'Foutcode 5.7.13 of 5.7.135 oplossen in Exchange Online',
  ),
  fix57136: link(
    `${NDR}fix-error-code-5-7-136-in-exchange-online`,
    'Fix error code 5.7.136 in Exchange Online',
    'Foutcode 5.7.136 oplossen in Exchange Online',
  ),
  fix57193: link(
    `${NDR}550-5-7-193-when-external-users-send-to-microsoft-365-group`,
    '550 5.7.193 when outside senders write to a Microsoft 365 group',
    '550 5.7.193 als externe afzenders naar een Microsoft 365-groep mailen',
  ),
  fix5723: link(
    `${NDR}fix-error-code-5-7-23-in-exchange-online`,
    'Fix error code 5.7.23 in Exchange Online',
    'Foutcode 5.7.23 oplossen in Exchange Online',
  ),
  fix5757: link(
    `${NDR}fix-error-code-5-7-57-in-exchange-online`,
    'Fix error code 5.7.57 in Exchange Online',
    'Foutcode 5.7.57 oplossen in Exchange Online',
  ),
  fix5764: link(
    `${NDR}fix-error-code-5-7-64-in-exchange-online`,
    'Fix error code 5.7.64 (TenantAttribution) in Exchange Online',
    'Foutcode 5.7.64 (TenantAttribution) oplossen in Exchange Online',
  ),
  fix57367: link(
    `${NDR}forwarded-message-rejected-5-7-367-ndr`,
    'Forwarded message rejected with 5.7.367',
    'Doorgestuurd bericht geweigerd met 5.7.367',
  ),
  fix57700: link(
    `${NDR}fix-error-code-5-7-700-through-5-7-750`,
    'Fix error codes 5.7.700 to 5.7.750 in Exchange Online',
    'Foutcodes 5.7.700 tot en met 5.7.750 oplossen in Exchange Online',
  ),
  fix451: link(
    `${NDR}fix-error-code-451-4-7-500-699-asxxx-in-exchange-online`,
    'Fix error code 451 4.7.500-699 (ASxxx) in Exchange Online',
    'Foutcode 451 4.7.500-699 (ASxxx) oplossen in Exchange Online',
  ),
  connectExchangeOnline: link(
    'https://learn.microsoft.com/powershell/exchange/connect-to-exchange-online-powershell',
    'Connect to Exchange Online PowerShell',
    'Verbinding maken met Exchange Online PowerShell',
  ),
  manageDistributionGroups: link(
    'https://learn.microsoft.com/exchange/recipients-in-exchange-online/manage-distribution-groups/manage-distribution-groups',
    'Manage distribution groups in Exchange Online',
    'Distributiegroepen beheren in Exchange Online',
  ),
  exchangeOnlineLimits: link(
    'https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits',
    'Exchange Online limits',
    'Limieten van Exchange Online',
  ),
  publicFolderMail: link(
    'https://learn.microsoft.com/exchange/collaboration-exo/public-folders/enable-or-disable-mail-for-public-folders',
    'Mail-enable public folders',
    'E-mail inschakelen voor openbare mappen',
  ),
  mailFlowRules: link(
    'https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/mail-flow-rules',
    'Mail flow rules (transport rules) in Exchange Online',
    'E-mailstroomregels (transportregels) in Exchange Online',
  ),
  messageTrace: link(
    'https://learn.microsoft.com/exchange/monitoring/trace-an-email-message/message-trace-modern-eac',
    'Message trace in the Exchange admin center',
    'Berichttracering in het Exchange-beheercentrum',
  ),
  senderFiltering: link(
    'https://learn.microsoft.com/exchange/antispam-and-antimalware/antispam-protection/sender-filtering',
    'Sender filtering in Exchange Server',
    'Afzenderfilter in Exchange Server',
  ),
  acceptedDomains: link(
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/manage-accepted-domains/manage-accepted-domains',
    'Accepted domains in Exchange Online',
    'Geaccepteerde domeinen in Exchange Online',
  ),
  smtpAuth: link(
    'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    'Turn SMTP AUTH client submission on or off',
    'SMTP AUTH-clientverzending in- of uitschakelen',
  ),
  devicesSendingMail: link(
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
    'Let a printer, scanner or application send mail through Microsoft 365',
    'Een printer, scanner of applicatie mail laten versturen via Microsoft 365',
  ),
  connectors: link(
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/use-connectors-to-configure-mail-flow',
    'Connectors for mail flow in Exchange Online',
    'Connectors voor de e-mailstroom in Exchange Online',
  ),
  enhancedFiltering: link(
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors',
    'Enhanced Filtering for Connectors',
    'Uitgebreide filtering voor connectors',
  ),
  hybridConfigurationWizard: link(
    'https://learn.microsoft.com/exchange/hybrid-configuration-wizard',
    'The Hybrid Configuration Wizard',
    'De wizard Hybride configuratie',
  ),
  hybridTransportRouting: link(
    'https://learn.microsoft.com/exchange/transport-routing',
    'Mail routing in Exchange hybrid deployments',
    'Routering van mail in hybride Exchange-omgevingen',
  ),
  addDomain: link(
    'https://learn.microsoft.com/microsoft-365/admin/setup/add-domain',
    'Add a domain to Microsoft 365',
    'Een domein toevoegen aan Microsoft 365',
  ),
  domainTroubleshooting: link(
    'https://learn.microsoft.com/microsoft-365/admin/get-help-with-domains/find-and-fix-issues',
    'Find and fix domain and DNS problems in Microsoft 365',
    'Problemen met domeinen en DNS vinden en oplossen in Microsoft 365',
  ),
  dnsRecords: link(
    'https://learn.microsoft.com/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider',
    'DNS records for Microsoft 365 (MX, SPF and others)',
    'DNS-records voor Microsoft 365 (MX, SPF en andere)',
  ),
  remoteConnectivityAnalyzer: link(
    'https://testconnectivity.microsoft.com/',
    'Microsoft Remote Connectivity Analyzer',
    'Microsoft Remote Connectivity Analyzer',
  ),
  spf: link(
    'https://learn.microsoft.com/defender-office-365/email-authentication-spf-configure',
    'Set up SPF for your domain',
    'SPF instellen voor uw domein',
  ),
  dkim: link(
    'https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure',
    'Set up DKIM signing for your domain',
    'DKIM-ondertekening instellen voor uw domein',
  ),
  dmarc: link(
    'https://learn.microsoft.com/defender-office-365/email-authentication-dmarc-configure',
    'Set up DMARC for your domain',
    'DMARC instellen voor uw domein',
  ),
  delistPortal: link(
    'https://learn.microsoft.com/defender-office-365/external-senders-use-the-delist-portal-to-remove-themselves-from-the-blocked-senders-list',
    'Remove an IP address from Microsoft’s block list (delist portal)',
    'Een IP-adres van de blokkeringslijst van Microsoft laten halen (delist-portal)',
  ),
  senderOffice: link('https://sender.office.com/', 'Microsoft delist portal', 'Delist-portal van Microsoft'),
  restrictedEntities: link(
    'https://learn.microsoft.com/defender-office-365/removing-user-from-restricted-users-portal-after-spam',
    'Unblock a user who was restricted for sending spam',
    'Een gebruiker deblokkeren die is beperkt wegens spam',
  ),
  tenantAllowBlockList: link(
    'https://learn.microsoft.com/defender-office-365/tenant-allow-block-list-about',
    'The Tenant Allow/Block List',
    'De lijst met toegestane en geblokkeerde items van de tenant',
  ),
  connectionFilter: link(
    'https://learn.microsoft.com/defender-office-365/connection-filter-policies-configure',
    'Connection filtering (IP Allow and Block lists)',
    'Verbindingsfilter (IP-lijsten voor toestaan en blokkeren)',
  ),
  mtaSts: link(
    'https://learn.microsoft.com/purview/enhancing-mail-flow-with-mta-sts',
    'MTA-STS for mail to and from Exchange Online',
    'MTA-STS voor mail van en naar Exchange Online',
  ),
  dane: link(
    'https://learn.microsoft.com/purview/how-smtp-dane-works',
    'How SMTP DANE works',
    'Hoe SMTP DANE werkt',
  ),
  outlookComSenders: link(
    'https://sendersupport.olc.protection.outlook.com/pm/',
    'Outlook.com postmaster: help for senders',
    'Outlook.com postmaster: hulp voor afzenders',
  ),
  spamhausLookup: link('https://check.spamhaus.org/', 'Spamhaus IP and domain lookup', 'Spamhaus: IP-adres of domein opzoeken'),
  gmailSenderGuidelines: link(
    'https://support.google.com/a/answer/81126',
    'Gmail’s guidelines for senders',
    'Richtlijnen van Gmail voor afzenders',
  ),
  rfc5322: link(
    'https://www.rfc-editor.org/rfc/rfc5322#section-3.6',
    'RFC 5322 section 3.6: the header fields a message must have',
    'RFC 5322 sectie 3.6: de kopteksten die een bericht moet hebben',
  ),
  rfc7505: link(
    'https://www.rfc-editor.org/rfc/rfc7505',
    'RFC 7505: the “null MX” record for domains that take no mail',
    'RFC 7505: het “null MX”-record voor domeinen die geen mail aannemen',
  ),
  rfc3463: link(
    'https://www.rfc-editor.org/rfc/rfc3463',
    'RFC 3463: enhanced mail status codes',
    'RFC 3463: uitgebreide statuscodes voor mail',
  ),
} as const satisfies Record<string, DocLink>;

/**
 * Hosts the catalog may link to (checked by the catalog tests). Microsoft's
 * own pages first; a few receivers' and block-list operators' pages for
 * scenarios only they can resolve.
 */
export const ALLOWED_LINK_HOSTS: readonly string[] = [
  'learn.microsoft.com',
  'support.microsoft.com',
  'testconnectivity.microsoft.com',
  'sender.office.com',
  'sendersupport.olc.protection.outlook.com',
  'check.spamhaus.org',
  'support.google.com',
  'www.rfc-editor.org',
];

/** Hosts whose pages exist per language under `/<locale>/`. */
const LOCALIZED_HOSTS: readonly string[] = ['learn.microsoft.com', 'support.microsoft.com'];

/** The link for a reader of `lang`: `/nl-nl/` inserted for Microsoft's localized sites. */
export function localizeUrl(url: string, lang: 'en' | 'nl'): string {
  if (lang !== 'nl') return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!LOCALIZED_HOSTS.includes(parsed.hostname)) return url;
  if (/^\/[a-z]{2}-[a-z]{2}(\/|$)/i.test(parsed.pathname)) {
    parsed.pathname = parsed.pathname.replace(/^\/[a-z]{2}-[a-z]{2}/i, '/nl-nl');
  } else {
    parsed.pathname = `/nl-nl${parsed.pathname}`;
  }
  return parsed.toString();
}
