/**
 * Forged bounces and the genuine ones they imitate, as whole messages through
 * the real engine (`diagnose` on the .eml, postal-mime and all). The fixtures in
 * test/fixtures/forged/ are ours: each forged one copies an Exchange Online (or
 * Postfix) bounce and adds one tell; its genuine twin has the same wording
 * without it. The user is jan@contoso.com, as Outlook would tell the pane.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/ndr';
import type { AuthenticityConcernId } from '../src/ndr';

const FIXTURES = join(__dirname, 'fixtures/forged');
const USER = { userAddress: 'jan@contoso.com' };

const read = (file: string): Buffer => readFileSync(join(FIXTURES, file));

/** Each forged fixture and the concern its tell must raise. */
const FORGED: readonly (readonly [file: string, concern: AuthenticityConcernId])[] = [
  ['forged-held-message-link.en.eml', 'action-link-to-foreign-host'],
  ['forged-forms-office.en.eml', 'link-to-publish-anywhere-host'],
  ['forged-google-redirect.en.eml', 'redirect-link'],
  ['forged-sites-google.nl.eml', 'link-to-publish-anywhere-host'],
  ['forged-safelinks-wrapped.en.eml', 'link-to-publish-anywhere-host'],
  ['forged-look-alike-sender.en.eml', 'look-alike-sender'],
  ['forged-bekijk-vastgehouden.nl.eml', 'action-link-to-foreign-host'],
  ['forged-reply-to.nl.eml', 'reply-to-elsewhere'],
  ['forged-dmarc-fail.en.eml', 'authentication-failed'],
  ['forged-html-form-attachment.en.eml', 'unexpected-attachment'],
  ['forged-html-form-attachment.nl.eml', 'unexpected-attachment'],
  ['forged-credentials.de.eml', 'credential-request'],
  ['forged-credentials.fr.eml', 'credential-request'],
  ['forged-credentials.nl.eml', 'credential-request'],
  ['forged-sender-name.en.eml', 'sender-name-mismatch'],
];

const GENUINE: readonly string[] = [
  'genuine-exo-text.en.eml',
  'genuine-exo-html.en.eml',
  'genuine-exo-html.nl.eml',
  'genuine-safelinks-docs.en.eml',
  'genuine-returned-message-with-attachment.en.eml',
  'genuine-returned-message-with-attachment.nl.eml',
  'genuine-remote-postfix.de.eml',
  'genuine-remote-postfix.fr.eml',
];

describe('forged bounces (test/fixtures/forged)', () => {
  it('lists every fixture in the folder, at least a dozen forged ones', () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.eml')).sort();
    expect(files).toEqual([...FORGED.map(([file]) => file), ...GENUINE].sort());
    expect(FORGED.length).toBeGreaterThanOrEqual(12);
  });

  it.each(FORGED)('%s is judged forged, for its tell (%s)', async (file, concern) => {
    const diagnosis = await diagnose({ raw: read(file) }, USER);
    expect(diagnosis.facts.isBounce).toBe(true);
    expect(diagnosis.authenticity).toMatchObject({ authentic: false, verdict: 'forged' });
    const found = diagnosis.authenticity.concerns.find((c) => c.id === concern);
    expect(found?.strength).toBe('strong');
    // The forged fixtures still read as the bounce they imitate: the diagnosis is there, only held back.
    expect(diagnosis.scenarios.length).toBeGreaterThan(0);
  });

  it.each(GENUINE)('%s, the genuine twin, stays genuine', async (file) => {
    const diagnosis = await diagnose({ raw: read(file) }, USER);
    expect(diagnosis.facts.isBounce).toBe(true);
    expect(diagnosis.authenticity).toEqual({ authentic: true, verdict: 'genuine', score: 0, concerns: [] });
  });

  it('without the user’s address, only the tells that need it are missed, and never a genuine twin is flagged', async () => {
    const missed: string[] = [];
    for (const [file] of FORGED) {
      if ((await diagnose({ raw: read(file) })).authenticity.verdict !== 'forged') missed.push(file);
    }
    // A look-alike of "our" domain, and a Reply-To elsewhere on "our" postmaster, need to know whose domain is ours.
    expect(missed).toEqual(['forged-look-alike-sender.en.eml', 'forged-reply-to.nl.eml']);
    for (const file of GENUINE) expect((await diagnose({ raw: read(file) })).authenticity.verdict).toBe('genuine');
  });

  it('reads an HTML form sent as application/octet-stream, and names it', async () => {
    const diagnosis = await diagnose({ raw: read('forged-html-form-attachment.nl.eml') }, USER);
    expect(diagnosis.authenticity.concerns.find((c) => c.id === 'unexpected-attachment')?.detail).toBe('bericht_vrijgeven.htm');
  });

  it('judges a Safe Links–wrapped link by where it really goes', async () => {
    const forged = await diagnose({ raw: read('forged-safelinks-wrapped.en.eml') }, USER);
    expect(forged.authenticity.concerns[0]?.detail).toBe('contoso-ndr.pages.dev');
  });
});
