/**
 * Receivers outside Microsoft 365 whose 5.7.x replies show up inside bounces:
 * reputation judgements (Gmail), content and policy filters (Barracuda, Trend
 * Micro, Mimecast, Apple), and any other server that refuses on its own policy.
 *
 * Source: research/ndr-codes.md §D.
 */
import { LINKS } from '../links';
import { FORWARD_TO_IT_NOW, TELL_RECIPIENT } from '../shared';
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
      { status: ['5.7.0', '5.7.1'], rejectedByRemoteServer: true, whenUnexplained: true, boost: -20 },
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
];
