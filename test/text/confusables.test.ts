/** The look-alike detector: mixed alphabets within one word, and imitations of the user's own domain. */
import { imitatesDomain, lookAlikeOf, mixedScripts, skeleton } from '../../src/ndr/text/confusables';

describe('mixedScripts', () => {
  it('finds a Cyrillic letter inside a Latin word', () => {
    expect(mixedScripts('s\u0430les-all@contoso.com')).toEqual(['Latin', 'Cyrillic']);
    expect(mixedScripts('Sales \u0410ll')).toEqual(['Cyrillic', 'Latin']);
  });

  it('finds Greek and Armenian look-alikes too', () => {
    expect(mixedScripts('pay\u03bfff@contoso.com')).toEqual(['Latin', 'Greek']);
    expect(mixedScripts('g\u0585\u0585gle')).toEqual(['Latin', 'Armenian']);
  });

  it('does not flag names wholly in one alphabet, diacritics included', () => {
    for (const name of [
      'Jérôme Dupont',
      'Sjoerd van der Wûnsche',
      'Ĳsbrand Çelik-Öztürk',
      'Ελένη Παπαδοπούλου',
      'Отдел продаж',
      'иван@почта.рф',
      '用户@例子.广告',
      'josé@exämple.nl',
      'Иван Petrov',
      'Verkoop (Продажи)',
    ]) {
      expect(mixedScripts(name)).toBeUndefined();
    }
  });

  it('does not count digits, punctuation or Japanese mixing kana and kanji', () => {
    expect(mixedScripts('sales-2024.team@contoso.com')).toBeUndefined();
    expect(mixedScripts('営業チーム')).toBeUndefined();
  });
});

describe('imitatesDomain', () => {
  const own = ['contoso.com'];

  it('finds homoglyphs of the own domain', () => {
    expect(imitatesDomain('ceo@c\u043entoso.com', own)).toBe('contoso.com');
    expect(imitatesDomain('ceo@c0ntoso.com', own)).toBe('contoso.com');
    expect(imitatesDomain('ceo@contoso.c\u03bfm', own)).toBe('contoso.com');
    expect(imitatesDomain('it@rnicrosoft.com', ['microsoft.com'])).toBe('microsoft.com');
    expect(imitatesDomain('it@paypa1.com', ['paypal.com'])).toBe('paypal.com');
    expect(imitatesDomain('it@cöntoso.com', own)).toBe('contoso.com');
  });

  it('finds the own domain with an extra label or with hyphens for dots', () => {
    expect(imitatesDomain('helpdesk@contoso-com.net', own)).toBe('contoso.com');
    expect(imitatesDomain('helpdesk@contoso.com.mail-services.net', own)).toBe('contoso.com');
    expect(imitatesDomain('helpdesk@mail-contoso.com', own)).toBe('contoso.com');
  });

  it('does not flag the own domain, its subdomains, or unrelated domains', () => {
    expect(imitatesDomain('sales@contoso.com', own)).toBeUndefined();
    expect(imitatesDomain('sales@CONTOSO.COM', own)).toBeUndefined();
    expect(imitatesDomain('sales@eu.contoso.com', own)).toBeUndefined();
    expect(imitatesDomain('jan@fabrikam.com', own)).toBeUndefined();
    expect(imitatesDomain('jan@contosoltd.com', own)).toBeUndefined();
    expect(imitatesDomain('jan@c0ntoso.com', [])).toBeUndefined();
  });

  it('reads the same skeleton for look-alike spellings', () => {
    expect(skeleton('c\u043ent\u043es\u043e.com')).toBe(skeleton('contoso.com'));
    expect(skeleton('ｃｏｎｔｏｓｏ.com')).toBe(skeleton('contoso.com'));
    expect(skeleton('fabrikam.com')).not.toBe(skeleton('contoso.com'));
  });
});

describe('lookAlikeOf', () => {
  it('prefers the imitation of an own domain over mixed alphabets', () => {
    expect(lookAlikeOf({ address: 'it@c\u043entoso.com' }, ['contoso.com'])).toEqual({ kind: 'imitates-own-domain', field: 'address', imitates: 'contoso.com' });
    expect(lookAlikeOf({ address: 'it@c\u043entoso.com' }, [])).toEqual({ kind: 'mixed-scripts', field: 'address', scripts: ['Latin', 'Cyrillic'] });
  });

  it('checks the name shown with the address', () => {
    expect(lookAlikeOf({ address: 'sales@contoso.com', name: 'S\u0430les All' }, [])).toEqual({ kind: 'mixed-scripts', field: 'name', scripts: ['Latin', 'Cyrillic'] });
    expect(lookAlikeOf({ address: 'sales@contoso.com', name: 'Sales All' }, ['contoso.com'])).toBeUndefined();
  });
});
