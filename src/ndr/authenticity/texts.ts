/** What each authenticity concern says to the reader, in English and Dutch. Ours, never the bounce's words. */
import type { Localized } from '../types';

export type AuthenticityConcernId =
  | 'not-from-system-sender'
  | 'no-delivery-structure'
  | 'action-link-to-foreign-host'
  | 'link-to-publish-anywhere-host'
  | 'redirect-link'
  | 'shortened-link'
  | 'disguised-link'
  | 'link-to-unknown-host'
  | 'credential-request'
  | 'look-alike-sender'
  | 'sender-name-mismatch'
  | 'system-sender-outside-organisation'
  | 'reply-to-elsewhere'
  | 'authentication-failed'
  | 'own-domain-from-outside'
  | 'unexpected-attachment';

export const CONCERN_TEXTS: Record<AuthenticityConcernId, Localized> = {
  'not-from-system-sender': {
    en: 'It was not sent by a mail system (such as postmaster or Mail Delivery System), as real bounces are.',
    nl: 'Het is niet verstuurd door een mailsysteem (zoals postmaster of Mail Delivery System), zoals echte onbestelbaarheidsberichten.',
  },
  'no-delivery-structure': {
    en: 'It has none of the technical details a real bounce carries: no status code and no delivery report.',
    nl: 'Het mist de technische gegevens van een echt onbestelbaarheidsbericht: geen statuscode en geen afleveringsrapport.',
  },
  'action-link-to-foreign-host': {
    en: 'It asks you to click a link to a website that does not belong to a mail provider. Real bounces never need that.',
    nl: 'Het vraagt u op een link te klikken naar een website die niet van een mailprovider is. Echte onbestelbaarheidsberichten vragen dat nooit.',
  },
  'link-to-publish-anywhere-host': {
    en: 'It links to a website where anyone can put up a page or a form (such as Microsoft Forms, Google Sites or a file share). Real bounces never do.',
    nl: 'Het linkt naar een website waar iedereen een pagina of formulier op kan zetten (zoals Microsoft Forms, Google Sites of een bestandsdeling). Echte onbestelbaarheidsberichten doen dat nooit.',
  },
  'redirect-link': {
    en: 'It has a link that passes through a redirect to another website, which hides where it really goes.',
    nl: 'Het bevat een link die via een doorverwijzing naar een andere website gaat, zodat u niet ziet waar hij echt heen gaat.',
  },
  'shortened-link': {
    en: 'It has a shortened link, which hides where it really goes.',
    nl: 'Het bevat een verkorte link, die verbergt waar hij echt heen gaat.',
  },
  'disguised-link': {
    en: 'It has a link made to mislead: its text shows one website but it goes to another, or it hides its destination.',
    nl: 'Het bevat een misleidende link: de tekst toont de ene website, maar de link gaat naar een andere, of verbergt waar hij heen gaat.',
  },
  'link-to-unknown-host': {
    en: 'It links to a website that is not a mail provider’s help page.',
    nl: 'Het linkt naar een website die geen helppagina van een mailprovider is.',
  },
  'credential-request': {
    en: 'It talks about your password, your account or held messages. Mail systems do not ask for that in a bounce.',
    nl: 'Het gaat over uw wachtwoord, uw account of vastgehouden berichten. Mailsystemen vragen daar niet om in een onbestelbaarheidsbericht.',
  },
  'look-alike-sender': {
    en: 'It comes from a domain that imitates your organisation’s or a mail provider’s, but is not theirs.',
    nl: 'Het komt van een domein dat lijkt op dat van uw organisatie of van een mailprovider, maar dat niet is.',
  },
  'sender-name-mismatch': {
    en: 'The sender’s name shows one address, but the message came from another.',
    nl: 'De naam van de afzender toont het ene adres, maar het bericht kwam van een ander adres.',
  },
  'system-sender-outside-organisation': {
    en: 'It claims to come from a mail system, but from a domain that is neither your organisation’s nor a known mail provider’s.',
    nl: 'Het zegt van een mailsysteem te komen, maar van een domein dat niet van uw organisatie of van een bekende mailprovider is.',
  },
  'reply-to-elsewhere': {
    en: 'Replies would go to another address than the sender’s. A mail system has no reason to ask that.',
    nl: 'Antwoorden gaan naar een ander adres dan dat van de afzender. Een mailsysteem heeft daar geen reden voor.',
  },
  'authentication-failed': {
    en: 'Your mail server checked the sender and the check failed: the sender is not who it claims to be.',
    nl: 'Uw mailserver heeft de afzender gecontroleerd en die controle is mislukt: de afzender is niet wie hij zegt te zijn.',
  },
  'own-domain-from-outside': {
    en: 'It claims to come from your own organisation’s mail system, but your mail server received it from outside.',
    nl: 'Het zegt van het mailsysteem van uw eigen organisatie te komen, maar uw mailserver heeft het van buiten ontvangen.',
  },
  'unexpected-attachment': {
    en: 'It carries an attachment that is not the returned message (such as a web page or a program). Real bounces only return your own message.',
    nl: 'Het heeft een bijlage die niet het teruggestuurde bericht is (zoals een webpagina of een programma). Echte onbestelbaarheidsberichten sturen alleen uw eigen bericht terug.',
  },
};
