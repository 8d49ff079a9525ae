/**
 * The sending server's or account's reputation: block lists (Microsoft's own,
 * Outlook.com's, public ones, the recipient's), banned senders, throttling.
 *
 * Sources: Exchange Online's list of NDR codes
 * (https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online)
 * and the per-code pages in `../links.ts`; the delist address: Microsoft's 550 5.7.1 article
 * (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online).
 */
import { LINKS } from '../links';
import { SEND_AGAIN_LATER, TELL_RECIPIENT } from '../shared';
import type { Localized } from '../../types';
import type { Scenario } from '../types';

const FIX_CAUSE_FIRST: Localized = {
  en: 'Find out why the address was listed before asking for removal: a hacked account, an infected computer, an open relay, a badly behaving application, or a shared IP at your provider. Otherwise it will be listed again.',
  nl: 'Zoek uit waarom het adres op de lijst kwam voordat u om verwijdering vraagt: een gehackt account, een besmette computer, een open relay, een applicatie die zich misdraagt, of een gedeeld IP-adres bij uw provider. Anders komt het er zo weer op.',
};

const SENDER_ASK_PROVIDER: Localized = {
  en: 'Forward this bounce to your IT department, or to your internet or hosting provider if you have no IT department: only the owner of the sending server can get it unblocked.',
  nl: 'Stuur deze melding door naar uw IT-afdeling, of naar uw internet- of hostingprovider als u geen IT-afdeling hebt: alleen de eigenaar van de verzendende server kan de blokkade laten opheffen.',
};

