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
    expect(verdict).toEqual({ authentic: true, concerns: [] });
  });

  it('flags a link to a foreign host that asks the reader to release their mail', () => {
    const verdict = assessAuthenticity(
      facts({ links: [{ href: 'https://mail-release.example/owa/login', text: 'Release pending messages' }] }),
    );
    expect(verdict.authentic).toBe(false);
    expect(verdict.concerns.map((c) => c.id)).toContain('action-link-to-foreign-host');
    expect(verdict.concerns.find((c) => c.id === 'action-link-to-foreign-host')?.detail).toBe('mail-release.example');
  });

  it("does not mind links to the recipient's own domain or plain informational links", () => {
    const verdict = assessAuthenticity(
      facts({
        links: [
          { href: 'https://helpdesk.contoso.com/verify', text: 'Verify' },
          { href: 'https://blog.example.org/post', text: 'our blog' },
        ],
      }),
    );
    expect(verdict.authentic).toBe(true);
  });

  it('flags a message from a person that has no delivery structure at all', () => {
    const verdict = assessAuthenticity(
      facts({
        from: 'IT Service Desk <it-support@secure-mail-center.example>',
        failures: [],
        structure: { ...facts().structure, hasReportContentType: false, hasDeliveryStatus: false, isExchangeNdr: false, fromSystemSender: false, autoSubmitted: false },
      }),
    );
    expect(verdict.authentic).toBe(false);
    expect(verdict.concerns.map((c) => c.id).sort()).toEqual(['no-delivery-structure', 'not-from-system-sender']);
  });

  it('flags talk of passwords and held messages', () => {
    const verdict = assessAuthenticity(facts({ text: 'Your messages are on hold. Verify your account to release them.' }));
    expect(verdict.authentic).toBe(false);
    expect(verdict.concerns[0]?.id).toBe('credential-request');
  });

  it('gives every concern in English and Dutch', () => {
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
    for (const concern of verdict.concerns) {
      expect(concern.text.en.length).toBeGreaterThan(20);
      expect(concern.text.nl.length).toBeGreaterThan(20);
      expect(concern.text.nl).not.toEqual(concern.text.en);
    }
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
