/**
 * What an enhanced mail status code means, by its parts (RFC 3463 §3):
 * `class.subject.detail`, e.g. `5.7.1`.
 *
 * - class (§3.1): 2 = success, 4 = persistent transient failure (temporary: the
 *   sending server may try again), 5 = permanent failure.
 * - subject (§3.2): 0 other, 1 addressing, 2 mailbox, 3 mail system,
 *   4 network and routing, 5 mail delivery protocol, 6 message content or media,
 *   7 security or policy.
 * - detail (§3.3–3.9): the registered meanings. Besides RFC 3463 itself we
 *   describe a few later IANA registrations that the big receivers use with the
 *   registered meaning (RFC 7505 null MX, RFC 7372 SPF/DKIM/reverse DNS). We leave
 *   out registrations that Exchange reuses for its own meaning (x.7.12 to x.7.19:
 *   Exchange's 5.7.12 is "sender not authenticated", not "password transition"),
 *   so a reader is never told the wrong thing: for those we give class and subject.
 *
 * The sentences are ours, in English and Dutch.
 */
import type { Localized, UiLanguage } from './types';

export type StatusClass = 2 | 4 | 5;

export interface CodeMeaning {
  /** The code as given, e.g. `5.7.1`. */
  code: string;
  statusClass: StatusClass;
  subject: number;
  detail: number;
  /** Class 4: the problem may go away by itself; the sending server may try again. */
  temporary: boolean;
  /** e.g. "permanent failure" / "blijvende fout". */
  classText: Localized;
  /** e.g. "security or policy" / "beveiliging of beleid". */
  subjectText: Localized;
  /** The registered meaning of this exact detail, when it has a well-known one. */
  detailText?: Localized;
  /** One sentence for people: class, subject and detail together. */
  summary: Localized;
}

const CLASS_TEXT: Record<StatusClass, Localized> = {
  2: { en: 'success', nl: 'gelukt' },
  4: { en: 'temporary problem', nl: 'tijdelijk probleem' },
  5: { en: 'permanent failure', nl: 'blijvende fout' },
};

const SUBJECT_TEXT: readonly Localized[] = [
  { en: 'other or unspecified', nl: 'overig of niet nader bepaald' },
  { en: 'addressing', nl: 'adressering' },
  { en: 'the recipient’s mailbox', nl: 'het postvak van de geadresseerde' },
  { en: 'the receiving mail system', nl: 'het ontvangende mailsysteem' },
  { en: 'network or routing', nl: 'netwerk of routering' },
  { en: 'the mail protocol', nl: 'het mailprotocol' },
  { en: 'message content or format', nl: 'inhoud of opmaak van het bericht' },
  { en: 'security or policy', nl: 'beveiliging of beleid' },
];

