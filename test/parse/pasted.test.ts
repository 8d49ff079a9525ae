/**
 * Bounces as people hand them over: only the text pasted (no subject, no
 * sender, no delivery-status part left to say it is a bounce), forwarded inside
 * forwards, with addresses the plain scanner used to miss. The texts are ours,
 * written in the layouts of the MTAs named (the same templates the metamorphic
 * corpus test, test/corpus/metamorphic.test.ts, exercises on real bounces).
 */
import { extractFacts } from '../../src/ndr/parse';
import { findAddresses } from '../../src/ndr/parse/address';
import { bounceVerdict, hasBounceWording, hasTemplateSentence } from '../../src/ndr/parse/signals';
import { plainMessage, report } from './helpers';

const POSTFIX_NO_CODE = [
  'This is the mail system at host mx.northwind.example.',
  '',
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  '',
  'For further assistance, please send mail to postmaster.',
  '',
  '                   The mail system',
  '',
  '<anna@fabrikam.example>: Host or domain name not found. Name service error',
  '    for name=fabrikam.example type=AAAA: Host not found',
].join('\n');

describe('a pasted bounce whose text carries no status code', () => {
  it('Postfix: the template says it is a bounce, the recipient line says who failed', async () => {
    const facts = await extractFacts({ text: POSTFIX_NO_CODE });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures.map((f) => f.address)).toEqual(['anna@fabrikam.example']);
    expect(facts.failures[0]?.reply).toContain('Host or domain name not found');
  });

  it('Amazon SES / WorkMail: "An error occurred while trying to deliver the mail to the following recipients:"', async () => {
    const facts = await extractFacts({ text: 'An error occurred while trying to deliver the mail to the following recipients:\nanna@fabrikam.example\n' });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures.map((f) => f.address)).toEqual(['anna@fabrikam.example']);
  });

  it('Windows SMTP / Outlook.com DSN: "This is an automatically generated Delivery Status Notification."', async () => {
    const text = ['This is an automatically generated Delivery Status Notification.', '', 'Delivery to the following recipients failed.', '', '       anna@fabrikam.example', ''].join('\n');
    const facts = await extractFacts({ text });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures.map((f) => f.address)).toEqual(['anna@fabrikam.example']);
  });

  it('Gmail: "Your message wasn\'t delivered to … because the domain … couldn\'t be found."', async () => {
    const text = [
      '** Address not found **',
      '',
      "Your message wasn't delivered to anna@fabrikam.example because the domain fabrikam.example couldn't be found. Check for typos or unnecessary spaces and try again.",
    ].join('\n');
    const facts = await extractFacts({ text });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures.map((f) => f.address)).toEqual(['anna@fabrikam.example']);
  });

  it('Lotus/HCL Domino: "was not delivered to:" with "because:" (neither alone is enough)', async () => {
    const text = ['Your message', '', '  Subject: Offer', '', 'was not delivered to:', '', '  anna@fabrikam.example', '', 'because:', '', '  User anna (anna@fabrikam.example) not listed in Domino Directory', ''].join('\n');
    const facts = await extractFacts({ text });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures.map((f) => f.address)).toEqual(['anna@fabrikam.example']);
    expect(hasTemplateSentence('My invoice was not delivered to: anna@fabrikam.example')).toBe(false);
  });

  it('MMDF-style "Failed addresses follow:" block', async () => {
    const text = [
      '|------------------------- Message log follows: -------------------------|',
      ' no valid recipients were found for this message',
      '|------------------------- Failed addresses follow: ---------------------|',
      ' anna@fabrikam.example ... unknown host',
      '|------------------------- Message text follows: ------------------------|',
    ].join('\n');
    const facts = await extractFacts({ text });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures.map((f) => f.address)).toEqual(['anna@fabrikam.example']);
  });

  it("Exim's notices by subject: 'Mail failure - malformed recipient address', and 'Undeliverable Message'", async () => {
    const exim = plainMessage(
      ['From: Mail Delivery System <mailer-daemon@mx.northwind.example>', 'To: jan@northwind.example', 'Subject: Mail failure - malformed recipient address'],
      'A message that you sent contained one or more recipient addresses that were\r\nincorrectly constructed:\r\n\r\n  anna@fabrikam.example <bob@fabrikam.example>: malformed address\r\n',
    );
    expect((await extractFacts({ raw: exim })).isBounce).toBe(true);
    const mms = plainMessage(['From: MMSC NDR Administrator <sysadmin@mms.example>', 'To: jan@northwind.example', 'Subject: Undeliverable Message'], 'Message could not be delivered to mobile.\r\nError: No valid recipients for this MM\r\n');
    expect((await extractFacts({ raw: mms })).isBounce).toBe(true);
  });

  it('a person writing about a failed mail in their own words is still not a bounce', async () => {
    const facts = await extractFacts({ text: 'Hi Kim,\n\nmy mail to anna@fabrikam.example could not be delivered yesterday, can you check?\n\nJan' });
    expect(facts.isBounce).toBe(false);
  });
});

