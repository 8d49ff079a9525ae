/**
 * Steps several scenarios share. Finding the owner follows Microsoft's 5.7.1
 * article ("Fix email delivery issues for error code 550 5.7.1 in Office 365"),
 * corrected for where the group really is: in the bounce's body (the list of
 * recipients it could not reach), not its To line, which holds the sender. In
 * Outlook on the web and the new Outlook the group's card, opened from People or
 * the address book, lists the owner; in classic Outlook for Windows the group's
 * properties in the Address Book show it on the General tab
 * (docs/outlook-quirks.md, "Finding a group's owner in Outlook").
 */
import type { FixAudience } from './types';
import type { Localized } from '../types';

export const FIND_OWNER_WEB: Localized = {
  en: 'To find the group’s owner in Outlook on the web or the new Outlook: go to People (or open the address book), search for {groupName|the group named in this bounce} and open its card: it lists the owner.',
  nl: 'Zo vindt u de eigenaar van de groep in Outlook op het web of de nieuwe Outlook: ga naar Personen (of open het adresboek), zoek {groupName|de groep die in deze melding staat} en open de kaart: daarop staat de eigenaar.',
};

export const FIND_OWNER_CLASSIC: Localized = {
  en: 'In classic Outlook for Windows: on the Home tab choose Address Book, search for {groupName|the group} and double-click it: the General tab shows the owner.',
  nl: 'In de klassieke Outlook voor Windows: kies op het tabblad Start de optie Adresboek, zoek {groupName|de groep} en dubbelklik erop: het tabblad Algemeen toont de eigenaar.',
};

export const FORWARD_TO_IT: Localized = {
  en: 'If you cannot sort this out, forward this bounce to your IT department or helpdesk: it contains the details they need.',
  nl: 'Komt u er niet uit? Stuur deze melding door naar uw IT-afdeling of helpdesk: daarin staan de gegevens die zij nodig hebben.',
};

export const FORWARD_TO_IT_NOW: Localized = {
  en: 'Forward this bounce to your IT department or helpdesk: the fix is in your organization’s mail settings, not in your mailbox.',
  nl: 'Stuur deze melding door naar uw IT-afdeling of helpdesk: de oplossing zit in de mailinstellingen van uw organisatie, niet in uw eigen postvak.',
};

export const TELL_RECIPIENT: Localized = {
  en: 'Let {recipient|the recipient} know another way (phone, chat, a colleague there) that your mail does not arrive, and send them this bounce for their mail admin.',
  nl: 'Laat {recipient|de geadresseerde} op een andere manier weten (telefoon, chat, een collega daar) dat uw mail niet aankomt, en stuur deze melding mee voor hun e-mailbeheerder.',
};

export const SEND_AGAIN_LATER: Localized = {
  en: 'Once you hear it has been fixed, send your message again: this one will not be delivered by itself.',
  nl: 'Verstuur uw bericht opnieuw zodra u hoort dat het is opgelost: dit bericht wordt niet alsnog vanzelf bezorgd.',
};

/** The owner's options from Microsoft's 550 5.7.1 article (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online): allowed senders, outside senders, transport rule, approve or add. */
export const OWNER_ALLOW_SENDER: readonly Localized[] = [
  {
    en: 'Add {sender} to the allowed senders of {group|the group}: Exchange admin center › Recipients › Groups › the group › Settings › Edit delivery management. If you cannot open that page, ask your mail admin (the Admin tab has the command).',
    nl: 'Voeg {sender} toe aan de toegestane afzenders van {group|de groep}: Exchange-beheercentrum › Ontvangers › Groepen › de groep › Instellingen › Bezorgingsbeheer bewerken. Kunt u die pagina niet openen, vraag het dan aan uw e-mailbeheerder (op het tabblad Beheerder staat de opdracht).',
  },
  {
    en: 'If the sender is outside your organization and the group may take mail from outside, choose in the same delivery settings that people inside and outside the organization may send to it.',
    nl: 'Staat de afzender buiten uw organisatie en mag de groep mail van buiten ontvangen? Kies dan in dezelfde bezorginstellingen dat mensen binnen én buiten de organisatie ernaar mogen mailen.',
  },
  {
    en: 'If a mail flow rule (transport rule) limits who may write to the group, have that rule changed so it lets {sender} through.',
    nl: 'Beperkt een e-mailstroomregel (transportregel) wie naar de groep mag mailen, laat die regel dan aanpassen zodat {sender} erdoor mag.',
  },
  {
    en: 'If the group is moderated (groups of more than 5,000 members are, automatically): approve the waiting message, or add {sender} to the group.',
    nl: 'Is de groep gemodereerd (groepen met meer dan 5000 leden zijn dat automatisch): keur het wachtende bericht goed, of voeg {sender} toe aan de groep.',
  },
];

