/**
 * Bounces from other MTAs, several quoting Microsoft or Google
 * (docs/ndr-formats.md §7).
 */
import { extractFacts } from '../../src/ndr/parse';
import { originalMessage, plainMessage, report } from './helpers';

describe('Postfix', () => {
  it('reads Outlook.com refusing a blocked IP (S3150): blocked IP from the reply, not the MX address', async () => {
    const raw = report({
      from: 'Mail Delivery System <MAILER-DAEMON@mx1.northwind.example>',
      to: 'info@northwind.example',
      subject: 'Undelivered Mail Returned to Sender',
      text: [
        'This is the mail system at host mx1.northwind.example.',
        '',
        "I'm sorry to have to inform you that your message could not",
        'be delivered to one or more recipients. It\'s attached below.',
        '',
        '                   The mail system',
        '',
        '<maria.lopez@outlook.com>: host outlook-com.olc.protection.outlook.com[52.101.0.7]',
        "    said: 550 5.7.1 Unfortunately, messages from [203.0.113.45] weren't sent.",
        '    Please contact your Internet service provider since part of their network',
        '    is on our block list (S3150). You can also refer your provider to',
        '    http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL FROM command)',
      ].join('\r\n'),
      deliveryStatus: [
        'Reporting-MTA: dns; mx1.northwind.example',
        'X-Postfix-Queue-ID: 4Fabc123',
        'Arrival-Date: Thu, 26 Nov 2026 08:03:50 +0100 (CET)',
        '',
        'Final-Recipient: rfc822; maria.lopez@outlook.com',
        'Original-Recipient: rfc822;maria.lopez@outlook.com',
        'Action: failed',
        'Status: 5.7.1',
        'Remote-MTA: dns; outlook-com.olc.protection.outlook.com',
        "Diagnostic-Code: smtp; 550 5.7.1 Unfortunately, messages from [203.0.113.45]",
        "    weren't sent. Please contact your Internet service provider since part of",
        '    their network is on our block list (S3150). You can also refer your',
        '    provider to http://mail.live.com/mail/troubleshooting.aspx#errors.',
        '',
      ].join('\r\n'),
      original: originalMessage('Northwind <info@northwind.example>', 'maria.lopez@outlook.com', 'Your order has shipped'),
      headersOnly: true,
    });
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures).toHaveLength(1);
    expect(facts.failures[0]).toMatchObject({
      address: 'maria.lopez@outlook.com',
      status: '5.7.1',
      smtpCode: '550',
      remoteServer: 'outlook-com.olc.protection.outlook.com',
      generatingServer: 'mx1.northwind.example',
      action: 'failed',
    });
    expect(facts.failures[0]?.reply).toContain("messages from [203.0.113.45] weren't sent");
    expect(facts.failures[0]?.reply).toContain('block list (S3150)');
    expect(facts.failures[0]?.originalAddress).toBeUndefined();
    expect(facts.blockedIp).toBe('203.0.113.45');
    expect(facts.blockList).toBe('S3150');
    expect(facts.markers).toContain('S3150');
    expect(facts.originalSubject).toBe('Your order has shipped');
    expect(facts.originalSender).toBe('info@northwind.example');
    expect(facts.structure.hasOriginalMessage).toBe(true);
  });

  it('reads Gmail refusing with 5.7.26 (DMARC), a multi-line 550- reply, from the text alone', async () => {
    const raw = plainMessage(
      ['From: Mail Delivery System <MAILER-DAEMON@mail.contoso.com>', 'To: finance@contoso.com', 'Subject: Undelivered Mail Returned to Sender'],
      [
        'This is the mail system at host mail.contoso.com.',
        '',
        '<accounts@wingtiptoys.example>: host gmail-smtp-in.l.google.com[142.250.102.26]',
        '    said: 550-5.7.26 Unauthenticated email from contoso.com is not accepted due',
        "    550-5.7.26 to domain's DMARC policy. Please contact the administrator of",
        '    550-5.7.26 contoso.com domain if this was a legitimate mail. To learn about',
        '    550 5.7.26 the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection - gsmtp (in reply to end of DATA command)',
      ].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures).toHaveLength(1);
    expect(facts.failures[0]).toMatchObject({
      address: 'accounts@wingtiptoys.example',
      status: '5.7.26',
      smtpCode: '550',
      remoteServer: 'gmail-smtp-in.l.google.com',
    });
    expect(facts.failures[0]?.reply).toMatch(/^550 5\.7\.26 Unauthenticated email from contoso\.com is not accepted due to domain.s DMARC policy\. .*DmarcRejection/);
    expect(facts.blockedIp).toBeUndefined();
    expect(facts.links).toContainEqual({ href: 'https://support.google.com/mail/?p=DmarcRejection', text: '' });
  });
});

