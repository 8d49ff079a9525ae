/** The one cleaning step for strings from a bounce: each class of hidden character. */
import { cleanText, hasHiddenCharacters } from '../../src/ndr/text/clean';

describe('cleanText', () => {
  it('removes every bidirectional control, so text reads in the order it is stored', () => {
    const bidi = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of bidi) expect(cleanText(`Sales${control}All`)).toBe('SalesAll');
    // The classic trick: an override that shows `moc.otnoc@selas` as an address.
    expect(cleanText('\u202emoc.otnoc@selas\u202c')).toBe('moc.otnoc@selas');
  });

  it('removes zero-width characters without leaving a gap', () => {
    for (const zeroWidth of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) expect(cleanText(`sa${zeroWidth}les`)).toBe('sales');
  });

  it('turns C0 and C1 control characters, DEL and line breaks into single spaces on one line', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg')).toBe('a b c d e f g');
    expect(cleanText('Sales\r\nAll\tTeam')).toBe('Sales All Team');
    expect(cleanText('one\u2028two\u2029three')).toBe('one two three');
    expect(cleanText('\u001b[31mred\u001b[0m')).toBe('[31mred [0m');
  });

  it('keeps line feeds, tabs and the layout in multi-line text, and drops the rest', () => {
    expect(cleanText('line one\r\nline\ttwo\u0007\rline  three\u2028end\u202e', { oneLine: false })).toBe('line one\nline\ttwo \nline  three end');
  });

  it('normalises to NFC, so a decomposed accent equals the precomposed letter', () => {
    expect(cleanText('Jose\u0301')).toBe('Jos\u00e9');
    expect(cleanText('Jose\u0301')).toBe(cleanText('José'));
  });

  it('collapses white space, no-break spaces included, and trims', () => {
    expect(cleanText('  Sales \u00a0\u2003 All  ')).toBe('Sales All');
  });

  it('bounds the length with an ellipsis, never splitting a surrogate pair', () => {
    expect(cleanText('x'.repeat(5000), { max: 300 })).toHaveLength(300);
    expect(cleanText('x'.repeat(5000), { max: 300 }).endsWith('…')).toBe(true);
    const emoji = `a${'😀'.repeat(10)}`;
    const cut = cleanText(emoji, { max: 4 });
    expect(cut).toBe('a😀…');
    expect(cleanText('short', { max: 300 })).toBe('short');
  });

  it('leaves ordinary text of any script alone', () => {
    for (const text of ['Jérôme Dupont', 'Ελένη Παπαδοπούλου', 'Иван Петров', '用户@例子.广告', 'Verkoop & Inkoop (NL)']) {
      expect(cleanText(text)).toBe(text);
    }
  });
});

describe('hasHiddenCharacters', () => {
  it('tells bidi controls and zero-width characters apart from ordinary text and line breaks', () => {
    expect(hasHiddenCharacters('Sales\u202eAll')).toBe(true);
    expect(hasHiddenCharacters('sa\u200bles')).toBe(true);
    expect(hasHiddenCharacters('line\r\nline\tx')).toBe(false);
    expect(hasHiddenCharacters('\ufeffDelivery has failed')).toBe(false);
    expect(hasHiddenCharacters('Ελένη, Jérôme')).toBe(false);
  });
});
