/**
 * The catalog as data: every entry complete in English and Dutch, every link
 * ours to give, every placeholder known, and the steps of Microsoft's 550 5.7.1
 * article (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online)
 * all present.
 */
import { ALLOWED_LINK_HOSTS, CATALOG, placeholdersIn, isPlaceholderName } from '../../src/ndr/catalog';
import type { Localized } from '../../src/ndr/types';
import type { Scenario } from '../../src/ndr/catalog';

function texts(scenario: Scenario): Array<{ where: string; text: Localized }> {
  const all: Array<{ where: string; text: Localized }> = [
    { where: 'title', text: scenario.title },
    { where: 'explanation', text: scenario.explanation },
  ];
  if (scenario.whoCanFix) all.push({ where: 'whoCanFix', text: scenario.whoCanFix });
  for (const audience of ['sender', 'owner', 'admin'] as const) {
    scenario.steps[audience].forEach((step, i) => all.push({ where: `steps.${audience}[${i}]`, text: step }));
  }
  scenario.commands.forEach((command, i) => all.push({ where: `commands[${i}].label`, text: command.label }));
  scenario.links.forEach((link, i) => all.push({ where: `links[${i}].title`, text: link.title }));
  return all;
}

/** Everything English and Dutch the catalog says, one big string per language. */
function corpus(lang: 'en' | 'nl'): string {
  return CATALOG.flatMap((scenario) => texts(scenario).map(({ text }) => text[lang])).join('\n');
}

function allCommands(): string {
  return CATALOG.flatMap((scenario) => scenario.commands.map((command) => command.template)).join('\n');
}

