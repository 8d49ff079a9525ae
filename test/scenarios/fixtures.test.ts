/**
 * The acceptance tests: whole bounces (test/fixtures/scenarios, written by us
 * in the layouts Exchange, Exchange Online, Postfix and Exim use) through the
 * whole pipeline, `diagnose({ raw })` or `diagnose({ text })`, and the answer a
 * reader would get.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose, renderScenario, type Diagnosis, type RenderedScenario } from '../../src/ndr/diagnose';
import { CATALOG } from '../../src/ndr/catalog';
import type { UiLanguage } from '../../src/ndr/types';

const FIXTURES = join(__dirname, '..', 'fixtures', 'scenarios');

interface Expectation {
  file: string;
  /** The best scenario's id. */
  id: string;
  /** The restricted group the bounce names. */
  group?: { name?: string; address?: string };
  /** The sending IP the receiver complained about. */
  ip?: string;
  blockList?: string;
  /** Commands that must appear, in English, with the real values. */
  commands?: string[];
  /** Text that must appear somewhere in the English steps. */
  steps?: string[];
  /** For the Dutch bounces: the Dutch title, and commands in the Dutch rendering. */
  nl?: { title: string; commands?: string[] };
}

const CASES: Expectation[] = [
  {
    file: 'group-restricted-senders.en.eml',
    id: 'group-restricted-senders',
    group: { name: 'Sales All', address: 'sales-all@contoso.com' },
    commands: [
      "Set-DistributionGroup -Identity 'sales-all@contoso.com' -AcceptMessagesOnlyFromSendersOrMembers @{Add='jan@fabrikam.com'}",
      "New-MailContact -Name 'jan@fabrikam.com' -ExternalEmailAddress 'jan@fabrikam.com'",
    ],
  },
  {
    file: 'group-restricted-senders.nl.eml',
    id: 'group-restricted-senders',
    group: { name: 'Afdeling Verkoop', address: 'verkoop-alle@contoso.nl' },
    commands: [
      "Set-DistributionGroup -Identity 'verkoop-alle@contoso.nl' -AcceptMessagesOnlyFromSendersOrMembers @{Add='pieter.deboer@contoso.nl'}",
    ],
    nl: {
      title: 'Afdeling Verkoop neemt alleen mail aan van bepaalde afzenders',
      commands: [
        "Set-DistributionGroup -Identity 'verkoop-alle@contoso.nl' -AcceptMessagesOnlyFromSendersOrMembers @{Add='pieter.deboer@contoso.nl'}",
      ],
    },
  },
  {
    file: 'group-restricted-senders-exchange2010.en.txt',
    id: 'group-restricted-senders',
    group: { address: 'board@contoso.com' },
    commands: ["Set-DistributionGroup -Identity 'board@contoso.com' -AcceptMessagesOnlyFromSendersOrMembers @{Add='lisa.janssen@contoso.com'}"],
  },
  {
    file: 'group-moderated-or-large.en.eml',
    id: 'group-moderated-or-large',
    group: { address: 'allemployees@contoso.com' },
    commands: ["Set-DistributionGroup -Identity 'allemployees@contoso.com' -BypassModerationFromSendersOrMembers @{Add='lisa.janssen@contoso.com'}"],
  },
  {
    file: 'group-rejects-external-senders.en.eml',
    id: 'group-rejects-external-senders',
    group: { address: 'privacy@contoso.com' },
    commands: ["Set-DistributionGroup -Identity 'privacy@contoso.com' -RequireSenderAuthenticationEnabled $false"],
  },
  {
    file: 'm365-group-rejects-external-senders.en.eml',
    id: 'm365-group-rejects-external-senders',
    group: { address: 'project-falcon@contoso.com' },
    commands: ["Set-UnifiedGroup -Identity 'project-falcon@contoso.com' -RequireSenderAuthenticationEnabled $false"],
  },
  {
    file: 'mailbox-accept-list.en.eml',
    id: 'mailbox-accept-list',
    commands: ["Set-Mailbox -Identity 'maria.garcia@contoso.com' -AcceptMessagesOnlyFromSendersOrMembers @{Add='jan@fabrikam.com'}"],
  },
  {
    file: 'mailbox-rejects-external-senders.en.eml',
    id: 'mailbox-rejects-external-senders',
    commands: ["Set-Mailbox -Identity 'payroll@contoso.com' -RequireSenderAuthenticationEnabled $false"],
  },
  {
    file: 'mailbox-rejects-external-senders-onprem.en.eml',
    id: 'mailbox-rejects-external-senders',
    commands: ["Set-Mailbox -Identity 'frontdesk@contoso.com' -RequireSenderAuthenticationEnabled $false"],
  },
  {
    file: 'public-folder-rejects-external-senders.en.eml',
    id: 'public-folder-rejects-external-senders',
    commands: [
      "Set-MailPublicFolder -Identity 'support@contoso.com' -RequireSenderAuthenticationEnabled $false",
      'Add-PublicFolderClientPermission -Identity <public folder path> -User Anonymous -AccessRights CreateItems',
    ],
  },
  {
    file: 'public-folder-rejects-external-senders.nl.eml',
    id: 'public-folder-rejects-external-senders',
    commands: ["Set-MailPublicFolder -Identity 'klantenservice@contoso.nl' -RequireSenderAuthenticationEnabled $false"],
    nl: {
      title: 'De openbare map neemt geen mail van buiten aan',
      commands: [
        'Add-PublicFolderClientPermission -Identity <pad van de openbare map> -User Anonymous -AccessRights CreateItems',
        "Set-MailPublicFolder -Identity 'klantenservice@contoso.nl' -RequireSenderAuthenticationEnabled $false",
      ],
    },
  },
  {
    file: 'transport-rule-rejection.en.eml',
    id: 'transport-rule-rejection',
    commands: [
      "Get-TransportRule | Where-Object RejectMessageReasonText -Like '*Mail to the board is only accepted from staff*' | Format-List Name, State, Priority, RejectMessageReasonText",
      "Get-MessageTraceV2 -SenderAddress 'jan@fabrikam.com' -RecipientAddress 'board@contoso.com'",
    ],
  },
  {
    file: 'sender-filter.en.eml',
    id: 'sender-filter',
    commands: ["Set-SenderFilterConfig -BlockedSenders @{Remove='jan@fabrikam.com'}", "Set-SenderFilterConfig -BlockedDomains @{Remove='fabrikam.com'}"],
  },
  { file: 'relay-denied.en.eml', id: 'relay-denied', commands: ["Resolve-DnsName -Name 'wingtiptoys.com' -Type MX"] },
  {
    file: 'relay-denied-client-not-authenticated.en.txt',
    id: 'relay-denied',
    commands: ["Resolve-DnsName -Name 'contoso.com' -Type MX"],
  },
  {
    file: 'smtp-auth-required.en.eml',
    id: 'smtp-auth-required',
    commands: ["Set-CASMailbox -Identity 'scanner@fabrikam.com' -SmtpClientAuthenticationDisabled $false"],
  },
  { file: 'connector-tenant-attribution.en.eml', id: 'connector-tenant-attribution', steps: ['TlsSenderCertificateName'] },
  { file: 'forwarded-relay-rejected.en.eml', id: 'forwarded-relay-rejected', steps: ['Enhanced Filtering for Connectors'] },
  {
    file: 'tls-mta-sts-dane.en.eml',
    id: 'tls-mta-sts-dane',
    commands: ["Resolve-DnsName -Name ('_mta-sts.' + 'northwindtraders.com') -Type TXT"],
  },
  {
    file: 'wrong-mx-record.en.eml',
    id: 'wrong-mx-record',
    commands: ["Resolve-DnsName -Name 'litwareinc.com' -Type MX"],
    steps: ['litwareinc-com.mail.protection.outlook.com', 'exactly one MX record'],
  },
  { file: 'spf-failure.en.eml', id: 'spf-failure', commands: ["Resolve-DnsName -Name 'fabrikam.com' -Type TXT | Select-Object -ExpandProperty Strings"] },
  {
    file: 'dmarc-failure-gmail.en.eml',
    id: 'dmarc-failure',
    commands: ["Resolve-DnsName -Name ('_dmarc.' + 'fabrikam.com') -Type TXT", "Get-DkimSigningConfig -Identity 'fabrikam.com' | Format-List Domain, Enabled, Status"],
  },
  {
    file: 'dmarc-failure-outlook-com.en.eml',
    id: 'dmarc-failure',
    commands: ["Resolve-DnsName -Name ('_dmarc.' + 'tailspintoys.com') -Type TXT"],
  },
  {
    file: 'reverse-dns-ipv6.en.eml',
    id: 'reverse-dns-ipv6',
    ip: '2001:db8:1f0::25',
    commands: ["Resolve-DnsName -Name '2001:db8:1f0::25' -Type PTR"],
  },
  {
    file: 'microsoft-blocklist.en.eml',
    id: 'microsoft-blocklist',
    ip: '192.0.2.25',
    blockList: 'Blocklist 1',
    steps: ['delist@messaging.microsoft.com and ask for 192.0.2.25 to be removed'],
  },
  { file: 'microsoft-ip-banned.en.eml', id: 'microsoft-ip-banned', ip: '198.51.100.222', steps: ['198.51.100.222'] },
  { file: 'outlook-com-blocklist.en.eml', id: 'outlook-com-blocklist', ip: '203.0.113.40', steps: ['203.0.113.40'] },
  { file: 'third-party-blocklist.en.eml', id: 'third-party-blocklist', ip: '203.0.113.7', blockList: 'Spamhaus', steps: ['203.0.113.7'] },
  {
    file: 'recipient-block-list.en.eml',
    id: 'recipient-block-list',
    ip: '203.0.113.8',
    commands: ["Set-HostedConnectionFilterPolicy -Identity Default -IPBlockList @{Remove='203.0.113.8'}"],
  },
  { file: 'banned-sender.en.eml', id: 'banned-sender', commands: ["Remove-BlockedSenderAddress -SenderAddress 'jan@fabrikam.com'"] },
  { file: 'temporary-ip-throttling.en.eml', id: 'temporary-ip-throttling', ip: '203.0.113.9', steps: ['inbound connector'] },
  { file: 'low-sender-reputation.en.eml', id: 'low-sender-reputation', ip: '203.0.113.10', steps: ['Postmaster Tools'] },
  { file: 'recipient-org-refused.en.eml', id: 'recipient-org-refused', steps: ['filter’s logs'] },
  { file: 'bad-helo.en.eml', id: 'bad-helo', commands: ['Get-SendConnector | Format-List Name, Fqdn'], steps: ['fully qualified host name'] },
  { file: 'message-format-rejected.en.eml', id: 'message-format-rejected', steps: ['writes each header once'] },
  { file: 'sender-domain-null-mx.en.eml', id: 'sender-domain-null-mx', commands: ["Resolve-DnsName -Name 'noreply.tailspintoys.com' -Type MX"] },
  { file: 'recipient-domain-null-mx.en.eml', id: 'recipient-domain-null-mx', commands: ["Resolve-DnsName -Name 'adatum-mail.com' -Type MX"] },
  { file: 'recipient-account-disabled.en.eml', id: 'recipient-account-disabled', steps: ['who took over their work'] },
  {
    file: 'tenant-allow-block-list.en.eml',
    id: 'tenant-allow-block-list',
    commands: ["Remove-TenantAllowBlockListItems -ListType Sender -Entries 'info@wingtiptoys.com'"],
  },
  { file: 'tenant-sending-blocked.en.eml', id: 'tenant-sending-blocked', steps: ['support request'] },
  { file: 'domain-not-set-up.en.eml', id: 'domain-not-set-up', steps: ['fabrikam-shop.com is listed and its status is Healthy'] },
  { file: 'hybrid-connector-problem.en.eml', id: 'hybrid-connector-problem', steps: ['Hybrid Configuration Wizard'] },
  {
    file: 'message-too-large.en.eml',
    id: 'message-too-large',
    commands: ["Get-Mailbox -Identity 'jan@fabrikam.com' | Format-List MaxSendSize, MaxReceiveSize"],
  },
  { file: 'generic-5-7-unknown.en.eml', id: 'generic-5-7', steps: ['Outlook on the web'] },
  { file: 'temporary-problem-4.4.7.en.eml', id: 'temporary-problem' },
  { file: 'address-problem-5.1.1.en.eml', id: 'address-problem', steps: ['tom.baker@contoso.com'] },
  { file: 'mailbox-problem-5.2.2.en.eml', id: 'mailbox-problem' },
  { file: 'mail-system-problem-5.3.5.en.eml', id: 'mail-system-problem' },
  { file: 'routing-problem-5.4.4.en.eml', id: 'routing-problem', commands: ["Resolve-DnsName -Name 'litwareinc.co' -Type MX"] },
  { file: 'protocol-problem-5.5.2.en.eml', id: 'protocol-problem' },
  { file: 'content-problem-5.6.0.en.eml', id: 'content-problem' },
  { file: 'other-permanent-problem-5.0.0.en.eml', id: 'other-permanent-problem' },
  { file: 'unknown-code.en.eml', id: 'unknown-code' },
];

