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
  const megan = { displayName: 'Megan Bowen', mail: 'megan@contoso.com' };

  it('writes to the owners the directory found, greets one owner by name, and needs no editing', () => {
    const message = askPermissionMessage({
      lang: 'en',
      group,
      recipients: [megan, { displayName: 'Megan again', mail: 'MEGAN@contoso.com' }, { displayName: 'No mailbox', mail: '' }],
      originalSubject: 'Offer for the spring campaign',
      sender: 'jan.devries@fabrikam.com',
      code: '550 5.7.124',
      bounceDate: new Date('2026-12-01T09:30:00Z'),
    });
    expect(message.toRecipients).toEqual(['megan@contoso.com']);
    expect(message.subject).toBe('Request: permission to send to Sales All (sales-all@contoso.com)');
    expect(messageText(message)).toBe(
      [
        'Hello,',
        'My message to the group Sales All (sales-all@contoso.com) was not delivered: the group does not accept messages from me.',
        'It was the message “Offer for the spring campaign”. The bounce of 1 December 2026 gives the code 550 5.7.124.',
        'Could you allow me (jan.devries@fabrikam.com) to send to this group? If you are not the right person to ask, please let me know who is.',
        'Thank you!',
      ].join('\n\n'),
    );
    expect(message.attachCurrentItem).toBeUndefined();
  });

  it('greets a single owner by first name and attaches the bounce when asked', () => {
    const message = askPermissionMessage({
      lang: 'nl',
      group: { name: 'Verkoop Benelux', address: 'verkoop-benelux@contoso.nl' },
      recipients: [{ displayName: 'Anna de Boer', mail: 'anna.deboer@contoso.nl' }],
      code: '550 5.7.124',
      bounceDate: new Date('2026-12-01T09:30:00Z'),
      attachment: { itemId: 'AAMk1', name: 'Onbestelbaar: Offerte' },
    });
    expect(message.toRecipients).toEqual(['anna.deboer@contoso.nl']);
    expect(message.subject).toBe('Verzoek: toestemming om te mailen naar Verkoop Benelux (verkoop-benelux@contoso.nl)');
    const text = messageText(message);
    expect(text.startsWith('Beste Anna,\n\nMijn bericht aan de groep Verkoop Benelux (verkoop-benelux@contoso.nl) is niet bezorgd')).toBe(true);
    expect(text).toContain('De melding van 1 december 2026 noemt de code 550 5.7.124.');
    expect(text).toContain('De melding zit als bijlage bij dit bericht.');
    expect(message.attachCurrentItem).toEqual({ itemId: 'AAMk1', name: 'Onbestelbaar: Offerte' });
  });

  it('asks a moderator for approval', () => {
    const message = askPermissionMessage({ lang: 'en', group, recipients: [megan], moderated: true, sender: 'jan@fabrikam.com' });
    expect(messageText(message)).toContain('My message to the group Sales All (sales-all@contoso.com) was held for approval and was not approved.');
    expect(messageText(message)).toContain('Could you approve messages from me (jan@fabrikam.com) to this group');
  });

  it('with no owner known: To stays empty and the body holds no instructions to delete', () => {
    const message = askPermissionMessage({ lang: 'nl', group: { name: 'Directie Overleg', address: 'directie-overleg@contoso.nl' }, recipients: [] });
    expect(message.toRecipients).toEqual([]);
    expect(message.subject).toBe('Verzoek: toestemming om te mailen naar Directie Overleg (directie-overleg@contoso.nl)');
    expect(message.htmlBody.startsWith('<p>Goedendag,</p>')).toBe(true);
    expect(message.htmlBody).not.toMatch(/<b>|regel Aan|Voordat u/);
  });

  it('escapes a hostile group name, owner name and subject, in the body and the subject line', () => {
    const message = askPermissionMessage({
      lang: 'en',
      group: { name: 'Sales <script>alert(1)</script>\r\nBcc: x@evil.example', address: 'sales@contoso.com' },
      recipients: [{ displayName: '<img src=x onerror=alert(4)>', mail: 'owner@contoso.com' }],
      originalSubject: '<img src=x onerror=alert(2)>',
      sender: '"><svg onload=alert(3)>@x',
    });
    expect(message.htmlBody).not.toMatch(/<script|<img|<svg/i);
    expect(message.htmlBody).toContain('&lt;script&gt;');
    expect(message.htmlBody).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(tagsOf(message.htmlBody)).toEqual(['p']);
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
    const message = askPermissionMessage({ lang: 'en', group: { name: 'R&D <all>', address: 'rd@contoso.com' }, recipients: [] });
    const text = messageText(message);
    expect(text.split('\n\n')[1]).toBe(en('askRefused', { group: 'R&D <all> (rd@contoso.com)' }));
    expect(text).not.toMatch(/<\/?(p|b|ul|li)>|&amp;|&lt;/);
  });

  it('keeps the summary as a list', () => {
    const text = messageText(sendToItMessage({ lang: 'en', diagnosis: restrictedEn, helpdeskEmail: 'helpdesk@fabrikam.com' }));
    expect(text).toContain('- Code: 550 5.7.124');
    expect(text).toContain('- Sales All <sales-all@contoso.com> (550 5.7.124)');
  });
});
