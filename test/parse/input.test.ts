/**
 * The forms a bounce reaches us in: raw .eml (text or bytes), pasted text,
 * HTML only, an Outlook item in pieces, forwarded inline, attached, and the
 * messages that are not bounces at all.
 */
import { extractFacts } from '../../src/ndr/parse';
import { forwardedToHelpdesk } from '../taskpane/support/bounces';
import { originalMessage, plainMessage, report } from './helpers';

const NDR_TEXT = [
  'Delivery has failed to these recipients or groups:',
  '',
  'Sales All (sales-all@contoso.com)<mailto:sales-all@contoso.com>',
  "Your message can't be delivered because delivery to this address is restricted.",
  '',
  'Diagnostic information for administrators:',
  '',
  'Generating server: DB9PR01MB0001.eurprd01.prod.outlook.com',
  '',
  'sales-all@contoso.com',
  "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
  '',
  'Original message headers:',
  '',
  'Received: from AM0PR01MB0001.eurprd01.prod.outlook.com by DB9PR01MB0001.eurprd01.prod.outlook.com',
  'From: Jan de Vries <jan.devries@fabrikam.com>',
  'To: Sales All <sales-all@contoso.com>',
  'Subject: Offer for the spring campaign',
  'Message-ID: <offer-1@fabrikam.com>',
].join('\r\n');

const NDR_RAW = report({ to: 'jan.devries@fabrikam.com', subject: 'Undeliverable: Offer for the spring campaign', text: NDR_TEXT, extraHeaders: ['X-MS-Exchange-Message-Is-Ndr:'] });

const EXPECTED_FAILURE = { address: 'sales-all@contoso.com', displayName: 'Sales All', status: '5.7.1', identifier: 'RESOLVER.RST.NotAuthorized' };