describe('Gmail', () => {
  it("reads Gmail's own bounce (Address not found / The response from the remote server was)", async () => {
    const raw = plainMessage(
      ['From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'To: kim@gmail.example', 'Subject: Delivery Status Notification (Failure)'],
      [
        'Address not found',
        '',
        "Your message wasn't delivered to lee@contoso.com because the address couldn't be found, or is unable to receive mail.",
        '',
        'The response from the remote server was:',
        '550 5.7.1 <lee@contoso.com>: Recipient address rejected: Access denied. AS(201806281) [DB5EUR01FT001.eop-EUR01.prod.protection.outlook.com]',
        '',
        '----- Original message -----',
        '',
        'From: Kim <kim@gmail.example>',
        'To: lee@contoso.com',
        'Subject: Hello',
        'Message-ID: <hello@gmail.example>',
      ].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures).toEqual([expect.objectContaining({ address: 'lee@contoso.com', status: '5.7.1', smtpCode: '550' })]);
    expect(facts.failures[0]?.reply).toMatch(/^550 5\.7\.1 <lee@contoso\.com>: Recipient address rejected: Access denied/);
    expect(facts.originalSubject).toBe('Hello');
    expect(facts.originalSender).toBe('kim@gmail.example');
  });
});

describe('sendmail', () => {
  it('reads 5.7.606 "banned sending IP" with the AS tag and the fwlink id', async () => {
    const reply =
      '550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)';
    const raw = report({
      from: 'Mail Delivery Subsystem <MAILER-DAEMON@relay.fabrikam.com>',
      to: 'kim@fabrikam.com',
      subject: 'Returned mail: see transcript for details',
      text: [
        'The original message was received at Tue, 24 Nov 2026 10:00:00 +0100',
        'from workstation.fabrikam.com [192.0.2.44]',
        '',
        '   ----- The following addresses had permanent fatal errors -----',
        '<lee@contoso.com>',
        `    (reason: ${reply})`,
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to contoso-com.mail.protection.outlook.com.:',
        '>>> DATA',
        `<<< ${reply}`,
        '554 5.0.0 Service unavailable',
      ].join('\r\n'),
      deliveryStatus: [
        'Reporting-MTA: dns; relay.fabrikam.com',
        '',
        'Final-Recipient: RFC822; lee@contoso.com',
        'Action: failed',
        'Status: 5.0.0',
        'Remote-MTA: DNS; contoso-com.mail.protection.outlook.com',
        `Diagnostic-Code: SMTP; ${reply}`,
        '',
      ].join('\r\n'),
    });
    const facts = await extractFacts({ raw });
    expect(facts.failures).toHaveLength(1);
    // Status: 5.0.0 is generic; the server's own reply says 5.7.606.
    expect(facts.failures[0]).toMatchObject({ address: 'lee@contoso.com', status: '5.7.606', smtpCode: '550', remoteServer: 'contoso-com.mail.protection.outlook.com' });
    expect(facts.blockedIp).toBe('198.51.100.222');
    expect(facts.blockList).toBe('AS16012609');
    expect(facts.markers).toEqual(expect.arrayContaining(['AS16012609', 'fwlink:526655']));
  });

  it('reads the transcript when there is no delivery-status part', async () => {
    const raw = plainMessage(
      ['From: Mail Delivery Subsystem <MAILER-DAEMON@relay.fabrikam.com>', 'To: kim@fabrikam.com', 'Subject: Returned mail: see transcript for details'],
      [
        '   ----- The following addresses had permanent fatal errors -----',
        '<lee@contoso.com>',
        '    (reason: 550 5.1.1 <lee@contoso.com>... User unknown)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mail.contoso.com.:',
        '>>> RCPT To:<lee@contoso.com>',
        '<<< 550 5.1.1 <lee@contoso.com>... User unknown',
      ].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures).toEqual([
      expect.objectContaining({ address: 'lee@contoso.com', status: '5.1.1', smtpCode: '550', remoteServer: 'mail.contoso.com', reply: '550 5.1.1 <lee@contoso.com>... User unknown' }),
    ]);
  });
});

describe('qmail and Exim', () => {
  it('reads two qmail recipients, the refused sender address in the reply not counting', async () => {
    const raw = plainMessage(
      ['From: MAILER-DAEMON@mx.fabrikam.com', 'To: kim@fabrikam.com', 'Subject: failure notice'],
      [
        'Hi. This is the qmail-send program at mx.fabrikam.com.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<lee@contoso.com>:',
        '192.0.2.25 does not like recipient.',
        'Remote host said: 550 5.7.1 <kim@fabrikam.com>... Access denied',
        'Giving up on 192.0.2.25.',
        '',
        '<ann@contoso.com>:',
        '192.0.2.25 does not like recipient.',
        'Remote host said: 552 5.2.2 Mailbox full',
        'Giving up on 192.0.2.25.',
        '',
        '--- Below this line is a copy of the message.',
        '',
        'Return-Path: <kim@fabrikam.com>',
        'Received: (qmail 1234 invoked by uid 500); 24 Nov 2026 09:00:00 -0000',
        'From: kim@fabrikam.com',
        'To: lee@contoso.com, ann@contoso.com, bob@contoso.com',
        'Subject: Lunch',
      ].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures.map((f) => [f.address, f.status, f.smtpCode, f.remoteServer])).toEqual([
      ['lee@contoso.com', '5.7.1', '550', '192.0.2.25'],
      ['ann@contoso.com', '5.2.2', '552', '192.0.2.25'],
    ]);
    expect(facts.originalSubject).toBe('Lunch');
    expect(facts.originalSender).toBe('kim@fabrikam.com');
  });

  it('reads Exim, with X-Failed-Recipients and the aliased address', async () => {
    const raw = plainMessage(
      [
        'From: Mail Delivery System <Mailer-Daemon@mx.fabrikam.com>',
        'To: kim@fabrikam.com',
        'Subject: Mail delivery failed: returning message to sender',
        'X-Failed-Recipients: lee@contoso.com',
        'Auto-Submitted: auto-replied',
      ],
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  lee@contoso.com',
        '    (generated from sales@fabrikam.com)',
        '    SMTP error from remote mail server after RCPT TO:<lee@contoso.com>:',
        '    host mx.contoso.com [192.0.2.80]: 550 5.7.1 <lee@contoso.com>: Relay access denied',
        '',
        '------ This is a copy of the message, including all the headers. ------',
        '',
        'Return-path: <kim@fabrikam.com>',
        'Received: from kim by mx.fabrikam.com with local (Exim 4.96)',
        'From: kim@fabrikam.com',
        'To: sales@fabrikam.com',
        'Subject: Quote',
      ].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(true);
    expect(facts.structure.autoSubmitted).toBe(true);
    expect(facts.failures).toEqual([
      expect.objectContaining({
        address: 'lee@contoso.com',
        originalAddress: 'sales@fabrikam.com',
        status: '5.7.1',
        smtpCode: '550',
        remoteServer: 'mx.contoso.com',
        reply: '550 5.7.1 <lee@contoso.com>: Relay access denied',
      }),
    ]);
  });
});

describe('X-Failed-Recipients', () => {
  it('names the recipient when the text gives only a local part', async () => {
    const raw = plainMessage(
      ['From: Mail Delivery System <Mailer-Daemon@mx.fabrikam.com>', 'To: kim@fabrikam.com', 'Subject: Mail delivery failed: returning message to sender', 'X-Failed-Recipients: lee@contoso.com'],
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  lee',
        '    SMTP error from remote mail server after RCPT TO:<lee@contoso.com>:',
        '    host mx.contoso.com [192.0.2.80]: 550 5.7.1 Relaying denied',
      ].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures).toEqual([expect.objectContaining({ address: 'lee@contoso.com', status: '5.7.1', remoteServer: 'mx.contoso.com' })]);
  });
});