describe('catalog integrity', () => {
  it('has unique, kebab-case ids', () => {
    const ids = CATALOG.map((scenario) => scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(CATALOG.map((scenario) => [scenario.id, scenario] as const))(
    '%s has English and Dutch for every text',
    (_id, scenario) => {
      for (const { where, text } of texts(scenario)) {
        expect({ where, en: text.en.trim().length > 0 }).toEqual({ where, en: true });
        expect({ where, nl: text.nl.trim().length > 0 }).toEqual({ where, nl: true });
      }
    },
  );

  it.each(CATALOG.map((scenario) => [scenario.id, scenario] as const))(
    '%s: Dutch steps and explanations are written in Dutch, not copied from English',
    (_id, scenario) => {
      for (const { where, text } of texts(scenario)) {
        if (where.startsWith('links') || text.en.length < 40) continue;
        expect({ where, same: text.nl === text.en }).toEqual({ where, same: false });
        // Dutch function words; an untranslated sentence has none of them.
        expect({ where, dutch: /\b(de|het|een|van|en|niet|u|uw|naar|voor|met|is|dat|op|ook|zodat|als|door|dan)\b/i.test(text.nl) }).toEqual({
          where,
          dutch: true,
        });
      }
    },
  );

  it.each(CATALOG.map((scenario) => [scenario.id, scenario] as const))(
    '%s gives the sender something to do',
    (_id, scenario) => {
      expect(scenario.steps.sender.length).toBeGreaterThan(0);
    },
  );

  it.each(CATALOG.map((scenario) => [scenario.id, scenario] as const))(
    '%s never asks the sender to do admin work',
    (_id, scenario) => {
      const senderText = scenario.steps.sender.map((step) => `${step.en}\n${step.nl}`).join('\n');
      expect(senderText).not.toMatch(/PowerShell|Connect-ExchangeOnline|Exchange admin center|Exchange-beheercentrum|Set-[A-Z]|Get-[A-Z]|DNS record|DNS-record/);
      expect(scenario.commands.every((command) => command.audience !== 'sender')).toBe(true);
    },
  );

  it.each(CATALOG.map((scenario) => [scenario.id, scenario] as const))(
    '%s links only to https pages on our own list of hosts',
    (_id, scenario) => {
      expect(scenario.links.length).toBeGreaterThan(0);
      for (const link of scenario.links) {
        const url = new URL(link.url);
        expect(url.protocol).toBe('https:');
        expect(ALLOWED_LINK_HOSTS).toContain(url.hostname);
        // Locale-free, so the renderer can pick the reader's language.
        expect(url.pathname).not.toMatch(/^\/[a-z]{2}-[a-z]{2}\//i);
      }
    },
  );

  it.each(CATALOG.map((scenario) => [scenario.id, scenario] as const))(
    '%s uses only known placeholders, and none with fallback words in commands',
    (_id, scenario) => {
      for (const { where, text } of texts(scenario)) {
        for (const lang of ['en', 'nl'] as const) {
          for (const use of placeholdersIn(text[lang])) {
            expect({ where, lang, name: use.name, known: isPlaceholderName(use.name) }).toEqual({
              where,
              lang,
              name: use.name,
              known: true,
            });
          }
        }
        // The same placeholders in both languages.
        const names = (value: string): string[] => placeholdersIn(value).map((use) => use.name).sort();
        expect({ where, names: names(text.nl) }).toEqual({ where, names: names(text.en) });
      }
      for (const command of scenario.commands) {
        for (const use of placeholdersIn(command.template)) {
          expect(isPlaceholderName(use.name)).toBe(true);
          expect(use.fallback).toBeUndefined();
        }
        // A stray brace pair that looks almost like a placeholder is a typo.
        expect(command.template).not.toMatch(/\{[A-Za-z]+[^A-Za-z}=|\s$]/);
      }
    },
  );

  it('specific scenarios never match on nothing; exactly one catch-all exists', () => {
    for (const scenario of CATALOG) {
      expect(scenario.match.length).toBeGreaterThan(0);
      const empty = scenario.match.filter((rule) => Object.keys(rule).filter((key) => key !== 'boost').length === 0);
      if (scenario.kind === 'specific') expect({ id: scenario.id, empty: empty.length }).toEqual({ id: scenario.id, empty: 0 });
    }
    const catchAll = CATALOG.filter((scenario) =>
      scenario.match.some((rule) => Object.keys(rule).length === 0),
    ).map((scenario) => scenario.id);
    expect(catchAll).toEqual(['unknown-code']);
  });

  it('has a fallback for 5.7.x and for every RFC 3463 subject of classes 4 and 5', () => {
    const fallbacks = CATALOG.filter((scenario) => scenario.kind === 'fallback');
    const patterns = fallbacks.flatMap((scenario) => scenario.match.flatMap((rule) => rule.status ?? []));
    for (const pattern of ['5.7.*', '4.*.*', '5.1.*', '5.2.*', '5.3.*', '5.4.*', '5.5.*', '5.6.*', '5.0.*']) {
      expect(patterns).toContain(pattern);
    }
  });

  it('says who can fix it with a known audience', () => {
    for (const scenario of CATALOG) {
      expect(['sender', 'owner', 'recipient-admin', 'sender-admin', 'wait']).toContain(scenario.fixedBy);
    }
    const temporary = CATALOG.filter((scenario) => scenario.fixedBy === 'wait').map((scenario) => scenario.id);
    expect(temporary).toEqual(expect.arrayContaining(['temporary-problem', 'temporary-ip-throttling']));
  });
});

describe('Microsoft’s 550 5.7.1 article is fully covered', () => {
  const en = corpus('en');
  const nl = corpus('nl');
  const commands = allCommands();

  it.each([
    // Sender: the four general causes.
    ['no permission for the recipient', /may not send to this recipient/],
    ['no permission for the group or a subgroup', /group or a group inside it/],
    ['a mail server in between', /through a mail server on the way/],
    ['routed to the wrong server', /sent to the wrong mail server/],
    // Sender: finding the owner, large groups.
    // The article's way to the owner (Outlook's card for the group), with the group found where it really is.
    ['owner in Outlook on the web', /Outlook on the web.*People.*open its card: it lists the owner/],
    ['owner in classic Outlook', /Address Book.*General tab shows the owner/],
    ['large groups: moderation', /more than 5,000 members/],
    ['large groups: join or get approval', /ask to join the group, or ask the owner or moderator to approve/],
    ['large messages give another bounce', /different bounce/],
    // Owner.
    ['owner: allowed senders', /allowed senders of/],
    ['owner: outside senders', /inside and outside the organization/],
    ['owner: mail flow rule', /mail flow rule \(transport rule\)/],
    ['owner: approve or add', /approve the waiting message, or add/],
    // Admin.
    ['admin: accept outside (anonymous) senders', /outside \(anonymous\) senders/],
    ['admin: public folders', /Anonymous user permission to create items/],
    ['admin: delist', /delist@messaging\.microsoft\.com/],
    ['admin: domain healthy/active', /Settings › Domains.*Healthy \(older portals called this Active\)/],
    ['admin: add a domain', /If it is missing, add it/],
    ['admin: domain verification', /If verification fails/],
    ['admin: MX check tools', /Remote Connectivity Analyzer has a test Verify MX Record and Outbound Connector.*Support and Recovery Assistant/],
    ['admin: MX syntax', /\.mail\.protection\.outlook\.com/],
    ['admin: exactly one MX', /exactly one MX record/],
    ['admin: SPF incomplete', /lists every service that sends as this domain/],
    ['admin: re-run the Hybrid Configuration Wizard', /run the wizard again/],
    ['admin: hybrid inbound connector', /Inbound connector .*certificate name or IP addresses/],
    ['admin: hybrid outbound connector delivery', /smart hosts, the IP addresses or FQDN must be right.*MX record/],
    ['admin: hybrid scope', /domains must include every mail domain used on-premises; \* routes all/],
    ['today’s portals', /Microsoft 365 admin center/],
    ['today’s portals: connectors', /Mail flow › Connectors/],
  ])('English: %s', (_what, pattern) => {
    expect(en).toMatch(pattern);
  });

  it.each([
    ['owner in Outlook op het web', /Outlook op het web.*Personen.*open de kaart: daarop staat de eigenaar/],
    ['owner in klassieke Outlook', /Adresboek.*het tabblad Algemeen toont de eigenaar/],
    ['large groups', /meer dan 5000 leden/],
    ['delist', /delist@messaging\.microsoft\.com/],
    ['one MX', /precies één MX-record/],
    ['wizard', /wizard Hybride configuratie/],
    ['portals', /Microsoft 365-beheercentrum/],
    ['connectors', /E-mailstroom › Connectors/],
  ])('Dutch: %s', (_what, pattern) => {
    expect(nl).toMatch(pattern);
  });

  it('has the commands Microsoft’s 550 5.7.1 article and the per-code pages give', () => {
    expect(commands).toContain('Add-PublicFolderClientPermission -Identity {publicFolderPath} -User Anonymous -AccessRights CreateItems');
    expect(commands).toContain('Set-MailPublicFolder -Identity {publicFolder} -RequireSenderAuthenticationEnabled $false');
    expect(commands).toContain(
      'Set-DistributionGroup -Identity {groupIdentity} -AcceptMessagesOnlyFromSendersOrMembers @{Add={sender}}',
    );
    expect(commands).toContain('Set-UnifiedGroup -Identity {groupIdentity} -RequireSenderAuthenticationEnabled $false');
    expect(commands).toContain('Get-TransportRule');
  });
});
