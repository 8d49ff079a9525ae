/** RFC 3464 delivery-status parts: fields, groups, folding, actions, and picking the status. */
import { extractFacts, parseDeliveryStatus } from '../../src/ndr/parse';
import { report } from './helpers';

describe('parseDeliveryStatus', () => {
  it('reads per-message and per-recipient fields, unfolding continuation lines (RFC 3464 §2)', () => {
    const dsn = parseDeliveryStatus(
      [
        'Reporting-MTA: dns; mx.contoso.com',
        'Arrival-Date: Tue, 24 Nov 2026 09:14:03 +0000',
        '',
        'Original-Recipient: rfc822;Board@Contoso.com',
        'Final-Recipient: rfc822; <directors@contoso.com>',
        'Action: failed',
        'Status: 5.7.1 (delivery not authorized)',
        'Remote-MTA: dns; ex01.contoso.com',
        'Diagnostic-Code: smtp; 550 5.7.1 RESOLVER.RST.NotAuthorized;',
        '    not authorized',
        'X-Display-Name: Board of Directors',
      ].join('\r\n'),
    );
    expect(dsn).toEqual({
      reportingMta: 'mx.contoso.com',
      recipients: [
        {
          originalRecipient: 'board@contoso.com',
          finalRecipient: 'directors@contoso.com',
          action: 'failed',
          status: '5.7.1 (delivery not authorized)',
          remoteMta: 'ex01.contoso.com',
          diagnosticType: 'smtp',
          diagnosticCode: '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
          displayName: 'Board of Directors',
        },
      ],
    });
  });

  it('separates recipients even without blank lines between them', () => {
    const dsn = parseDeliveryStatus(
      [
        'Reporting-MTA: dns; mx.contoso.com',
        'Final-Recipient: rfc822; a@contoso.com',
        'Action: failed',
        'Status: 5.1.1',
        'Final-Recipient: rfc822; b@contoso.com',
        'Action: failed',
        'Status: 5.2.2',
      ].join('\n'),
    );
    expect(dsn.recipients.map((r) => [r.finalRecipient, r.status])).toEqual([
      ['a@contoso.com', '5.1.1'],
      ['b@contoso.com', '5.2.2'],
    ]);
  });

  it('prefers Original-Recipient over a source-routed Final-Recipient (RFC 5321 §4.1.2)', () => {
    const dsn = parseDeliveryStatus(['Original-recipient: rfc822;lee@contoso.com', 'Final-recipient: rfc822;@relay.contoso.com:lee@store', 'Action: failed', 'Status: 5.2.0'].join('\n'));
    expect(dsn.recipients[0]?.finalRecipient).toBe('lee@contoso.com');
  });
});

function dsnReport(deliveryStatus: string, text = 'Your message could not be delivered.'): string {
  return report({ from: 'Mail Delivery System <MAILER-DAEMON@mx.fabrikam.com>', subject: 'Delivery Status Notification (Failure)', text, deliveryStatus });
}

