/** IDNA A-labels decoded (RFC 3492), checked against Node's own IDNA implementation. */
import { domainToUnicode as nodeDomainToUnicode } from 'node:url';
import { imitatesDomain, lookAlikeOf } from '../../src/ndr/text/confusables';
import { decodePunycode, domainToUnicode } from '../../src/ndr/text/punycode';

describe('domainToUnicode', () => {
  it('decodes A-labels exactly as Node does', () => {
    for (const domain of ['xn--80ak6aa92e.com', 'xn--exmple-cua.nl', 'xn--fiqs8s.xn--fiqz9s', 'xn--mnchen-3ya.de', 'xn--cntoso-wqf.com', 'xn--fsqu00a.xn--4rr70v']) {
      expect(domainToUnicode(domain)).toBe(nodeDomainToUnicode(domain));
    }
  });

  it('leaves ordinary labels and broken A-labels as they are', () => {
    expect(domainToUnicode('contoso.com')).toBe('contoso.com');
    expect(domainToUnicode('xn--!!!.com')).toBe('xn--!!!.com');
    expect(decodePunycode('9'.repeat(70))).toBeUndefined();
  });
});

describe('look-alikes written as A-labels', () => {
  it('sees a Cyrillic `о` in the ASCII form of the domain', () => {
    // xn--cntoso-wqf.com is cоntoso.com with a Cyrillic о.
    expect(imitatesDomain('ceo@xn--cntoso-wqf.com', ['contoso.com'])).toBe('contoso.com');
    expect(lookAlikeOf({ address: 'ceo@xn--cntoso-wqf.com' }, [])).toEqual({ kind: 'mixed-scripts', field: 'address', scripts: ['Latin', 'Cyrillic'] });
  });

  it('does not flag a genuine internationalized domain', () => {
    expect(lookAlikeOf({ address: 'info@xn--mnchen-3ya.de' }, ['contoso.com'])).toBeUndefined();
  });
});
