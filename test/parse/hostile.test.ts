/**
 * Hostile input: everything must stay linear (no backtracking regular
 * expressions, no quadratic tree building). The bound here is generous to
 * avoid flakes on slow CI machines; the real figures belong in the bench.
 */
import { extractFacts } from '../../src/ndr/parse';
import { htmlToText } from '../../src/ndr/parse/html-text';

const LIMIT_MS = 5_000;
const MB = 1024 * 1024;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

describe('hostile input finishes quickly and never throws', () => {
  const cases: [string, () => string][] = [
    ['5 MB without a newline', () => 'Delivery has failed to x@example.com 550 5.7.1 '.repeat(Math.ceil((5 * MB) / 47)).slice(0, 5 * MB)],
    ['1 MB of 5.5.5.5…', () => '5.'.repeat(MB / 2)],
    ['1 MB of @', () => '@'.repeat(MB)],
    ['1 MB of [', () => '['.repeat(MB)],
    ['1 MB of spaces then text', () => `${' '.repeat(MB)}x`],
    ['1 MB of a@a@a@', () => 'a@a.'.repeat(MB / 4)],
    ['1 MB of quotes and Remote Server returned', () => "Remote Server returned '".repeat(MB / 24)],
    ['1 MB of header-like lines', () => 'From: a@b.example\nSubject: x\n'.repeat(MB / 30)],
    ['1 MB of > quoted lines', () => '> From: x\n'.repeat(MB / 10)],
    ['1 MB of dashes', () => '-'.repeat(MB)],
    ['1 MB of asterisks', () => '*'.repeat(MB)],
    ['1 MB of http', () => 'http'.repeat(MB / 4)],
    ['1 MB of recipient lines', () => 'Delivery has failed to these recipients or groups:\n' + 'user@example.com\n'.repeat(MB / 17)],
    ['1 MB of distinct recipients with codes', () => Array.from({ length: 20_000 }, (_, i) => `<u${i}@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 unknown`).join('\n')],
    // Forwards inside forwards are read as messages of their own (depth-limited): each level
    // of `>` quoting reveals more separators, which must not multiply the work.
    [
      '1 MB of nested quoted forwards',
      () => {
        const level = (depth: number): string => `${'> '.repeat(depth)}-----Original Message-----\n${'> '.repeat(depth)}From: a@example.com\n${'> '.repeat(depth)}Subject: Undeliverable: x\n${'> '.repeat(depth)}\n`;
        const block = [0, 1, 2, 3, 4, 5].map(level).join('');
        return block.repeat(Math.ceil(MB / block.length));
      },
    ],
    ['1 MB of bounce template sentences', () => 'This is the mail system at host x.example.\nI was unable to deliver your message to the following addresses\n'.repeat(MB / 110)],
    ['1 MB of delivery-status fields', () => 'Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n\n'.repeat(MB / 60)],
  ];

  it.each(cases)('%s as pasted text', async (_name, make) => {
    const text = make();
    const ms = await timed(() => extractFacts({ text }));
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('5 MB without a newline as a raw message', async () => {
    const raw = `From: a@example.com\r\nSubject: Undeliverable: x\r\n\r\n${'x'.repeat(5 * MB)}`;
    const ms = await timed(() => extractFacts({ raw }));
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('100k nested <div>s', async () => {
    const html = `${'<div>'.repeat(100_000)}Delivery has failed${'</div>'.repeat(100_000)}`;
    let text = '';
    const ms = await timed(async () => {
      text = (await extractFacts({ html })).text;
    });
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(text).toContain('Delivery has failed');
  });

  it('100k unclosed <p><b> and 1 MB of attributes', async () => {
    const html = `${'<p><b>'.repeat(100_000)}<a ${'x="1" '.repeat(MB / 6)}href="https://example.com">y</a>`;
    const ms = await timed(() => extractFacts({ html }));
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('5 MB of HTML entities converts linearly', () => {
    const start = performance.now();
    const result = htmlToText('&amp;'.repeat(MB));
    expect(performance.now() - start).toBeLessThan(LIMIT_MS);
    expect(result.text.startsWith('&&&')).toBe(true);
  });

  it('deeply nested message/rfc822 parts stop at a depth limit', async () => {
    let message = 'From: a@example.com\r\nSubject: inner\r\n\r\nhello\r\n';
    for (let i = 0; i < 30; i++) {
      message = `From: a@example.com\r\nSubject: level ${i}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\nContent-Type: message/rfc822\r\n\r\n${message}\r\n--b${i}--\r\n`;
    }
    const ms = await timed(() => extractFacts({ raw: message }));
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});

describe('a bounce inside a very large input is still found', () => {
  const report = [
    'Delivery has failed to these recipients or groups:',
    '',
    'Sales All (sales-all@contoso.com)',
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
    '',
    'sales-all@contoso.com',
    "Remote Server returned '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; Sender not in allowed-senders list'",
    '',
  ].join('\n');

  it('after 3 MB of a forwarded thread (pasted text)', async () => {
    const text = `${'Earlier in this thread we talked about the budget.\n'.repeat((3 * MB) / 51)}${report}`;
    const facts = await extractFacts({ text });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures[0]).toMatchObject({ address: 'sales-all@contoso.com', status: '5.7.124' });
  });

  it('after 5 MB of HTML', async () => {
    const html = `<html><body>${'<p>Earlier in this thread.</p>'.repeat((5 * MB) / 29)}<pre>${report}</pre></body></html>`;
    const facts = await extractFacts({ html });
    expect(facts.failures[0]).toMatchObject({ address: 'sales-all@contoso.com', status: '5.7.124' });
  });

  it('in a 5 MB MIME bounce whose text part is padded', async () => {
    const raw = [
      'From: Mail Delivery System <MAILER-DAEMON@mail.contoso.com>',
      'Subject: Undeliverable: figures',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'x'.repeat(5 * MB),
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;mail.contoso.com',
      '',
      'Final-Recipient: rfc822;sales-all@contoso.com',
      'Action: failed',
      'Status: 5.7.1',
      'Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
      '',
      '--b1--',
    ].join('\r\n');
    const facts = await extractFacts({ raw });
    expect(facts.failures[0]).toMatchObject({ address: 'sales-all@contoso.com', status: '5.7.1', identifier: 'RESOLVER.RST.NotAuthorized' });
  });
});
