/** The command line's own words, in English and Dutch. */
import { BOUNCE_LANGUAGE_NAMES, type Localized } from '../ndr';

export const cliText = {
  notABounce: {
    en: 'This is not a bounce (non-delivery report). Nothing to diagnose.',
    nl: 'Dit is geen onbestelbaarheidsbericht. Er valt niets te diagnosticeren.',
  },
  bounce: { en: 'Bounce', nl: 'Onbestelbaar' },
  language: { en: 'written in', nl: 'geschreven in' },
  looksGenuine: { en: 'looks genuine', nl: 'ziet er echt uit' },
  suspicious: {
    en: 'WARNING: this may not be a real bounce',
    nl: 'LET OP: dit is mogelijk geen echt onbestelbaarheidsbericht',
  },
  // Forged bounces (issue 10, part 2): the verdict and the commands that open a group to everyone.
  doubtful: {
    en: 'NOTE: some things about this bounce are unusual',
    nl: 'LET OP: een paar dingen aan dit onbestelbaarheidsbericht zijn ongewoon',
  },
  suspiciousAdvice: {
    en: 'Do not click its links, open its attachments or enter a password; report it as phishing. The commands that open a group to everyone are left out.',
    nl: 'Klik niet op de links, open geen bijlagen en voer geen wachtwoord in; meld het als phishing. De opdrachten die een groep voor iedereen openzetten zijn weggelaten.',
  },
  broadCommand: {
    en: 'Only if it should be open to everyone (not the targeted fix)',
    nl: 'Alleen als het voor iedereen open moet staan (niet de gerichte oplossing)',
  },
  failedRecipients: { en: 'Not delivered to', nl: 'Niet bezorgd bij' },
  restrictedGroups: { en: 'Restricted groups', nl: 'Groepen met beperkingen' },
  blockedIp: { en: 'Blocked sending IP', nl: 'Geblokkeerd verzendend IP-adres' },
  originalMessage: { en: 'Original message', nl: 'Oorspronkelijk bericht' },
  whatHappened: { en: 'What happened', nl: 'Wat is er gebeurd' },
  whoCanFix: { en: 'Who can fix it', nl: 'Wie kan het oplossen' },
  sender: { en: 'What you can do', nl: 'Wat u kunt doen' },
  owner: { en: 'For the group owner', nl: 'Voor de eigenaar van de groep' },
  admin: { en: 'For the mail admin', nl: 'Voor de e-mailbeheerder' },
  powershell: { en: 'PowerShell (Exchange Online)', nl: 'PowerShell (Exchange Online)' },
  missingValues: { en: 'fill in', nl: 'vul in' },
  readMore: { en: 'Read more', nl: 'Meer lezen' },
  alsoPossible: { en: 'Also possible', nl: 'Ook mogelijk' },
  codeMeaning: { en: 'Code', nl: 'Code' },

  // Look-alike addresses and names ({scripts}, {domain} are filled in by format.ts)
  lookAlikeMixedAddress: {
    en: 'This address mixes letters from different alphabets ({scripts}): it may imitate another address.',
    nl: 'Dit adres mengt letters uit verschillende alfabetten ({scripts}): het kan een ander adres nabootsen.',
  },
  lookAlikeMixedName: {
    en: 'This name mixes letters from different alphabets ({scripts}): it may imitate another name.',
    nl: 'Deze naam mengt letters uit verschillende alfabetten ({scripts}): het kan een andere naam nabootsen.',
  },
  lookAlikeImitates: {
    en: 'This address looks like one of your own organization ({domain}) but is not: it may be an imitation.',
    nl: 'Dit adres lijkt op een adres van uw eigen organisatie ({domain}), maar is het niet: het kan een nabootsing zijn.',
  },
  withheldValues: {
    en: 'left out because the bounce gave a look-alike; fill in the real one',
    nl: 'weggelaten omdat de melding een nagebootste waarde gaf; vul de echte in',
  },
  listAnd: { en: 'and', nl: 'en' },
  scriptLatin: { en: 'Latin', nl: 'Latijns' },
  scriptCyrillic: { en: 'Cyrillic', nl: 'Cyrillisch' },
  scriptGreek: { en: 'Greek', nl: 'Grieks' },
  scriptArmenian: { en: 'Armenian', nl: 'Armeens' },
  scriptCherokee: { en: 'Cherokee', nl: 'Cherokee' },
} satisfies Record<string, Localized>;

/**
 * As they follow "written in" (Dutch: "geschreven in het Engels"): the names
 * from src/ndr/language-names.ts, with the article Dutch needs here.
 */
export const languageNames: Record<string, Localized> = {
  ...Object.fromEntries(
    Object.entries(BOUNCE_LANGUAGE_NAMES)
      .filter(([code]) => code !== 'unknown')
      .map(([code, name]) => [code, { en: name.en, nl: `het ${name.nl}` }]),
  ),
  unknown: { en: 'an unknown language', nl: 'een onbekende taal' },
};

export const ownersUsage = `Usage: bounce-doctor owners check <owners.json|->

Checks an owner directory file before you publish it beside taskpane.html
(see docs/owners-directory.md); - reads standard input. Prints one summary line when the file is valid,
or each problem as "path: message".

Exit status: 0 when the file is valid, 1 when it has problems (the pane would ignore it),
2 when it cannot be read or the command line is wrong.`;

export const usage = `Usage: bounce-doctor diagnose [--json] [--lang en|nl] [--timeout <seconds>] [--user <address>] <file|->...
       bounce-doctor owners check <owners.json|->

Reads bounced messages (.eml, pasted text in .txt, or an HTML body; - reads standard input)
and explains why each bounced and how to fix it.

  --json        one JSON array on standard output, one object per input
  --lang en|nl  language of the explanation (default: from LANG, else English)
  --timeout <s> seconds each input may take (default: 10); a message too complex to read
                in that time is named on standard error and skipped
  --user <addr> the address the bounces were sent to: its domain is your organisation's, so
                a sender or address imitating it is pointed out
  -h, --help    this help
  -v, --version the version

Exit status: 0 when every input was read (bounce or not), 2 when an input could not be
read (or not within --timeout) or the command line is wrong.

owners check validates an owner directory file (owners.json) before you publish it;
bounce-doctor owners --help says more.`;
