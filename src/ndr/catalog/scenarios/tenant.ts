/**
 * The Microsoft 365 organization's own setup: domains not (fully) added, MX
 * records, hybrid connectors (all from the admin section of Microsoft's 550 5.7.1
 * article), and the
 * tenant-wide blocks 5.7.703, 5.7.705, 5.7.708 and 5.7.750.
 *
 * Sources: https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online;
 * https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750
 * (5.7.700–5.7.750); Exchange Online's list of NDR codes
 * (https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online).
 */
import { LINKS } from '../links';
import { FORWARD_TO_IT, FORWARD_TO_IT_NOW, SEND_AGAIN_LATER, TELL_RECIPIENT } from '../shared';
import type { Scenario } from '../types';

export const tenantScenarios: readonly Scenario[] = [
  {
    id: 'domain-not-set-up',
    kind: 'specific',
    match: [{ status: ['5.7.750'] }, { replyPhrase: ['unregistered domain'] }],
    title: {
      en: 'The sending domain is not fully set up in Microsoft 365',
      nl: 'Het verzenddomein is niet volledig ingesteld in Microsoft 365',
    },
    explanation: {
      en: 'Microsoft 365 only sends mail for domains the organization has added and verified. {senderDomain|The domain you sent from} is missing or not fully set up, so the message was stopped.',
      nl: 'Microsoft 365 verstuurt alleen mail voor domeinen die de organisatie heeft toegevoegd en geverifieerd. {senderDomain|Het domein waarvan u verstuurde} ontbreekt of is niet volledig ingesteld, dus het bericht is tegengehouden.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [FORWARD_TO_IT_NOW, SEND_AGAIN_LATER],
      owner: [],
      admin: [
        {
          en: 'Microsoft 365 admin center › Settings › Domains: check that {senderDomain|the domain} is listed and its status is Healthy (older portals called this Active).',
          nl: 'Microsoft 365-beheercentrum › Instellingen › Domeinen: controleer of {senderDomain|het domein} in de lijst staat en de status In orde heeft (oudere portals noemden dat Actief).',
        },
        {
          en: 'If it is missing, add it: the admin center walks you through the TXT record that proves you own it.',
          nl: 'Ontbreekt het, voeg het dan toe: het beheercentrum leidt u door het TXT-record waarmee u aantoont dat het van u is.',
        },
        {
          en: 'If verification fails, use Microsoft’s domain troubleshooting page and compare the DNS records with what the admin center expects.',
          nl: 'Mislukt de verificatie, gebruik dan de pagina van Microsoft over domeinproblemen en vergelijk de DNS-records met wat het beheercentrum verwacht.',
        },
        {
          en: 'Look for connectors or applications that send as domains you have not added (5.7.750 is also what an unexpected connector produces).',
          nl: 'Zoek naar connectors of applicaties die versturen namens domeinen die u niet hebt toegevoegd (5.7.750 ontstaat ook door een onverwachte connector).',
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
        shell: 'exchange-online',
        label: { en: 'List inbound connectors', nl: 'Toon de inkomende connectors' },
        template: 'Get-InboundConnector | Format-Table Name, Enabled, ConnectorType, SenderDomains',
      },
    ],
    links: [LINKS.addDomain, LINKS.domainTroubleshooting, LINKS.fix57700],
  },

  {
    id: 'wrong-mx-record',
    kind: 'specific',
    match: [
      { replyPhrase: ['mx record', 'mx-record', 'no mx'] },
      { status: ['5.4.6', '5.4.14'] },
      { replyPhrase: ['hop count exceeded', 'mail loop', 'routing loop', 'loop detected'] },
    ],
    title: {
      en: 'Mail for this domain goes to the wrong server',
      nl: 'Mail voor dit domein gaat naar de verkeerde server',
    },
    explanation: {
      en: 'The DNS records that tell the internet where to deliver mail for {recipientDomain|the recipient’s domain} (MX records) point to the wrong server or are out of date, so the message reached a server that could not deliver it, or went round in circles.',
      nl: 'De DNS-records die aangeven waar mail voor {recipientDomain|het domein van de geadresseerde} moet worden afgeleverd (MX-records), wijzen naar de verkeerde server of zijn verouderd. Daardoor kwam het bericht bij een server die het niet kon afleveren, of bleef het rondgaan.',
    },
    fixedBy: 'recipient-admin',
    whoCanFix: {
      en: 'The mail admin of {recipientDomain|the domain}, with the DNS host of that domain, can fix this.',
      nl: 'De e-mailbeheerder van {recipientDomain|het domein} kan dit oplossen, samen met de DNS-beheerder van dat domein.',
    },
    steps: {
      sender: [
        {
          en: 'Check the address for typos after the @.',
          nl: 'Controleer het adres op typefouten na de @.',
        },
        TELL_RECIPIENT,
        FORWARD_TO_IT,
      ],
      owner: [],
      admin: [
        {
          en: 'Check the MX records of {recipientDomain|the recipient’s domain} (and of {senderDomain|the sender’s domain} if that is yours too) for wrong or old entries: the Microsoft Remote Connectivity Analyzer has a test Verify MX Record and Outbound Connector; the Microsoft Support and Recovery Assistant’s Exchange Online diagnostics do the same where you still have it.',
          nl: 'Controleer de MX-records van {recipientDomain|het domein van de geadresseerde} (en van {senderDomain|het domein van de afzender} als dat ook van u is) op verkeerde of oude vermeldingen: de Microsoft Remote Connectivity Analyzer heeft de test Verify MX Record and Outbound Connector; de Exchange Online-diagnose van de Microsoft Ondersteunings- en herstelassistent doet hetzelfde, als u die nog hebt.',
        },
        {
          en: 'For a domain in Exchange Online the MX record is the domain name with dashes for dots followed by .mail.protection.outlook.com, here {mxHost}; the admin center (Settings › Domains › the domain › DNS records) shows the exact value. Ask the registrar or DNS host to correct it if it differs.',
          nl: 'Voor een domein in Exchange Online is het MX-record de domeinnaam met streepjes in plaats van punten, gevolgd door .mail.protection.outlook.com, hier {mxHost}; het beheercentrum (Instellingen › Domeinen › het domein › DNS-records) toont de precieze waarde. Vraag de registrar of DNS-provider het te corrigeren als het afwijkt.',
        },
        {
          en: 'Keep exactly one MX record for a domain whose mail Exchange Online receives: Microsoft does not support more than one there.',
          nl: 'Houd precies één MX-record aan voor een domein waarvan Exchange Online de mail ontvangt: Microsoft ondersteunt daar niet meer dan één.',
        },
        {
          en: 'If the message went round in a loop, also check connectors, accepted domain types and forwarding between your own servers and Microsoft 365.',
          nl: 'Bleef het bericht rondgaan, controleer dan ook de connectors, de typen van geaccepteerde domeinen en het doorsturen tussen uw eigen servers en Microsoft 365.',
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
        shell: 'exchange-online',
        label: { en: 'List the accepted domains and their type', nl: 'Toon de geaccepteerde domeinen en hun type' },
        template: 'Get-AcceptedDomain | Format-Table DomainName, DomainType, Default',
      },
    ],
    links: [LINKS.remoteConnectivityAnalyzer, LINKS.dnsRecords, LINKS.domainTroubleshooting, LINKS.fix571],
  },

  {
    id: 'hybrid-connector-problem',
    kind: 'specific',
    match: [
      // Microsoft's hybrid 5.7.133 text. It only means a hybrid problem when the
      // sender is in the group's own organization; from another domain it is the
      // ordinary "group refuses outside senders" case.
      {
        phrase: ['delivery to this group is restricted to authenticated senders'],
        senderOutsideRecipientDomain: false,
        boost: 30,
      },
    ],
    title: {
      en: 'The hybrid link between your Exchange servers and Microsoft 365 needs attention',
      nl: 'De hybride koppeling tussen uw Exchange-servers en Microsoft 365 heeft aandacht nodig',
    },
    explanation: {
      en: 'Your organization runs Exchange on its own servers together with Exchange Online (hybrid). Mail from the on-premises side reached Microsoft 365 without being recognized as internal, so a recipient that only accepts internal senders refused it.',
      nl: 'Uw organisatie gebruikt Exchange op eigen servers samen met Exchange Online (hybride). Mail vanaf de eigen servers kwam bij Microsoft 365 binnen zonder als intern te worden herkend, dus een geadresseerde die alleen interne afzenders toelaat, weigerde het.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        {
          en: 'You did nothing wrong: forward this bounce to your IT department.',
          nl: 'U hebt niets fout gedaan: stuur deze melding door naar uw IT-afdeling.',
        },
        SEND_AGAIN_LATER,
      ],
      owner: [
        {
          en: 'Do not open {group|the group} to everyone because of this: the sender is internal, and the fix is in the connectors.',
          nl: 'Zet {group|de groep} hierdoor niet voor iedereen open: de afzender is intern, en de oplossing zit in de connectors.',
        },
      ],
      admin: [
        {
          en: 'The Hybrid Configuration Wizard creates the inbound and outbound connectors in Exchange Online. If they are wrong, run the wizard again from the on-premises Exchange organization.',
          nl: 'De wizard Hybride configuratie maakt de inkomende en uitgaande connectors in Exchange Online. Kloppen die niet, voer de wizard dan opnieuw uit vanuit de on-premises Exchange-organisatie.',
        },
        {
          en: 'Inbound connector (Exchange admin center › Mail flow › Connectors, from your organization’s email server): its certificate name or IP addresses must match your on-premises servers, so their mail counts as internal.',
          nl: 'Inkomende connector (Exchange-beheercentrum › E-mailstroom › Connectors, vanaf de e-mailserver van uw organisatie): de certificaatnaam of IP-adressen moeten bij uw eigen servers passen, zodat hun mail als intern telt.',
        },
        {
          en: 'Outbound connector to your organization’s email server: with delivery through smart hosts, the IP addresses or FQDN must be right; with delivery through the MX record of the recipient’s domain, that MX record must point to the right server. Test it with the Remote Connectivity Analyzer (Verify MX Record and Outbound Connector).',
          nl: 'Uitgaande connector naar de e-mailserver van uw organisatie: bij bezorging via smarthosts moeten de IP-adressen of FQDN kloppen; bij bezorging via het MX-record van het domein van de geadresseerde moet dat MX-record naar de juiste server wijzen. Test dit met de Remote Connectivity Analyzer (Verify MX Record and Outbound Connector).',
        },
        {
          en: 'Scope of the outbound connector: its domains must include every mail domain used on-premises; * routes all outgoing internet mail through the on-premises organization.',
          nl: 'Bereik van de uitgaande connector: de domeinen moeten alle maildomeinen bevatten die on-premises worden gebruikt; * stuurt alle uitgaande internetmail via de on-premises organisatie.',
        },
        {
          en: 'For mail from on-premises senders to Microsoft 365 groups: the on-premises send connector to Exchange Online and the Exchange Online inbound connector both need CloudServicesMailEnabled, so the mail keeps its internal identity.',
          nl: 'Voor mail van on-premises afzenders aan Microsoft 365-groepen: de on-premises verzendconnector naar Exchange Online en de inkomende connector in Exchange Online hebben allebei CloudServicesMailEnabled nodig, zodat de mail als intern herkend blijft.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show the inbound connectors', nl: 'Toon de inkomende connectors' },
        template:
          'Get-InboundConnector | Format-List Name, ConnectorType, Enabled, TlsSenderCertificateName, SenderIPAddresses, CloudServicesMailEnabled',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show the outbound connectors', nl: 'Toon de uitgaande connectors' },
        template:
          'Get-OutboundConnector | Format-List Name, ConnectorType, Enabled, UseMXRecord, SmartHosts, RecipientDomains, CloudServicesMailEnabled',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Keep hybrid mail internal on the inbound connector', nl: 'Houd hybride mail intern op de inkomende connector' },
        template: 'Set-InboundConnector -Identity {connector} -CloudServicesMailEnabled $true',
      },
      {
        audience: 'admin',
        shell: 'exchange-server',
        label: { en: 'Show the on-premises send connectors', nl: 'Toon de on-premises verzendconnectors' },
        template: 'Get-SendConnector | Format-List Name, AddressSpaces, SmartHosts, TlsCertificateName, CloudServicesMailEnabled',
      },
    ],
    links: [
      LINKS.hybridConfigurationWizard,
      LINKS.hybridTransportRouting,
      LINKS.connectors,
      LINKS.remoteConnectivityAnalyzer,
      LINKS.fix57133,
    ],
  },

  {
    id: 'tenant-allow-block-list',
    kind: 'specific',
    match: [{ status: ['5.7.703'] }, { phrase: ['Tenant Allow Block List'] }],
    title: {
      en: 'Your own organization blocks mail to this recipient',
      nl: 'Uw eigen organisatie blokkeert mail naar deze geadresseerde',
    },
    explanation: {
      en: 'An admin in your organization put {recipient|this address} or its domain on the Tenant Allow/Block List. A block there stops mail to the address as well as mail from it.',
      nl: 'Een beheerder in uw organisatie heeft {recipient|dit adres} of het domein ervan op de lijst met toegestane en geblokkeerde items van de tenant gezet. Zo’n blokkade houdt mail naar het adres tegen, en ook mail ervandaan.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        {
          en: 'Ask your IT department whether the block is intended, and forward them this bounce.',
          nl: 'Vraag uw IT-afdeling of de blokkade de bedoeling is, en stuur hun deze melding door.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Microsoft Defender portal › Email & collaboration › Policies & rules › Threat policies › Tenant Allow/Block Lists › Domains & addresses: find the block for {recipient|the address} or {recipientDomain|its domain} and remove it if it is no longer wanted.',
          nl: 'Microsoft Defender-portal › E-mail en samenwerking › Beleid en regels › Beleid voor bedreigingen › Lijsten met toegestane/geblokkeerde tenants › Domeinen en adressen: zoek de blokkade voor {recipient|het adres} of {recipientDomain|het domein} en verwijder die als die niet meer nodig is.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'List blocked addresses and domains', nl: 'Toon geblokkeerde adressen en domeinen' },
        template: 'Get-TenantAllowBlockListItems -ListType Sender -Block | Format-Table Value, Action, ExpirationDate, Notes',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Remove the block on the address', nl: 'Verwijder de blokkade van het adres' },
        template: 'Remove-TenantAllowBlockListItems -ListType Sender -Entries {recipient}',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Or remove the block on the domain', nl: 'Of verwijder de blokkade van het domein' },
        template: 'Remove-TenantAllowBlockListItems -ListType Sender -Entries {recipientDomain}',
      },
    ],
    links: [LINKS.tenantAllowBlockList, LINKS.fix57700],
  },

  {
    id: 'tenant-sending-blocked',
    kind: 'specific',
    match: [
      { status: ['5.7.705', '5.7.708'] },
      { replyPhrase: ['tenant has exceeded threshold', 'traffic not accepted from this IP'] },
    ],
    title: {
      en: 'Microsoft 365 has stopped your organization from sending',
      nl: 'Microsoft 365 laat uw organisatie geen mail meer versturen',
    },
    explanation: {
      en: 'Microsoft 365 blocked outgoing mail for your organization, because of suspicious activity (for example spam from hacked accounts), or because the subscription is new, a trial or expired.',
      nl: 'Microsoft 365 heeft uitgaande mail van uw organisatie geblokkeerd, vanwege verdachte activiteit (bijvoorbeeld spam vanaf gehackte accounts), of omdat het abonnement nieuw is, een proefversie is of is verlopen.',
    },
    fixedBy: 'sender-admin',
    steps: {
      sender: [
        {
          en: 'Tell your IT department right away and forward this bounce: probably nobody in your organization can send mail outside right now.',
          nl: 'Waarschuw direct uw IT-afdeling en stuur deze melding door: waarschijnlijk kan niemand in uw organisatie nu mail naar buiten sturen.',
        },
      ],
      owner: [],
      admin: [
        {
          en: 'Look for hacked accounts and stop the spam: Restricted entities, outbound spam alerts, message trace.',
          nl: 'Zoek naar gehackte accounts en stop de spam: Beperkte entiteiten, waarschuwingen voor uitgaande spam, berichttracering.',
        },
        {
          en: 'Check that the subscription is active and paid.',
          nl: 'Controleer of het abonnement actief en betaald is.',
        },
        {
          en: '5.7.708 (traffic not accepted from this IP) is typical for new and trial organizations: add and verify your own domain, and send small volumes first.',
          nl: '5.7.708 (traffic not accepted from this IP) komt vaak voor bij nieuwe organisaties en proefversies: voeg uw eigen domein toe, verifieer het en verstuur eerst kleine aantallen.',
        },
        {
          en: 'Once the cause is fixed, open a support request in the Microsoft 365 admin center to have sending turned back on.',
          nl: 'Is de oorzaak verholpen, dien dan een ondersteuningsaanvraag in via het Microsoft 365-beheercentrum om het versturen weer aan te laten zetten.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'List senders blocked for spam', nl: 'Toon afzenders die wegens spam zijn geblokkeerd' },
        template: 'Get-BlockedSenderAddress',
      },
    ],
    links: [LINKS.fix57700, LINKS.restrictedEntities],
  },
];