describe('input forms', () => {
  it('reads a raw .eml given as bytes', async () => {
    const facts = await extractFacts({ raw: new TextEncoder().encode(NDR_RAW) });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
    expect(facts.structure.forwarded).toBe(false);
  });

  it('reads a pasted text with no headers (the whole admin block)', async () => {
    const facts = await extractFacts({ text: NDR_TEXT });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
    expect(facts.from).toBeUndefined();
    expect(facts.originalSubject).toBe('Offer for the spring campaign');
    expect(facts.text).toContain('Delivery has failed to these recipients or groups:');
  });

  it('reads a pasted text given as `raw` (no header block, so not parsed as MIME)', async () => {
    const facts = await extractFacts({ raw: NDR_TEXT });
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
  });

  it('reads an HTML-only body without executing anything, keeping the links', async () => {
    const html = [
      '<html><head><title>ignored title</title><style>p { color: red }</style>',
      '<script>document.location="https://evil.example/steal"</script></head><body>',
      '<p><b>Delivery has failed to these recipients or groups:</b></p>',
      '<p><a href="mailto:sales-all@contoso.com">Sales All (sales-all@contoso.com)</a></p>',
      '<img src="x" onerror="alert(1)">',
      '<p>Your message can&#39;t be delivered because delivery to this address is restricted.</p>',
      '<p>For more information, see <a href="https://go.microsoft.com/fwlink/?LinkId=389365">DSN 5.7.129 Errors in Exchange Online and Office 365</a>.</p>',
      '<div><div><table><tr><td>Generating server:</td><td>DB9PR01MB0001.eurprd01.prod.outlook.com</td></tr></table></div></div>',
      '<p>sales-all@contoso.com<br>Remote Server returned &#39;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized&#39;</p>',
      '</body></html>',
    ].join('\n');
    const facts = await extractFacts({ html, subject: 'Undeliverable: Offer' });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures).toEqual([
      expect.objectContaining({ ...EXPECTED_FAILURE, smtpCode: '550', generatingServer: 'DB9PR01MB0001.eurprd01.prod.outlook.com' }),
    ]);
    expect(facts.text).not.toContain('document.location');
    expect(facts.text).not.toContain('alert(1)');
    expect(facts.text).not.toContain('ignored title');
    expect(facts.text).not.toContain('<');
    expect(facts.links).toContainEqual({ href: 'https://go.microsoft.com/fwlink/?LinkId=389365', text: 'DSN 5.7.129 Errors in Exchange Online and Office 365' });
    expect(facts.links.some((link) => link.href.startsWith('mailto:'))).toBe(false);
    expect(facts.markers).toContain('fwlink:389365');
  });

  it('reads the modern layout as HTML, labels and values in table cells', async () => {
    const row = (label: string, value: string): string => `<tr><td><b>${label}</b></td><td>${value}</td></tr>`;
    const html = [
      '<html><body><table><tr><td>',
      '<p>Your message to <a href="mailto:board@contoso.com">board@contoso.com</a> couldn&#8217;t be delivered.</p>',
      '<p>The group Board only accepts messages from people in its organization or on its allowed senders list, and your email address isn&#8217;t on the list.</p>',
      '<p><b>More Info for Email Admins</b></p><p>Status code: 550 5.7.133</p>',
      '<p><b>Original Message Details</b></p><table>',
      row('Created Date:', '11/24/2026 9:14:02 AM'),
      row('Sender Address:', 'jan.devries@fabrikam.com'),
      row('Recipient Address:', 'board@contoso.com'),
      row('Subject:', 'Budget &amp; plans'),
      '</table><p><b>Error Details</b></p><table>',
      row('Reported error:', '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required'),
      row('DSN generated by:', 'AM9PR03MB0003.eurprd03.prod.outlook.com'),
      '</table></td></tr></table></body></html>',
    ].join('');
    const facts = await extractFacts({ html, subject: 'Undeliverable: Budget & plans' });
    expect(facts.failures).toEqual([
      expect.objectContaining({
        address: 'board@contoso.com',
        status: '5.7.133',
        identifier: 'RESOLVER.RST.SenderNotAuthenticatedForGroup',
        generatingServer: 'AM9PR03MB0003.eurprd03.prod.outlook.com',
      }),
    ]);
    expect(facts.restrictedGroups).toEqual([{ name: 'Board', address: 'board@contoso.com' }]);
    expect(facts.originalSubject).toBe('Budget & plans');
    expect(facts.originalSender).toBe('jan.devries@fabrikam.com');
    expect(facts.originalDate).toBe('11/24/2026 9:14:02 AM');
  });

  it('reads an Outlook item in pieces: body, internet headers, message class, the original attached', async () => {
    const headers = [
      'From: Microsoft Outlook <postmaster@contoso.com>',
      'To: Jan de Vries <jan.devries@fabrikam.com>',
      'Subject: Undeliverable: Offer for the spring campaign',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="x"',
      'Content-Language: en-US',
      'X-MS-Exchange-Message-Is-Ndr:',
      'Auto-Submitted: auto-replied',
    ].join('\r\n');
    const facts = await extractFacts({
      text: NDR_TEXT.split('Original message headers:')[0] ?? '',
      headers,
      subject: 'Undeliverable: Offer for the spring campaign',
      from: 'Microsoft Outlook <postmaster@contoso.com>',
      itemClass: 'REPORT.IPM.Note.NDR',
      attachments: [{ name: 'Offer for the spring campaign.eml', contentType: 'message/rfc822', content: originalMessage() }],
    });
    expect(facts.isBounce).toBe(true);
    expect(facts.structure).toMatchObject({ hasReportContentType: true, isExchangeNdr: true, fromSystemSender: true, autoSubmitted: true, hasOriginalMessage: true, forwarded: false });
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
    expect(facts.originalSubject).toBe('Offer for the spring campaign');
    expect(facts.originalSender).toBe('jan.devries@fabrikam.com');
    expect(facts.from).toBe('Microsoft Outlook <postmaster@contoso.com>');
  });

  it('survives a multipart whose boundary never occurs, reading the body as text', async () => {
    const raw = [
      'From: MAILER-DAEMON@mx.fabrikam.com',
      'Subject: Undeliverable: test',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="missing"',
      '',
      NDR_TEXT,
    ].join('\r\n');
    const facts = await extractFacts({ raw });
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
  });
});