describe('block lists', () => {
  it.each([
    ['550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com', '192.0.2.1', 'Blocklist 1'],
    ['550 5.7.1 Service unavailable, Client host [192.0.2.9] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.9 (AS16012611)', '192.0.2.9', 'Spamhaus'],
    ['550 5.7.513 Service unavailable, Client host [198.51.100.7] blocked by contoso.com using Customer Block list (AS16012607)', '198.51.100.7', 'Customer Block list'],
    ['550 5.7.1 Service unavailable; client [203.0.113.9] blocked using prs.proofpoint.com', '203.0.113.9', 'prs.proofpoint.com'],
    ['550 5.7.1 Service unavailable; client [203.0.113.10] blocked using Cloudmark Sender Intelligence', '203.0.113.10', 'Cloudmark Sender Intelligence'],
  ])('finds the IP and list in %s', async (reply, ip, list) => {
    const text = ['Delivery has failed to these recipients or groups:', '', 'lee@contoso.com', `Remote Server returned '${reply}'`].join('\n');
    const facts = await extractFacts({ text });
    expect(facts.failures[0]?.address).toBe('lee@contoso.com');
    expect(facts.blockedIp).toBe(ip);
    expect(facts.blockList).toBe(list);
  });

  it('does not call a plain unknown-user reply a block', async () => {
    const text = ['Delivery has failed to these recipients or groups:', '', 'lee@contoso.com', "Remote Server returned '550 5.1.1 User unknown [192.0.2.4]'"].join('\n');
    const facts = await extractFacts({ text });
    expect(facts.blockedIp).toBeUndefined();
    expect(facts.blockList).toBeUndefined();
  });
});