/** Keyed by `subject.detail`. */
const DETAIL_TEXT: Readonly<Record<string, Localized>> = {
  '0.0': { en: 'no further detail was given', nl: 'er is geen nadere reden opgegeven' },
  '1.0': { en: 'something is wrong with an address', nl: 'er is iets mis met een adres' },
  '1.1': {
    en: 'the mailbox in the recipient’s address does not exist',
    nl: 'het postvak in het adres van de geadresseerde bestaat niet',
  },
  '1.2': {
    en: 'the domain or mail system in the recipient’s address does not exist or does not accept mail',
    nl: 'het domein of mailsysteem in het adres van de geadresseerde bestaat niet of neemt geen mail aan',
  },
  '1.3': { en: 'the recipient’s address is not written correctly', nl: 'het adres van de geadresseerde is niet goed geschreven' },
  '1.4': {
    en: 'the recipient’s address fits more than one mailbox',
    nl: 'het adres van de geadresseerde past bij meer dan één postvak',
  },
  '1.5': { en: 'the recipient’s address is valid', nl: 'het adres van de geadresseerde is geldig' },
  '1.6': {
    en: 'the mailbox has moved and no forwarding address is known',
    nl: 'het postvak is verhuisd en er is geen doorstuuradres bekend',
  },
  '1.7': { en: 'the sender’s address is not written correctly', nl: 'het adres van de afzender is niet goed geschreven' },
  '1.8': {
    en: 'the domain in the sender’s address is not valid',
    nl: 'het domein in het adres van de afzender is niet geldig',
  },
  '1.10': {
    en: 'the recipient’s domain says it does not accept any mail (null MX)',
    nl: 'het domein van de geadresseerde geeft aan helemaal geen mail aan te nemen (null MX)',
  },
  '2.0': { en: 'something is wrong with the mailbox', nl: 'er is iets mis met het postvak' },
  '2.1': {
    en: 'the mailbox is disabled and does not accept messages',
    nl: 'het postvak is uitgeschakeld en neemt geen berichten aan',
  },
  '2.2': { en: 'the recipient’s mailbox is full', nl: 'het postvak van de geadresseerde is vol' },
  '2.3': {
    en: 'the message is larger than this mailbox accepts',
    nl: 'het bericht is groter dan dit postvak aanneemt',
  },
  '2.4': {
    en: 'a mailing list could not be expanded to its members',
    nl: 'een verzendlijst kon niet naar de leden worden uitgeklapt',
  },
  '3.0': { en: 'something is wrong with the receiving mail system', nl: 'er is iets mis met het ontvangende mailsysteem' },
  '3.1': { en: 'the receiving mail system is out of storage', nl: 'het ontvangende mailsysteem heeft geen opslagruimte meer' },
  '3.2': { en: 'the receiving system is not accepting mail', nl: 'het ontvangende systeem neemt geen mail aan' },
  '3.3': {
    en: 'the receiving system cannot handle a feature the message needs',
    nl: 'het ontvangende systeem kan een functie die het bericht nodig heeft niet aan',
  },
  '3.4': {
    en: 'the message is too large for the receiving system',
    nl: 'het bericht is te groot voor het ontvangende systeem',
  },
  '3.5': { en: 'the receiving system is set up incorrectly', nl: 'het ontvangende systeem is verkeerd ingesteld' },
  '4.0': { en: 'a network or routing problem occurred', nl: 'er is een netwerk- of routeringsprobleem opgetreden' },
  '4.1': { en: 'the receiving server did not answer', nl: 'de ontvangende server gaf geen antwoord' },
  '4.2': { en: 'the connection was lost or refused', nl: 'de verbinding is verbroken of geweigerd' },
  '4.3': { en: 'a directory server could not be reached', nl: 'een adreslijstserver was niet bereikbaar' },
  '4.4': {
    en: 'no route to the destination could be found',
    nl: 'er is geen route naar de bestemming gevonden',
  },
  '4.5': { en: 'the mail system is congested', nl: 'het mailsysteem is overbelast' },
  '4.6': {
    en: 'the message went round in a loop between servers',
    nl: 'het bericht bleef rondgaan tussen servers',
  },
  '4.7': {
    en: 'the time allowed for delivery ran out',
    nl: 'de tijd voor bezorging is verstreken',
  },
  '5.0': { en: 'a protocol problem occurred', nl: 'er is een protocolprobleem opgetreden' },
  '5.1': { en: 'a mail server sent an invalid command', nl: 'een mailserver gaf een ongeldige opdracht' },
  '5.2': { en: 'a mail server sent a command it could not parse', nl: 'een mailserver gaf een opdracht die niet te lezen was' },
  '5.3': { en: 'the message has too many recipients', nl: 'het bericht heeft te veel geadresseerden' },
  '5.4': { en: 'a mail server sent invalid command arguments', nl: 'een mailserver gaf ongeldige parameters mee' },
  '5.5': { en: 'the servers use different protocol versions', nl: 'de servers gebruiken verschillende protocolversies' },
  '6.0': { en: 'something is wrong with the content of the message', nl: 'er is iets mis met de inhoud van het bericht' },
  '6.1': { en: 'the receiver does not accept this kind of content', nl: 'de ontvanger accepteert dit soort inhoud niet' },
  '6.2': {
    en: 'the content had to be converted, and converting was not allowed',
    nl: 'de inhoud moest worden omgezet, maar dat was niet toegestaan',
  },
  '6.3': { en: 'the content had to be converted, and that is not possible', nl: 'de inhoud moest worden omgezet, maar dat kan niet' },
  '6.4': { en: 'the content was converted and lost some detail', nl: 'de inhoud is omgezet en daarbij is iets verloren gegaan' },
  '6.5': { en: 'converting the content failed', nl: 'het omzetten van de inhoud is mislukt' },
  '7.0': { en: 'a security or policy rule stopped the message', nl: 'een beveiligings- of beleidsregel heeft het bericht tegengehouden' },
  '7.1': {
    en: 'the sender is not allowed to deliver to this recipient, so the message was refused',
    nl: 'de afzender mag niet bij deze geadresseerde bezorgen, dus het bericht is geweigerd',
  },
  '7.2': {
    en: 'the sender may not send to this mailing list',
    nl: 'de afzender mag niet naar deze verzendlijst sturen',
  },
  '7.3': {
    en: 'a security conversion was needed but is not possible',
    nl: 'een beveiligingsconversie was nodig maar is niet mogelijk',
  },
  '7.4': { en: 'a security feature the message needs is not supported', nl: 'een beveiligingsfunctie die het bericht nodig heeft wordt niet ondersteund' },
  '7.5': { en: 'encrypting, decrypting or checking a signature failed', nl: 'versleutelen, ontsleutelen of een handtekening controleren is mislukt' },
  '7.6': { en: 'the encryption method is not supported', nl: 'de versleutelingsmethode wordt niet ondersteund' },
  '7.7': { en: 'the message was changed on the way (integrity check failed)', nl: 'het bericht is onderweg gewijzigd (integriteitscontrole mislukt)' },
  '7.8': { en: 'the login details were not accepted', nl: 'de aanmeldgegevens zijn niet geaccepteerd' },
  '7.9': { en: 'the login method is too weak', nl: 'de aanmeldmethode is te zwak' },
  '7.10': { en: 'an encrypted connection is required', nl: 'een versleutelde verbinding is vereist' },
  '7.11': { en: 'this login method requires an encrypted connection', nl: 'deze aanmeldmethode vereist een versleutelde verbinding' },
  '7.20': { en: 'the message has no valid DKIM signature', nl: 'het bericht heeft geen geldige DKIM-handtekening' },
  '7.21': { en: 'the message has no acceptable DKIM signature', nl: 'het bericht heeft geen acceptabele DKIM-handtekening' },
  '7.22': {
    en: 'the message has no valid DKIM signature from the sender’s own domain',
    nl: 'het bericht heeft geen geldige DKIM-handtekening van het eigen domein van de afzender',
  },
  '7.23': { en: 'the SPF check of the sending server failed', nl: 'de SPF-controle van de verzendende server is mislukt' },
  '7.24': { en: 'the SPF check could not be completed', nl: 'de SPF-controle kon niet worden afgerond' },
  '7.25': {
    en: 'the sending server’s IP address has no valid reverse DNS name',
    nl: 'het IP-adres van de verzendende server heeft geen geldige reverse-DNS-naam',
  },
  '7.26': { en: 'several sender authentication checks failed', nl: 'meerdere controles op de echtheid van de afzender zijn mislukt' },
  '7.27': {
    en: 'the sender’s domain says it does not send or receive mail (null MX)',
    nl: 'het domein van de afzender geeft aan geen mail te versturen of te ontvangen (null MX)',
  },
};

