/** The small pieces: status codes, addresses, HTML to text, language, markers, groups. */
import { findAddresses, normalizeAddressField } from '../../src/ndr/parse/address';
import { findIdentifier, groupNameFromSentence } from '../../src/ndr/parse/exchange';
import { findRestrictedGroups } from '../../src/ndr/parse/groups';
import { htmlToText } from '../../src/ndr/parse/html-text';
import { detectLanguage, subjectPrefix } from '../../src/ndr/parse/language';
import { findMarkers, linksInText } from '../../src/ndr/parse/markers';
import { isSystemSender } from '../../src/ndr/parse/signals';
import { findStatusCodes, isMoreSpecific, pickStatus, statusFromField } from '../../src/ndr/parse/status';

describe('status codes (RFC 3463, RFC 5321)', () => {
  it('finds enhanced codes with three-digit details and the basic code before them', () => {
    expect(findStatusCodes('550 5.7.606 Access denied; 550-5.7.129 x; #5.1.10; (#5.5.0); 451 4.7.650').map(({ status, smtpCode }) => [status, smtpCode])).toEqual([
      ['5.7.606', '550'],
      ['5.7.129', '550'],
      ['5.1.10', undefined],
      ['5.5.0', undefined],
      ['4.7.650', '451'],
    ]);
  });

  it('ignores IP addresses, version numbers and success codes', () => {
    expect(findStatusCodes('from [192.0.5.4] by 10.5.1.2 (Exim 4.92.3) id 15.20.4.7; 250 2.1.5 Ok; 5.7.1.3')).toEqual([]);
  });

  it('picks the most specific code of the same class', () => {
    expect(pickStatus(findStatusCodes('554 5.0.0 Service unavailable; 550 5.7.1 Client host blocked'))?.status).toBe('5.7.1');
    expect(pickStatus(findStatusCodes('550 5.7.1 first 550 5.1.1 second'))?.status).toBe('5.7.1');
    expect(pickStatus(findStatusCodes('554 4.4.7 Message expired <421 4.4.2 Connection timed out>'))?.status).toBe('4.4.2');
    expect(isMoreSpecific('5.0.0', '4.7.1')).toBe(false);
    expect(isMoreSpecific('5.7.0', '5.7.133')).toBe(true);
    expect(isMoreSpecific('5.7.1', '5.7.133')).toBe(false);
  });

  it('reads the Status: field', () => {
    expect(statusFromField('5.7.1 (delivery not authorized)')).toBe('5.7.1');
    expect(statusFromField('x')).toBeUndefined();
  });
});

describe('addresses', () => {
  it('finds addresses in decorated text, lower-cased, without trailing dots', () => {
    expect(findAddresses('Sales All (Sales-All@Contoso.com)<mailto:sales-all@contoso.com>. Mail kim@fabrikam.com.').map((m) => m.address)).toEqual([
      'sales-all@contoso.com',
      'sales-all@contoso.com',
      'kim@fabrikam.com',
    ]);
    expect(findAddresses('@@@ a@b x@y.z @example.com user@localhost')).toEqual([]);
  });

  it('normalizes DSN address fields', () => {
    expect(normalizeAddressField('rfc822; <Kim@Contoso.com>')).toBe('kim@contoso.com');
    expect(normalizeAddressField('rfc822;kim@contoso.com (Kim)')).toBe('kim@contoso.com');
  });
});

describe('Exchange identifiers and sentences', () => {
  it.each([
    ['550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', 'RESOLVER.RST.NotAuthorized'],
    ['550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy', 'TRANSPORT.RULES.RejectMessage'],
    ["550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member", 'UnifiedGroupAgent'],
    ["554 5.7.105 SenderFilterAgent; Sender denied as sender's email address is on SenderFilterConfig list", 'SenderFilterAgent'],
    ['550 5.7.64 TenantAttribution; Relay Access Denied', 'TenantAttribution'],
    ['550 5.1.1 User unknown', undefined],
  ])('%s → %s', (reply, identifier) => {
    expect(findIdentifier(reply)).toBe(identifier);
  });

  it('reads the group name from the modern layout', () => {
    expect(groupNameFromSentence("The group Sales All isn't set up to receive messages from Kim.")).toBe('Sales All');
    expect(groupNameFromSentence('The group Board only accepts messages from people in its organization.')).toBe('Board');
    expect(groupNameFromSentence('The recipient is unknown.')).toBeUndefined();
  });

  it('lists restricted groups once each, nested subgroups included', () => {
    const groups = findRestrictedGroups(
      [
        { address: 'all-staff@contoso.com', displayName: 'All Staff', status: '5.7.1', identifier: 'RESOLVER.RST.NotAuthorized' },
        { address: 'board@contoso.com', displayName: 'Board', status: '5.7.124', identifier: 'RESOLVER.RST.RestrictedToGroupPermission' },
        { address: 'board@contoso.com', displayName: 'Board', status: '5.7.124' },
        { address: 'kim@contoso.com', status: '5.1.1' },
      ],
      [],
      false,
    );
    expect(groups).toEqual([
      { name: 'All Staff', address: 'all-staff@contoso.com' },
      { name: 'Board', address: 'board@contoso.com' },
    ]);
  });
});

