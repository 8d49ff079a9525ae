/** Telling a genuine bounce from phishing dressed as one. */
import { assessAuthenticity } from '../src/ndr/authenticity';
import { extractFacts } from '../src/ndr/parse';
import type { BounceFacts } from '../src/ndr/types';
import { bounceFacts } from './catalog/facts';

function facts(overrides: Partial<BounceFacts> = {}): BounceFacts {
  return bounceFacts({
    failures: [{ address: 'sales-all@contoso.com', status: '5.7.1', smtpCode: '550' }],
    from: 'Microsoft Outlook <postmaster@contoso.com>',
    ...overrides,
  });
}

describe('assessAuthenticity', () => {
  it('trusts a bounce from a system sender with delivery-status structure and Microsoft links', () => {
    const verdict = assessAuthenticity(
      facts({ links: [{ href: 'https://go.microsoft.com/fwlink/?LinkId=389365', text: 'DSN 5.7.1 errors' }] }),
    );
    expect(verdict).toEqual({ authentic: true, verdict: 'genuine', score: 0, concerns: [] });
  });

  it('flags a link to a foreign host that asks the reader to release their mail', () => {
    const verdict = assessAuthenticity(
      facts({ links: [{ href: 'https://mail-release.example/owa/login', text: 'Release pending messages' }] }),
    );
    expect(verdict.authentic).toBe(false);
    expect(verdict.concerns.map((c) => c.id)).toContain('action-link-to-foreign-host');
    expect(verdict.concerns.find((c) => c.id === 'action-link-to-foreign-host')?.detail).toBe('mail-release.example');
  });

  it("does not mind links to the user's own organisation; another site in an Exchange NDR makes it doubtful, not forged", () => {
    const verdict = assessAuthenticity(
      facts({
        links: [
          { href: 'https://helpdesk.contoso.com/verify', text: 'Verify' },
          { href: 'https://blog.example.org/post', text: 'our blog' },
        ],
      }),
      { organisationDomains: ['contoso.com'] },
    );
    // A genuine Exchange Online NDR links only to Microsoft's pages: a moderate concern.
    expect(verdict.verdict).toBe('doubtful');
    expect(verdict.concerns).toEqual([expect.objectContaining({ id: 'link-to-unknown-host', strength: 'moderate', detail: 'blog.example.org' })]);
  });

  it('does not take "our domain" from the failed recipients: without the user\'s domain, a helpdesk link that asks to verify is a concern', () => {
    const verdict = assessAuthenticity(facts({ links: [{ href: 'https://helpdesk.contoso.com/verify', text: 'Verify' }] }));
    expect(verdict.verdict).toBe('forged');
    expect(verdict.concerns[0]?.id).toBe('action-link-to-foreign-host');
  });

  it('holds a message from a person without delivery structure doubtful, not forged', () => {
    const verdict = assessAuthenticity(
      facts({
        from: 'IT Service Desk <it-support@secure-mail-center.example>',
        failures: [],
        structure: { ...facts().structure, hasReportContentType: false, hasDeliveryStatus: false, isExchangeNdr: false, fromSystemSender: false, autoSubmitted: false },
      }),
    );
    expect(verdict.verdict).toBe('doubtful');
    expect(verdict.authentic).toBe(true);
    expect(verdict.concerns.map((c) => c.id).sort()).toEqual(['no-delivery-structure', 'not-from-system-sender']);
  });

  it('flags talk of passwords and held messages', () => {
    const verdict = assessAuthenticity(facts({ text: 'Your messages are on hold. Verify your account to release them.' }));
    expect(verdict.authentic).toBe(false);
    expect(verdict.concerns[0]?.id).toBe('credential-request');
  });

  it('gives every concern in English and Dutch, strongest first', () => {
    const verdict = assessAuthenticity(
      facts({
        from: 'someone@example.org',
        failures: [],
        text: 'enter your password',
        links: [{ href: 'https://evil.example/x', text: 'Sign in' }],
        structure: { ...facts().structure, hasDeliveryStatus: false, isExchangeNdr: false, fromSystemSender: false },
      }),
    );
    expect(verdict.concerns).toHaveLength(4);
    expect(verdict.concerns.map((c) => c.strength)).toEqual(['strong', 'strong', 'weak', 'weak']);
    for (const concern of verdict.concerns) {
      expect(concern.text.en.length).toBeGreaterThan(20);
      expect(concern.text.nl.length).toBeGreaterThan(20);
      expect(concern.text.nl).not.toEqual(concern.text.en);
    }
  });
});