export const LARGE_GROUP_SENDER: Localized = {
  en: 'If the group is large (more than 5,000 members), only members may write to it or a moderator must approve each message: ask to join the group, or ask the owner or moderator to approve your message.',
  nl: 'Is het een grote groep (meer dan 5000 leden), dan mogen alleen leden ernaar mailen of moet een moderator elk bericht goedkeuren: vraag of u lid kunt worden, of vraag de eigenaar of moderator uw bericht goed te keuren.',
};

/** Default "who can fix it" sentences, by audience. */
export const WHO_CAN_FIX: Readonly<Record<FixAudience, Localized>> = {
  sender: { en: 'You can fix this yourself.', nl: 'U kunt dit zelf oplossen.' },
  owner: {
    en: 'The owner of {group|the group} can fix this.',
    nl: 'De eigenaar van {group|de groep} kan dit oplossen.',
  },
  'recipient-admin': {
    en: 'The mail admin of {recipientDomain|the recipient’s organization} can fix this.',
    nl: 'De e-mailbeheerder van {recipientDomain|de organisatie van de geadresseerde} kan dit oplossen.',
  },
  'sender-admin': {
    en: 'Your own IT department or mail admin can fix this.',
    nl: 'Uw eigen IT-afdeling of e-mailbeheerder kan dit oplossen.',
  },
  wait: {
    en: 'Usually nobody needs to act: the cause is temporary. If delivery was given up, send the message again later.',
    nl: 'Meestal hoeft niemand iets te doen: de oorzaak is tijdelijk. Is de bezorging opgegeven, verstuur het bericht dan later opnieuw.',
  },
};

export const CONNECT_EXCHANGE_ONLINE: Localized = {
  en: 'Connect to Exchange Online PowerShell first (once per session)',
  nl: 'Maak eerst verbinding met Exchange Online PowerShell (eenmaal per sessie)',
};

/**
 * What a server says when the address does not exist, under whatever code it
 * chose (some answer `550 5.7.1 … User unknown`).
 */
export const UNKNOWN_ADDRESS_PHRASES: readonly string[] = [
  'user unknown',
  'unknown user',
  'no such user',
  'unknown recipient',
  'recipient not found',
  'mailbox not found',
  'address does not exist',
  'invalid recipient',
  'user not found',
  'no such mailbox',
  "address couldn't be found",
  'user not exist',
  // Exchange 2003: "The recipient name is not recognized".
  'recipient name is not recognized',
];

/** A full mailbox, in the words servers use with or without a code. */
export const MAILBOX_FULL_PHRASES: readonly string[] = [
  'mailbox full',
  'mailbox is full',
  'mailfolder is full',
  'quota exceeded',
  'over quota',
  'exceeded storage allocation',
];

/** A server that kept trying and gave up (the bounce usually carries no code). */
export const GAVE_UP_PHRASES: readonly string[] = [
  'retry timeout exceeded',
  'giving up',
  'envelope expired',
  'message expired',
  'could not deliver for the last',
  'have been failing for a long time',
  'will be retried for',
  'connection timed out',
  'timed out',
  'host not reachable',
  'unable to contact destination',
  'did not accept our requests to connect',
];

/** The recipient's domain or host cannot be found or takes no SMTP. */
export const HOST_UNKNOWN_PHRASES: readonly string[] = [
  'host unknown',
  'host not found',
  'domain does not exist',
  'unrouteable address',
  'no smtp service',
  'dns lookup failure',
  'no such domain',
  'domain is not reachable',
];

/**
 * What opening a group to everyone does (`broad` commands): anyone on the
 * internet may then write to it
 * (https://learn.microsoft.com/exchange/recipients-in-exchange-online/manage-distribution-groups/manage-distribution-groups).
 */
export const OPENS_GROUP_TO_EVERYONE: Localized = {
  en: 'Anyone, inside or outside your organisation, can then send to {group|the group}, spammers and phishers included, and every member gets it. Use this only if the group is meant to be open to everyone; to let in one sender, use the targeted fix above.',
  nl: 'Daarna kan iedereen, binnen en buiten uw organisatie, naar {group|de groep} mailen, ook spammers en phishers, en elk lid ontvangt het. Gebruik dit alleen als de groep voor iedereen open hoort te staan; om één afzender toe te laten, gebruikt u de gerichte oplossing hierboven.',
};

/** The same for a single mailbox or mail user (`RequireSenderAuthenticationEnabled $false`). */
export const OPENS_RECIPIENT_TO_EVERYONE: Localized = {
  en: 'Anyone, inside or outside your organisation, can then send to {recipient|this address}, spammers and phishers included. Use this only if the address is meant to take mail from outside; to let in one sender, add that sender to the accepted senders instead.',
  nl: 'Daarna kan iedereen, binnen en buiten uw organisatie, naar {recipient|dit adres} mailen, ook spammers en phishers. Gebruik dit alleen als het adres mail van buiten hoort aan te nemen; om één afzender toe te laten, voegt u die afzender liever toe aan de geaccepteerde afzenders.',
};
