/**
 * The stand-alone host (a plain browser tab): no item, and mail through a mailto: URL.
 */
import { createStandaloneHost, htmlToPlainText, mailtoUrl } from '../../src/office/standalone-host';
import { ReadFailure, type NewMessage } from '../../src/office/host';

const message: NewMessage = {
  toRecipients: ['helpdesk@contoso.com', 'it-support@contoso.com'],
  ccRecipients: ['jan.de.vries@fabrikam.com'],
  subject: 'Bounce: Finance Team & Sales (5.7.124)',
  htmlBody:
    '<p>Hello,</p><p>My mail to <b>Finance Team</b> &lt;finance-team@contoso.com&gt; bounced with 5.7.124.</p>' +
    '<ul><li>Who: the group owner</li><li>What: add me to the allowed senders</li></ul>' +
    '<p>More: <a href="https://learn.microsoft.com/exchange/mail-flow">Microsoft\'s page</a></p>',
  attachCurrentItem: { itemId: 'AAMk', name: 'bounce' },
};

describe('stand-alone host', () => {
  it('has no item: readCurrentItem rejects no-item', async () => {
    const host = createStandaloneHost({ displayLanguage: 'nl-NL' });
    expect(host).toMatchObject({ kind: 'standalone', platform: 'browser', displayLanguage: 'nl-NL' });
    const failure: unknown = await host.readCurrentItem().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ReadFailure);
    expect(failure).toMatchObject({ kind: 'no-item' });
  });

  it('composes through mailto but cannot attach, read headers or follow a selection', () => {
    const host = createStandaloneHost();
    expect(host.supports('compose')).toBe(true);
    expect(host.supports('attach-item')).toBe(false);
    expect(host.supports('headers')).toBe(false);
    expect(host.supports('pinning')).toBe(false);
    expect(() => host.onItemChanged(() => undefined)()).not.toThrow();
  });

  it('opens the mailto URL, leaving the attachment out', async () => {
    const opened: string[] = [];
    await createStandaloneHost({ openUrl: (url) => opened.push(url) }).displayNewMessage(message);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toBe(mailtoUrl(message));
  });
});

describe('mailtoUrl', () => {
  it('encodes recipients, cc, subject and a plain-text body (RFC 6068: %20 for spaces, CRLF line breaks)', () => {
    const url = mailtoUrl(message);
    expect(url.startsWith('mailto:helpdesk@contoso.com,it-support@contoso.com?cc=jan.de.vries@fabrikam.com&subject=')).toBe(true);
    const parsed = new URL(url);
    const params = new URLSearchParams(parsed.search);
    expect(params.get('subject')).toBe('Bounce: Finance Team & Sales (5.7.124)');
    expect(url).toContain('subject=Bounce%3A%20Finance%20Team%20%26%20Sales%20(5.7.124)');
    expect(url).not.toContain('+');
    expect(params.get('body')).toBe(
      [
        'Hello,',
        '',
        'My mail to Finance Team <finance-team@contoso.com> bounced with 5.7.124.',
        '',
        '- Who: the group owner',
        '- What: add me to the allowed senders',
        '',
        "More: Microsoft's page (https://learn.microsoft.com/exchange/mail-flow)",
      ].join('\r\n'),
    );
    expect(url).not.toContain('<b>');
  });

  it('keeps the URL within the limit by cutting the body, never inside an escape or a character', () => {
    const long: NewMessage = { toRecipients: ['helpdesk@contoso.com'], subject: 'Long', htmlBody: `<p>${'Ünïcödé € text '.repeat(400)}</p>` };
    const url = mailtoUrl(long, 1800);
    expect(url.length).toBeLessThanOrEqual(1800);
    expect(url.length).toBeGreaterThan(1700);
    const body = new URLSearchParams(new URL(url).search).get('body') ?? '';
    expect(body.endsWith('\r\n…')).toBe(true);
    expect(body.startsWith('Ünïcödé € text')).toBe(true);
    expect(() => decodeURIComponent(url.slice(url.indexOf('body=') + 5))).not.toThrow();
  });

  it('leaves the body out when the message has none', () => {
    expect(mailtoUrl({ toRecipients: ['a@contoso.com'], subject: 'Hi', htmlBody: '' })).toBe('mailto:a@contoso.com?subject=Hi');
  });
});

describe('htmlToPlainText', () => {
  it('drops scripts and styles, decodes entities and shows link addresses', () => {
    expect(htmlToPlainText('<style>p{}</style><p>A &amp; B</p><script>x()</script><p><a href="mailto:owner@contoso.com">owner@contoso.com</a></p>')).toBe(
      'A & B\n\nowner@contoso.com',
    );
    expect(htmlToPlainText('line one<br>line two')).toBe('line one\nline two');
  });
});