describe('links, judged by exact host', () => {
  const judge = (href: string, text = 'More information') => assessAuthenticity(facts({ links: [{ href, text }] }));

  it.each([
    ['https://forms.office.com/r/AbC123', 'link-to-publish-anywhere-host', 'forms.office.com'],
    ['https://sites.google.com/view/mail-release', 'link-to-publish-anywhere-host', 'sites.google.com'],
    ['https://contoso-my.sharepoint.com/:b:/g/x', 'link-to-publish-anywhere-host', 'contoso-my.sharepoint.com'],
    ['https://release.blob.core.windows.net/a/index.html', 'link-to-publish-anywhere-host', 'release.blob.core.windows.net'],
    ['https://mail-release.pages.dev/', 'link-to-publish-anywhere-host', 'mail-release.pages.dev'],
    ['https://www.google.com/url?q=https://mail-release.example/owa', 'redirect-link', 'mail-release.example'],
    ['https://learn.microsoft.com/?redirect=https%3A%2F%2Fevil.example%2F', 'redirect-link', 'evil.example'],
    ['https://microsoft.com@evil.example/login', 'disguised-link', 'evil.example'],
    ['http://192.0.2.7/owa/', 'disguised-link', '192.0.2.7'],
    ['javascript:alert(1)', 'disguised-link', 'javascript'],
  ])('%s is a strong concern (%s)', (href, id, detail) => {
    const verdict = judge(href);
    expect(verdict.verdict).toBe('forged');
    expect(verdict.concerns[0]).toMatchObject({ id, strength: 'strong', detail });
  });

  it('unwraps Safe Links and judges the target', () => {
    const wrapped = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://forms.office.com/r/x')}&data=05`;
    expect(judge(wrapped).concerns[0]).toMatchObject({ id: 'link-to-publish-anywhere-host', detail: 'forms.office.com' });
    const docs = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://learn.microsoft.com/exchange/x')}&data=05`;
    expect(judge(docs)).toMatchObject({ verdict: 'genuine', concerns: [] });
  });

  it('trusts Microsoft documentation hosts exactly, not every host under microsoft.com or office.com', () => {
    expect(judge('https://learn.microsoft.com/exchange/troubleshoot/x', 'DSN 5.7.1 errors').concerns).toEqual([]);
    expect(judge('https://go.microsoft.com/fwlink/?LinkId=389365').concerns).toEqual([]);
    expect(judge('https://forms.microsoft.com/r/x').verdict).toBe('forged');
  });

  it('counts any action word, in the languages we read, on a link to an unknown host', () => {
    for (const text of ['View the held message', 'Bekijk het vastgehouden bericht', 'Nachricht freigeben', 'Afficher le message']) {
      expect(judge('https://mx-quarantine.example/m/1', text).concerns[0]?.id).toBe('action-link-to-foreign-host');
    }
    const informational = assessAuthenticity(
      facts({
        links: [{ href: 'https://isp.example/errors', text: 'More information about delivery errors' }],
        structure: { ...facts().structure, isExchangeNdr: false },
      }),
    );
    expect(informational.verdict).toBe('genuine');
    expect(informational.concerns).toEqual([expect.objectContaining({ id: 'link-to-unknown-host', strength: 'weak' })]);
  });

  it('flags link text that shows another site than the link goes to', () => {
    expect(judge('https://evil.example/fix', 'https://learn.microsoft.com/fix').concerns[0]?.id).toBe('disguised-link');
  });

  it('notes a shortened link without calling it forged on its own', () => {
    expect(judge('http://x.co/srbounce', 'IB508')).toMatchObject({ verdict: 'doubtful' });
  });
});