async function run(file: string): Promise<Diagnosis> {
  const content = readFileSync(join(FIXTURES, file), 'utf8');
  return diagnose(file.endsWith('.txt') ? { text: content } : { raw: content });
}

function render(diagnosis: Diagnosis, lang: UiLanguage): RenderedScenario {
  const best = diagnosis.scenarios[0];
  if (!best) throw new Error('no scenario');
  return renderScenario(best, diagnosis.facts, lang);
}

describe.each(CASES)('$file', (expected) => {
  let diagnosis: Diagnosis;
  beforeAll(async () => {
    diagnosis = await run(expected.file);
  });

  it(`is diagnosed as ${expected.id}`, () => {
    expect(diagnosis.facts.isBounce).toBe(true);
    expect(diagnosis.scenarios[0]?.scenario.id).toBe(expected.id);
    expect(diagnosis.fixedBy).toBe(diagnosis.scenarios[0]?.scenario.fixedBy);
  });

  if (expected.group) {
    const group = expected.group;
    it('names the restricted group', () => {
      expect(diagnosis.facts.restrictedGroups).toContainEqual(expect.objectContaining(group));
    });
  }

  if (expected.ip) {
    const ip = expected.ip;
    it('finds the sending IP address', () => {
      expect(diagnosis.facts.blockedIp).toBe(ip);
    });
  }

  if (expected.blockList) {
    const blockList = expected.blockList;
    it('names the block list', () => {
      expect(diagnosis.facts.blockList).toContain(blockList);
    });
  }

  it('renders in English with the real values', () => {
    const view = render(diagnosis, 'en');
    const commands = view.commands.map((command) => command.command);
    for (const command of expected.commands ?? []) expect(commands).toContain(command);
    const steps = [...view.steps.sender, ...view.steps.owner, ...view.steps.admin].join('\n');
    for (const text of expected.steps ?? []) expect(steps).toContain(text);
    expect(view.steps.sender.length).toBeGreaterThan(0);
    // Nothing empty where a value should be.
    for (const command of commands) expect(command).not.toMatch(/''(?!')|-Identity\s*$|-Identity\s+-/);
  });

  if (expected.nl) {
    const nl = expected.nl;
    it('is a Dutch bounce, and the Dutch rendering is Dutch', () => {
      expect(diagnosis.facts.language).toBe('nl');
      const view = render(diagnosis, 'nl');
      expect(view.title).toBe(nl.title);
      expect(view.explanation).toMatch(/\b(de|het|een|niet|uw|u)\b/);
      expect(view.whoCanFix).toMatch(/kan dit oplossen/);
      expect(view.steps.sender.join(' ')).not.toMatch(/\b(the|your|please)\b/i);
      const commands = view.commands.map((command) => command.command);
      for (const command of nl.commands ?? []) expect(commands).toContain(command);
      for (const link of view.links) {
        if (link.url.startsWith('https://learn.microsoft.com/')) expect(link.url).toContain('/nl-nl/');
      }
    });
  }
});

describe('coverage', () => {
  it('every catalog scenario has at least one fixture', () => {
    const covered = new Set(CASES.map((expected) => expected.id));
    expect(CATALOG.map((scenario) => scenario.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('a 4.4.7 is called temporary, a 5.1.1 gets the addressing meaning', async () => {
    const expired = await run('temporary-problem-4.4.7.en.eml');
    expect(expired.codeMeaning?.temporary).toBe(true);
    expect(render(expired, 'en').explanation).toContain('temporary');
    const notFound = await run('address-problem-5.1.1.en.eml');
    expect(notFound.codeMeaning?.subjectText.en).toBe('addressing');
  });

  it('a genuine bounce is judged authentic', async () => {
    const diagnosis = await run('group-restricted-senders.en.eml');
    expect(diagnosis.authenticity.authentic).toBe(true);
  });
});
