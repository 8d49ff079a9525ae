/**
 * diagnoseFacts and renderScenario on hand-built facts: which scenario wins
 * for each documented reply, how ties are broken, and how values are filled.
 * (The full pipeline from real bounce files is in test/scenarios.)
 */
import { diagnoseFacts, renderScenario, type Diagnosis } from '../../src/ndr/diagnose';
import { CATALOG } from '../../src/ndr/catalog';
import { bounceFacts, failure, oneFailure } from './facts';
import type { BounceFacts } from '../../src/ndr/types';

function best(facts: BounceFacts): string | undefined {
  return diagnoseFacts(facts).scenarios[0]?.scenario.id;
}

function rendered(diagnosis: Diagnosis, lang: 'en' | 'nl' = 'en') {
  const top = diagnosis.scenarios[0];
  if (!top) throw new Error('no scenario');
  return renderScenario(top, diagnosis.facts, lang);
}

const CASES: ReadonlyArray<[string, string | undefined, string, Partial<BounceFacts>?]> = [
  ['group-restricted-senders', '5.7.124', '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; not authorized'],
  ['group-restricted-senders', '5.7.1', '#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##'],
  ['group-restricted-senders', '5.7.1', '550 5.7.1 RESOLVER.RST.NotAuthorizedToGroup; not authorized to send to the distribution list'],
  [
    'group-moderated-or-large',
    '5.7.124',
    '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; not authorized',
    { text: 'All Staff has more than 5,000 members: only members may send, and a moderator approves messages.' },
  ],
  [
    'group-rejects-external-senders',
    '5.7.133',
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
  ],
  [
    'group-rejects-external-senders',
    '5.7.1',
    '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
    { restrictedGroups: [{ name: 'Sales All', address: 'sales-all@contoso.com' }] },
  ],
  [
    'm365-group-rejects-external-senders',
    '5.7.193',
    "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.",
  ],
  [
    'mailbox-accept-list',
    '5.7.129',
    "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from",
  ],
  ['mailbox-rejects-external-senders', '5.7.134', '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required'],
  ['mailbox-rejects-external-senders', '5.7.12', '550 5.7.12 RESOLVER.RST.SenderAuthenticated; Delivery restriction check failed as sender not authenticated'],
  ['mailbox-rejects-external-senders', '5.7.136', '550 5.7.136 Sender was not authenticated'],
  ['mailbox-rejects-external-senders', '5.7.1', '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##'],
  [
    'public-folder-rejects-external-senders',
    '5.7.1',
    '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]',
    { markers: ['Stage: CreateMessage'] },
  ],
  [
    'public-folder-rejects-external-senders',
    '5.7.1',
    '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]',
  ],
  ['public-folder-rejects-external-senders', '5.7.135', '550 5.7.135 Sender was not authenticated for public folder'],
  ['transport-rule-rejection', '5.7.1', '550 5.7.1 TRANSPORT.RULES.RejectMessage; Mail to the board is only accepted from staff'],
  ['sender-filter', '5.7.105', "554 5.7.105 SenderFilterAgent; Sender denied as sender's email address is on SenderFilterConfig list"],
  ['relay-denied', '5.7.1', '550 5.7.1 Unable to relay for jan@contoso.com'],
  ['relay-denied', '5.7.1', '530 5.7.1 Client was not authenticated'],
  ['smtp-auth-required', '5.7.57', '530 5.7.57 Client not authenticated to send anonymous mail during MAIL FROM'],
  ['smtp-auth-required', '5.7.139', '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.'],
  ['connector-tenant-attribution', '5.7.64', '550 5.7.64 TenantAttribution; Relay Access Denied'],
  ['forwarded-relay-rejected', '5.7.367', '550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied'],
  ['tls-mta-sts-dane', '5.7.323', '550 5.7.323 tlsa-invalid: The domain failed DANE validation'],
  ['tls-mta-sts-dane', '4.7.321', '451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail'],
  ['wrong-mx-record', '5.4.14', '554 5.4.14 Hop count exceeded - possible mail loop ATTR34'],
  ['spf-failure', '5.7.23', '550 5.7.23 The message was rejected because of Sender Policy Framework violation'],
  [
    'spf-failure',
    '5.7.26',
    '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
  ],
  [
    'dmarc-failure',
    '5.7.509',
    '550 5.7.509 Access denied, sending domain [FABRIKAM.COM] does not pass DMARC verification and has a DMARC policy of reject.',
  ],
  [
    'dmarc-failure',
    '5.7.26',
    "550 5.7.26 Unauthenticated email from fabrikam.com is not accepted due to domain's DMARC policy.",
  ],
  ['dmarc-failure', '5.7.9', '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes'],
  ['dmarc-failure', '5.7.1', "554 5.7.1 Your message was rejected due to fabrikam.com's DMARC policy"],
  ['dmarc-failure', '5.7.0', "550 5.7.0 Email rejected per sender's DMARC policy"],
  [
    'dmarc-failure',
    '5.7.515',
    "550 5.7.515 Access denied, sending domain fabrikam.com doesn't meet the required authentication level.",
  ],
  [
    'reverse-dns-ipv6',
    '5.7.25',
    '550 5.7.25 [2001:db8::25] The IP address sending this message does not have a PTR record setup',
  ],
  ['reverse-dns-ipv6', '5.7.510', '550 5.7.510 Access denied, contoso.com does not accept email over IPv6'],
  [
    'microsoft-blocklist',
    '5.7.1',
    '550 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com',
    { blockList: 'Blocklist 1', blockedIp: '192.0.2.25' },
  ],
  ['microsoft-blocklist', '5.7.511', '550 5.7.511 Access denied, banned sender[192.0.2.25]. To request removal from this list please forward this message to delist@microsoft.com'],
  [
    'microsoft-ip-banned',
    '5.7.606',
    '550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (AS16012609)',
  ],
  [
    'outlook-com-blocklist',
    '5.7.1',
    "550 5.7.1 Unfortunately, messages from [203.0.113.40] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    { markers: ['S3150'] },
  ],
  [
    'third-party-blocklist',
    '5.7.1',
    '550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.7 (AS16012611)',
    { blockList: 'Spamhaus' },
  ],
  [
    'recipient-block-list',
    '5.7.513',
    '550 5.7.513 Service unavailable, Client host [203.0.113.8] blocked by contoso.com using Customer Block list (AS16012607)',
  ],
  ['banned-sender', '5.7.501', '550 5.7.501 Access denied, spam abuse detected'],
  ['banned-sender', '5.7.503', '550 5.7.503 Access denied, banned sender'],
  [
    'temporary-ip-throttling',
    '4.7.650',
    '451 4.7.650 The mail server [203.0.113.9] has been temporarily rate limited due to IP reputation. (S3113)',
  ],
  [
    'low-sender-reputation',
    '5.7.1',
    '550 5.7.1 [203.0.113.10] Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address.',
  ],
  ['recipient-org-refused', '5.7.1', '550 5.7.1 Message content rejected, UBE, id=12345-02-3'],
  [
    'message-format-rejected',
    '5.7.1',
    '550 5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the amount of spam sent to Gmail, this message has been blocked.',
  ],
  ['message-format-rejected', '5.7.512', '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant'],
  ['sender-domain-null-mx', '5.7.27', '556 5.7.27 Sender address has null MX'],
  ['bad-helo', '5.7.506', '550 5.7.506 Access Denied, Bad HELO'],
  ['reverse-dns-ipv6', '5.7.508', '550 5.7.508 Access denied, [2001:db8::1] has exceeded permitted limits within /64 range'],
  ['address-problem', '5.7.504', '550 5.7.504 anna@contoso.com: Recipient address rejected: Access denied'],
  ['address-problem', '5.4.1', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]'],
  ['recipient-domain-null-mx', '5.1.10', '556 5.1.10 Recipient address has null MX'],
  ['address-problem', '5.0.0', '550 <anna@fabrikam.com>: User unknown'],
  ['address-problem', '5.2.1', '550 5.2.1 <anna@fabrikam.com>... User Unknown'],
  ['address-problem', '5.5.0', '550 5.5.0 Adresse destinataire invalide. Invalid recipient.'],
  ['relay-denied', '5.7.0', '550 5.7.0 <anna@fabrikam.com>: Recipient address rejected: No relaying'],
  ['recipient-account-disabled', '5.2.1', '550 5.2.1 The email account that you tried to reach is disabled. Mailbox disabled'],
  ['recipient-account-disabled', '5.7.13', '525 5.7.13 <anna@fabrikam.com>: Recipient address rejected: User account disabled'],
  [
    'dmarc-failure',
    '5.7.1',
    '550 5.7.1 This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.',
  ],
  ['tenant-allow-block-list', '5.7.703', "550 5.7.703 Your message can't be delivered because messages to jan@contoso.com are blocked by your organization using Tenant Allow Block List."],
  ['tenant-sending-blocked', '5.7.705', '550 5.7.705 Access denied, tenant has exceeded threshold'],
  ['tenant-sending-blocked', '5.7.708', '550 5.7.708 Access denied, traffic not accepted from this IP'],
  ['domain-not-set-up', '5.7.750', '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains'],
  [
    'hybrid-connector-problem',
    '5.7.133',
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required',
    { text: "Your message couldn't be delivered because delivery to this group is restricted to authenticated senders.", originalSender: 'lisa@contoso.com' },
  ],
  [
    'group-rejects-external-senders',
    '5.7.133',
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required',
    { text: "Your message couldn't be delivered because delivery to this group is restricted to authenticated senders.", originalSender: 'jan@fabrikam.com' },
  ],
  ['message-too-large', '5.3.4', '552 5.3.4 Message size exceeds fixed maximum message size'],
  ['generic-5-7', '5.7.987', '550 5.7.987 Something new'],
  ['temporary-problem', '4.4.7', '550 4.4.7 QUEUE.Expired; message expired'],
  ['address-problem', '5.1.1', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'],
  ['mailbox-problem', '5.2.2', '552 5.2.2 Mailbox full'],
  ['mail-system-problem', '5.3.2', '554 5.3.2 System not accepting network messages'],
  ['routing-problem', '5.4.4', '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain'],
  ['protocol-problem', '5.5.2', '500 5.5.2 Syntax error, command unrecognized'],
  ['content-problem', '5.6.1', '554 5.6.1 Media not supported'],
  ['other-permanent-problem', '5.0.0', '550 5.0.0 Unknown error'],
  ['unknown-code', undefined, 'Delivery refused'],
  // Without a code, the words decide.
  ['routing-problem', undefined, 'Unrouteable address'],
  ['address-problem', undefined, 'The recipient name is not recognized'],
  ['mailbox-problem', undefined, '552 Error: disk quota exceeded'],
  ['temporary-problem', undefined, 'retry timeout exceeded'],
  ['reverse-dns-ipv6', undefined, '551 Server access forbidden by invalid RDNS record of your mail server (203.0.113.2).'],
];

describe('diagnoseFacts picks the right scenario', () => {
  // A default for the last parameter keeps Jest from taking it for a `done` callback.
  it.each(CASES)('%s for %s: %s', (expected, status, reply, more = {}) => {
    expect(best(oneFailure(status, reply, {}, more))).toBe(expected);
  });

  it('has a case for every scenario in the catalog', () => {
    const covered = new Set(CASES.map(([id]) => id));
    expect(CATALOG.map((scenario) => scenario.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts the public folder ahead of the plain “authentication required”', () => {
    const facts = oneFailure('5.7.1', '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]', {}, {
      markers: ['Stage: CreateMessage'],
    });
    const ids = diagnoseFacts(facts).scenarios.map((match) => match.scenario.id);
    expect(ids.indexOf('public-folder-rejects-external-senders')).toBe(0);
    expect(ids).toContain('mailbox-rejects-external-senders');
  });

  it('puts Microsoft’s block list ahead of everything else and keeps generic answers out', () => {
    const facts = oneFailure(
      '5.7.1',
      '550 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com',
    );
    const ids = diagnoseFacts(facts).scenarios.map((match) => match.scenario.id);
    expect(ids[0]).toBe('microsoft-blocklist');
    expect(ids).not.toContain('third-party-blocklist');
    expect(ids).not.toContain('generic-5-7');
  });

  it('gives every failed recipient its own answer, with its index', () => {
    const facts = bounceFacts({
      failures: [
        failure({ address: 'sales-all@contoso.com', status: '5.7.124', identifier: 'RESOLVER.RST.RestrictedToGroupPermission' }),
        failure({ address: 'nobody@contoso.com', status: '5.1.1' }),
      ],
    });
    const diagnosis = diagnoseFacts(facts);
    expect(diagnosis.scenarios.map((match) => [match.scenario.id, match.failureIndexes])).toEqual([
      ['group-restricted-senders', [0]],
      ['address-problem', [1]],
    ]);
    expect(diagnosis.fixedBy).toBe('owner');
  });

  it('reads a plain 5.7.x from another server as the recipient’s organization refusing, only when nothing else explains it', () => {
    const remote = { remoteServer: 'mx.northwindtraders.com', generatingServer: 'AS8PR07MB7654.eurprd07.prod.outlook.com' };
    const plain = diagnoseFacts(oneFailure('5.7.1', '550 5.7.1 Go away', remote));
    expect(plain.scenarios.map((m) => m.scenario.id)).toEqual(['recipient-org-refused']);
    expect(plain.scenarios[0]?.evidence).toEqual(['status 5.7.1', 'refused by another mail server']);
    const explained = diagnoseFacts(oneFailure('5.7.1', '550 5.7.1 Unable to relay', remote));
    expect(explained.scenarios.map((m) => m.scenario.id)).toEqual(['relay-denied']);
    const own = diagnoseFacts(oneFailure('5.7.1', '550 5.7.1 Go away', { generatingServer: 'AS8PR07MB7654.eurprd07.prod.outlook.com' }));
    expect(own.scenarios.map((m) => m.scenario.id)).toEqual(['generic-5-7']);
  });

  it('does not take boilerplate for the rejecting server’s words', () => {
    // Exchange Online's modern 5.1.10 bounce mentions MX records in its advice for admins.
    const facts = oneFailure('5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', {}, {
      text: 'Mail flow settings and MX records are not correct - Misconfigured mail flow or MX record settings can cause this error.',
    });
    expect(best(facts)).toBe('address-problem');
    // Other servers use 5.7.13 for a disabled account, not for a public folder.
    expect(best(oneFailure('5.7.13', '525 5.7.13 Disabled recipient address'))).toBe('recipient-account-disabled');
    // A remote server that says "User unknown" under 5.7.1 means the address, not a policy.
    const remote = { remoteServer: 'mx.fabrikam.com', generatingServer: 'mail.contoso.com' };
    expect(best(oneFailure('5.7.1', '550 5.7.1 <anna@fabrikam.com>: Recipient address rejected: User unknown', remote))).toBe('address-problem');
    expect(best(oneFailure('5.7.1', '550 5.7.1 Access denied', remote))).toBe('recipient-org-refused');
    // The sender's own account being suspended is not the recipient's.
    expect(best(oneFailure('5.7.1', '550 5.7.1 Your account has been suspended for sending spam'))).not.toBe('recipient-account-disabled');
    // A suggestion to turn moderation on is not a moderated group.
    expect(
      best(
        oneFailure('5.0.0', 'Your email to group kijitora@example.com was rejected due to spam classification. Contact the owner of the group, who can choose to enable message moderation instead of bouncing these emails.'),
      ),
    ).toBe('recipient-org-refused');
  });

  it('stays fast on a huge bounce', () => {
    const huge = `550 5.7.1 ${'blocked '.repeat(700_000)}`;
    const started = Date.now();
    diagnoseFacts(oneFailure('5.7.1', huge.slice(0, 5_000_000)));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('records the evidence', () => {
    const diagnosis = diagnoseFacts(oneFailure('5.7.124', '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; not authorized'));
    const evidence = diagnosis.scenarios[0]?.evidence;
    expect(evidence).toEqual(expect.arrayContaining(['identifier RESOLVER.RST.RestrictedToGroupPermission', 'status 5.7.124']));
  });

  it('answers a bounce without recipients, and nothing that is not a bounce', () => {
    expect(diagnoseFacts(bounceFacts({ text: 'Your message could not be delivered.' })).scenarios.map((m) => m.scenario.id)).toEqual([
      'unknown-code',
    ]);
    const notABounce = diagnoseFacts(bounceFacts({ isBounce: false, bounceConfidence: 0.05 }));
    expect(notABounce.scenarios).toEqual([]);
  });
});

describe('the general answers', () => {
  it('gives an unknown 5.7.987 the general 5.7.x guidance', () => {
    const diagnosis = diagnoseFacts(oneFailure('5.7.987', '550 5.7.987 Something new'));
    expect(diagnosis.scenarios.map((m) => m.scenario.id)).toEqual(['generic-5-7']);
    const view = rendered(diagnosis);
    expect(view.explanation).toContain('Code 5.7.987');
    expect(view.steps.sender.join(' ')).toContain('Outlook on the web');
  });

  it('gives 5.1.1 the addressing meaning', () => {
    const diagnosis = diagnoseFacts(oneFailure('5.1.1', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'));
    expect(diagnosis.codeMeaning?.subjectText.en).toBe('addressing');
    expect(rendered(diagnosis).explanation).toMatch(/^5\.1\.1: permanent failure \(addressing\): the mailbox .* does not exist\./);
    expect(rendered(diagnosis, 'nl').explanation).toMatch(/^5\.1\.1: blijvende fout \(adressering\)/);
  });

  it('calls 4.4.7 temporary', () => {
    const diagnosis = diagnoseFacts(oneFailure('4.4.7', '550 4.4.7 QUEUE.Expired; message expired'));
    expect(diagnosis.fixedBy).toBe('wait');
    expect(diagnosis.codeMeaning?.temporary).toBe(true);
    const view = rendered(diagnosis);
    expect(view.title).toContain('temporary');
    expect(view.explanation).toContain('temporary');
    expect(rendered(diagnosis, 'nl').explanation).toContain('tijdelijk');
  });
});

describe('renderScenario', () => {
  const restricted = (): Diagnosis =>
    diagnoseFacts(
      oneFailure(
        '5.7.124',
        '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; not authorized',
        { displayName: 'Sales All' },
        { restrictedGroups: [{ name: 'Sales All', address: 'sales-all@contoso.com' }] },
      ),
    );

  it('fills in the group and the sender', () => {
    const view = rendered(restricted());
    expect(view.title).toBe('Sales All only accepts mail from certain senders');
    expect(view.whoCanFix).toBe('The owner of Sales All (sales-all@contoso.com) can fix this.');
    expect(view.commands.map((command) => command.command)).toContain(
      "Set-DistributionGroup -Identity 'sales-all@contoso.com' -AcceptMessagesOnlyFromSendersOrMembers @{Add='jan@fabrikam.com'}",
    );
    expect(view.commands[0]).toEqual({
      audience: 'admin',
      shell: 'exchange-online',
      label: 'Connect to Exchange Online PowerShell first (once per session)',
      command: 'Connect-ExchangeOnline',
      missing: [],
    });
    expect(view.steps.sender[0]).toContain('jan@fabrikam.com');
  });

  it('writes Dutch for Dutch readers, with Dutch Microsoft links', () => {
    const view = rendered(restricted(), 'nl');
    expect(view.title).toBe('Sales All neemt alleen mail aan van bepaalde afzenders');
    expect(view.whoCanFix).toBe('De eigenaar van Sales All (sales-all@contoso.com) kan dit oplossen.');
    expect(view.links[0]?.url).toBe(
      'https://learn.microsoft.com/nl-nl/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-124-in-exchange-online',
    );
    expect(view.links[0]?.title).toBe('Foutcode 5.7.124 oplossen in Exchange Online');
  });

  it('keeps what the bounce did not say visible, never an empty argument', () => {
    const facts = bounceFacts({ failures: [failure({ address: 'sales-all@contoso.com', status: '5.7.124' })] });
    delete facts.originalSender;
    const diagnosis = diagnoseFacts(facts);
    const view = rendered(diagnosis);
    const add = view.commands.find((command) => command.command.startsWith('Set-DistributionGroup'));
    expect(add?.command).toBe(
      "Set-DistributionGroup -Identity 'sales-all@contoso.com' -AcceptMessagesOnlyFromSendersOrMembers @{Add=<sender address>}",
    );
    expect(add?.missing).toEqual(['sender']);
    for (const command of view.commands) expect(command.command).not.toMatch(/''(?!')|""/);
  });

  it('renders a hostile value harmlessly', () => {
    const diagnosis = diagnoseFacts(
      oneFailure(
        '5.7.1',
        '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
        { address: "x'; Remove-Mailbox x@contoso.com", displayName: "Sales'; Remove-Mailbox x" },
        { restrictedGroups: [{ name: "Sales'; Remove-Mailbox x" }], originalSender: "jan@fabrikam.com'; Remove-Mailbox x" },
      ),
    );
    const view = rendered(diagnosis);
    for (const { command } of view.commands) {
      // Every quote is part of a complete single-quoted literal; nothing outside it but our own syntax.
      const outside = command.replace(/'(?:[^']|'')*'/g, 'STRING');
      expect(outside).not.toContain("'");
      expect(outside).not.toMatch(/Remove-Mailbox|;|\n|`|\$\(/);
    }
    const get = view.commands.find((command) => command.command.startsWith('Get-DistributionGroup'));
    expect(get?.command).toContain("-Identity 'Sales'' Remove-Mailbox x'");
    // The hostile "address" is not an address, so it is treated as missing.
    expect(view.commands.map((command) => command.command).join('\n')).toContain('<sender address>');
  });

  it('fills the public folder address and leaves the folder path as a placeholder', () => {
    const diagnosis = diagnoseFacts(
      oneFailure('5.7.1', '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]', {
        address: 'support@contoso.com',
      }),
    );
    const commands = rendered(diagnosis).commands.map((command) => command.command);
    expect(commands).toContain("Set-MailPublicFolder -Identity 'support@contoso.com' -RequireSenderAuthenticationEnabled $false");
    expect(commands).toContain('Add-PublicFolderClientPermission -Identity <public folder path> -User Anonymous -AccessRights CreateItems');
  });

  it('finds the rule by the text it wrote', () => {
    const diagnosis = diagnoseFacts(
      oneFailure('5.7.1', "550 5.7.1 TRANSPORT.RULES.RejectMessage; Mail to the board is only accepted from staff [AM0PR01MB1234.eurprd01.prod.outlook.com]"),
    );
    expect(rendered(diagnosis).commands.map((command) => command.command)).toContain(
      "Get-TransportRule | Where-Object RejectMessageReasonText -Like '*Mail to the board is only accepted from staff*' | Format-List Name, State, Priority, RejectMessageReasonText",
    );
  });

  it('fills the Exchange Online MX host', () => {
    const diagnosis = diagnoseFacts(oneFailure('5.4.14', '554 5.4.14 Hop count exceeded - possible mail loop', { address: 'jan@contoso.com' }));
    expect(rendered(diagnosis).steps.admin.join(' ')).toContain('contoso-com.mail.protection.outlook.com');
  });
});