describe('bounce wording and the verdict', () => {
  it('finds bounce phrases that the mail system wrapped over two lines', () => {
    expect(hasBounceWording('your message could not\nbe delivered to one or more recipients')).toBe(true);
  });

  it('adds its evidence in hundredths, so 0.3 + 0.15 reaches the 0.45 it needs', () => {
    const verdict = bounceVerdict({
      dsnFailures: 0,
      textFailuresWithCode: 0,
      textFailures: 1,
      reportContentType: false,
      exchangeNdr: false,
      exchangeLayout: false,
      subjectPrefix: false,
      bounceWording: false,
      templateSentence: true,
      systemSender: false,
      nullReturnPath: false,
      originalAttached: false,
      autoReply: false,
      feedbackReport: false,
      deliveryStatusWithoutFailure: false,
    });
    expect(verdict.isBounce).toBe(true);
  });
});

describe('recipients the text names in unusual ways', () => {
  it('finds an address with a quoted local part (RFC 5321 §4.1.2), bounded to 64 characters', () => {
    expect(findAddresses('<"anna..de.vries."@fabrikam.example>: User unknown').map((m) => m.address)).toEqual(['"anna..de.vries."@fabrikam.example']);
    expect(findAddresses(`"${'a'.repeat(80)}"@fabrikam.example`)).toEqual([]);
    expect(findAddresses('"two words"@fabrikam.example')).toEqual([]);
  });

  it('sendmail delivering to a program: the "(expanded from: <addr>)" line names the recipient', async () => {
    const text = [
      'The original message was received at Thu, 26 Nov 2026 08:03:50 +0100',
      'from mail.fabrikam.example [192.0.2.34]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '"|/home/anna/bin/filter.pl"',
      '    (reason: 255)',
      '    (expanded from: <anna@fabrikam.example>)',
      '',
      '   ----- Transcript of session follows -----',
      '554 5.3.0 unknown mailer error 255',
    ].join('\n');
    const facts = await extractFacts({ text });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures).toHaveLength(1);
    expect(facts.failures[0]).toMatchObject({ address: 'anna@fabrikam.example', status: '5.3.0' });
  });
});

describe('forwards of bounces that were themselves relayed or forwarded', () => {
  it("finds the report behind an ISP's cover note when the whole thing is forwarded inline", async () => {
    // An ISP relays the bounce as text under its own note; a person forwards that.
    const relayed = [
      "I'm sorry to have to inform you that the message returned",
      'below could not be delivered to one or more destinations.',
      '',
      'For further assistance, please contact <support@isp.example>',
      '',
      '---------------------------------',
      'From MAILER-DAEMON  Thu Nov 26 08:03:50 2026',
      'Return-Path: <>',
      'Received: by relay.isp.example (Postfix) id 32FE9; Thu, 26 Nov 2026 08:03:50 +0900',
      'Date: Thu, 26 Nov 2026 08:03:50 +0900',
      'From: MAILER-DAEMON@relay.isp.example (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: jan@contoso.example',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      'Message-Id: <relay-1@relay.isp.example>',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      '<anna@fabrikam.example>: host mx.fabrikam.example[192.0.2.20] said: 550 5.1.1',
      '    <anna@fabrikam.example>: Recipient address rejected: User unknown',
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; relay.isp.example',
      '',
      'Final-Recipient: rfc822; anna@fabrikam.example',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <anna@fabrikam.example>: Recipient address rejected: User unknown',
      '',
      '--b1--',
    ].join('\n');
    const forward = plainMessage(
      ['From: Jan <jan@contoso.example>', 'To: Helpdesk <helpdesk@contoso.example>', 'Subject: FW: Undelivered Mail Returned to Sender'],
      ['Can you look at this?', '', '-----Original Message-----', 'From: support@isp.example', 'Sent: Thursday, November 26, 2026 08:04', 'To: jan@contoso.example', 'Subject: Undelivered Mail Returned to Sender', '', relayed].join('\r\n'),
    );
    const facts = await extractFacts({ raw: forward });
    expect(facts.isBounce).toBe(true);
    expect(facts.structure.forwarded).toBe(true);
    expect(facts.failures[0]).toMatchObject({ address: 'anna@fabrikam.example', status: '5.1.1' });
  });

  it('follows a forward of a forward (Outlook around Apple Mail\'s "Begin forwarded message:")', async () => {
    const appleForward = [
      'Forward the message.',
      '',
      'Begin forwarded message:',
      '',
      '> From: Mail Delivery Subsystem <MAILER-DAEMON@mx.contoso.example>',
      '> Date: 26 November 2026 08:03:50 CET',
      '> To: <jan@contoso.example>',
      '> Subject: Returned mail: see transcript for details',
      '>',
      '>    ----- The following addresses had permanent fatal errors -----',
      '> <anna@fabrikam.example>',
      '>     (reason: 550 5.1.1 <anna@fabrikam.example>... User unknown)',
    ].join('\n');
    const forward = plainMessage(
      ['From: Kim <kim@contoso.example>', 'To: Helpdesk <helpdesk@contoso.example>', 'Subject: FW: Fwd: Returned mail'],
      ['See below.', '', '-----Original Message-----', 'From: Jan <jan@contoso.example>', 'Sent: Thursday, November 26, 2026 09:00', 'To: Kim <kim@contoso.example>', 'Subject: Fwd: Returned mail', '', appleForward].join('\r\n'),
    );
    const facts = await extractFacts({ raw: forward });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures[0]).toMatchObject({ address: 'anna@fabrikam.example', status: '5.1.1' });
  });

  it('still reads a plain report (no forward) unchanged', async () => {
    const facts = await extractFacts({ raw: report({ text: POSTFIX_NO_CODE, subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@mx.northwind.example' }) });
    expect(facts.failures.map((f) => f.address)).toEqual(['anna@fabrikam.example']);
  });
});