describe('delivery-status in a whole bounce', () => {
  it('gives one failure per failed recipient, in order, with display names and original addresses', async () => {
    const raw = dsnReport(
      [
        'Reporting-MTA: dns;EX01.contoso.com',
        '',
        'Original-Recipient: rfc822;team@contoso.com',
        'Final-Recipient: rfc822;ann@contoso.com',
        'Action: failed',
        'Status: 5.2.2',
        'Diagnostic-Code: smtp;554 5.2.2 mailbox full',
        '',
        'Final-Recipient: rfc822;board@contoso.com',
        'Action: failed',
        'Status: 5.7.1',
        'Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
        'X-Display-Name: Board',
        '',
        'Final-Recipient: rfc822;lee@contoso.com',
        'Action: delivered',
        'Status: 2.0.0',
        '',
      ].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures.map((f) => [f.address, f.originalAddress, f.displayName, f.status, f.smtpCode, f.identifier, f.generatingServer])).toEqual([
      ['ann@contoso.com', 'team@contoso.com', undefined, '5.2.2', '554', undefined, 'EX01.contoso.com'],
      ['board@contoso.com', undefined, 'Board', '5.7.1', '550', 'RESOLVER.RST.NotAuthorized', 'EX01.contoso.com'],
    ]);
    expect(facts.restrictedGroups).toEqual([{ name: 'Board', address: 'board@contoso.com' }]);
  });

  it('reports the more specific code of the reply when Status is generic (5.0.0 with 550 5.7.1)', async () => {
    const raw = dsnReport(
      ['Reporting-MTA: dns; mx.fabrikam.com', '', 'Final-Recipient: rfc822; lee@contoso.com', 'Action: failed', 'Status: 5.0.0', 'Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam', ''].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures[0]).toMatchObject({ status: '5.7.1', smtpCode: '550' });
  });

  it("reports the server's own code when sendmail's Status differs (5.1.1 over 550 5.7.1)", async () => {
    const raw = dsnReport(
      ['Reporting-MTA: dns; mx.fabrikam.com', '', 'Final-Recipient: rfc822; lee@contoso.com', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.7.1 IP address blacklisted by recipient', ''].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures[0]?.status).toBe('5.7.1');
  });

  it('keeps the last attempt\'s code when Status only says "expired" (4.4.7)', async () => {
    const raw = dsnReport(
      [
        'Reporting-MTA: dns; mx.fabrikam.com',
        '',
        'Final-Recipient: rfc822; lee@contoso.com',
        'Action: failed',
        'Status: 4.4.7',
        'Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>',
        '',
      ].join('\r\n'),
    );
    const facts = await extractFacts({ raw });
    expect(facts.failures[0]?.status).toBe('4.4.2');
  });

  it('treats a delayed DSN as a temporary (4.x) bounce', async () => {
    const raw = report({
      from: 'Mail Delivery System <MAILER-DAEMON@mx.fabrikam.com>',
      subject: 'Delayed Mail (still being retried)',
      text: 'This is the mail system at host mx.fabrikam.com.\r\n\r\n####################################################################\r\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n####################################################################',
      deliveryStatus: [
        'Reporting-MTA: dns; mx.fabrikam.com',
        '',
        'Final-Recipient: rfc822; lee@contoso.com',
        'Action: delayed',
        'Status: 4.4.1',
        'Diagnostic-Code: X-Postfix; connect to mx.contoso.com[192.0.2.80]:25: Connection timed out',
        'Will-Retry-Until: Sat, 28 Nov 2026 09:14:03 +0100 (CET)',
        '',
      ].join('\r\n'),
    });
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures).toEqual([
      expect.objectContaining({ address: 'lee@contoso.com', status: '4.4.1', action: 'delayed', reply: 'connect to mx.contoso.com[192.0.2.80]:25: Connection timed out' }),
    ]);
  });

  it('does not call a report of delivered or relayed messages a bounce', async () => {
    const raw = report({
      from: 'Mail Delivery System <MAILER-DAEMON@mx.fabrikam.com>',
      subject: 'Successful Mail Delivery Report',
      text: '<lee@contoso.com>: delivery via mx.contoso.com[192.0.2.80]:25: 250 2.0.0 Ok: queued as 12345',
      deliveryStatus: [
        'Reporting-MTA: dns; mx.fabrikam.com',
        '',
        'Final-Recipient: rfc822; lee@contoso.com',
        'Action: relayed',
        'Status: 2.0.0',
        'Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 12345',
        '',
        'Final-Recipient: rfc822; ann@contoso.com',
        'Action: delivered',
        'Status: 2.0.0',
        '',
      ].join('\r\n'),
    });
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(false);
    expect(facts.failures).toEqual([]);
    expect(facts.structure.hasDeliveryStatus).toBe(true);
  });

  it('reads delivery-status fields printed in the text body', async () => {
    const text = [
      'An error occurred while trying to deliver the mail to the following recipients:',
      'lee@contoso.com',
      '',
      'Reporting-MTA: dsn; a1-2.smtp-out.example.net',
      '',
      'Action: failed',
      'Final-Recipient: rfc822; lee@contoso.com',
      'Diagnostic-Code: smtp; 550 5.7.1 <lee@contoso.com>: Recipient address rejected: Access denied',
      'Status: 5.7.1',
    ].join('\n');
    const facts = await extractFacts({ text, from: 'MAILER-DAEMON@example.net', subject: 'Delivery Status Notification (Failure)' });
    expect(facts.structure.hasDeliveryStatus).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining({ address: 'lee@contoso.com', status: '5.7.1', smtpCode: '550', action: 'failed' })]);
    expect(facts.reportingMta).toBe('a1-2.smtp-out.example.net');
  });
});
