/**
 * Addresses with non-ASCII letters (RFC 6531 §3.3, RFC 6532 §3.2) are read whole,
 * in plain-text, HTML and DSN bounces; look-alike and hidden characters end up
 * cleaned or flagged, never splitting an address in the middle.
 */
import { diagnose, renderScenario } from '../../src/ndr';
import { findAddresses, normalizeAddressField } from '../../src/ndr/parse/address';
import { extractFacts } from '../../src/ndr/parse';
import { originalMessage, report } from './helpers';

/** `sаles-all` with a Cyrillic `а` (U+0430). */
const LOOK_ALIKE = 's\u0430les-all@contoso.com';

/** Exchange Online's classic layout, restricted group, with a Cyrillic letter in the group's address. */
function exchangeText(address: string, name: string): string {
  return [
    'Delivery has failed to these recipients or groups:',
    '',
    `${name} (${address})<mailto:${address}>`,
    "Your message couldn't be delivered because you don't have permission to send to this group. Ask the group's owner to give you permission.",
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: DB9PR01MB0001.eurprd01.prod.outlook.com',
    '',
    address,
    "Remote Server returned '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; Sender not in allowed-senders list'",
    '',
    'Original message headers:',
    '',
    'From: Jan de Vries <jan.devries@fabrikam.com>',
    `To: ${name} <${address}>`,
    'Subject: Offer for the spring campaign',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('findAddresses with non-ASCII addresses', () => {
  it('reads local parts and domains in any script whole', () => {
    const text = `To ${LOOK_ALIKE}, <josé@exämple.nl>, "用户@例子.广告" and mailto:иван@почта.рф.`;
    expect(findAddresses(text).map((match) => match.address)).toEqual([LOOK_ALIKE, 'josé@exämple.nl', '用户@例子.广告', 'иван@почта.рф']);
  });

  it('reports where each address starts and ends in the text', () => {
    const text = `Aan: <josé@exämple.nl>.`;
    const [match] = findAddresses(text);
    expect(match && text.slice(match.start, match.end)).toBe('josé@exämple.nl');
  });

  it('stops at brackets, quotes, punctuation and text in scripts written without spaces', () => {
    expect(findAddresses('(josé@exämple.nl)').map((m) => m.address)).toEqual(['josé@exämple.nl']);
    expect(findAddresses('«josé@exämple.nl»…').map((m) => m.address)).toEqual(['josé@exämple.nl']);
    expect(findAddresses('宛先user@example.co.jpへの配信に失敗しました').map((m) => m.address)).toEqual(['user@example.co.jp']);
    expect(findAddresses('user@example.com\u00c2\u00a0next').map((m) => m.address)).toEqual(['user@example.com']);
  });

  it('drops zero-width and bidi characters inside an address instead of splitting it', () => {
    expect(findAddresses('sales\u200b-all@contoso\u200d.com').map((m) => m.address)).toEqual(['sales-all@contoso.com']);
  });

  it('normalises a decomposed accent to the same address', () => {
    expect(findAddresses('jose\u0301@example.nl').map((m) => m.address)).toEqual(['josé@example.nl']);
  });

  it('reads RFC 6533 utf-8 address fields, with and without \\x{} escapes', () => {
    expect(normalizeAddressField('utf-8; josé@exämple.nl')).toBe('josé@exämple.nl');
    expect(normalizeAddressField('utf-8; jos\\x{E9}@ex\\x{E4}mple.nl')).toBe('josé@exämple.nl');
    // In an rfc822 field the text stays as it is written.
    expect(normalizeAddressField('rfc822; jos\\x{E9}@example.nl')).toBe('jos\\x{e9}@example.nl');
  });
});

describe('bounces to non-ASCII addresses', () => {
  it('reads an Exchange NDR to a group with a Cyrillic letter whole, and keeps the group under its name', async () => {
    const facts = await extractFacts({ text: exchangeText(LOOK_ALIKE, 'Sales All') });
    expect(facts.failures.map((f) => [f.address, f.displayName, f.status])).toEqual([[LOOK_ALIKE, 'Sales All', '5.7.124']]);
    expect(facts.hadHiddenCharacters).toBeUndefined();
    expect(facts.restrictedGroups).toEqual([{ name: 'Sales All', address: LOOK_ALIKE }]);
  });

  it('reads the same from the HTML body', async () => {
    const text = exchangeText(LOOK_ALIKE, 'Sales All');
    const html = `<html><body>${text
      .split('\n')
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('')}</body></html>`;
    const facts = await extractFacts({ html });
    expect(facts.failures.map((f) => f.address)).toEqual([LOOK_ALIKE]);
    expect(facts.restrictedGroups[0]?.address).toBe(LOOK_ALIKE);
  });

  it('reads a DSN with Final-Recipient of type utf-8 (RFC 6533)', async () => {
    const raw = report({
      from: 'Mail Delivery System <MAILER-DAEMON@mx.fabrikam.com>',
      subject: 'Undelivered Mail Returned to Sender',
      text: 'I\'m sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<josé@exämple.nl>: host mx.exämple.nl said: 550 5.1.1 User unknown',
      deliveryStatus: [
        'Reporting-MTA: dns; mx.fabrikam.com',
        '',
        'Final-Recipient: utf-8; jos\\x{E9}@ex\\x{E4}mple.nl',
        'Original-Recipient: utf-8; josé@exämple.nl',
        'Action: failed',
        'Status: 5.1.1',
        'Diagnostic-Code: smtp; 550 5.1.1 <josé@exämple.nl>: User unknown',
        '',
      ].join('\r\n'),
      original: originalMessage('Jan de Vries <jan.devries@fabrikam.com>', 'josé@exämple.nl'),
    });
    const facts = await extractFacts({ raw });
    expect(facts.isBounce).toBe(true);
    expect(facts.failures.map((f) => [f.address, f.status])).toEqual([['josé@exämple.nl', '5.1.1']]);
  });

  it('flags the look-alike group in the diagnosis and leaves it out of the commands', async () => {
    const diagnosis = await diagnose({ text: exchangeText(LOOK_ALIKE, 'Sales All') }, { userAddress: 'jan.devries@fabrikam.com' });
    expect(diagnosis.facts.restrictedGroups[0]?.suspicious).toEqual({ kind: 'mixed-scripts', field: 'address', scripts: ['Latin', 'Cyrillic'] });
    expect(diagnosis.facts.failures[0]?.suspicious?.kind).toBe('mixed-scripts');
    const best = diagnosis.scenarios[0];
    if (!best) throw new Error('no scenario');
    const rendered = renderScenario(best, diagnosis.facts, 'en');
    const groupCommands = rendered.commands.filter((command) => command.command.includes('<group'));
    expect(groupCommands.length).toBeGreaterThan(0);
    for (const command of rendered.commands) expect(command.command).not.toContain('\u0430');
    expect(groupCommands[0]?.withheld).toEqual(expect.arrayContaining(['groupIdentity']));
    // Without the look-alike the same bounce fills the group in.
    const plain = await diagnose({ text: exchangeText('sales-all@contoso.com', 'Sales All') });
    const plainBest = plain.scenarios[0];
    if (!plainBest) throw new Error('no scenario');
    expect(renderScenario(plainBest, plain.facts, 'en').commands.some((command) => command.command.includes("'sales-all@contoso.com'"))).toBe(true);
  });

  it('flags an address that imitates the user\'s own domain, and not the real one', async () => {
    const imitation = await diagnose({ text: exchangeText('sales-all@c0ntoso.com', 'Sales All') }, { userAddress: 'jan@contoso.com' });
    expect(imitation.facts.failures[0]?.suspicious).toEqual({ kind: 'imitates-own-domain', field: 'address', imitates: 'contoso.com' });
    const real = await diagnose({ text: exchangeText('sales-all@contoso.com', 'Sales All') }, { userAddress: 'jan@contoso.com' });
    expect(real.facts.failures[0]?.suspicious).toBeUndefined();
    expect(real.facts.restrictedGroups[0]?.suspicious).toBeUndefined();
  });

  it('cleans bidi overrides and zero-width characters out of names, replies and subjects', async () => {
    const text = exchangeText('sales-all@contoso.com', 'Sales\u202e llA\u202c\u200b Team').replace(
      'Subject: Offer for the spring campaign',
      'Subject: Offer\u2067 for\u0007 the\u2028spring campaign',
    );
    const facts = await extractFacts({ text });
    const strings = [
      facts.failures[0]?.displayName,
      facts.failures[0]?.reply,
      facts.restrictedGroups[0]?.name,
      facts.originalSubject,
    ];
    expect(facts.restrictedGroups[0]?.name).toBe('Sales llA Team');
    expect(facts.originalSubject).toBe('Offer for the spring campaign');
    expect(facts.hadHiddenCharacters).toBe(true);
    // Looking for control characters is the point here.
    // eslint-disable-next-line no-control-regex
    for (const value of strings) expect(value).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200b\u2028]/);
  });
});