describe('bounces inside other messages', () => {
  it('diagnoses a bounce forwarded inline by Outlook (From:/Sent:/To:/Subject:)', async () => {
    const body = [
      'Hi IT, this keeps bouncing. Can you look?',
      '',
      'Jan',
      '',
      '________________________________',
      'From: Microsoft Outlook <postmaster@contoso.com>',
      'Sent: Tuesday, November 24, 2026 10:14 AM',
      'To: Jan de Vries <jan.devries@fabrikam.com>',
      'Subject: Undeliverable: Offer for the spring campaign',
      '',
      NDR_TEXT,
    ].join('\r\n');
    const raw = plainMessage(['From: Jan de Vries <jan.devries@fabrikam.com>', 'To: helpdesk@fabrikam.com', 'Subject: FW: Undeliverable: Offer for the spring campaign'], body);
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(true);
    expect(facts.structure.forwarded).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
    expect(facts.subject).toBe('Undeliverable: Offer for the spring campaign');
    expect(facts.from).toBe('Microsoft Outlook <postmaster@contoso.com>');
    expect(facts.structure.fromSystemSender).toBe(true);
    expect(facts.failures.some((f) => f.address === 'helpdesk@fabrikam.com' || f.address === 'jan.devries@fabrikam.com')).toBe(false);
  });

  it('diagnoses a bounce forwarded inline in Dutch (-----Oorspronkelijk bericht----- / Van: / Onderwerp:)', async () => {
    // The same message the task pane's helpdesk tests open.
    const facts = await extractFacts(forwardedToHelpdesk.source);
    expect(facts.isBounce).toBe(true);
    expect(facts.structure.forwarded).toBe(true);
    expect(facts.language).toBe('nl');
    expect(facts.subject).toBe('Onbestelbaar: Agenda teamoverleg');
    expect(facts.failures).toEqual([
      expect.objectContaining({ address: 'directie-overleg@contoso.nl', displayName: 'Directie Overleg', status: '5.7.1', generatingServer: 'AM9PR03MB0003.eurprd03.prod.outlook.com' }),
    ]);
  });

  it('diagnoses a bounce forwarded by Gmail, whose own "Original message" separator stays the end of the bounce', async () => {
    const body = [
      'FYI',
      '',
      '---------- Forwarded message ---------',
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Date: Tue, 24 Nov 2026 at 10:14',
      'Subject: Delivery Status Notification (Failure)',
      'To: <kim@fabrikam.com>',
      '',
      'Delivery to the following recipient failed permanently:',
      '',
      '     lee@contoso.com',
      '',
      'Technical details of permanent failure:',
      'Google tried to deliver your message, but it was rejected by the server for the recipient domain contoso.com by mx.contoso.com. [192.0.2.80].',
      '',
      'The error that the other server returned was:',
      '550 5.7.1 <lee@contoso.com>: Recipient address rejected: Access denied',
      '',
      '----- Original message -----',
      '',
      'From: Kim <kim@fabrikam.com>',
      'To: lee@contoso.com, ann@contoso.com',
      'Subject: Lunch',
      'Message-ID: <lunch@fabrikam.com>',
    ].join('\r\n');
    const facts = await extractFacts({ text: body });
    expect(facts.structure.forwarded).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining({ address: 'lee@contoso.com', status: '5.7.1', smtpCode: '550', remoteServer: 'mx.contoso.com' })]);
    expect(facts.subject).toBe('Delivery Status Notification (Failure)');
  });

  it('diagnoses a bounce quoted with > marks (Apple Mail "Begin forwarded message:")', async () => {
    const quoted = ['From: Mail Delivery System <MAILER-DAEMON@mx.fabrikam.com>', 'Subject: Undelivered Mail Returned to Sender', 'Date: 24 November 2026 at 10:14', '', '<lee@contoso.com>: host mx.contoso.com[192.0.2.80] said: 550 5.1.1 <lee@contoso.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)']
      .map((line) => `> ${line}`)
      .join('\n');
    const facts = await extractFacts({ text: `See below.\n\nBegin forwarded message:\n\n${quoted}\n` });
    expect(facts.structure.forwarded).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining({ address: 'lee@contoso.com', status: '5.1.1', remoteServer: 'mx.contoso.com' })]);
  });

  it('diagnoses an NDR attached as message/rfc822 to an ordinary message', async () => {
    const boundary = 'fwd-boundary';
    const raw = [
      'From: Jan de Vries <jan.devries@fabrikam.com>',
      'To: helpdesk@fabrikam.com',
      'Subject: FW: Undeliverable: Offer for the spring campaign',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'See the attached bounce, please.',
      `--${boundary}`,
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="Undeliverable Offer.eml"',
      '',
      NDR_RAW,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(true);
    expect(facts.structure.forwarded).toBe(true);
    expect(facts.structure.isExchangeNdr).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
    expect(facts.subject).toBe('Undeliverable: Offer for the spring campaign');
  });

  it('diagnoses an NDR attached as an .eml file to an Outlook item', async () => {
    const facts = await extractFacts({
      text: 'Please look at the attachment.',
      subject: 'FW: bounce',
      from: 'Jan de Vries <jan.devries@fabrikam.com>',
      itemClass: 'IPM.Note',
      attachments: [{ name: 'Undeliverable Offer.eml', content: new TextEncoder().encode(NDR_RAW) }],
    });
    expect(facts.structure.forwarded).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
  });

  it('diagnoses a bounce pasted into a .txt attachment of an ordinary message', async () => {
    const facts = await extractFacts({
      text: 'The bounce text is attached.',
      subject: 'bounce',
      from: 'Jan de Vries <jan.devries@fabrikam.com>',
      attachments: [{ name: 'bounce.txt', contentType: 'text/plain', content: NDR_TEXT }],
    });
    expect(facts.structure.forwarded).toBe(true);
    expect(facts.failures).toEqual([expect.objectContaining(EXPECTED_FAILURE)]);
  });

  it('does not take the original message attached to a bounce for a bounce', async () => {
    const raw = report({ text: NDR_TEXT, original: originalMessage() });
    const facts = await extractFacts({ raw });
    expect(facts.structure.forwarded).toBe(false);
    expect(facts.failures).toHaveLength(1);
    expect(facts.originalSubject).toBe('Offer for the spring campaign');
  });
});