const CODE = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The meaning of an enhanced status code, or `undefined` when `code` is not
 * one (wrong shape, or class 1/3/6-9, which RFC 3463 does not define).
 */
export function describeStatus(code: string): CodeMeaning | undefined {
  const parts = CODE.exec(code.trim());
  if (!parts) return undefined;
  const statusClass = Number(parts[1]) as StatusClass;
  const subject = Number(parts[2]);
  const detail = Number(parts[3]);
  const classText = CLASS_TEXT[statusClass];
  const subjectText = SUBJECT_TEXT[subject] ?? {
    en: 'a subject RFC 3463 does not define',
    nl: 'een onderwerp dat RFC 3463 niet kent',
  };
  const detailText = subject < SUBJECT_TEXT.length ? DETAIL_TEXT[`${subject}.${detail}`] : undefined;
  const temporary = statusClass === 4;
  const normalized = `${statusClass}.${subject}.${detail}`;

  const tail: Localized =
    statusClass === 4
      ? {
          en: ' The sending server may try again, so this may sort itself out.',
          nl: ' De verzendende server kan het opnieuw proberen, dus dit kan vanzelf overgaan.',
        }
      : { en: '', nl: '' };
  const summary: Localized = detailText
    ? {
        en: `${normalized}: ${classText.en} (${subjectText.en}): ${detailText.en}.${tail.en}`,
        nl: `${normalized}: ${classText.nl} (${subjectText.nl}): ${detailText.nl}.${tail.nl}`,
      }
    : {
        en: `${normalized}: ${capitalize(classText.en)}, concerning ${subjectText.en}.${tail.en}`,
        nl: `${normalized}: ${capitalize(classText.nl)}, op het gebied van ${subjectText.nl}.${tail.nl}`,
      };

  return {
    code: normalized,
    statusClass,
    subject,
    detail,
    temporary,
    classText,
    subjectText,
    ...(detailText ? { detailText } : {}),
    summary,
  };
}

/** `describeStatus(code)?.summary[lang]`, for callers that only need the sentence. */
export function statusSummary(code: string, lang: UiLanguage): string | undefined {
  return describeStatus(code)?.summary[lang];
}
