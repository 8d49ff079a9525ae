/**
 * General answers: messages that are too large, the general guidance of
 * Microsoft's 550 5.7.1 article for any 5.7.x code (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online),
 * the RFC 3463 classes (https://www.rfc-editor.org/rfc/rfc3463#section-3) for every other code (temporary
 * 4.x.x ones said to be temporary), and a bounce without a code we know.
 *
 * Fallbacks are only used for a failed recipient no specific scenario
 * explains; among them the best-scoring one wins (`5.7.*` beats `5.*.*` beats
 * the catch-all).
 */
import { LINKS } from '../links';
import {
  FIND_OWNER_CLASSIC,
  FIND_OWNER_WEB,
  FORWARD_TO_IT,
  FORWARD_TO_IT_NOW,
  LARGE_GROUP_SENDER,
  OWNER_ALLOW_SENDER,
  GAVE_UP_PHRASES,
  HOST_UNKNOWN_PHRASES,
  MAILBOX_FULL_PHRASES,
  TELL_RECIPIENT,
  UNKNOWN_ADDRESS_PHRASES,
} from '../shared';
import type { Localized } from '../../types';
import type { CommandTemplate, Scenario } from '../types';

const READ_THE_REPLY: Localized = {
  en: 'Read the receiving server’s reply in the bounce (the line with the code): it often says in words what went wrong.',
  nl: 'Lees het antwoord van de ontvangende server in de melding (de regel met de code): daarin staat vaak in woorden wat er misging.',
};

const CHECK_ADDRESS: Localized = {
  en: 'Check {recipient|the address} for typos, and retype it completely instead of choosing it from the suggestions Outlook shows: a remembered address can be out of date.',
  nl: 'Controleer {recipient|het adres} op typefouten, en typ het helemaal opnieuw in plaats van het te kiezen uit de suggesties die Outlook toont: een onthouden adres kan verouderd zijn.',
};

const TRY_AGAIN_LATER: Localized = {
  en: 'Try sending again later; if it fails again, forward the new bounce to your IT department.',
  nl: 'Probeer het later nog eens; mislukt het weer, stuur de nieuwe melding dan door naar uw IT-afdeling.',
};

const TRACE_MESSAGE: CommandTemplate = {
  audience: 'admin',
  shell: 'exchange-online',
  label: { en: 'Trace the message', nl: 'Traceer het bericht' },
  template: 'Get-MessageTraceV2 -SenderAddress {sender} -RecipientAddress {recipient}',
};

const RECIPIENT_TYPE: CommandTemplate = {
  audience: 'admin',
  shell: 'exchange-online',
  label: { en: 'If the recipient is in your organization: what is it?', nl: 'Hoort de geadresseerde bij uw organisatie: wat is het?' },
  template: 'Get-Recipient -Identity {recipient} | Format-List Name, RecipientTypeDetails, PrimarySmtpAddress',
};

const RESOLVE_MX: CommandTemplate = {
  audience: 'admin',
  shell: 'windows',
  label: { en: 'Look up where mail for the domain goes (MX)', nl: 'Zoek op waar mail voor het domein heen gaat (MX)' },
  template: 'Resolve-DnsName -Name {recipientDomain} -Type MX',
};

