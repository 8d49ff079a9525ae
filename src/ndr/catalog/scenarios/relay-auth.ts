/**
 * Relaying and authentication between servers: "Unable to relay", "Client was
 * not authenticated", SMTP AUTH for devices (5.7.57), connectors that no longer
 * match (5.7.64 TenantAttribution), relayed mail refused further on (5.7.367),
 * and encrypted transport (TLS, MTA-STS, DANE: 5.7.5, 5.7.321–325).
 *
 * Sources: Exchange Online's list of NDR codes
 * (https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online)
 * and the per-code pages in `../links.ts`.
 */
import { LINKS } from '../links';
import { FORWARD_TO_IT, FORWARD_TO_IT_NOW, SEND_AGAIN_LATER, TELL_RECIPIENT } from '../shared';
import type { Scenario } from '../types';

export const relayAuthScenarios: readonly Scenario[] = [
  {
    id: 'relay-denied',
    kind: 'specific',
    match: [
      {
        replyPhrase: [
          'unable to relay',
          'relay access denied',
          'relaying denied',
          'relay not permitted',
          'relaying not allowed',
          'not permitted to relay',
          'no relaying',
          'not configured to relay',
          'relay denied',
          'insecure mail relay',
        ],
        unless: ['TenantAttribution', '5.7.367'],
      },
      { replyPhrase: ['client was not authenticated'], unless: ['anonymous mail during mail from'] },
    ],
    title: {
      en: 'The receiving server would not take the message for this address',
      nl: 'De ontvangende server wilde het bericht voor dit adres niet aannemen',
    },
    explanation: {
      en: 'The server your message reached does not consider itself responsible for {recipientDomain|the recipient’s domain}, or only accepts mail from senders who sign in. Usually the message went to the wrong server, or that server is set up incorrectly.',
      nl: 'De server waar uw bericht terechtkwam, vindt zich niet verantwoordelijk voor {recipientDomain|het domein van de geadresseerde}, of neemt alleen mail aan van afzenders die zich aanmelden. Meestal is het bericht bij de verkeerde server beland, of is die server verkeerd ingesteld.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'Check the address for typos, especially the part after the @.',
          nl: 'Controleer het adres op typefouten, vooral het deel na de @.',
        },
        TELL_RECIPIENT,
        {
          en: 'If the message came from a scanner, printer or application rather than from Outlook, forward this bounce to your IT department: the device may need to sign in to send.',
          nl: 'Kwam het bericht van een scanner, printer of applicatie en niet uit Outlook, stuur deze melding dan door naar uw IT-afdeling: het apparaat moet zich misschien aanmelden om te kunnen versturen.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Check that {recipientDomain|the domain} is an accepted domain on the receiving side (Exchange admin center › Mail flow › Accepted domains, or the first command).',
          nl: 'Controleer of {recipientDomain|het domein} een geaccepteerd domein is aan de ontvangende kant (Exchange-beheercentrum › E-mailstroom › Geaccepteerde domeinen, of de eerste opdracht).',
        },
        {
          en: 'Check the domain’s MX record: for a domain in Exchange Online it is the value the Microsoft 365 admin center shows (normally {mxHost}), and it must be the only MX record.',
          nl: 'Controleer het MX-record van het domein: voor een domein in Exchange Online is dat de waarde die het Microsoft 365-beheercentrum toont (normaal {mxHost}), en het moet het enige MX-record zijn.',
        },
        {
          en: 'If your own Exchange server receives mail from the internet, its receive connector must accept anonymous senders (permission group Anonymous users).',
          nl: 'Ontvangt uw eigen Exchange-server mail van internet, dan moet de ontvangstconnector anonieme afzenders toestaan (machtigingsgroep Anonieme gebruikers).',
        },
        {
          en: 'If the sender is your own application or device relaying through your servers, let it sign in, or allow its IP address through a connector.',
          nl: 'Is de afzender uw eigen applicatie of apparaat dat via uw servers doorstuurt, laat het dan aanmelden, of sta het IP-adres toe via een connector.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'List the accepted domains', nl: 'Toon de geaccepteerde domeinen' },
        template: 'Get-AcceptedDomain | Format-Table DomainName, DomainType, Default',
      },
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the domain’s MX records', nl: 'Zoek de MX-records van het domein op' },
        template: 'Resolve-DnsName -Name {recipientDomain} -Type MX',
      },
      {
        audience: 'admin',
        shell: 'exchange-server',
        label: { en: 'Show who each receive connector accepts', nl: 'Toon wie elke ontvangstconnector toelaat' },
        template: 'Get-ReceiveConnector | Format-Table Name, Bindings, RemoteIPRanges, PermissionGroups',
      },
    ],
    links: [LINKS.fix571, LINKS.acceptedDomains, LINKS.dnsRecords],
  },

  {
    id: 'smtp-auth-required',
    kind: 'specific',
    match: [
      { status: ['5.7.57', '5.7.139'] },
      {
        replyPhrase: [
          'not authenticated to send anonymous mail during mail from',
          'client not authenticated to send mail',
          'SmtpClientAuthentication is disabled',
        ],
      },
    ],
    title: {
      en: 'An app or device could not sign in to send mail',
      nl: 'Een app of apparaat kon zich niet aanmelden om mail te versturen',
    },
    explanation: {
      en: 'Something tried to send mail through Microsoft 365 (smtp.office365.com) without a valid sign-in. This is typical for scanners, printers and business applications whose password or settings are out of date.',
      nl: 'Iets probeerde mail te versturen via Microsoft 365 (smtp.office365.com) zonder geldige aanmelding. Dat gebeurt vaak bij scanners, printers en bedrijfsapplicaties waarvan het wachtwoord of de instellingen verouderd zijn.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        {
          en: 'If this came from a scanner, printer or application, forward it to your IT department.',
          nl: 'Kwam dit van een scanner, printer of applicatie, stuur het dan door naar uw IT-afdeling.',
        },
        {
          en: 'If you set up the mail settings of that app yourself: check the account name and password, server smtp.office365.com, port 587 and STARTTLS.',
          nl: 'Hebt u de mailinstellingen van die app zelf ingevuld: controleer de accountnaam en het wachtwoord, server smtp.office365.com, poort 587 en STARTTLS.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Check the device’s settings: smtp.office365.com, port 587, STARTTLS with TLS 1.2 or later, and the full address and password of a licensed mailbox (or modern authentication where the app supports it).',
          nl: 'Controleer de instellingen van het apparaat: smtp.office365.com, poort 587, STARTTLS met TLS 1.2 of hoger, en het volledige adres en wachtwoord van een postvak met licentie (of moderne verificatie als de app dat ondersteunt).',
        },
        {
          en: 'SMTP AUTH must be allowed for that mailbox and not switched off for the whole organization (commands below).',
          nl: 'SMTP AUTH moet voor dat postvak zijn toegestaan en niet voor de hele organisatie zijn uitgezet (opdrachten hieronder).',
        },
        {
          en: 'Security defaults or Conditional Access can block basic sign-in, and Microsoft is retiring basic authentication for SMTP AUTH: for devices that cannot use modern authentication, use direct send or a connector-based SMTP relay instead.',
          nl: 'Standaardbeveiliging of voorwaardelijke toegang kan eenvoudige aanmelding blokkeren, en Microsoft schaft eenvoudige verificatie voor SMTP AUTH af: gebruik voor apparaten zonder moderne verificatie direct verzenden of een SMTP-relay via een connector.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Is SMTP AUTH off for the whole organization?', nl: 'Staat SMTP AUTH uit voor de hele organisatie?' },
        template: 'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show the setting for the sending mailbox', nl: 'Toon de instelling van het verzendende postvak' },
        template: 'Get-CASMailbox -Identity {sender} | Format-List SmtpClientAuthenticationDisabled',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Allow SMTP AUTH for that mailbox', nl: 'Sta SMTP AUTH toe voor dat postvak' },
        template: 'Set-CASMailbox -Identity {sender} -SmtpClientAuthenticationDisabled $false',
      },
    ],
    links: [LINKS.fix5757, LINKS.smtpAuth, LINKS.devicesSendingMail],
  },

  {
    id: 'connector-tenant-attribution',
    kind: 'specific',
    match: [{ identifier: ['TenantAttribution'] }, { status: ['5.7.64'] }],
    title: {
      en: 'Microsoft 365 did not recognize your mail server’s connector',
      nl: 'Microsoft 365 herkende de connector van uw mailserver niet',
    },
    explanation: {
      en: 'Your organization sends mail through its own server or a filtering service to Microsoft 365, and the inbound connector that should recognize that server no longer matches it. So Microsoft 365 refused to pass the mail on.',
      nl: 'Uw organisatie stuurt mail via een eigen server of een filterdienst naar Microsoft 365, en de inkomende connector die die server moet herkennen, past er niet meer bij. Daarom weigerde Microsoft 365 de mail door te sturen.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [FORWARD_TO_IT_NOW, SEND_AGAIN_LATER],
      owner: [],
      admin: [
        {
          en: 'Exchange admin center › Mail flow › Connectors: open the inbound connector from your organization’s email server and check that its certificate name (TlsSenderCertificateName) or sender IP addresses match the server that sent this message.',
          nl: 'Exchange-beheercentrum › E-mailstroom › Connectors: open de inkomende connector vanaf de e-mailserver van uw organisatie en controleer of de certificaatnaam (TlsSenderCertificateName) of de IP-adressen van de afzender passen bij de server die dit bericht verstuurde.',
        },
        {
          en: 'If the certificate was renewed or the server’s public IP address changed, update the connector.',
          nl: 'Is het certificaat vernieuwd of het openbare IP-adres van de server veranderd, pas de connector dan aan.',
        },
        {
          en: 'If you use a certificate, the server must send the whole chain: import the intermediate CA certificates into the computer’s Intermediate Certification Authorities store.',
          nl: 'Gebruikt u een certificaat, dan moet de server de hele keten meesturen: importeer de tussenliggende CA-certificaten in het archief Tussenliggende certificeringsinstanties van de computer.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show the inbound connectors', nl: 'Toon de inkomende connectors' },
        template:
          'Get-InboundConnector | Format-List Name, ConnectorType, Enabled, TlsSenderCertificateName, SenderIPAddresses, RestrictDomainsToCertificate, RestrictDomainsToIPAddresses',
      },
      {
        audience: 'admin',
        shell: 'windows',
        label: {
          en: 'On the sending server: import an intermediate CA certificate',
          nl: 'Op de verzendende server: importeer een tussenliggend CA-certificaat',
        },
        template: 'Import-Certificate -FilePath {certificateFile} -CertStoreLocation Cert:\\LocalMachine\\CA',
      },
    ],
    links: [LINKS.fix5764, LINKS.connectors],
  },

  {
    id: 'forwarded-relay-rejected',
    kind: 'specific',
    match: [{ status: ['5.7.367'] }, { replyPhrase: ['Remote server returned not permitted to relay'] }],
    title: {
      en: 'A forwarded message was refused on its way out',
      nl: 'Een doorgestuurd bericht is onderweg naar buiten geweigerd',
    },
    explanation: {
      en: 'Microsoft 365 passed this message on (for example because of forwarding) through its relay pool, and the next mail server refused it, because the message had not passed the sender checks when it first arrived.',
      nl: 'Microsoft 365 heeft dit bericht doorgegeven (bijvoorbeeld door doorsturen) via een relaypool, en de volgende mailserver heeft het geweigerd, omdat het bericht bij binnenkomst de afzendercontroles niet had doorstaan.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        {
          en: 'If you set up automatic forwarding, or this message was forwarded for you, forward this bounce to your IT department.',
          nl: 'Hebt u automatisch doorsturen ingesteld, of is dit bericht voor u doorgestuurd, stuur deze melding dan door naar uw IT-afdeling.',
        },
        FORWARD_TO_IT,
      ],
      owner: [],
      admin: [
        {
          en: 'Check how the original message entered Microsoft 365: did it pass SPF or DKIM? If it came through a third-party gateway or filter first, turn on Enhanced Filtering for Connectors on that inbound connector so Microsoft 365 sees the real sending IP.',
          nl: 'Controleer hoe het oorspronkelijke bericht Microsoft 365 binnenkwam: slaagde SPF of DKIM? Kwam het eerst via een gateway of filter van een andere partij, zet dan uitgebreide filtering voor connectors aan op die inkomende connector, zodat Microsoft 365 het echte verzendende IP-adres ziet.',
        },
        {
          en: 'If the sender’s domain is yours, make sure it is an accepted domain; keep the number of relay hops small.',
          nl: 'Is het domein van de afzender van u, zorg dan dat het een geaccepteerd domein is; houd het aantal tussenstappen klein.',
        },
        {
          en: 'Where possible, let people redirect mail with mail flow rules or deliver it directly instead of forwarding it to outside addresses.',
          nl: 'Laat mail waar mogelijk omleiden met e-mailstroomregels of direct afleveren in plaats van doorsturen naar externe adressen.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show Enhanced Filtering on inbound connectors', nl: 'Toon uitgebreide filtering op inkomende connectors' },
        template: 'Get-InboundConnector | Format-List Name, ConnectorType, EFSkipLastIP, EFSkipIPs, EFUsers',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'List the accepted domains', nl: 'Toon de geaccepteerde domeinen' },
        template: 'Get-AcceptedDomain | Format-Table DomainName, DomainType, Default',
      },
    ],
    links: [LINKS.fix57367, LINKS.enhancedFiltering],
  },

  {
    id: 'tls-mta-sts-dane',
    kind: 'specific',
    match: [
      { status: ['5.7.5', '4.7.5'] },
      { status: ['5.7.321-5.7.325', '4.7.321-4.7.325'] },
      {
        replyPhrase: [
          'mta-sts',
          'starttls-not-supported',
          'tlsa-invalid',
          'dnssec-invalid',
          'certificate-expired',
          'certificate-host-mismatch',
          'must issue a starttls command first',
          'tls is required',
        ],
      },
    ],
    title: {
      en: 'The secure (TLS) connection to the receiving server failed',
      nl: 'De beveiligde (TLS-)verbinding met de ontvangende server is mislukt',
    },
    explanation: {
      en: 'Mail to {recipientDomain|this domain} must travel over an encrypted connection that checks the receiving server’s certificate (TLS, MTA-STS or DANE). That check failed, so the message was not sent over an unsafe connection.',
      nl: 'Mail naar {recipientDomain|dit domein} moet over een versleutelde verbinding waarbij het certificaat van de ontvangende server wordt gecontroleerd (TLS, MTA-STS of DANE). Die controle is mislukt, dus het bericht is niet over een onveilige verbinding verstuurd.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        TELL_RECIPIENT,
        {
          en: 'If the code starts with 4, delivery may still succeed later; you only need to act if a final bounce follows.',
          nl: 'Begint de code met een 4, dan kan de bezorging later alsnog lukken; u hoeft pas iets te doen als er een definitieve melding volgt.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Receiving side: the certificate must be valid, not expired, and carry the MX host name; STARTTLS must be offered on port 25.',
          nl: 'Ontvangende kant: het certificaat moet geldig zijn, niet verlopen, en de MX-hostnaam bevatten; STARTTLS moet op poort 25 worden aangeboden.',
        },
        {
          en: 'MTA-STS: the policy at https://mta-sts.{recipientDomain|<domain>}/.well-known/mta-sts.txt must list the MX hosts actually in use.',
          nl: 'MTA-STS: het beleid op https://mta-sts.{recipientDomain|<domein>}/.well-known/mta-sts.txt moet de MX-hosts noemen die echt in gebruik zijn.',
        },
        {
          en: 'DANE: the TLSA records must match the current certificate and DNSSEC must validate; publish new TLSA records before you replace a certificate.',
          nl: 'DANE: de TLSA-records moeten bij het huidige certificaat passen en DNSSEC moet kloppen; publiceer nieuwe TLSA-records voordat u een certificaat vervangt.',
        },
        {
          en: 'Sending side: if your own connector forces TLS to this domain, check its certificate settings.',
          nl: 'Verzendende kant: dwingt uw eigen connector TLS af naar dit domein, controleer dan de certificaatinstellingen daarvan.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the MX records', nl: 'Zoek de MX-records op' },
        template: 'Resolve-DnsName -Name {recipientDomain} -Type MX',
      },
      {
        audience: 'admin',
        shell: 'windows',
        label: { en: 'Look up the MTA-STS record', nl: 'Zoek het MTA-STS-record op' },
        template: "Resolve-DnsName -Name ('_mta-sts.' + {recipientDomain}) -Type TXT",
      },
    ],
    links: [LINKS.mtaSts, LINKS.dane, LINKS.remoteConnectivityAnalyzer],
  },
];
