/**
 * The recipient (a group, mailbox or public folder) restricts who may send to
 * it: allowed-senders lists, "only people inside the organization",
 * moderation, mail flow rules, the sender filter.
 *
 * Codes and identifiers: docs/ndr-formats.md §4 and the per-code pages in `../links.ts`;
 * cmdlets: https://learn.microsoft.com/powershell/module/exchange/; the owner look-up,
 * large groups and the public folder permission: Microsoft's 550 5.7.1 article
 * (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online).
 */
import { LINKS } from '../links';
import {
  FIND_OWNER_CLASSIC,
  FIND_OWNER_WEB,
  FORWARD_TO_IT,
  LARGE_GROUP_SENDER,
  OPENS_GROUP_TO_EVERYONE,
  OPENS_RECIPIENT_TO_EVERYONE,
  OWNER_ALLOW_SENDER,
  TELL_RECIPIENT,
} from '../shared';
import type { Scenario } from '../types';

export const restrictionScenarios: readonly Scenario[] = [
  {
    id: 'group-restricted-senders',
    kind: 'specific',
    match: [
      { identifier: ['RESOLVER.RST.RestrictedToGroupPermission'] },
      { status: ['5.7.124'] },
      { identifier: ['RESOLVER.RST.NotAuthorizedToGroup'] },
      { identifier: ['RESOLVER.RST.NotAuthorized'] },
      { phrase: ['Sender not in allowed-senders list', 'not authorized to send to the distribution list'] },
      {
        status: ['5.7.1'],
        phrase: ['You do not have permission to send to this recipient', 'niet gemachtigd om berichten naar deze groep'],
      },
    ],
    title: {
      en: '{groupName|This group} only accepts mail from certain senders',
      nl: '{groupName|Deze groep} neemt alleen mail aan van bepaalde afzenders',
    },
    explanation: {
      en: 'You are not on the list of people who may send to {group|this group}, so your message was refused. The group’s owner decides who is on that list.',
      nl: 'U staat niet op de lijst van mensen die naar {group|deze groep} mogen mailen, daarom is uw bericht geweigerd. De eigenaar van de groep bepaalt wie op die lijst staat.',
    },
    fixedBy: 'owner',
    recipientKind: 'group',
    steps: {
      sender: [
        {
          en: 'Ask the owner of {group|the group} to add you ({sender|your address}) to the group’s allowed senders, or to make you a member.',
          nl: 'Vraag de eigenaar van {group|de groep} om u ({sender|uw adres}) toe te voegen aan de toegestane afzenders van de groep, of om u lid te maken.',
        },
        FIND_OWNER_WEB,
        FIND_OWNER_CLASSIC,
        LARGE_GROUP_SENDER,
        {
          en: 'If the bounce names more than one group, the restriction may be on a group inside the one you wrote to: ask the owner of the group the bounce names.',
          nl: 'Noemt de melding meer dan één groep, dan kan de beperking op een groep binnen de groep zitten waaraan u schreef: vraag het dan aan de eigenaar van de groep die in de melding staat.',
        },
        FORWARD_TO_IT,
      ],
      owner: OWNER_ALLOW_SENDER,
      admin: [
        {
          en: 'Check the group’s delivery restrictions with the first command: the sender is missing from AcceptMessagesOnlyFromSendersOrMembers (RestrictedToGroupPermission, NotAuthorized).',
          nl: 'Controleer de bezorgbeperkingen van de groep met de eerste opdracht: de afzender ontbreekt in AcceptMessagesOnlyFromSendersOrMembers (RestrictedToGroupPermission, NotAuthorized).',
        },
        {
          en: 'A sender from outside the organization can only be on that list as a mail contact (or mail user): create one first if it does not exist yet.',
          nl: 'Een afzender van buiten de organisatie kan alleen als e-mailcontact (of e-mailgebruiker) op die lijst staan: maak die eerst aan als die nog niet bestaat.',
        },
        {
          en: 'In the Exchange admin center the same setting is under Recipients › Groups › the group › Settings › Edit delivery management.',
          nl: 'In het Exchange-beheercentrum staat dezelfde instelling onder Ontvangers › Groepen › de groep › Instellingen › Bezorgingsbeheer bewerken.',
        },
        {
          en: 'If the group contains other groups, the restriction may be on one of them: the bounce names the restricted groups.',
          nl: 'Bevat de groep andere groepen, dan kan de beperking op een daarvan zitten: de melding noemt de groepen met beperkingen.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show who may send to the group', nl: 'Toon wie naar de groep mag mailen' },
        template:
          'Get-DistributionGroup -Identity {groupIdentity} | Format-List Name, PrimarySmtpAddress, ManagedBy, AcceptMessagesOnlyFromSendersOrMembers, RequireSenderAuthenticationEnabled, ModerationEnabled',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: {
          en: 'Only for a sender outside the organization: create a mail contact',
          nl: 'Alleen voor een afzender van buiten de organisatie: maak een e-mailcontact aan',
        },
        template: 'New-MailContact -Name {sender} -ExternalEmailAddress {sender}',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Add the sender to the allowed senders', nl: 'Voeg de afzender toe aan de toegestane afzenders' },
        template: 'Set-DistributionGroup -Identity {groupIdentity} -AcceptMessagesOnlyFromSendersOrMembers @{Add={sender}}',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: {
          en: 'Or: let everyone, inside and outside the organization, send to the group',
          nl: 'Of: laat iedereen, binnen en buiten de organisatie, naar de groep mailen',
        },
        template:
          'Set-DistributionGroup -Identity {groupIdentity} -AcceptMessagesOnlyFromSendersOrMembers $null -RequireSenderAuthenticationEnabled $false',
        broad: { consequence: OPENS_GROUP_TO_EVERYONE },
      },
    ],
    links: [LINKS.fix57124, LINKS.fix571, LINKS.manageDistributionGroups],
  },

  {
    id: 'group-moderated-or-large',
    kind: 'specific',
    match: [
      {
        phrase: [
          'rejected by the moderator',
          'moderator rejected',
          'moderator didn’t approve',
          'moderator didn\'t approve',
          'moderator did not approve',
          'wasn’t approved',
          'wasn\'t approved',
          'was not approved',
          'awaiting moderation',
          'awaiting approval',
          'more than 5,000 members',
          'more than 5000 members',
          'door de moderator geweigerd',
          'niet goedgekeurd',
          'meer dan 5000 leden',
          'meer dan 5.000 leden',
        ],
        boost: 40,
      },
    ],
    title: {
      en: '{groupName|This group} is moderated or only open to members',
      nl: '{groupName|Deze groep} is gemodereerd of alleen open voor leden',
    },
    explanation: {
      en: 'Messages to {group|this group} need a moderator’s approval, or only members may write to it. Groups with more than 5,000 members get these limits automatically.',
      nl: 'Berichten aan {group|deze groep} moeten eerst door een moderator worden goedgekeurd, of alleen leden mogen ernaar mailen. Groepen met meer dan 5000 leden krijgen die beperkingen automatisch.',
    },
    fixedBy: 'owner',
    recipientKind: 'group',
    steps: {
      sender: [
        {
          en: 'Ask to join {group|the group}: members can usually write to it.',
          nl: 'Vraag of u lid kunt worden van {group|de groep}: leden kunnen er meestal naartoe mailen.',
        },
        {
          en: 'Or ask the group’s owner or moderator to approve your message.',
          nl: 'Of vraag de eigenaar of moderator van de groep om uw bericht goed te keuren.',
        },
        FIND_OWNER_WEB,
        FIND_OWNER_CLASSIC,
        {
          en: 'If the moderator turned your message down, ask them why before you send it again.',
          nl: 'Heeft de moderator uw bericht afgewezen, vraag dan eerst waarom voordat u het opnieuw verstuurt.',
        },
        {
          en: 'Very large messages to large groups are refused with a different bounce; if that is what you got, make the message smaller or share a link instead of an attachment.',
          nl: 'Erg grote berichten aan grote groepen worden met een andere melding geweigerd; is dat wat u kreeg, maak het bericht dan kleiner of deel een link in plaats van een bijlage.',
        },
      ],
      owner: [
        {
          en: 'Approve the sender’s message: open the approval request in Outlook and choose Approve.',
          nl: 'Keur het bericht van de afzender goed: open het goedkeuringsverzoek in Outlook en kies Goedkeuren.',
        },
        {
          en: 'Or add {sender} to the group, or to the senders whose messages skip moderation.',
          nl: 'Of voeg {sender} toe aan de groep, of aan de afzenders van wie berichten de moderatie overslaan.',
        },
        {
          en: 'If the group no longer needs a moderator, ask your mail admin to turn moderation off.',
          nl: 'Heeft de groep geen moderator meer nodig, vraag uw e-mailbeheerder dan om de moderatie uit te zetten.',
        },
      ],
      admin: [
        {
          en: 'Check moderation and the allowed senders of the group with the first command.',
          nl: 'Controleer met de eerste opdracht de moderatie en de toegestane afzenders van de groep.',
        },
        {
          en: 'Groups with more than 5,000 members are moderated and limited in message size automatically; see Exchange Online limits.',
          nl: 'Groepen met meer dan 5000 leden krijgen automatisch moderatie en een limiet op de berichtgrootte; zie de limieten van Exchange Online.',
        },
        {
          en: 'A sender from outside needs a mail contact before it can be a member or skip moderation.',
          nl: 'Een afzender van buiten heeft eerst een e-mailcontact nodig voordat die lid kan worden of de moderatie kan overslaan.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show moderation settings', nl: 'Toon de instellingen voor moderatie' },
        template:
          'Get-DistributionGroup -Identity {groupIdentity} | Format-List Name, ModerationEnabled, ModeratedBy, BypassModerationFromSendersOrMembers, AcceptMessagesOnlyFromSendersOrMembers',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Let this sender skip moderation', nl: 'Laat deze afzender de moderatie overslaan' },
        template: 'Set-DistributionGroup -Identity {groupIdentity} -BypassModerationFromSendersOrMembers @{Add={sender}}',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Or add the sender to the group', nl: 'Of voeg de afzender toe aan de groep' },
        template: 'Add-DistributionGroupMember -Identity {groupIdentity} -Member {sender}',
      },
    ],
    links: [LINKS.manageDistributionGroups, LINKS.exchangeOnlineLimits, LINKS.fix57124],
  },

  {
    id: 'group-rejects-external-senders',
    kind: 'specific',
    match: [
      { identifier: ['RESOLVER.RST.SenderNotAuthenticatedForGroup'] },
      { status: ['5.7.133'] },
      { identifier: ['RESOLVER.RST.AuthRequired'], recipientIsGroup: true },
      { phrase: ['only accepts messages from people in its organization'] },
    ],
    title: {
      en: '{groupName|This group} does not accept mail from outside its organization',
      nl: '{groupName|Deze groep} neemt geen mail van buiten de organisatie aan',
    },
    explanation: {
      en: '{group|The group} only accepts mail from people in its own organization (or on its allowed senders list), and your address is not one of them.',
      nl: '{group|De groep} neemt alleen mail aan van mensen uit de eigen organisatie (of van de lijst met toegestane afzenders), en uw adres hoort daar niet bij.',
    },
    fixedBy: 'owner',
    recipientKind: 'group',
    steps: {
      sender: [
        {
          en: 'You cannot change this from your side. Ask the group’s owner to accept mail from outside the organization, or to put you ({sender|your address}) on the allowed senders list.',
          nl: 'Dit kunt u niet zelf veranderen. Vraag de eigenaar van de groep om mail van buiten de organisatie toe te staan, of om u ({sender|uw adres}) op de lijst met toegestane afzenders te zetten.',
        },
        {
          en: 'From outside you usually cannot look up who owns the group: ask your contact at {recipientDomain|that organization} to pass your request on.',
          nl: 'Van buitenaf kunt u meestal niet zien wie de eigenaar van de groep is: vraag uw contactpersoon bij {recipientDomain|die organisatie} uw verzoek door te geven.',
        },
        {
          en: 'Until then, write to a person at that organization directly instead of the group.',
          nl: 'Mail tot die tijd rechtstreeks naar een persoon bij die organisatie in plaats van naar de groep.',
        },
      ],
      owner: [
        {
          en: 'Allow mail from outside: Exchange admin center › Recipients › Groups › {group|the group} › Settings › Edit delivery management, and choose that people inside and outside the organization may send to it.',
          nl: 'Sta mail van buiten toe: Exchange-beheercentrum › Ontvangers › Groepen › {group|de groep} › Instellingen › Bezorgingsbeheer bewerken, en kies dat mensen binnen én buiten de organisatie ernaar mogen mailen.',
        },
        {
          en: 'Or keep the group closed and add only {sender} to its allowed senders.',
          nl: 'Of houd de groep gesloten en voeg alleen {sender} toe aan de toegestane afzenders.',
        },
        {
          en: 'For a Microsoft 365 group the setting is in Outlook: open the group, edit its settings and let people outside the organization email the group.',
          nl: 'Bij een Microsoft 365-groep zit de instelling in Outlook: open de groep, bewerk de instellingen en sta toe dat mensen buiten de organisatie de groep mailen.',
        },
      ],
      admin: [
        {
          en: 'Find out whether the recipient is a distribution group or a Microsoft 365 group (first command), then turn off RequireSenderAuthenticationEnabled with the matching command.',
          nl: 'Zoek uit of de geadresseerde een distributiegroep of een Microsoft 365-groep is (eerste opdracht) en zet daarna RequireSenderAuthenticationEnabled uit met de bijbehorende opdracht.',
        },
        {
          en: 'If the sender is a colleague whose mailbox is on your own Exchange server (hybrid), the mail arrived as anonymous: check the hybrid connectors instead of opening the group to everyone.',
          nl: 'Is de afzender een collega met een postvak op uw eigen Exchange-server (hybride), dan kwam de mail als anoniem binnen: controleer dan de hybride connectors in plaats van de groep voor iedereen open te zetten.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'What kind of group is it?', nl: 'Wat voor groep is het?' },
        template: 'Get-Recipient -Identity {groupIdentity} | Format-List Name, PrimarySmtpAddress, RecipientTypeDetails',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Distribution group: accept outside senders', nl: 'Distributiegroep: sta afzenders van buiten toe' },
        template: 'Set-DistributionGroup -Identity {groupIdentity} -RequireSenderAuthenticationEnabled $false',
        broad: { consequence: OPENS_GROUP_TO_EVERYONE },
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Microsoft 365 group: accept outside senders', nl: 'Microsoft 365-groep: sta afzenders van buiten toe' },
        template: 'Set-UnifiedGroup -Identity {groupIdentity} -RequireSenderAuthenticationEnabled $false',
        broad: { consequence: OPENS_GROUP_TO_EVERYONE },
      },
    ],
    links: [LINKS.fix57133, LINKS.fix571, LINKS.fix57193],
  },

  {
    id: 'm365-group-rejects-external-senders',
    kind: 'specific',
    match: [
      { identifier: ['UnifiedGroupAgent'] },
      { status: ['5.7.193'] },
      {
        phrase: [
          'isn’t set up to receive messages from',
          'isn\'t set up to receive messages from',
          'external senders aren\'t permitted to send to this group',
          'external senders aren’t permitted to send to this group',
        ],
      },
    ],
    title: {
      en: 'This Microsoft 365 group does not accept mail from outside',
      nl: 'Deze Microsoft 365-groep neemt geen mail van buiten aan',
    },
    explanation: {
      en: '{group|The group} is a Microsoft 365 group that only accepts mail from its members or from people in its own organization.',
      nl: '{group|De groep} is een Microsoft 365-groep die alleen mail aanneemt van haar leden of van mensen uit de eigen organisatie.',
    },
    fixedBy: 'owner',
    recipientKind: 'group',
    steps: {
      sender: [
        {
          en: 'Ask the group’s owner (through your contact at {recipientDomain|that organization}) to let people outside the organization email the group, or to add you as a guest member.',
          nl: 'Vraag de eigenaar van de groep (via uw contactpersoon bij {recipientDomain|die organisatie}) om mensen buiten de organisatie toe te staan de groep te mailen, of om u als gastlid toe te voegen.',
        },
        {
          en: 'Until then, write to a person there directly.',
          nl: 'Mail tot die tijd rechtstreeks naar een persoon daar.',
        },
      ],
      owner: [
        {
          en: 'In Outlook (new Outlook or Outlook on the web), go to Groups, open {group|the group}, choose Edit group and turn on the option that lets people outside the organization email the group.',
          nl: 'Ga in Outlook (nieuwe Outlook of Outlook op het web) naar Groepen, open {group|de groep}, kies Groep bewerken en zet de optie aan waarmee mensen buiten de organisatie de groep kunnen mailen.',
        },
        {
          en: 'Or add {sender} to the group as a guest. The change can take up to an hour to work.',
          nl: 'Of voeg {sender} als gast toe aan de groep. Het kan tot een uur duren voordat de wijziging werkt.',
        },
      ],
      admin: [
        {
          en: 'Exchange admin center › Recipients › Groups › Microsoft 365 › {group|the group} › Settings: turn on Allow external senders to email this group, or run the command below.',
          nl: 'Exchange-beheercentrum › Ontvangers › Groepen › Microsoft 365 › {group|de groep} › Instellingen: zet het toestaan van externe afzenders aan, of voer de opdracht hieronder uit.',
        },
        {
          en: 'Allow up to an hour before the sender tries again.',
          nl: 'Houd rekening met maximaal een uur voordat de afzender het opnieuw probeert.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show the group’s setting', nl: 'Toon de instelling van de groep' },
        template:
          'Get-UnifiedGroup -Identity {groupIdentity} | Format-List DisplayName, PrimarySmtpAddress, ManagedBy, RequireSenderAuthenticationEnabled',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Accept mail from outside senders', nl: 'Sta mail van afzenders van buiten toe' },
        template: 'Set-UnifiedGroup -Identity {groupIdentity} -RequireSenderAuthenticationEnabled $false',
        broad: { consequence: OPENS_GROUP_TO_EVERYONE },
      },
    ],
    links: [LINKS.fix57193],
  },

  {
    id: 'mailbox-accept-list',
    kind: 'specific',
    match: [
      { identifier: ['RESOLVER.RST.RestrictedToRecipientsPermission'] },
      { status: ['5.7.129'] },
      { phrase: ['add you to the accept list for the recipient'] },
    ],
    title: {
      en: 'The recipient only accepts mail from a set list of senders',
      nl: 'De geadresseerde neemt alleen mail aan van een vaste lijst afzenders',
    },
    explanation: {
      en: 'The mailbox of {recipient|the recipient} only accepts mail from certain people, and you are not on that list.',
      nl: 'Het postvak van {recipient|de geadresseerde} neemt alleen mail aan van bepaalde mensen, en u staat niet op die lijst.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'Ask {recipient|the recipient} (by phone, chat or through a colleague) to have their mail admin add you to the list of senders the mailbox accepts.',
          nl: 'Vraag {recipient|de geadresseerde} (telefonisch, via chat of via een collega) om hun e-mailbeheerder u toe te laten voegen aan de lijst met afzenders die het postvak aanneemt.',
        },
        TELL_RECIPIENT,
      ],
      owner: [],
      admin: [
        {
          en: 'Add the sender to the mailbox’s accepted senders (Exchange admin center › Recipients › Mailboxes › {recipient|the mailbox} › Mail flow settings › Message delivery restrictions), or remove the restriction if it is no longer needed.',
          nl: 'Voeg de afzender toe aan de geaccepteerde afzenders van het postvak (Exchange-beheercentrum › Ontvangers › Postvakken › {recipient|het postvak} › Instellingen voor e-mailstroom › Beperkingen voor berichtbezorging), of haal de beperking weg als die niet meer nodig is.',
        },
        {
          en: 'A sender from outside needs a mail contact before it can be on that list.',
          nl: 'Een afzender van buiten heeft eerst een e-mailcontact nodig voordat die op de lijst kan.',
        },
        {
          en: 'Hybrid organizations: Microsoft also names an on-premises cause, an Active Directory account that was disabled instead of removed. If that applies, remove the disabled on-premises account and let directory synchronization run.',
          nl: 'Hybride organisaties: Microsoft noemt ook een oorzaak aan de on-premises kant, een Active Directory-account dat is uitgeschakeld in plaats van verwijderd. Geldt dat hier, verwijder dan het uitgeschakelde on-premises account en laat de adreslijstsynchronisatie lopen.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Show whom the mailbox accepts mail from', nl: 'Toon van wie het postvak mail aanneemt' },
        template:
          'Get-Mailbox -Identity {recipient} | Format-List Name, AcceptMessagesOnlyFrom, AcceptMessagesOnlyFromDLMembers, AcceptMessagesOnlyFromSendersOrMembers',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: {
          en: 'Only for a sender outside the organization: create a mail contact',
          nl: 'Alleen voor een afzender van buiten de organisatie: maak een e-mailcontact aan',
        },
        template: 'New-MailContact -Name {sender} -ExternalEmailAddress {sender}',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Add the sender to the accepted senders', nl: 'Voeg de afzender toe aan de geaccepteerde afzenders' },
        template: 'Set-Mailbox -Identity {recipient} -AcceptMessagesOnlyFromSendersOrMembers @{Add={sender}}',
      },
    ],
    links: [LINKS.fix571, LINKS.ndrIndex],
  },

  {
    id: 'mailbox-rejects-external-senders',
    kind: 'specific',
    match: [
      { identifier: ['RESOLVER.RST.SenderAuthenticated'] },
      { status: ['5.7.12'] },
      { identifier: ['RESOLVER.RST.SenderNotAuthenticatedForMailbox'] },
      { status: ['5.7.134'] },
      { status: ['5.7.136'] },
      { identifier: ['RESOLVER.RST.AuthRequired'] },
      { status: ['5.7.1'], phrase: ['delivery to this address is restricted'] },
      {
        phrase: [
          'Delivery restriction check failed as sender not authenticated',
          'Sender was not authenticated for mailbox',
          'Sender was not authenticated by organization',
        ],
      },
    ],
    title: {
      en: 'The recipient only accepts mail from inside their organization',
      nl: 'De geadresseerde neemt alleen mail aan van binnen de eigen organisatie',
    },
    explanation: {
      en: '{recipient|This address} refuses mail from senders outside its own organization, so your message was turned away.',
      nl: '{recipient|Dit adres} weigert mail van afzenders buiten de eigen organisatie; daarom is uw bericht niet aangekomen.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'This can only be changed on the recipient’s side. Ask {recipient|the recipient} to have their mail admin accept mail from you.',
          nl: 'Dit kan alleen aan de kant van de geadresseerde worden veranderd. Vraag {recipient|de geadresseerde} om hun e-mailbeheerder mail van u te laten toestaan.',
        },
        TELL_RECIPIENT,
      ],
      owner: [
        {
          en: 'If {recipient|this address} is a group or shared mailbox you manage: allow senders from outside the organization in its delivery settings, or ask your mail admin.',
          nl: 'Is {recipient|dit adres} een groep of gedeeld postvak dat u beheert: sta in de bezorginstellingen afzenders van buiten de organisatie toe, of vraag het uw e-mailbeheerder.',
        },
      ],
      admin: [
        {
          en: 'Find out what kind of recipient it is (first command), then turn off “require that all senders are authenticated” with the matching command.',
          nl: 'Zoek uit wat voor geadresseerde het is (eerste opdracht) en zet daarna “vereisen dat alle afzenders zijn geverifieerd” uit met de bijbehorende opdracht.',
        },
        {
          en: 'Mailbox: Exchange admin center › Recipients › Mailboxes › {recipient|the mailbox} › Mail flow settings › Message delivery restrictions. Group: Edit delivery management, allow people inside and outside the organization. Mail user (5.7.136): PowerShell only.',
          nl: 'Postvak: Exchange-beheercentrum › Ontvangers › Postvakken › {recipient|het postvak} › Instellingen voor e-mailstroom › Beperkingen voor berichtbezorging. Groep: Bezorgingsbeheer bewerken, mensen binnen én buiten de organisatie toestaan. E-mailgebruiker (5.7.136): alleen via PowerShell.',
        },
        {
          en: 'Or keep the restriction and accept only this sender: add {sender} (as a mail contact) to the recipient’s accepted senders.',
          nl: 'Of houd de beperking en sta alleen deze afzender toe: voeg {sender} (als e-mailcontact) toe aan de geaccepteerde afzenders van de geadresseerde.',
        },
        {
          en: 'On your own Exchange servers the same commands work in the Exchange Management Shell.',
          nl: 'Op uw eigen Exchange-servers werken dezelfde opdrachten in de Exchange Management Shell.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'What kind of recipient is it?', nl: 'Wat voor geadresseerde is het?' },
        template: 'Get-Recipient -Identity {recipient} | Format-List Name, RecipientTypeDetails',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Mailbox: accept outside senders', nl: 'Postvak: sta afzenders van buiten toe' },
        template: 'Set-Mailbox -Identity {recipient} -RequireSenderAuthenticationEnabled $false',
        broad: { consequence: OPENS_RECIPIENT_TO_EVERYONE },
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Mail user: accept outside senders', nl: 'E-mailgebruiker: sta afzenders van buiten toe' },
        template: 'Set-MailUser -Identity {recipient} -RequireSenderAuthenticationEnabled $false',
        broad: { consequence: OPENS_RECIPIENT_TO_EVERYONE },
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Distribution group: accept outside senders', nl: 'Distributiegroep: sta afzenders van buiten toe' },
        template: 'Set-DistributionGroup -Identity {recipient} -RequireSenderAuthenticationEnabled $false',
        broad: { consequence: OPENS_GROUP_TO_EVERYONE },
      },
    ],
    links: [LINKS.fix5712, LINKS.fix57134, LINKS.fix57136],
  },

  {
    id: 'public-folder-rejects-external-senders',
    kind: 'specific',
    match: [
      { identifier: ['RESOLVER.RST.AuthRequired'], marker: ['Stage: CreateMessage'] },
      { identifier: ['RESOLVER.RST.AuthRequired'], phrase: ['Stage: CreateMessage', 'fase: CreateMessage'] },
      // Other servers use 5.7.13 with its registered meaning, "user account disabled".
      { status: ['5.7.13', '5.7.135'], unless: ['disabled'] },
      { phrase: ['not authenticated for public folder'] },
    ],
    title: {
      en: 'The public folder does not accept mail from outside',
      nl: 'De openbare map neemt geen mail van buiten aan',
    },
    explanation: {
      en: '{recipient|The address} belongs to a mail-enabled public folder that only takes mail from people signed in to its own organization; senders from outside are refused.',
      nl: '{recipient|Het adres} hoort bij een openbare map met e-mail die alleen mail aanneemt van mensen die bij de eigen organisatie zijn aangemeld; afzenders van buiten worden geweigerd.',
    },
    fixedBy: 'recipient-admin',
    recipientKind: 'public-folder',
    steps: {
      sender: [
        {
          en: 'You cannot change this yourself. Tell your contact at {recipientDomain|that organization} that mail to {recipient|this address} bounces, and forward them this bounce for their mail admin.',
          nl: 'Dit kunt u niet zelf veranderen. Laat uw contactpersoon bij {recipientDomain|die organisatie} weten dat mail aan {recipient|dit adres} terugkomt, en stuur deze melding door voor hun e-mailbeheerder.',
        },
        {
          en: 'Until it is fixed, send your message to a person there instead of the folder.',
          nl: 'Stuur uw bericht tot die tijd naar een persoon daar in plaats van naar de map.',
        },
      ],
      owner: [
        {
          en: 'If you look after this public folder, ask your mail admin to let outside senders post to it; the Admin tab has the exact steps.',
          nl: 'Beheert u deze openbare map, vraag uw e-mailbeheerder dan om afzenders van buiten toe te laten; op het tabblad Beheerder staan de precieze stappen.',
        },
      ],
      admin: [
        {
          en: 'Give the Anonymous user permission to create items in the folder (Add-PublicFolderClientPermission). It needs the folder’s path, such as \\Sales\\Orders: the first command lists mail-enabled folders with their paths.',
          nl: 'Geef de gebruiker Anonymous het recht om items te maken in de map (Add-PublicFolderClientPermission). Daarvoor is het pad van de map nodig, zoals \\Verkoop\\Orders: de eerste opdracht toont de mappen met e-mail en hun pad.',
        },
        {
          en: 'Also stop requiring authenticated senders: Exchange admin center › Public folders › the folder › Mail flow settings, allow all senders; or use Set-MailPublicFolder below.',
          nl: 'Zet ook het vereisen van geverifieerde afzenders uit: Exchange-beheercentrum › Openbare mappen › de map › Instellingen voor e-mailstroom, alle afzenders toestaan; of gebruik Set-MailPublicFolder hieronder.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: {
          en: 'List mail-enabled public folders and their paths',
          nl: 'Toon de openbare mappen met e-mail en hun pad',
        },
        template: 'Get-PublicFolder -Recurse -ResultSize Unlimited | Where-Object MailEnabled | Format-Table Identity, Name',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Let anonymous senders create items', nl: 'Laat anonieme afzenders items maken' },
        template: 'Add-PublicFolderClientPermission -Identity {publicFolderPath} -User Anonymous -AccessRights CreateItems',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Stop requiring authenticated senders', nl: 'Vereis geen geverifieerde afzenders meer' },
        template: 'Set-MailPublicFolder -Identity {publicFolder} -RequireSenderAuthenticationEnabled $false',
      },
    ],
    links: [LINKS.fix571, LINKS.fix57135, LINKS.publicFolderMail],
  },

  {
    id: 'transport-rule-rejection',
    kind: 'specific',
    match: [{ identifier: ['TRANSPORT.RULES.RejectMessage', 'TRANSPORT.RULES.*'] }],
    title: {
      en: 'A mail flow rule stopped the message',
      nl: 'Een e-mailstroomregel heeft het bericht tegengehouden',
    },
    explanation: {
      en: 'An organization that handled your message has a rule that refuses messages like yours, for example by sender, subject, attachment or recipient. The rule’s own text, if it has one, is in the bounce.',
      nl: 'Een organisatie die uw bericht verwerkte, heeft een regel die berichten zoals het uwe weigert, bijvoorbeeld op afzender, onderwerp, bijlage of geadresseerde. De eigen tekst van de regel staat, als die er is, in de melding.',
    },
    fixedBy: 'recipient-admin',
    whoCanFix: {
      en: 'The mail admin of the organization with the rule can fix this: usually {recipientDomain|the recipient’s organization}, sometimes your own.',
      nl: 'De e-mailbeheerder van de organisatie met de regel kan dit oplossen: meestal {recipientDomain|de organisatie van de geadresseerde}, soms uw eigen organisatie.',
    },
    steps: {
      sender: [
        {
          en: 'Read the reason in the bounce: the rule may say what to change (a blocked attachment type, a word in the subject). If it does, change that and send again.',
          nl: 'Lees de reden in de melding: de regel kan zeggen wat u moet veranderen (een geblokkeerd type bijlage, een woord in het onderwerp). Zo ja, pas dat aan en verstuur opnieuw.',
        },
        TELL_RECIPIENT,
        FORWARD_TO_IT,
      ],
      owner: [
        {
          en: 'If the rule protects a group you own, ask your mail admin to make an exception for {sender}.',
          nl: 'Beschermt de regel een groep waarvan u eigenaar bent, vraag uw e-mailbeheerder dan om een uitzondering voor {sender}.',
        },
      ],
      admin: [
        {
          en: 'Find the rule whose rejection text matches the bounce (first command), or run a message trace for the sender and recipient: it shows which rule acted.',
          nl: 'Zoek de regel waarvan de weigeringstekst overeenkomt met de melding (eerste opdracht), of voer een berichttracering uit voor afzender en geadresseerde: die laat zien welke regel ingreep.',
        },
        {
          en: 'Add an exception for the sender or change the rule’s conditions in the Exchange admin center › Mail flow › Rules.',
          nl: 'Voeg een uitzondering voor de afzender toe of pas de voorwaarden van de regel aan in het Exchange-beheercentrum › E-mailstroom › Regels.',
        },
        {
          en: 'Rules on outgoing mail can refuse messages too: if the bounce was written by the sender’s own servers, look there.',
          nl: 'Ook regels voor uitgaande mail kunnen berichten weigeren: is de melding door de eigen servers van de afzender geschreven, kijk dan daar.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Find the rule by its rejection text', nl: 'Zoek de regel op zijn weigeringstekst' },
        template:
          'Get-TransportRule | Where-Object RejectMessageReasonText -Like {ruleTextPattern} | Format-List Name, State, Priority, RejectMessageReasonText',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'List every rule that rejects messages', nl: 'Toon alle regels die berichten weigeren' },
        template: 'Get-TransportRule | Where-Object RejectMessageReasonText | Format-Table Name, State, Priority, RejectMessageReasonText',
      },
      {
        audience: 'admin',
        shell: 'exchange-online',
        label: { en: 'Trace the message', nl: 'Traceer het bericht' },
        template: 'Get-MessageTraceV2 -SenderAddress {sender} -RecipientAddress {recipient}',
      },
    ],
    links: [LINKS.mailFlowRules, LINKS.messageTrace, LINKS.ndrIndex],
  },

  {
    id: 'sender-filter',
    kind: 'specific',
    match: [
      { identifier: ['SenderFilterAgent'] },
      { status: ['5.7.105'] },
      { phrase: ['on SenderFilterConfig list'] },
    ],
    title: {
      en: 'The recipient’s mail server blocks your address',
      nl: 'De mailserver van de geadresseerde blokkeert uw adres',
    },
    explanation: {
      en: 'The receiving Exchange server has your address or your domain on its list of blocked senders.',
      nl: 'De ontvangende Exchange-server heeft uw adres of uw domein op de lijst met geblokkeerde afzenders staan.',
    },
    fixedBy: 'recipient-admin',
    steps: {
      sender: [
        {
          en: 'Ask {recipient|the recipient}, another way than mail, to have their mail admin remove {sender|your address} from the blocked senders.',
          nl: 'Vraag {recipient|de geadresseerde}, op een andere manier dan per mail, om hun e-mailbeheerder {sender|uw adres} van de geblokkeerde afzenders te laten halen.',
        },
        TELL_RECIPIENT,
      ],
      owner: [],
      admin: [
        {
          en: 'On the receiving Exchange server, look at the sender filter (first command) and remove {sender} or {senderDomain} from BlockedSenders or BlockedDomains.',
          nl: 'Bekijk op de ontvangende Exchange-server het afzenderfilter (eerste opdracht) en haal {sender} of {senderDomain} weg uit BlockedSenders of BlockedDomains.',
        },
      ],
    },
    commands: [
      {
        audience: 'admin',
        shell: 'exchange-server',
        label: { en: 'Show the sender filter', nl: 'Toon het afzenderfilter' },
        template: 'Get-SenderFilterConfig | Format-List Enabled, BlockedSenders, BlockedDomains, BlockedDomainsAndSubdomains',
      },
      {
        audience: 'admin',
        shell: 'exchange-server',
        label: { en: 'Unblock the sender’s address', nl: 'Deblokkeer het adres van de afzender' },
        template: 'Set-SenderFilterConfig -BlockedSenders @{Remove={sender}}',
      },
      {
        audience: 'admin',
        shell: 'exchange-server',
        label: { en: 'Or unblock the whole domain', nl: 'Of deblokkeer het hele domein' },
        template: 'Set-SenderFilterConfig -BlockedDomains @{Remove={senderDomain}}',
      },
    ],
    links: [LINKS.senderFiltering],
  },
];