export const genericScenarios: readonly Scenario[] = [
  {
    id: 'message-too-large',
    kind: 'specific',
    match: [
      { status: ['5.3.4', '5.2.3'] },
      {
        replyPhrase: [
          'message size exceeds',
          'exceeds the maximum message size',
          'exceeds fixed maximum message size',
          'message too large',
          'message is too large',
          'RecipientSizeLimit',
          'SendSizeLimit',
        ],
      },
    ],
    title: { en: 'The message is too large', nl: 'Het bericht is te groot' },
    explanation: {
      en: 'Your message, with its attachments, is larger than the receiving side (or your own organization) accepts.',
      nl: 'Uw bericht is met de bijlagen groter dan de ontvangende kant (of uw eigen organisatie) aanneemt.',
    },
    fixedBy: 'sender',
    steps: {
      sender: [
        {
          en: 'Send it again without the large attachments: share them as a link instead (OneDrive, SharePoint or another file-sharing service).',
          nl: 'Verstuur het opnieuw zonder de grote bijlagen: deel ze in plaats daarvan als link (OneDrive, SharePoint of een andere dienst om bestanden te delen).',
        },
        {
          en: 'Or make pictures smaller, or spread the attachments over several messages. Attachments grow by about a third when they are sent by mail.',
          nl: 'Of maak afbeeldingen kleiner, of verdeel de bijlagen over meerdere berichten. Bijlagen worden bij verzending per mail ongeveer een derde groter.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Check the size limits on the way: the mailbox (MaxSendSize, MaxReceiveSize), the organization’s transport settings, connectors, and what the receiving side accepts. Large groups have lower limits of their own.',
          nl: 'Controleer de groottelimieten onderweg: het postvak (MaxSendSize, MaxReceiveSize), de transportinstellingen van de organisatie, connectors, en wat de ontvangende kant accepteert. Grote groepen hebben eigen, lagere limieten.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Size limits of the sending mailbox', nl: 'Groottelimieten van het verzendende postvak' },
        template: 'Get-Mailbox -Identity {sender} | Format-List MaxSendSize, MaxReceiveSize',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Size limits of the organization', nl: 'Groottelimieten van de organisatie' },
        template: 'Get-TransportConfig | Format-List MaxSendSize, MaxReceiveSize',
      },
    ],
    links: [LINKS.exchangeOnlineLimits],
  },

  {
    id: 'generic-5-7',
    kind: 'fallback',
    match: [{ status: ['5.7.*'] }],
    title: {
      en: 'A security or permission setting stopped the message',
      nl: 'Een beveiligings- of toestemmingsinstelling heeft het bericht tegengehouden',
    },
    explanation: {
      en: 'Code {status|5.7.x} means a security setting kept the message from the recipient. Usually one of four things: you may not send to this recipient; you may not send to the group or a group inside it; you may not send through a mail server on the way; or the message was sent to the wrong mail server.',
      nl: 'Code {status|5.7.x} betekent dat een beveiligingsinstelling het bericht bij de geadresseerde weghield. Meestal is het een van deze vier: u mag niet naar deze geadresseerde mailen; u mag niet naar de groep of een groep daarbinnen mailen; u mag niet mailen via een mailserver onderweg; of het bericht is naar de verkeerde mailserver gestuurd.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'Usually you cannot fix this yourself: the recipient or their mail admin has to change a setting. A few things are worth trying.',
          nl: 'Meestal kunt u dit niet zelf oplossen: de geadresseerde of diens e-mailbeheerder moet een instelling aanpassen. Een paar dingen zijn het proberen waard.',
        },
        {
          en: 'Recipient outside your organization: ask them to set their mailbox to accept mail from you.',
          nl: 'Geadresseerde buiten uw organisatie: vraag of die het postvak zo wil instellen dat het mail van u aanneemt.',
        },
        {
          en: 'A group inside your organization: you may not have permission to send to the group or to a group inside it (the bounce then names the restricted groups). Ask the owner of that group for permission.',
          nl: 'Een groep binnen uw organisatie: misschien mag u niet naar de groep of naar een groep daarbinnen mailen (de melding noemt dan de groepen met beperkingen). Vraag de eigenaar van die groep om toestemming.',
        },
        FIND_OWNER_WEB,
        FIND_OWNER_CLASSIC,
        LARGE_GROUP_SENDER,
        {
          en: 'If none of this helps, contact the mail admin of {recipientDomain|the recipient’s organization} and send them this bounce.',
          nl: 'Helpt dit allemaal niet, neem dan contact op met de e-mailbeheerder van {recipientDomain|de organisatie van de geadresseerde} en stuur deze melding mee.',
        },
      ],
      owner: OWNER_ALLOW_SENDER,
      admin: [
        {
          en: 'Look the code up in Microsoft’s list of Exchange Online bounce codes; its 5.7.1 article also covers 5.7.0 to 5.7.999.',
          nl: 'Zoek de code op in de lijst van Microsoft met meldingscodes van Exchange Online; het artikel over 5.7.1 behandelt ook 5.7.0 tot en met 5.7.999.',
        },
        {
          en: 'Sender outside your organization: change the settings of the recipient or of your mail servers so mail from outside (anonymous) senders is accepted.',
          nl: 'Afzender buiten uw organisatie: pas de instellingen van de geadresseerde of van uw mailservers aan, zodat mail van externe (anonieme) afzenders wordt aangenomen.',
        },
        {
          en: 'Check the domain setup: the domain is fully set up (Healthy) in the Microsoft 365 admin center, its only MX record points to {mxHost}, its SPF record lists every sending service, and any hybrid connectors are correct.',
          nl: 'Controleer de domeininstellingen: het domein is volledig ingesteld (In orde) in het Microsoft 365-beheercentrum, het enige MX-record wijst naar {mxHost}, het SPF-record noemt elke verzendende dienst, en eventuele hybride connectors kloppen.',
        },
        {
          en: 'Run a message trace to see where and why the message was refused.',
          nl: 'Voer een berichttracering uit om te zien waar en waarom het bericht werd geweigerd.',
        },
      ],
    },
    commands: [TRACE_MESSAGE, RECIPIENT_TYPE],
    links: [LINKS.fix571, LINKS.ndrIndex],
  },

  {
    id: 'temporary-problem',
    kind: 'fallback',
    // Also a bounce with no code that says the server kept trying and gave up.
    match: [{ status: ['4.*.*'] }, { statusKnown: false, replyPhrase: GAVE_UP_PHRASES }],
    title: {
      en: 'Delivery is delayed by a temporary problem',
      nl: 'De bezorging is vertraagd door een tijdelijk probleem',
    },
    explanation: {
      en: '{codeMeaning|A code starting with 4 means the problem is temporary.} If the bounce says the server is still trying, just wait; if it says delivery was given up, send the message again later.',
      nl: '{codeMeaning|Een code die met een 4 begint, betekent dat het probleem tijdelijk is.} Staat in de melding dat de server het nog probeert, wacht dan gewoon af; staat er dat de bezorging is opgegeven, verstuur het bericht dan later opnieuw.',
    },
    fixedBy: 'wait',
    steps: {
      sender: [
        {
          en: 'Wait: the sending server keeps trying for a while, often up to a day or two.',
          nl: 'Wacht af: de verzendende server blijft het een tijd proberen, vaak tot een dag of twee.',
        },
        {
          en: 'If a final bounce tells you delivery failed, send your message again later.',
          nl: 'Krijgt u een definitieve melding dat de bezorging is mislukt, verstuur uw bericht dan later opnieuw.',
        },
        {
          en: 'If it keeps happening with this recipient, let them know another way, and forward the bounce to your IT department.',
          nl: 'Blijft het gebeuren bij deze geadresseerde, laat het hem of haar dan op een andere manier weten en stuur de melding door naar uw IT-afdeling.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'If it persists: check whether the receiving servers for {recipientDomain|the domain} can be reached (MX records, firewall, certificates), and look at the queue and message trace on your side.',
          nl: 'Houdt het aan: controleer of de ontvangende servers voor {recipientDomain|het domein} bereikbaar zijn (MX-records, firewall, certificaten), en bekijk de wachtrij en de berichttracering aan uw kant.',
        },
      ],
    },
    commands: [RESOLVE_MX, TRACE_MESSAGE],
    links: [LINKS.ndrIndex, LINKS.rfc3463],
  },

  {
    id: 'address-problem',
    kind: 'fallback',
    // Many servers answer an unknown address with a general code (5.0.0, 5.5.0, 5.2.1, even 5.7.1): the words decide.
    match: [
      { status: ['5.1.*'] },
      // Exchange Online: "Recipient address rejected: Access denied" for an address that is not valid
      // (5.7.504; 5.4.1 when Directory-Based Edge Blocking finds no such recipient in the organization).
      { status: ['5.7.504'] },
      { status: ['5.4.1'], replyPhrase: ['Recipient address rejected: Access denied'] },
      { status: ['5.*.*'], replyPhrase: UNKNOWN_ADDRESS_PHRASES },
      { statusKnown: false, replyPhrase: UNKNOWN_ADDRESS_PHRASES },
    ],
    title: {
      en: 'Something is wrong with the recipient’s address',
      nl: 'Er is iets mis met het adres van de geadresseerde',
    },
    explanation: {
      en: '{codeMeaning} Most often the address is misspelled or no longer exists.',
      nl: '{codeMeaning} Meestal is het adres verkeerd gespeld of bestaat het niet meer.',
    },
    fixedBy: 'sender',
    steps: {
      sender: [
        CHECK_ADDRESS,
        {
          en: 'Ask the recipient, by phone for example, for their current address.',
          nl: 'Vraag de geadresseerde, bijvoorbeeld telefonisch, naar het huidige adres.',
        },
        FORWARD_TO_IT,
      ],
      owner: [],
      admin: [
        {
          en: 'If the recipient is in your organization: check that {recipient|the address} exists, is licensed and is synchronized in both directories (hybrid), and look for forwarding rules that point to an old address.',
          nl: 'Hoort de geadresseerde bij uw organisatie: controleer of {recipient|het adres} bestaat, een licentie heeft en in beide adreslijsten is gesynchroniseerd (hybride), en zoek naar doorstuurregels die naar een oud adres wijzen.',
        },
      ],
    },
    commands: [RECIPIENT_TYPE],
    links: [LINKS.ndrIndex, LINKS.rfc3463],
  },

  {
    id: 'mailbox-problem',
    kind: 'fallback',
    match: [
      { status: ['5.2.*'] },
      { status: ['5.*.*'], replyPhrase: MAILBOX_FULL_PHRASES },
      { statusKnown: false, replyPhrase: MAILBOX_FULL_PHRASES },
    ],
    title: {
      en: 'The recipient’s mailbox cannot take the message',
      nl: 'Het postvak van de geadresseerde kan het bericht niet aannemen',
    },
    explanation: {
      en: '{codeMeaning} The problem is on the recipient’s side, for example a full or closed mailbox.',
      nl: '{codeMeaning} Het probleem ligt bij de geadresseerde, bijvoorbeeld een vol of afgesloten postvak.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        TELL_RECIPIENT,
        {
          en: 'If your message is large, send it again without large attachments, or share a link instead.',
          nl: 'Is uw bericht groot, verstuur het dan opnieuw zonder grote bijlagen, of deel een link.',
        },
        TRY_AGAIN_LATER,
      ],
      owner: [],
      admin: [
        {
          en: 'Check the recipient’s mailbox: is it full (quota), disabled or being moved? Free up space, raise the quota or re-enable it.',
          nl: 'Controleer het postvak van de geadresseerde: is het vol (quotum), uitgeschakeld of wordt het verplaatst? Maak ruimte vrij, verhoog het quotum of schakel het weer in.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'How full is the mailbox?', nl: 'Hoe vol is het postvak?' },
        template: 'Get-MailboxStatistics -Identity {recipient} | Format-List DisplayName, ItemCount, TotalItemSize',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show the mailbox’s quota', nl: 'Toon het quotum van het postvak' },
        template: 'Get-Mailbox -Identity {recipient} | Format-List RecipientTypeDetails, ProhibitSendReceiveQuota, MaxReceiveSize',
      },
    ],
    links: [LINKS.ndrIndex, LINKS.rfc3463],
  },

  {
    id: 'mail-system-problem',
    kind: 'fallback',
    match: [{ status: ['5.3.*'] }],
    title: {
      en: 'The receiving mail system could not take the message',
      nl: 'Het ontvangende mailsysteem kon het bericht niet aannemen',
    },
    explanation: {
      en: '{codeMeaning} This is a problem with the recipient’s mail system rather than with your message.',
      nl: '{codeMeaning} Dit is een probleem met het mailsysteem van de geadresseerde, niet met uw bericht.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [TRY_AGAIN_LATER, TELL_RECIPIENT],
      owner: [],
      admin: [
        {
          en: 'Recipient’s admin: check the receiving servers’ storage, configuration and connectors for {recipientDomain|the domain}.',
          nl: 'Beheerder van de geadresseerde: controleer de opslag, configuratie en connectors van de ontvangende servers voor {recipientDomain|het domein}.',
        },
      ],
    },
    commands: [TRACE_MESSAGE],
    links: [LINKS.ndrIndex, LINKS.rfc3463],
  },

  {
    id: 'routing-problem',
    kind: 'fallback',
    match: [
      { status: ['5.4.*'] },
      { status: ['5.*.*'], replyPhrase: HOST_UNKNOWN_PHRASES },
      { statusKnown: false, replyPhrase: HOST_UNKNOWN_PHRASES },
    ],
    title: {
      en: 'The message could not find its way to the recipient',
      nl: 'Het bericht kon de weg naar de geadresseerde niet vinden',
    },
    explanation: {
      en: '{codeMeaning} Often the recipient’s domain cannot be found, its mail server does not answer, or its DNS settings are wrong.',
      nl: '{codeMeaning} Vaak is het domein van de geadresseerde niet te vinden, antwoordt de mailserver niet, of kloppen de DNS-instellingen niet.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'Check the part of the address after the @ for typos.',
          nl: 'Controleer het deel van het adres na de @ op typefouten.',
        },
        TRY_AGAIN_LATER,
        TELL_RECIPIENT,
      ],
      owner: [],
      admin: [
        {
          en: 'Check that {recipientDomain|the domain} has MX records that point to servers that answer on port 25, and look at connectors on the way.',
          nl: 'Controleer of {recipientDomain|het domein} MX-records heeft die wijzen naar servers die op poort 25 antwoorden, en bekijk de connectors onderweg.',
        },
      ],
    },
    commands: [RESOLVE_MX, TRACE_MESSAGE],
    links: [LINKS.ndrIndex, LINKS.remoteConnectivityAnalyzer, LINKS.rfc3463],
  },

  {
    id: 'protocol-problem',
    kind: 'fallback',
    match: [{ status: ['5.5.*'] }],
    title: {
      en: 'The mail servers could not understand each other',
      nl: 'De mailservers begrepen elkaar niet',
    },
    explanation: {
      en: '{codeMeaning} This is usually a problem with the sending server or application, not with what you wrote.',
      nl: '{codeMeaning} Meestal ligt dit aan de verzendende server of applicatie, niet aan wat u schreef.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        {
          en: 'If you sent to a very long list of recipients, split it over several messages.',
          nl: 'Stuurde u naar een heel lange lijst geadresseerden, verdeel die dan over meerdere berichten.',
        },
        FORWARD_TO_IT,
      ],
      owner: [],
      admin: [
        {
          en: 'Look at the SMTP conversation in the sending server’s or application’s logs; check recipient limits and the SMTP features the application uses.',
          nl: 'Bekijk het SMTP-gesprek in de logboeken van de verzendende server of applicatie; controleer limieten op het aantal geadresseerden en de SMTP-functies die de applicatie gebruikt.',
        },
      ],
    },
    commands: [TRACE_MESSAGE],
    links: [LINKS.ndrIndex, LINKS.rfc3463],
  },

  {
    id: 'content-problem',
    kind: 'fallback',
    match: [{ status: ['5.6.*'] }],
    title: {
      en: 'The receiver could not handle the message’s content',
      nl: 'De ontvanger kon de inhoud van het bericht niet verwerken',
    },
    explanation: {
      en: '{codeMeaning} Something in the message (its format, an attachment, or special characters in an address) was not accepted.',
      nl: '{codeMeaning} Iets in het bericht (de opmaak, een bijlage, of bijzondere tekens in een adres) werd niet geaccepteerd.',
    },
    fixedBy: 'sender',
    steps: {
      sender: [
        {
          en: 'Send the message again without unusual attachments, or with the attachments in common formats (PDF, Office documents).',
          nl: 'Verstuur het bericht opnieuw zonder ongebruikelijke bijlagen, of met bijlagen in gangbare formaten (pdf, Office-documenten).',
        },
        {
          en: 'If the recipient’s address contains accents or other special characters, ask for a plain address.',
          nl: 'Bevat het adres van de geadresseerde accenten of andere bijzondere tekens, vraag dan om een adres zonder.',
        },
        FORWARD_TO_IT,
      ],
      owner: [],
      admin: [
        {
          en: 'Check content conversion and the SMTP extensions on the way (8BITMIME, SMTPUTF8 for non-ASCII addresses).',
          nl: 'Controleer de conversie van inhoud en de SMTP-uitbreidingen onderweg (8BITMIME, SMTPUTF8 voor adressen met niet-ASCII-tekens).',
        },
      ],
    },
    commands: [TRACE_MESSAGE],
    links: [LINKS.ndrIndex, LINKS.rfc3463],
  },

  {
    id: 'other-permanent-problem',
    kind: 'fallback',
    match: [{ status: ['5.0.*'] }, { status: ['5.*.*'] }],
    title: {
      en: 'The message was refused for good',
      nl: 'Het bericht is definitief geweigerd',
    },
    explanation: {
      en: '{codeMeaning} The code itself does not say more about the cause; the server’s reply in the bounce may.',
      nl: '{codeMeaning} De code zelf zegt niet meer over de oorzaak; het antwoord van de server in de melding misschien wel.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [READ_THE_REPLY, CHECK_ADDRESS, TELL_RECIPIENT, FORWARD_TO_IT],
      owner: [],
      admin: [
        {
          en: 'Run a message trace and read the receiving server’s full reply; the text after the code usually names the cause.',
          nl: 'Voer een berichttracering uit en lees het volledige antwoord van de ontvangende server; de tekst na de code noemt meestal de oorzaak.',
        },
      ],
    },
    commands: [TRACE_MESSAGE],
    links: [LINKS.ndrIndex, LINKS.rfc3463],
  },

  {
    id: 'unknown-code',
    kind: 'fallback',
    match: [{}],
    title: {
      en: 'The bounce gives no code we recognize',
      nl: 'De melding bevat geen code die we herkennen',
    },
    explanation: {
      en: '{codeMeaning|The bounce carries no standard status code, so the cause is not certain.} The receiving server’s reply often says in words what went wrong.',
      nl: '{codeMeaning|De melding bevat geen standaard statuscode, dus de oorzaak is niet zeker.} Het antwoord van de ontvangende server zegt vaak in woorden wat er misging.',
    },
    fixedBy: 'sender',
    whoCanFix: {
      en: 'Start with the steps below; if they do not help, your IT department can look further.',
      nl: 'Begin met de stappen hieronder; helpen die niet, dan kan uw IT-afdeling verder kijken.',
    },
    steps: {
      sender: [READ_THE_REPLY, CHECK_ADDRESS, TRY_AGAIN_LATER, FORWARD_TO_IT_NOW],
      owner: [],
      admin: [
        {
          en: 'Read the full reply of the receiving server and run a message trace for the sender and recipient.',
          nl: 'Lees het volledige antwoord van de ontvangende server en voer een berichttracering uit voor afzender en geadresseerde.',
        },
      ],
    },
    commands: [TRACE_MESSAGE],
    links: [LINKS.ndrIndex],
  },
];
