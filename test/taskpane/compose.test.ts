/**
 * compose.ts: the new messages the pane opens. Real engine diagnoses of the
 * samples; the HTML must be ours, with every value from the bounce escaped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose, type Diagnosis } from '../../src/ndr';
import { askPermissionMessage, escapeHtml, messageText, oneLine, sendToItMessage } from '../../src/taskpane/compose';
import { translator } from '../../src/taskpane/i18n';

const sample = (name: string): string => readFileSync(join(__dirname, '..', '..', 'samples', name), 'utf8');
const en = translator('en');
const nl = translator('nl');

let restrictedEn: Diagnosis;
let restrictedNl: Diagnosis;
beforeAll(async () => {
  restrictedEn = await diagnose({ raw: sample('restricted-group-en.eml') });
  restrictedNl = await diagnose({ raw: sample('restricted-group-nl.eml') });
});

/** Every tag in the body is one we write. */
function tagsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((match) => (match[1] ?? '').toLowerCase()))].sort();
}

describe('escapeHtml and oneLine', () => {
  it('escapes the characters that open tags and attributes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co');
  });

  it('flattens line breaks and control characters (no header injection in subjects)', () => {
    expect(oneLine('Sales\r\nBcc: all@contoso.com\u0000 All')).toBe('Sales Bcc: all@contoso.com All');
    expect(oneLine('x'.repeat(500), 10)).toHaveLength(10);
  });
});

describe('askPermissionMessage', () => {
  const group = { name: 'Sales All', address: 'sales-all@contoso.com' };

  it('writes to the owners when the directory found them', () => {
    const message = askPermissionMessage({
      lang: 'en',
      group,
      owners: ['megan@contoso.com', 'MEGAN@contoso.com', 'not an address'],
      originalSubject: 'Offer for the spring campaign',
      sender: 'jan.devries@fabrikam.com',
    });
    expect(message.toRecipients).toEqual(['megan@contoso.com']);
    expect(message.subject).toBe('Request: permission to send to Sales All (sales-all@contoso.com)');
    expect(message.htmlBody).not.toContain(escapeHtml(en('askAddressLine', { group: 'Sales All (sales-all@contoso.com)' })));
    expect(message.htmlBody).toContain('jan.devries@fabrikam.com');
    expect(message.htmlBody).toContain('Offer for the spring campaign');
    expect(message.attachCurrentItem).toBeUndefined();
  });

  it('leaves To empty and starts with the instruction to address the owner when no owner is known', () => {
    const message = askPermissionMessage({ lang: 'nl', group: { name: 'Directie Overleg', address: 'directie-overleg@contoso.nl' }, owners: [] });
    expect(message.toRecipients).toEqual([]);
    expect(message.subject).toContain('Directie Overleg');
    expect(message.subject.startsWith('Verzoek')).toBe(true);
    const first = /^<p><b>(.*?)<\/b><\/p>/.exec(message.htmlBody)?.[1];
    expect(first).toBe(escapeHtml(nl('askAddressLine', { group: 'Directie Overleg (directie-overleg@contoso.nl)' })));
    expect(message.htmlBody).toContain(nl('askRequest').slice(0, 20));
  });

  it('escapes a hostile group name and subject, in the body and the subject line', () => {
    const message = askPermissionMessage({
      lang: 'en',
      group: { name: 'Sales <script>alert(1)</script>\r\nBcc: x@evil.example', address: 'sales@contoso.com' },
      owners: [],
      originalSubject: '<img src=x onerror=alert(2)>',
      sender: '"><svg onload=alert(3)>@x',
    });
    expect(message.htmlBody).not.toMatch(/<script|<img|<svg/i);
    expect(message.htmlBody).toContain('&lt;script&gt;');
    expect(message.htmlBody).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(tagsOf(message.htmlBody)).toEqual(['b', 'p']);
    expect(message.subject).not.toMatch(/[\r\n]/);
  });
});

describe('sendToItMessage', () => {
  it('writes to the helpdesk with a plain summary and attaches the bounce when asked', () => {
    const message = sendToItMessage({
      lang: 'en',
      diagnosis: restrictedEn,
      helpdeskEmail: 'helpdesk@fabrikam.com',
      attachment: { itemId: 'AAMk1', name: 'Undeliverable: Offer for the spring campaign' },
    });
    expect(message.toRecipients).toEqual(['helpdesk@fabrikam.com']);
    expect(message.subject).toBe('Help with a bounced message: 550 5.7.124 “Offer for the spring campaign”');
    expect(message.attachCurrentItem).toEqual({ itemId: 'AAMk1', name: 'Undeliverable: Offer for the spring campaign' });
    for (const expected of [
      'Sales All only accepts mail from certain senders',
      '550 5.7.124',
      'Sales All &lt;sales-all@contoso.com&gt; (550 5.7.124)',
      'Sales All (sales-all@contoso.com)',
      'DB9PR01MB0001.eurprd01.prod.outlook.com',
      'Offer for the spring campaign',
      escapeHtml(en('itAttached')),
    ]) {
      expect(message.htmlBody).toContain(expected);
    }
    expect(tagsOf(message.htmlBody)).toEqual(['b', 'li', 'p', 'ul']);
  });

  it('without a helpdesk address: empty To and a first line asking the user to address it; says the bounce is not attached', () => {
    const message = sendToItMessage({ lang: 'nl', diagnosis: restrictedNl, helpdeskEmail: '' });
    expect(message.toRecipients).toEqual([]);
    expect(message.htmlBody.startsWith(`<p><b>${escapeHtml(nl('itAddressLine'))}</b></p>`)).toBe(true);
    expect(message.htmlBody).toContain(escapeHtml(nl('itNotAttached')));
    expect(message.attachCurrentItem).toBeUndefined();
    expect(message.subject).toContain('Hulp bij een onbestelbaar bericht');
    expect(message.htmlBody).toContain('Directie Overleg');
  });

  it('about a group (from the owner card): says which group the user needs', () => {
    const message = sendToItMessage({
      lang: 'en',
      diagnosis: restrictedEn,
      helpdeskEmail: 'helpdesk@fabrikam.com',
      aboutGroup: { name: 'Sales All', address: 'sales-all@contoso.com' },
    });
    expect(message.htmlBody).toContain(escapeHtml(en('itIntroGroup', { group: 'Sales All (sales-all@contoso.com)' })));
  });
});

describe('messageText (for writing the message by hand)', () => {
  it('turns our HTML into plain text, with the bounce\'s characters back as they were', () => {
    const message = askPermissionMessage({ lang: 'en', group: { name: 'R&D <all>', address: 'rd@contoso.com' }, owners: [] });
    const text = messageText(message);
    expect(text.split('\n\n')[0]).toBe(en('askAddressLine', { group: 'R&D <all> (rd@contoso.com)' }));
    expect(text).toContain(en('askRefused', { group: 'R&D <all> (rd@contoso.com)' }));
    expect(text).not.toMatch(/<\/?(p|b|ul|li)>|&amp;|&lt;/);
  });

  it('keeps the summary as a list', () => {
    const text = messageText(sendToItMessage({ lang: 'en', diagnosis: restrictedEn, helpdeskEmail: 'helpdesk@fabrikam.com' }));
    expect(text).toContain('- Code: 550 5.7.124');
    expect(text).toContain('- Sales All <sales-all@contoso.com> (550 5.7.124)');
  });
});
