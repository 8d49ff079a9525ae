/** The command line's own words, in English and Dutch. */
import type { Localized } from '../ndr/types';

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
} satisfies Record<string, Localized>;

/** As they follow "written in" (Dutch: "geschreven in het Engels"). */
export const languageNames: Record<string, Localized> = {
  en: { en: 'English', nl: 'het Engels' },
  nl: { en: 'Dutch', nl: 'het Nederlands' },
  de: { en: 'German', nl: 'het Duits' },
  fr: { en: 'French', nl: 'het Frans' },
  it: { en: 'Italian', nl: 'het Italiaans' },
  es: { en: 'Spanish', nl: 'het Spaans' },
  pt: { en: 'Portuguese', nl: 'het Portugees' },
  ja: { en: 'Japanese', nl: 'het Japans' },
  unknown: { en: 'an unknown language', nl: 'een onbekende taal' },
};

export const ownersUsage = `Usage: bounce-doctor owners check <owners.json|->

Checks an owner directory file before you publish it beside taskpane.html
(see docs/owners-directory.md); - reads standard input. Prints one summary line when the file is valid,
or each problem as "path: message".

Exit status: 0 when the file is valid, 1 when it has problems (the pane would ignore it),
2 when it cannot be read or the command line is wrong.`;

export const usage = `Usage: bounce-doctor diagnose [--json] [--lang en|nl] [--timeout <seconds>] <file|->...
       bounce-doctor owners check <owners.json|->

Reads bounced messages (.eml, pasted text in .txt, or an HTML body; - reads standard input)
and explains why each bounced and how to fix it.

  --json        one JSON array on standard output, one object per input
  --lang en|nl  language of the explanation (default: from LANG, else English)
  --timeout <s> seconds each input may take (default: 10); a message too complex to read
                in that time is named on standard error and skipped
  -h, --help    this help
  -v, --version the version

Exit status: 0 when every input was read (bounce or not), 2 when an input could not be
read (or not within --timeout) or the command line is wrong.

owners check validates an owner directory file (owners.json) before you publish it;
bounce-doctor owners --help says more.`;
