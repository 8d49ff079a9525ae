/**
 * Proving the mail really comes from the sender's domain: SPF (5.7.23), DMARC
 * (5.7.509, Gmail 5.7.26, Yahoo 5.7.9, Apple, Proofpoint, Outlook.com 5.7.515)
 * and the reverse DNS / IPv6 requirements (5.7.25, 5.7.510).
 *
 * Sources: Exchange Online's list of NDR codes
 * (https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online),
 * the per-code pages in `../links.ts`, other receivers' replies (docs/ndr-formats.md §7), and
 * Microsoft's 550 5.7.1 article ("SPF record incomplete"; https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online).
 */
import { LINKS } from '../links';
import { FORWARD_TO_IT_NOW } from '../shared';
import type { Scenario } from '../types';

export const senderAuthenticationScenarios: readonly Scenario[] = [
  {
    id: 'spf-failure',
    kind: 'specific',
    match: [
      { status: ['5.7.23'] },
      {
        replyPhrase: [
          'Sender Policy Framework violation',
          'fails to pass SPF',
          'SPF validation failed',
          'SPF check failed',
          'authenticate with either SPF or DKIM',
          'Bad SPF record',
          "per it's SPF Record",
          'per its SPF record',
        ],
      },
    ],
    title: {
      en: 'Your domain’s SPF record does not cover the server that sent this',
      nl: 'Het SPF-record van uw domein dekt de verzendende server niet',
    },
    explanation: {
      en: 'Receiving servers check that mail from {senderDomain|your domain} comes from a server the domain lists in its SPF record. This message came from a server that is not on that list, so it was refused.',
      nl: 'Ontvangende servers controleren of mail van {senderDomain|uw domein} komt van een server die het domein in zijn SPF-record noemt. Dit bericht kwam van een server die daar niet op staat, dus het is geweigerd.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        FORWARD_TO_IT_NOW,
        {
          en: 'If you sent through another service with your company address (a newsletter tool, a website form, an invoicing system), tell IT which one.',
          nl: 'Verstuurde u via een andere dienst met uw bedrijfsadres (een nieuwsbrieftool, een formulier op een website, een factuursysteem), vertel IT dan welke.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Look up the SPF record of {senderDomain|the domain} (command below) and make sure it lists every service that sends as this domain: include:spf.protection.outlook.com for Microsoft 365, the public IP addresses of your own mail servers, and outside senders such as newsletter or CRM services.',
          nl: 'Zoek het SPF-record van {senderDomain|het domein} op (opdracht hieronder) en zorg dat het elke dienst noemt die namens dit domein verstuurt: include:spf.protection.outlook.com voor Microsoft 365, de openbare IP-adressen van uw eigen mailservers, en externe afzenders zoals nieuwsbrief- of CRM-diensten.',
        },
        {
          en: 'Keep one TXT record starting with v=spf1, with no more than 10 DNS look-ups.',
          nl: 'Houd één TXT-record aan dat begint met v=spf1, met niet meer dan 10 DNS-opzoekingen.',
        },
        {
          en: 'Microsoft also gives 5.7.23 when a message left through its high-risk delivery pool: then check the sending account for spam or a break-in.',
          nl: 'Microsoft geeft 5.7.23 ook als een bericht via de pool voor riskante bezorging vertrok: controleer dan het verzendende account op spam of een inbraak.',
        },
        {
          en: 'Set up DKIM as well, so that forwarded messages can still pass DMARC.',
          nl: 'Stel ook DKIM in, zodat doorgestuurde berichten toch door DMARC kunnen komen.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the SPF record', nl: 'Zoek het SPF-record op' },
        template: 'Resolve-DnsName -Name {senderDomain} -Type TXT | Select-Object -ExpandProperty Strings',
      },
    ],
    links: [LINKS.fix5723, LINKS.spf, LINKS.dkim],
  },

  {
    id: 'dmarc-failure',
    kind: 'specific',
    match: [
      { status: ['5.7.509'] },
      { replyPhrase: ['DMARC policy', 'pass DMARC', 'DMARC verification', 'DMARC Sender Invalid', 'DMARC check'] },
      // Gmail's older 5.7.1 wording of the same refusal.
      { replyPhrase: ['does not have authentication information', 'fails to pass authentication checks'] },
      { status: ['5.7.26'] },
      { status: ['5.7.515'] },
      { replyPhrase: ['required authentication level'] },
      { status: ['5.7.9'], replyPhrase: ['policy reasons'] },
    ],
    title: {
      en: 'Your domain’s email authentication (DMARC) failed',
      nl: 'De e-mailauthenticatie (DMARC) van uw domein is mislukt',
    },
    explanation: {
      en: 'The receiving server checked whether this message really came from {senderDomain|your domain} (SPF, DKIM and DMARC). The checks failed, and your domain’s own policy or the receiver’s rules say to refuse such mail.',
      nl: 'De ontvangende server controleerde of dit bericht echt van {senderDomain|uw domein} kwam (SPF, DKIM en DMARC). Die controles mislukten, en het beleid van uw eigen domein of de regels van de ontvanger schrijven voor zulke mail te weigeren.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        FORWARD_TO_IT_NOW,
        {
          en: 'If you sent through another service with your company address (a newsletter tool, a website form), tell IT which one.',
          nl: 'Verstuurde u via een andere dienst met uw bedrijfsadres (een nieuwsbrieftool, een formulier op een website), vertel IT dan welke.',
        },
        {
          en: 'If the message was forwarded automatically, mention that: forwarding can break these checks.',
          nl: 'Is het bericht automatisch doorgestuurd, meld dat dan: doorsturen kan deze controles laten mislukken.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Check SPF, DKIM and DMARC for {senderDomain|the domain} (commands below). DMARC passes only when SPF or DKIM passes for the same domain as the From address (alignment).',
          nl: 'Controleer SPF, DKIM en DMARC voor {senderDomain|het domein} (opdrachten hieronder). DMARC slaagt alleen als SPF of DKIM slaagt voor hetzelfde domein als het Van-adres (alignment).',
        },
        {
          en: 'Turn on DKIM signing for every domain you send from: Microsoft Defender portal › Email & collaboration › Policies & rules › Threat policies › Email authentication settings › DKIM.',
          nl: 'Zet DKIM-ondertekening aan voor elk domein waarvan u verstuurt: Microsoft Defender-portal › E-mail en samenwerking › Beleid en regels › Beleid voor bedreigingen › Instellingen voor e-mailverificatie › DKIM.',
        },
        {
          en: 'Every outside service that sends as your domain must be in SPF and sign with DKIM for your domain.',
          nl: 'Elke externe dienst die namens uw domein verstuurt, moet in SPF staan en met DKIM voor uw domein ondertekenen.',
        },
        {
          en: 'Gmail, Yahoo and Outlook.com demand SPF, DKIM and DMARC from bulk senders; Outlook.com’s 5.7.515 even says which check failed. Use DMARC reports (rua) to find the sources that fail.',
          nl: 'Gmail, Yahoo en Outlook.com eisen SPF, DKIM en DMARC van bulkafzenders; de 5.7.515 van Outlook.com zegt zelfs welke controle mislukte. Gebruik DMARC-rapporten (rua) om de bronnen te vinden die falen.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the DMARC record', nl: 'Zoek het DMARC-record op' },
        template: "Resolve-DnsName -Name ('_dmarc.' + {senderDomain}) -Type TXT",
      },
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the SPF record', nl: 'Zoek het SPF-record op' },
        template: 'Resolve-DnsName -Name {senderDomain} -Type TXT | Select-Object -ExpandProperty Strings',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Is DKIM signing on for the domain?', nl: 'Staat DKIM-ondertekening aan voor het domein?' },
        template: 'Get-DkimSigningConfig -Identity {senderDomain} | Format-List Domain, Enabled, Status',
      },
    ],
    links: [LINKS.dmarc, LINKS.dkim, LINKS.spf, LINKS.gmailSenderGuidelines],
  },

  {
    id: 'bad-helo',
    kind: 'specific',
    match: [{ status: ['5.7.506'] }, { replyPhrase: ['Bad HELO', 'invalid HELO', 'HELO rejected', 'EHLO rejected'] }],
    title: {
      en: 'The sending server introduced itself with a name the receiver refuses',
      nl: 'De verzendende server stelde zich voor met een naam die de ontvanger weigert',
    },
    explanation: {
      en: 'At the start of every delivery the sending server gives its own name (HELO or EHLO). The receiver refused that name: usually because the server used the receiver’s own domain, an IP address or a name that does not exist in DNS.',
      nl: 'Aan het begin van elke bezorging noemt de verzendende server zijn eigen naam (HELO of EHLO). De ontvanger weigerde die naam: meestal omdat de server het domein van de ontvanger zelf gebruikte, een IP-adres, of een naam die niet in de DNS bestaat.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [FORWARD_TO_IT_NOW],
      owner: [],
      admin: [
        {
          en: 'Set the HELO/EHLO name of the server that sent this (your mail server, relay, scanner or application) to its own fully qualified host name, one that resolves in DNS to its sending IP address.',
          nl: 'Stel de HELO/EHLO-naam van de server die dit verstuurde (uw mailserver, relay, scanner of applicatie) in op de eigen volledige hostnaam, die in de DNS verwijst naar het verzendende IP-adres.',
        },
        {
          en: 'Never use the receiver’s domain or the name of a Microsoft 365 server as the HELO name: Exchange Online refuses that (5.7.506).',
          nl: 'Gebruik nooit het domein van de ontvanger of de naam van een Microsoft 365-server als HELO-naam: Exchange Online weigert dat (5.7.506).',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-server',
        label: {
          en: 'Exchange Server: show the name each send connector gives',
          nl: 'Exchange Server: toon de naam die elke verzendconnector opgeeft',
        },
        template: 'Get-SendConnector | Format-List Name, Fqdn',
      },
    ],
    links: [LINKS.ndrIndex],
  },

  {
    id: 'reverse-dns-ipv6',
    kind: 'specific',
    match: [
      { status: ['5.7.25'] },
      { replyPhrase: ['PTR record', 'reverse DNS', 'PTR resource record', 'RDNS record', 'IP name lookup failed'] },
      { status: ['5.7.510'] },
      { replyPhrase: ['does not accept email over IPv6'] },
      // Exchange Online: too much mail from one IPv6 range.
      { status: ['5.7.508'] },
      { replyPhrase: ['has exceeded permitted limits within'] },
    ],
    title: {
      en: 'The sending server failed the receiver’s reverse DNS or IPv6 check',
      nl: 'De verzendende server voldeed niet aan de reverse-DNS- of IPv6-eisen van de ontvanger',
    },
    explanation: {
      en: 'The receiver wants the IP address that sent your mail ({ip|see the bounce}) to have a reverse DNS name (PTR record) that points back to it, and over IPv6 it also wants SPF or DKIM to pass. The sending server does not meet that.',
      nl: 'De ontvanger wil dat het IP-adres dat uw mail verstuurde ({ip|zie de melding}) een reverse-DNS-naam (PTR-record) heeft die terugwijst naar hetzelfde adres, en via IPv6 moet ook SPF of DKIM slagen. De verzendende server voldoet daar niet aan.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [FORWARD_TO_IT_NOW],
      owner: [],
      admin: [
        {
          en: 'Have your internet or hosting provider set a PTR record for {ip|the sending IP address}, with a host name that resolves back to the same address.',
          nl: 'Laat uw internet- of hostingprovider een PTR-record instellen voor {ip|het verzendende IP-adres}, met een hostnaam die weer naar hetzelfde adres verwijst.',
        },
        {
          en: 'Make sure mail sent over IPv6 passes SPF and DKIM, or send over IPv4 to receivers that refuse IPv6 (5.7.510).',
          nl: 'Zorg dat mail via IPv6 door SPF en DKIM komt, of verstuur via IPv4 naar ontvangers die IPv6 weigeren (5.7.510).',
        },
        {
          en: 'With 5.7.508, the IPv6 range your server sends from sent more mail than the receiver allows: lower the volume, spread it over time, or send over IPv4.',
          nl: 'Bij 5.7.508 heeft het IPv6-bereik waarvandaan uw server verstuurt meer mail verstuurd dan de ontvanger toestaat: verlaag de hoeveelheid, spreid die in de tijd, of verstuur via IPv4.',
        },
        {
          en: 'If you send through Microsoft 365 directly, Microsoft’s servers already have reverse DNS: look for a server or relay of your own on the way.',
          nl: 'Verstuurt u rechtstreeks via Microsoft 365, dan hebben de servers van Microsoft al reverse DNS: zoek dan naar een eigen server of relay onderweg.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the reverse DNS name', nl: 'Zoek de reverse-DNS-naam op' },
        template: 'Resolve-DnsName -Name {ip} -Type PTR',
      },
    ],
    links: [LINKS.gmailSenderGuidelines, LINKS.spf],
  },
];
