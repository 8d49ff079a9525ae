/**
 * Localized Exchange NDRs (test/fixtures/localized, see its README): the
 * classic "Diagnostic information for administrators" layout and the modern
 * Exchange Online layout, in en, nl, de, fr, it, es and pt, for a restricted
 * group (550 5.7.1 RESOLVER.RST.NotAuthorized) and the group codes 5.7.133 and
 * 5.7.193. Each is read three ways: the whole .eml, the .eml without its
 * message/delivery-status part, and only its text (what a user pastes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/ndr/diagnose';
import type { NdrLanguage, NdrSource } from '../../src/ndr/types';

const DIR = join(__dirname, '..', 'fixtures', 'localized');

interface Case {
  file: string;
  language: NdrLanguage;
  recipient: string;
  status: string;
  group: { name: string; address: string };
  scenario: string;
}

const GROUPS: Record<string, { name: string; address: string }> = {
  en: { name: 'Sales All', address: 'sales-all@contoso.com' },
  nl: { name: 'Afdeling Verkoop', address: 'verkoop-alle@contoso.nl' },
  de: { name: 'Vertrieb Alle', address: 'vertrieb-alle@contoso.de' },
  fr: { name: 'Ventes Tous', address: 'ventes-tous@contoso.fr' },
  it: { name: 'Vendite Tutti', address: 'vendite-tutti@contoso.it' },
  es: { name: 'Ventas Todos', address: 'ventas-todos@contoso.es' },
  pt: { name: 'Vendas Todos', address: 'vendas-todos@contoso.com.br' },
};

const LANGUAGES = ['en', 'nl', 'de', 'fr', 'it', 'es', 'pt'] as const;

function restricted(layout: 'classic' | 'modern', lang: (typeof LANGUAGES)[number]): Case {
  const group = GROUPS[lang] as { name: string; address: string };
  return { file: `${layout}-restricted-group.${lang}.eml`, language: lang, recipient: group.address, status: '5.7.1', group, scenario: 'group-restricted-senders' };
}

function groupCode(layout: 'classic' | 'modern', lang: 'en' | 'nl' | 'de' | 'fr', status: '5.7.133' | '5.7.193', scenario: string): Case {
  const group = GROUPS[lang] as { name: string; address: string };
  return { file: `${layout}-${status}.${lang}.eml`, language: lang, recipient: group.address, status, group, scenario };
}

const CASES: Case[] = [
  ...LANGUAGES.map((lang) => restricted('classic', lang)),
  ...LANGUAGES.map((lang) => restricted('modern', lang)),
  groupCode('modern', 'de', '5.7.193', 'm365-group-rejects-external-senders'),
  groupCode('modern', 'nl', '5.7.193', 'm365-group-rejects-external-senders'),
  groupCode('classic', 'fr', '5.7.133', 'group-rejects-external-senders'),
  // The English text is the one Microsoft documents for hybrid senders ("delivery to this group is
  // restricted to authenticated senders"), but the sender is from another domain: an outsider
  // writing to a group that refuses outside senders, not a hybrid problem.
  groupCode('classic', 'en', '5.7.133', 'group-rejects-external-senders'),
];

/** The MIME parts of one of our fixtures (their boundary is the Message-ID's local part). */
function parts(raw: string): { head: string; boundary: string; bodies: string[] } {
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1] ?? '';
  const pieces = raw.split(`\r\n--${boundary}`);
  const head = pieces[0] ?? '';
  const bodies = pieces.slice(1).filter((piece) => !piece.startsWith('--'));
  return { head, boundary, bodies };
}

function withoutDeliveryStatus(raw: string): string {
  const { head, boundary, bodies } = parts(raw);
  const kept = bodies.filter((body) => !body.includes('Content-Type: message/delivery-status'));
  return `${head}${kept.map((body) => `\r\n--${boundary}${body}`).join('')}\r\n--${boundary}--\r\n`;
}

function pastedText(raw: string): string {
  const text = parts(raw).bodies.find((body) => body.includes('Content-Type: text/plain')) ?? '';
  return text.slice(text.indexOf('\r\n\r\n') + 4);
}

const FORMS: { form: string; source: (raw: string) => NdrSource }[] = [
  { form: 'whole .eml', source: (raw) => ({ raw }) },
  { form: '.eml without delivery-status', source: (raw) => ({ raw: withoutDeliveryStatus(raw) }) },
  { form: 'pasted text only', source: (raw) => ({ text: pastedText(raw) }) },
];

describe.each(CASES)('$file', (expected) => {
  const raw = readFileSync(join(DIR, expected.file), 'utf8');

  it('is a well-formed fixture: three parts, the text part carries the status', () => {
    expect(parts(raw).bodies).toHaveLength(3);
    expect(withoutDeliveryStatus(raw)).not.toContain('message/delivery-status');
    expect(pastedText(raw)).toContain(expected.status);
  });

  it.each(FORMS)('$form: bounce, language, recipient, status, restricted group, scenario', async ({ source }) => {
    const diagnosis = await diagnose(source(raw));
    const { facts } = diagnosis;
    expect(facts.isBounce).toBe(true);
    expect(facts.language).toBe(expected.language);
    expect(facts.failures.map((failure) => failure.address)).toEqual([expected.recipient]);
    expect(facts.failures[0]?.status).toBe(expected.status);
    expect(facts.failures[0]?.smtpCode).toBe('550');
    expect(facts.restrictedGroups).toEqual([expected.group]);
    expect(diagnosis.scenarios[0]?.scenario.id).toBe(expected.scenario);
  });
});