export const reputationScenarios: readonly Scenario[] = [
  {
    id: 'microsoft-blocklist',
    kind: 'specific',
    match: [
      { phrase: ['blocked using Blocklist 1'], boost: 15 },
      { blockList: ['Blocklist 1'], boost: 10 },
      { phrase: ['delist@messaging.microsoft.com'], boost: 5 },
      { status: ['5.7.511'], boost: 20 },
    ],
    title: {
      en: 'Microsoft’s block list stops mail from the sending server',
      nl: 'De blokkeringslijst van Microsoft houdt mail van de verzendende server tegen',
    },
    explanation: {
      en: 'The IP address of the server that sent your mail ({ip|see the bounce}) is on a block list Microsoft uses for Microsoft 365 and Outlook.com, usually because spam came from it.',
      nl: 'Het IP-adres van de server die uw mail verstuurde ({ip|zie de melding}) staat op een blokkeringslijst die Microsoft gebruikt voor Microsoft 365 en Outlook.com, meestal omdat er spam vandaan kwam.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [SENDER_ASK_PROVIDER, SEND_AGAIN_LATER],
      owner: [],
      admin: [
        {
          en: 'Forward the bounce, unchanged, to delist@messaging.microsoft.com and ask for {ip|the IP address} to be removed. For code 5.7.511, Microsoft asks for a message to delist@microsoft.com with the whole bounce and the IP address.',
          nl: 'Stuur de melding ongewijzigd door naar delist@messaging.microsoft.com en vraag om {ip|het IP-adres} te verwijderen. Bij code 5.7.511 vraagt Microsoft om een bericht aan delist@microsoft.com met de hele melding en het IP-adres.',
        },
        FIX_CAUSE_FIRST,
        {
          en: 'If you send through a hosting provider or another shared IP address, ask the provider to request the removal.',
          nl: 'Verstuurt u via een hostingprovider of een ander gedeeld IP-adres, vraag de provider dan om de verwijdering aan te vragen.',
        },
      ],
    },
    commands: [],
    links: [LINKS.delistPortal, LINKS.fix571],
  },

  {
    id: 'microsoft-ip-banned',
    kind: 'specific',
    match: [
      { status: ['5.7.606-5.7.649'] },
      { replyPhrase: ['banned sending IP'] },
      { replyPhrase: ['sender.office.com'] },
    ],
    title: {
      en: 'Microsoft 365 refuses mail from the sending IP address',
      nl: 'Microsoft 365 weigert mail van het verzendende IP-adres',
    },
    explanation: {
      en: 'Exchange Online Protection no longer accepts mail from {ip|the sending IP address} because of its reputation. The owner of that address can ask Microsoft to lift the ban.',
      nl: 'Exchange Online Protection neemt geen mail meer aan van {ip|het verzendende IP-adres} vanwege de reputatie ervan. De eigenaar van dat adres kan Microsoft vragen de blokkade op te heffen.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [SENDER_ASK_PROVIDER, SEND_AGAIN_LATER],
      owner: [],
      admin: [
        {
          en: 'Request removal in Microsoft’s delist portal (sender.office.com): enter an address where you can receive mail and {ip|the IP address}, confirm through the mail you get, then ask for delisting. It can take up to 24 hours.',
          nl: 'Vraag verwijdering aan in de delist-portal van Microsoft (sender.office.com): vul een adres in waarop u mail ontvangt en {ip|het IP-adres}, bevestig via de mail die u krijgt en vraag daarna de verwijdering aan. Dat kan tot 24 uur duren.',
        },
        FIX_CAUSE_FIRST,
      ],
    },
    commands: [],
    links: [LINKS.senderOffice, LINKS.delistPortal],
  },

  {
    id: 'outlook-com-blocklist',
    kind: 'specific',
    match: [
      { marker: ['S3150', 'S3140', 'AS3150', 'AS3140'], boost: 5 },
      { phrase: ['(S3150)', '(S3140)', 'part of their network is on our block list'], boost: 10 },
    ],
    title: {
      en: 'Outlook.com blocks mail from the sending network',
      nl: 'Outlook.com blokkeert mail uit het verzendende netwerk',
    },
    explanation: {
      en: 'Outlook.com, Hotmail and Live.com (Microsoft’s consumer mail) refuse mail from {ip|this IP address} because it, or the network it belongs to, is on their block list.',
      nl: 'Outlook.com, Hotmail en Live.com (de consumentenmail van Microsoft) weigeren mail van {ip|dit IP-adres} omdat het adres, of het netwerk waar het bij hoort, op hun blokkeringslijst staat.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [SENDER_ASK_PROVIDER, SEND_AGAIN_LATER],
      owner: [],
      admin: [
        {
          en: 'Ask for removal through Outlook.com’s sender support (the delisting form on its postmaster site), with {ip|the IP address} and this bounce.',
          nl: 'Vraag verwijdering aan via de afzenderondersteuning van Outlook.com (het formulier op de postmastersite), met {ip|het IP-adres} en deze melding.',
        },
        {
          en: 'S3150 means part of your provider’s network is listed: only the provider can fix that. Ask them, or send through another provider or relay service meanwhile.',
          nl: 'S3150 betekent dat een deel van het netwerk van uw provider op de lijst staat: alleen de provider kan dat oplossen. Vraag het hun, of verstuur intussen via een andere provider of relaydienst.',
        },
        {
          en: 'Sign up for Outlook.com’s reputation programs (SNDS and JMRP) to see trouble coming next time.',
          nl: 'Meld u aan voor de reputatieprogramma’s van Outlook.com (SNDS en JMRP) om problemen de volgende keer eerder te zien.',
        },
        FIX_CAUSE_FIRST,
      ],
    },
    commands: [],
    links: [LINKS.outlookComSenders],
  },

  {
    id: 'third-party-blocklist',
    kind: 'specific',
    match: [
      {
        blockList: ['Spamhaus', 'prs.proofpoint.com', 'Proofpoint', 'Cloudmark', 'Barracuda', 'SpamCop', 'SORBS', 'ERS-RBL'],
        unless: ['Blocklist 1', 'Customer Block list'],
      },
      {
        replyPhrase: ['blocked using', 'spamhaus', 'ERS-RBL', 'blacklisted', 'blocklisted', 'listed at', 'RBL'],
        unless: ['Blocklist 1', 'Customer Block list', 'delist@messaging.microsoft.com'],
      },
    ],
    title: {
      en: 'The sending server is on a public block list',
      nl: 'De verzendende server staat op een openbare blokkeringslijst',
    },
    explanation: {
      en: 'The receiving organization refuses mail from {ip|the sending IP address} because it is on a block list ({blockList|named in the bounce}) that they use against spam.',
      nl: 'De ontvangende organisatie weigert mail van {ip|het verzendende IP-adres} omdat het op een blokkeringslijst staat ({blockList|zie de melding}) die zij tegen spam gebruikt.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [SENDER_ASK_PROVIDER, SEND_AGAIN_LATER],
      owner: [],
      admin: [
        {
          en: 'Look up {ip|the IP address} at the list the bounce names (Spamhaus: check.spamhaus.org; the bounce often carries the exact lookup link) and follow that list’s removal steps.',
          nl: 'Zoek {ip|het IP-adres} op bij de lijst die de melding noemt (Spamhaus: check.spamhaus.org; de melding bevat vaak de precieze link) en volg de verwijderstappen van die lijst.',
        },
        FIX_CAUSE_FIRST,
        {
          en: 'If the address belongs to your provider (shared hosting, a home or office connection), ask them to get it removed, or send through a relay service with a good reputation.',
          nl: 'Hoort het adres bij uw provider (gedeelde hosting, een thuis- of kantoorverbinding), vraag hun dan om verwijdering, of verstuur via een relaydienst met een goede reputatie.',
        },
      ],
    },
    commands: [],
    links: [LINKS.spamhausLookup, LINKS.ndrIndex],
  },

  {
    id: 'recipient-block-list',
    kind: 'specific',
    match: [
      { status: ['5.7.513'] },
      { phrase: ['Customer Block list'], boost: 5 },
      { blockList: ['Customer Block list'], boost: 5 },
      { status: ['5.7.507'] },
      { phrase: ['Access denied, rejected by recipient'] },
    ],
    title: {
      en: 'The recipient’s organization has blocked your mail server',
      nl: 'De organisatie van de geadresseerde heeft uw mailserver geblokkeerd',
    },
    explanation: {
      en: '{recipientDomain|The recipient’s organization} put the IP address of your mail server ({ip|see the bounce}) on its own block list, so Microsoft 365 refuses your mail on their behalf.',
      nl: '{recipientDomain|De organisatie van de geadresseerde} heeft het IP-adres van uw mailserver ({ip|zie de melding}) op de eigen blokkeringslijst gezet, dus Microsoft 365 weigert uw mail namens hen.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'Contact {recipient|the recipient} another way (phone, another address) and ask them to have their mail admin unblock your mail server.',
          nl: 'Neem op een andere manier contact op met {recipient|de geadresseerde} (telefoon, een ander adres) en vraag hun e-mailbeheerder uw mailserver te deblokkeren.',
        },
        TELL_RECIPIENT,
      ],
      owner: [],
      admin: [
        {
          en: 'Recipient’s admin: remove {ip|the IP address} from the IP Block List of the connection filter policy (Microsoft Defender portal › Email & collaboration › Policies & rules › Threat policies › Anti-spam › Connection filter policy), or use the commands below.',
          nl: 'Beheerder van de geadresseerde: haal {ip|het IP-adres} van de IP-blokkeringslijst van het verbindingsfilterbeleid (Microsoft Defender-portal › E-mail en samenwerking › Beleid en regels › Beleid voor bedreigingen › Antispam › Verbindingsfilterbeleid), of gebruik de opdrachten hieronder.',
        },
        {
          en: 'Sender’s admin: ask the recipient’s organization why they blocked you; there may be spam from your network they noticed first.',
          nl: 'Beheerder van de afzender: vraag de organisatie van de geadresseerde waarom u geblokkeerd bent; misschien zagen zij eerder dan u spam uit uw netwerk.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show the blocked IP addresses', nl: 'Toon de geblokkeerde IP-adressen' },
        template: 'Get-HostedConnectionFilterPolicy -Identity Default | Format-List IPBlockList',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Unblock the sending IP address', nl: 'Deblokkeer het verzendende IP-adres' },
        template: 'Set-HostedConnectionFilterPolicy -Identity Default -IPBlockList @{Remove={ip}}',
      },
    ],
    links: [LINKS.connectionFilter, LINKS.ndrIndex],
  },

  {
    id: 'banned-sender',
    kind: 'specific',
    match: [
      { status: ['5.7.501-5.7.503'] },
      { status: ['5.7.501-5.7.503'], replyPhrase: ['banned sender', 'spam abuse detected'] },
      { replyPhrase: ['spam abuse detected'] },
    ],
    title: {
      en: 'Your account has been stopped from sending (spam detected)',
      nl: 'Uw account mag geen mail meer versturen (spam gedetecteerd)',
    },
    explanation: {
      en: 'Microsoft 365 saw your account send mail that looked like spam and blocked it from sending. This often means someone else has your password.',
      nl: 'Microsoft 365 zag vanaf uw account mail die op spam leek en heeft het versturen geblokkeerd. Vaak betekent dit dat iemand anders uw wachtwoord heeft.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        {
          en: 'Tell your IT department right away and forward them this bounce.',
          nl: 'Waarschuw direct uw IT-afdeling en stuur hun deze melding door.',
        },
        {
          en: 'Change your password when they ask you to, and look in Sent Items for messages you did not send.',
          nl: 'Wijzig uw wachtwoord zodra zij daarom vragen, en kijk in Verzonden items of daar berichten staan die u niet zelf hebt verstuurd.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Treat the account as compromised: reset the password, sign out all sessions, check MFA, inbox rules, forwarding and app consents.',
          nl: 'Behandel het account als gehackt: stel het wachtwoord opnieuw in, meld alle sessies af, controleer MFA, Postvak IN-regels, doorsturen en toestemmingen voor apps.',
        },
        {
          en: 'Then release it from the Restricted entities page (Microsoft Defender portal › Email & collaboration › Review › Restricted entities) or with Remove-BlockedSenderAddress.',
          nl: 'Geef het daarna vrij op de pagina Beperkte entiteiten (Microsoft Defender-portal › E-mail en samenwerking › Controleren › Beperkte entiteiten) of met Remove-BlockedSenderAddress.',
        },
        {
          en: 'If it stays blocked after that, open a support request in the Microsoft 365 admin center.',
          nl: 'Blijft het daarna geblokkeerd, dien dan een ondersteuningsaanvraag in via het Microsoft 365-beheercentrum.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'List blocked senders', nl: 'Toon geblokkeerde afzenders' },
        template: 'Get-BlockedSenderAddress',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Unblock the sender (after securing the account)', nl: 'Deblokkeer de afzender (nadat het account is beveiligd)' },
        template: 'Remove-BlockedSenderAddress -SenderAddress {sender}',
      },
    ],
    links: [LINKS.restrictedEntities, LINKS.ndrIndex],
  },

  {
    id: 'temporary-ip-throttling',
    kind: 'specific',
    match: [
      { status: ['4.7.500-4.7.699', '4.7.850-4.7.899'] },
      {
        replyPhrase: ['server busy. please try again later', 'temporarily rate limited', 'access denied, please try again later'],
      },
    ],
    title: {
      en: 'The receiving side is slowing down mail from the sending server',
      nl: 'De ontvangende kant remt mail van de verzendende server af',
    },
    explanation: {
      en: 'Mail from {ip|the sending IP address} is being held back for now, usually because the address is new to the receiver or its reputation changed. The sending server keeps trying; most messages get through within a day.',
      nl: 'Mail van {ip|het verzendende IP-adres} wordt voorlopig tegengehouden, meestal omdat het adres nieuw is voor de ontvanger of de reputatie ervan veranderde. De verzendende server blijft het proberen; de meeste berichten komen binnen een dag aan.',
    },
    fixedBy: 'wait',
    steps: {
      sender: [
        {
          en: 'Nothing to do yet: the message may still be delivered. If a final bounce follows, forward it to your IT department.',
          nl: 'U hoeft nog niets te doen: het bericht kan alsnog worden bezorgd. Volgt er een definitieve melding, stuur die dan door naar uw IT-afdeling.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'If the IP address is your own server or gateway sending to Microsoft 365, set up an inbound connector for it so its mail is recognized.',
          nl: 'Is het IP-adres uw eigen server of gateway die naar Microsoft 365 verstuurt, maak er dan een inkomende connector voor, zodat de mail wordt herkend.',
        },
        {
          en: 'For Outlook.com (4.7.650, 4.7.651, S3113): keep volumes steady, and watch your reputation in SNDS.',
          nl: 'Voor Outlook.com (4.7.650, 4.7.651, S3113): houd de volumes gelijkmatig en volg uw reputatie in SNDS.',
        },
        {
          en: 'Otherwise wait: throttling of a new IP address eases as it builds a reputation.',
          nl: 'Wacht verder af: het afremmen van een nieuw IP-adres neemt af naarmate het een reputatie opbouwt.',
        },
      ],
    },
    commands: [],
    links: [LINKS.fix451, LINKS.outlookComSenders],
  },
];
