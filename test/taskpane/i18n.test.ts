/**
 * The pane's words: every sentence exists in English and Dutch, with the same
 * values to fill in, and the language follows Office's display language.
 */
import { MESSAGES, format, placeholdersOf, translator, uiLanguage } from '../../src/taskpane/i18n';
import { en, nl, type MessageKey } from '../../src/taskpane/i18n/messages';

const keys = Object.keys(en) as MessageKey[];

describe('the message tables', () => {
  it('have the same keys in English and Dutch', () => {
    expect(Object.keys(nl).sort()).toEqual([...keys].sort());
    expect(Object.keys(MESSAGES)).toEqual(['en', 'nl']);
  });

  it.each(keys)('%s has words in both languages and the same values to fill in', (key) => {
    expect(en[key].trim()).not.toBe('');
    expect(nl[key].trim()).not.toBe('');
    expect(placeholdersOf(nl[key])).toEqual(placeholdersOf(en[key]));
  });

  it('writes Dutch in the "u"-form, as an IT department does', () => {
    for (const key of keys) expect(`${key}: ${nl[key]}`).not.toMatch(/\b(je|jij|jou|jouw|jullie)\b/i);
  });

  it('contains no HTML: values are text and compose.ts escapes them', () => {
    for (const key of keys) {
      expect(en[key]).not.toMatch(/<[a-z/]/i);
      expect(nl[key]).not.toMatch(/<[a-z/]/i);
    }
  });
});

describe('uiLanguage', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['NL', 'nl'],
    ['nl_NL', 'nl'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (display, expected) => {
    expect(uiLanguage(display)).toBe(expected);
  });
});

describe('format and translator', () => {
  it('fills in values and leaves unknown ones visible', () => {
    expect(format('Owner of {group}', { group: 'Sales All' })).toBe('Owner of Sales All');
    expect(format('Owner of {group}', {})).toBe('Owner of {group}');
    expect(format('Owner of {group}')).toBe('Owner of {group}');
  });

  it('treats values as text: a value that looks like a placeholder is not filled again', () => {
    expect(format('{a} and {b}', { a: '{b}', b: 'B' })).toBe('{b} and B');
  });

  it('translates per language', () => {
    expect(translator('en')('ownerCardHeading', { group: 'Sales All' })).toBe('Owner of Sales All');
    expect(translator('nl')('ownerCardHeading', { group: 'Sales All' })).toBe('Eigenaar van Sales All');
  });
});