describe('HTML to text', () => {
  it('keeps text and links, drops script, style and head, turns blocks into lines', () => {
    const result = htmlToText(
      '<html><head><title>t</title><style>.x{}</style></head><body><script>evil()</script><div>Line &amp; one</div><p>Line<br>two</p><table><tr><td>Status code:</td><td>550 5.7.1</td></tr></table><a href="https://go.microsoft.com/fwlink/?LinkId=389365">More <b>info</b></a><img src=x onerror="alert(1)"></body></html>',
    );
    expect(result.text.split('\n').filter(Boolean)).toEqual(['Line & one', 'Line', 'two', 'Status code:\t550 5.7.1', 'More info']);
    expect(result.links).toEqual([{ href: 'https://go.microsoft.com/fwlink/?LinkId=389365', text: 'More info' }]);
  });
});

describe('language', () => {
  it('prefers headings, then the subject prefix, then Content-Language, then the prose', () => {
    expect(detectLanguage({ headingLanguages: ['nl'], subject: 'Undeliverable: x', contentLanguage: 'fr-FR', text: '' })).toBe('nl');
    expect(detectLanguage({ headingLanguages: [], subject: 'Unzustellbar: x', contentLanguage: 'en-US', text: '' })).toBe('de');
    expect(detectLanguage({ headingLanguages: [], subject: 'x', contentLanguage: 'it-CH', text: '' })).toBe('it');
    expect(detectLanguage({ headingLanguages: [], subject: 'x', text: 'Your message could not be delivered to the following recipient.' })).toBe('en');
    expect(detectLanguage({ headingLanguages: [], subject: 'x', text: 'メールを配信できませんでした。宛先のアドレスが見つかりません。' })).toBe('ja');
    expect(detectLanguage({ headingLanguages: [], text: '' })).toBe('unknown');
  });

  it.each([
    ['Undeliverable: Offer', 'en'],
    ['Onbestelbaar: Agenda', 'nl'],
    ['Unzustellbar: Termin', 'de'],
    ['Non remis : Réunion', 'fr'],
    ['Non recapitabile: Riunione', 'it'],
    ['No se puede entregar: Reunión', 'es'],
    ['Não entregue: Reunião', 'pt'],
    ['Delivery Status Notification (Failure)', 'en'],
    ['Returned mail: see transcript for details', 'en'],
  ])('subject %s is %s', (subject, lang) => {
    expect(subjectPrefix(subject)?.lang).toBe(lang);
  });
});

describe('markers and links', () => {
  it('collects language-independent tokens', () => {
    expect(
      findMarkers(
        "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]' block list (S3150) banned (AS16012609) see https://go.microsoft.com/fwlink/?LinkId=389365 [CS01] Access denied. AS(201806281)",
      ),
    ).toEqual(['Stage: CreateMessage', 'S3150', 'AS16012609', 'CS01', 'AS(201806281)', 'fwlink:389365', 'RESOLVER.RST.AuthRequired']);
  });

  it("reads Outlook's plain-text links: text<url>", () => {
    expect(linksInText('Fix it: see DSN 5.7.129 Errors in Exchange Online<https://go.microsoft.com/fwlink/?LinkId=389365>.')).toEqual([
      { href: 'https://go.microsoft.com/fwlink/?LinkId=389365', text: 'see DSN 5.7.129 Errors in Exchange Online' },
    ]);
  });
});

describe('system senders', () => {
  it('decides on the address, not on a display name anyone can fake', () => {
    expect(isSystemSender('Microsoft Outlook <postmaster@contoso.com>', 'postmaster@contoso.com')).toBe(true);
    expect(isSystemSender('Mail Delivery System <MAILER-DAEMON@mx.example.net>', 'mailer-daemon@mx.example.net')).toBe(true);
    expect(isSystemSender('x <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>', 'microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com')).toBe(true);
    expect(isSystemSender('Mail Administrator <it-support@secure-mail-center.example>', 'it-support@secure-mail-center.example')).toBe(false);
    expect(isSystemSender('Mail Delivery Subsystem', undefined)).toBe(true);
  });
});