describe('not bounces', () => {
  it('an out-of-office reply (RFC 3834) is not a bounce', async () => {
    const raw = plainMessage(
      ['From: Kim Akers <kim@contoso.com>', 'To: jan.devries@fabrikam.com', 'Subject: Automatic reply: Offer', 'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
      'I am out of the office until 1 December with limited access to email. For urgent matters contact lee@contoso.com.',
    );
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(false);
    expect(facts.failures).toEqual([]);
    expect(facts.bounceConfidence).toBeGreaterThanOrEqual(0.5);
  });

  it('an ordinary message is not a bounce', async () => {
    const raw = plainMessage(['From: Kim Akers <kim@contoso.com>', 'To: jan.devries@fabrikam.com', 'Subject: Lunch'], 'Hi Jan, lunch tomorrow? Mail me at kim.akers@contoso.com.\r\n\r\nKim');
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(false);
    expect(facts.failures).toEqual([]);
    expect(facts.restrictedGroups).toEqual([]);
    expect(facts.structure.forwarded).toBe(false);
  });

  it('a person describing a bounce in their own words is not a bounce', async () => {
    const raw = plainMessage(
      ['From: Jan de Vries <jan.devries@fabrikam.com>', 'To: helpdesk@fabrikam.com', 'Subject: Mail problem'],
      'Hi, my mail to sales-all@contoso.com could not be delivered this morning. Any idea?\r\n\r\nJan',
    );
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(false);
    expect(facts.failures).toEqual([]);
  });

  it('an abuse feedback report (ARF, RFC 5965) is not a bounce', async () => {
    const boundary = 'arf';
    const raw = [
      'From: abuse@mail.example.net',
      'To: abuse@fabrikam.com',
      'Subject: Abuse report',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=feedback-report; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain',
      '',
      'This is an email abuse report for an email message received from IP 192.0.2.1.',
      `--${boundary}`,
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      'User-Agent: SomeGenerator/1.0',
      'Version: 1',
      `--${boundary}--`,
    ].join('\r\n');
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(false);
    expect(facts.failures).toEqual([]);
  });

  it('garbage bytes give facts, not an exception', async () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    const facts = await extractFacts({ raw: bytes });
    expect(facts.isBounce).toBe(false);
    expect(facts.failures).toEqual([]);
    expect(typeof facts.text).toBe('string');
  });

  it('empty input gives empty facts', async () => {
    const facts = await extractFacts({});
    expect(facts).toMatchObject({ isBounce: false, failures: [], restrictedGroups: [], markers: [], links: [], language: 'unknown', text: '' });
  });
});