describe('the sender, judged against the user\'s own organisation', () => {
  const own = { organisationDomains: ['contoso.com'] };

  it('accepts a system sender of the own tenant and of mail providers', () => {
    expect(assessAuthenticity(facts({ from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>' }), own).verdict).toBe('genuine');
    expect(assessAuthenticity(facts({ from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' }), own).verdict).toBe('genuine');
  });

  it('flags a look-alike of the own domain or of Microsoft', () => {
    for (const from of ['postmaster@contoso-mail-support.com', 'postmaster@c0ntoso.com', 'postmaster@contoso.com.mail-check.example', 'Microsoft Outlook <postmaster@microsoft-365-mail.com>']) {
      const verdict = assessAuthenticity(facts({ from }), own);
      expect(verdict.verdict).toBe('forged');
      expect(verdict.concerns[0]?.id).toBe('look-alike-sender');
    }
  });

  it('does not count the same name under another top-level domain as a look-alike', () => {
    expect(assessAuthenticity(facts({ from: 'postmaster@contoso.nl' }), own).verdict).toBe('genuine');
  });

  it('doubts "Microsoft Outlook" writing from a domain that is neither the user\'s nor Microsoft\'s', () => {
    const verdict = assessAuthenticity(facts({ from: 'Microsoft Outlook <postmaster@mailgate.example>' }), own);
    expect(verdict.concerns.map((c) => c.id)).toEqual(['system-sender-outside-organisation']);
    expect(verdict.verdict).toBe('doubtful');
  });

  it('flags a sender name that shows another address than the real one', () => {
    const verdict = assessAuthenticity(facts({ from: '"postmaster@contoso.com" <bounce@mailer.example>' }), own);
    expect(verdict.concerns[0]?.id).toBe('sender-name-mismatch');
  });

  it('flags a Reply-To elsewhere on our own postmaster, notes it on another organisation\'s, and ignores a no-reply one', () => {
    const provenance = { replyTo: ['helpdesk@mail-release.example'], authenticationResults: [], attachments: [] };
    expect(assessAuthenticity(facts({ provenance }), own).concerns[0]).toMatchObject({ id: 'reply-to-elsewhere', strength: 'strong' });
    expect(assessAuthenticity(facts({ provenance, from: 'MAILER-DAEMON@mx.fabrikam.com' }), own).concerns[0]).toMatchObject({
      id: 'reply-to-elsewhere',
      strength: 'moderate',
    });
    expect(assessAuthenticity(facts({ provenance: { ...provenance, replyTo: ['no-reply@isp.example'] } }), own).concerns).toEqual([]);
  });

  it('flags a failed DMARC or composite authentication check, and ignores a pass', () => {
    const results = (value: string) => facts({ provenance: { replyTo: [], authenticationResults: [value], attachments: [] } });
    expect(assessAuthenticity(results('mx.contoso.com; spf=fail smtp.mailfrom=x.example; dmarc=fail action=quarantine header.from=contoso.com')).verdict).toBe('forged');
    expect(assessAuthenticity(results('spf=pass; dkim=pass; dmarc=pass action=none header.from=contoso.com; compauth=pass reason=100')).verdict).toBe('genuine');
  });

  it('doubts the own postmaster when Exchange says it came from outside (AuthAs Anonymous)', () => {
    const authAs = (exchangeAuthAs: string) => facts({ provenance: { replyTo: [], authenticationResults: [], attachments: [], exchangeAuthAs } });
    expect(assessAuthenticity(authAs('Anonymous'), own).concerns).toEqual([expect.objectContaining({ id: 'own-domain-from-outside', strength: 'moderate' })]);
    expect(assessAuthenticity(authAs('Internal'), own).concerns).toEqual([]);
  });

  it('flags an HTML or program attachment, not the returned message', () => {
    const withAttachments = (attachments: { name?: string; contentType: string }[]) => facts({ provenance: { replyTo: [], authenticationResults: [], attachments } });
    expect(assessAuthenticity(withAttachments([{ name: 'Release_Messages.htm', contentType: 'application/octet-stream' }])).verdict).toBe('forged');
    expect(
      assessAuthenticity(
        withAttachments([
          { contentType: 'message/delivery-status' },
          { name: 'Hello.eml', contentType: 'message/rfc822' },
          { name: 'icon.png', contentType: 'image/png' },
          { name: 'winmail.dat', contentType: 'application/ms-tnef' },
        ]),
      ).verdict,
    ).toBe('genuine');
  });
});

describe('authenticity of whole messages', () => {
  it('flags an HTML phishing mail dressed as a bounce', async () => {
    const raw = [
      'From: Mail Administrator <it-support@secure-mail-center.example>',
      'To: jan.devries@contoso.com',
      'Subject: Undeliverable: 3 incoming messages held',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Delivery has failed: 3 messages are on hold for jan.devries@contoso.com.</p>',
      '<p><a href="https://mail-release.example/owa/?u=jan">Release messages</a></p></body></html>',
      '',
    ].join('\r\n');
    const verdict = assessAuthenticity(await extractFacts({ raw }));
    expect(verdict.authentic).toBe(false);
    expect(verdict.concerns.map((c) => c.id)).toEqual(expect.arrayContaining(['action-link-to-foreign-host', 'not-from-system-sender']));
  });
});
