/**
 * Receivers outside Microsoft 365 whose 5.7.x replies show up inside bounces:
 * reputation judgements (Gmail), content and policy filters (Barracuda, Trend
 * Micro, Mimecast, Apple), and any other server that refuses on its own policy.
 *
 * Source: the receivers' replies as they appear in bounces (docs/ndr-formats.md §7).
 */
import { LINKS } from '../links';
import { FORWARD_TO_IT_NOW, TELL_RECIPIENT, UNKNOWN_ADDRESS_PHRASES } from '../shared';
import type { Scenario } from '../types';

export const otherReceiverScenarios: readonly Scenario[] = [
  {
    id: 'low-sender-reputation',
    kind: 'specific',
    match: [
      {
        replyPhrase: ['very low reputation', 'likely unsolicited mail', 'likely suspicious', 'poor reputation', 'bad reputation'],
        unless: ['temporarily rate limited'],
      },
    ],
    title: {
      en: 'The receiver judged the sending server’s reputation too low',
      nl: 'De ontvanger vond de reputatie van de verzendende server te laag',
    },
    explanation: {
      en: 'The receiving service refused the message because mail from {ip|the sending server} or {senderDomain|your domain} has recently looked like spam to it.',
      nl: 'De ontvangende dienst weigerde het bericht omdat mail van {ip|de verzendende server} of {senderDomain|uw domein} er de laatste tijd als spam uitzag.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        FORWARD_TO_IT_NOW,
        {
          en: 'If you sent the same message to many people at once, use a proper mailing tool with an unsubscribe link instead.',
          nl: 'Stuurde u hetzelfde bericht tegelijk naar veel mensen, gebruik daar dan een echte mailingtool met een afmeldlink voor.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Check the reputation of your IP addresses and domain in the receiver’s tools (Gmail Postmaster Tools, Outlook.com SNDS).',
          nl: 'Controleer de reputatie van uw IP-adressen en domein met de hulpmiddelen van de ontvanger (Gmail Postmaster Tools, Outlook.com SNDS).',
        },
        {
          en: 'Make sure SPF, DKIM and DMARC pass, and that bulk mail goes only to people who asked for it, with a working unsubscribe link.',
          nl: 'Zorg dat SPF, DKIM en DMARC slagen, en dat bulkmail alleen naar mensen gaat die erom vroegen, met een werkende afmeldlink.',
        },
        {
          en: 'Look for hacked accounts or applications sending spam from your network.',
          nl: 'Zoek naar gehackte accounts of applicaties die vanuit uw netwerk spam versturen.',
        },
      ],
    },
    commands: [],
    links: [LINKS.gmailSenderGuidelines, LINKS.outlookComSenders],
  },

  {
    id: 'recipient-org-refused',
    kind: 'specific',
    match: [
      {
        replyPhrase: [
          'message content rejected',
          'rejected due to local policy',
          'local policy',
          'rejected due to security policies',
          'rejected by policy',
          'policy violation',
          'anti-spoofing policy',
          'content filter',
          'spam content',
          'spam classification',
        ],
      },
      // A vague 5.7.0 or 5.7.1 from another server, with no other clue.
      // Not when the reply says the address does not exist: that is an address problem, whatever the code.
      {
        status: ['5.7.0', '5.7.1'],
        rejectedByRemoteServer: true,
        whenUnexplained: true,
        boost: -20,
        unless: UNKNOWN_ADDRESS_PHRASES,
      },
    ],
    title: {
      en: 'The recipient’s organization refused the message',
      nl: 'De organisatie van de geadresseerde heeft het bericht geweigerd',
    },
    explanation: {
      en: 'The mail server of {recipientDomain|the recipient’s organization} turned your message away under its own security or spam rules. Only that organization can tell you exactly why, or let your mail through.',
      nl: 'De mailserver van {recipientDomain|de organisatie van de geadresseerde} heeft uw bericht geweigerd op grond van eigen beveiligings- of spamregels. Alleen die organisatie kan precies zeggen waarom, of uw mail alsnog doorlaten.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'Read the server’s reply in the bounce: if it names a reason (content, links, attachments), remove that and send again.',
          nl: 'Lees het antwoord van de server in de melding: noemt het een reden (inhoud, links, bijlagen), haal dat dan weg en verstuur opnieuw.',
        },
        TELL_RECIPIENT,
        {
          en: 'If this happens with several organizations, tell your IT department: your mail server may have a reputation problem.',
          nl: 'Gebeurt dit bij meerdere organisaties, meld het dan bij uw IT-afdeling: uw mailserver heeft misschien een reputatieprobleem.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Recipient’s admin: find the message in the filter’s logs by time, sender and the ID in the bounce, and see which rule refused it. If the sender is legitimate, add an exception or adjust the rule.',
          nl: 'Beheerder van de geadresseerde: zoek het bericht op in de logboeken van het filter aan de hand van tijd, afzender en de ID in de melding, en bekijk welke regel het weigerde. Is de afzender betrouwbaar, voeg dan een uitzondering toe of pas de regel aan.',
        },
        {
          en: 'Sender’s admin: check whether your IP addresses or domain are on block lists, and that SPF, DKIM and DMARC pass.',
          nl: 'Beheerder van de afzender: controleer of uw IP-adressen of domein op blokkeringslijsten staan, en of SPF, DKIM en DMARC slagen.',
        },
      ],
    },
    commands: [],
    links: [LINKS.fix571, LINKS.ndrIndex],
  },

  {
    id: 'message-format-rejected',
    kind: 'specific',
    match: [
      { status: ['5.7.512'] },
      {
        replyPhrase: [
          'not RFC 5322 compliant',
          'RFC 5322 section 3.6.2',
          'RfcMessageNonCompliant',
          'multiple addresses in From: header',
          'multiple From headers',
        ],
      },
    ],
    title: {
      en: 'The receiver refused the message because its headers are malformed',
      nl: 'De ontvanger weigerde het bericht omdat de kopteksten niet kloppen',
    },
    explanation: {
      en: 'Every message must follow the Internet message format (RFC 5322): exactly one From, Date and Subject line, a valid From address, and so on. This message broke one of those rules, so the receiving server treated it as likely spam and refused it. Outlook itself writes valid messages: the cause is usually an application, script, scanner or signature service that built or changed the message.',
      nl: 'Elk bericht moet de internetberichtopmaak (RFC 5322) volgen: precies één regel From, Date en Subject, een geldig afzenderadres, enzovoort. Dit bericht overtrad een van die regels, dus de ontvangende server zag het als waarschijnlijke spam en weigerde het. Outlook zelf schrijft geldige berichten: de oorzaak is meestal een applicatie, script, scanner of handtekeningdienst die het bericht maakte of aanpaste.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        {
          en: 'If you sent this from Outlook as an ordinary message, send it again as a new message (not a reply to an old thread) and see whether it arrives.',
          nl: 'Verstuurde u dit als gewoon bericht vanuit Outlook, verstuur het dan opnieuw als nieuw bericht (geen antwoord in een oude conversatie) en kijk of het aankomt.',
        },
        {
          en: 'If an application, website form, scanner or script sent it, tell your IT department which one: that sender has to be fixed.',
          nl: 'Verstuurde een applicatie, websiteformulier, scanner of script het, meld dan bij uw IT-afdeling welke: die afzender moet worden aangepast.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Read the receiver’s reply in the bounce: it names the broken rule (several From addresses, a repeated Subject or Date line, a missing or invalid From).',
          nl: 'Lees het antwoord van de ontvanger in de melding: daarin staat welke regel werd overtreden (meerdere afzenderadressen, een dubbele regel Subject of Date, een ontbrekend of ongeldig afzenderadres).',
        },
        {
          en: 'Find out what built the message (the application, device or script, or a mail flow rule or signature service that adds headers) and correct it so it writes each header once and a single valid From address.',
          nl: 'Zoek uit wat het bericht opbouwde (de applicatie, het apparaat of script, of een e-mailstroomregel of handtekeningdienst die kopteksten toevoegt) en pas dat aan, zodat elke koptekst één keer voorkomt met één geldig afzenderadres.',
        },
        {
          en: 'Run a message trace and compare the headers of the original message with the rules of RFC 5322 section 3.6.',
          nl: 'Voer een berichttracering uit en vergelijk de kopteksten van het oorspronkelijke bericht met de regels van RFC 5322, sectie 3.6.',
        },
      ],
    },
    commands: [],
    links: [LINKS.gmailSenderGuidelines, LINKS.rfc5322, LINKS.ndrIndex],
  },

  {
    id: 'sender-domain-null-mx',
    kind: 'specific',
    match: [
      { status: ['5.7.27'] },
      { replyPhrase: ['sender address has null MX'] },
    ],
    title: {
      en: 'Your domain says it does not receive mail, so the receiver refused it',
      nl: 'Uw domein geeft aan geen mail te ontvangen, dus de ontvanger weigerde het bericht',
    },
    explanation: {
      en: 'The DNS of {senderDomain|your domain} has a “null MX” record: a public statement that the domain takes no mail at all. Receivers then refuse mail from it, because nobody could answer it or get a bounce back.',
      nl: 'De DNS van {senderDomain|uw domein} heeft een “null MX”-record: een openbare verklaring dat het domein helemaal geen mail aanneemt. Ontvangers weigeren dan ook mail van dat domein, omdat niemand erop kan antwoorden of een melding terug kan krijgen.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        FORWARD_TO_IT_NOW,
        {
          en: 'Check the address you sent from: a test or no-reply domain is often set up this way on purpose. Send from your normal address instead.',
          nl: 'Controleer het adres waarmee u verstuurde: een test- of no-reply-domein is vaak met opzet zo ingesteld. Verstuur in plaats daarvan vanaf uw gewone adres.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Look up the MX records of {senderDomain|the sending domain}. A single MX record with preference 0 and the host name “.” is a null MX (RFC 7505).',
          nl: 'Zoek de MX-records van {senderDomain|het verzendende domein} op. Eén MX-record met voorkeur 0 en hostnaam “.” is een null MX (RFC 7505).',
        },
        {
          en: 'If the domain should send mail, replace the null MX with the real MX record (for Microsoft 365: the one the admin center shows under Settings › Domains), or send from a domain that receives mail.',
          nl: 'Moet het domein mail versturen, vervang de null MX dan door het echte MX-record (voor Microsoft 365: het record dat het beheercentrum toont onder Instellingen › Domeinen), of verstuur vanaf een domein dat wel mail ontvangt.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the sending domain’s MX records', nl: 'Zoek de MX-records van het verzendende domein op' },
        template: 'Resolve-DnsName -Name {senderDomain} -Type MX',
      },
    ],
    links: [LINKS.rfc7505, LINKS.dnsRecords],
  },


  {
    id: 'recipient-domain-null-mx',
    kind: 'specific',
    match: [
      // RFC 7505 §4.1 (`556 5.1.10 Recipient address has null MX`) and Gmail's wording of it.
      { replyPhrase: ['recipient address has null MX', 'returned null MX', "doesn't receive email according to"] },
    ],
    title: {
      en: 'The recipient’s domain does not take email',
      nl: 'Het domein van de geadresseerde neemt geen e-mail aan',
    },
    explanation: {
      en: 'The DNS of {recipientDomain|the recipient’s domain} has a “null MX” record: a public statement that the domain takes no mail at all. Either the address is mistyped, or the organization receives its mail under another domain.',
      nl: 'De DNS van {recipientDomain|het domein van de geadresseerde} heeft een “null MX”-record: een openbare verklaring dat het domein helemaal geen mail aanneemt. Of het adres is verkeerd getypt, of de organisatie ontvangt haar mail op een ander domein.',
    },
    fixedBy: 'sender',
    steps: {
      sender: [
        {
          en: 'Check the part after the @ in {recipient|the address}: a small typo can point to a domain that takes no mail.',
          nl: 'Controleer het deel na de @ in {recipient|het adres}: een kleine typefout kan naar een domein wijzen dat geen mail aanneemt.',
        },
        {
          en: 'Ask the person for their current email address, for example by phone or through their website.',
          nl: 'Vraag de persoon naar het huidige e-mailadres, bijvoorbeeld telefonisch of via de website van de organisatie.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Look up the MX records of {recipientDomain|the recipient’s domain}. A single MX record with preference 0 and the host name “.” is a null MX (RFC 7505); only the domain’s owner can change it.',
          nl: 'Zoek de MX-records van {recipientDomain|het domein van de geadresseerde} op. Eén MX-record met voorkeur 0 en hostnaam “.” is een null MX (RFC 7505); alleen de eigenaar van het domein kan dat veranderen.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the recipient domain’s MX records', nl: 'Zoek de MX-records van het domein van de geadresseerde op' },
        template: 'Resolve-DnsName -Name {recipientDomain} -Type MX',
      },
    ],
    links: [LINKS.rfc7505],
  },

  {
    id: 'recipient-account-disabled',
    kind: 'specific',
    match: [
      {
        replyPhrase: [
          'account disabled',
          'account is disabled',
          'account has been disabled',
          'disabled recipient',
          'mailbox disabled',
          'mailbox is disabled',
          'mailbox has been disabled',
          'account suspended',
          'account has been suspended',
          'user suspended',
          'account is blocked',
          'account is locked',
          'temporarily locked',
          'temporary locked',
          'mailbox is frozen',
        ],
        // The sender's own account being blocked is another scenario (banned sender).
        unless: ['sending account', 'sender account', 'your account'],
      },
    ],
    title: {
      en: 'The recipient’s account is switched off',
      nl: 'Het account van de geadresseerde is uitgeschakeld',
    },
    explanation: {
      en: 'The receiving server says the account of {recipient|the recipient} is disabled or suspended, so it takes no mail. That is usually deliberate: the person left, or the account was blocked.',
      nl: 'De ontvangende server meldt dat het account van {recipient|de geadresseerde} is uitgeschakeld of geschorst en dus geen mail aanneemt. Dat is meestal bewust: de persoon is vertrokken, of het account is geblokkeerd.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'Reach the person another way, or ask their organization who took over their work, and send your message to that address.',
          nl: 'Neem op een andere manier contact op, of vraag de organisatie wie het werk heeft overgenomen, en stuur uw bericht naar dat adres.',
        },
        {
          en: 'Remove the old address from your contacts and from any group or mailing list you manage.',
          nl: 'Haal het oude adres weg uit uw contactpersonen en uit groepen of mailinglijsten die u beheert.',
        },
      ],
      owner: [
        {
          en: 'If this address is a member of a group you own, remove it so the group’s mail stops bouncing.',
          nl: 'Is dit adres lid van een groep waarvan u eigenaar bent, verwijder het dan, zodat de mail van de groep niet meer terugkomt.',
        },
      ],
      admin: [
        {
          en: 'Recipient’s admin: if the account should receive mail, enable it again (or forward its mail to someone else); if not, nothing needs to change.',
          nl: 'Beheerder van de geadresseerde: moet het account mail ontvangen, schakel het dan weer in (of stuur de mail door naar iemand anders); zo niet, dan hoeft er niets te veranderen.',
        },
      ],
    },
    commands: [],
    links: [LINKS.ndrIndex],
  },
];
