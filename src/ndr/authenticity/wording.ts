/**
 * Words that ask the reader to act on their account or on "held" mail, in the
 * languages we read (English, Dutch, German, French, and the common phrases in
 * Spanish, Italian and Portuguese). A mail system's bounce reports what
 * happened; it never asks for a password, a sign-in or a click to "release"
 * anything (https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online).
 *
 * Pure. All lists are lower case; texts are compared lower-cased with white
 * space folded.
 */

/** Phrases that ask for credentials or talk of held mail (anywhere in the text or subject). */
const CREDENTIAL_PHRASES: readonly string[] = [
  // English
  'enter your password',
  'confirm your password',
  'verify your password',
  'update your password',
  're-enter your password',
  'your password will expire',
  'your password expires',
  'verify your account',
  'verify your email account',
  'verify your mailbox',
  'confirm your account',
  'validate your account',
  'validate your mailbox',
  'your mailbox will be',
  'your account will be',
  'mailbox is full, click',
  'pending messages',
  'pending incoming',
  'messages are on hold',
  'messages have been held',
  'messages were held',
  'held messages',
  'held message',
  'release your messages',
  'release pending',
  'release the messages',
  'sign in to release',
  'log in to release',
  'sign in to view',
  'log in to view',
  'messages are waiting',
  // Dutch
  'uw wachtwoord',
  'je wachtwoord',
  'bevestig uw account',
  'verifieer uw account',
  'verifieer uw mailbox',
  'bevestig uw mailbox',
  'uw mailbox wordt',
  'uw account wordt',
  'berichten vastgehouden',
  'vastgehouden bericht',
  'wachtende berichten',
  'berichten in afwachting',
  'log in om',
  'meld u aan om',
  // German
  'ihr passwort',
  'ihr kennwort',
  'passwort bestätigen',
  'kennwort bestätigen',
  'konto bestätigen',
  'konto verifizieren',
  'postfach verifizieren',
  'postfach bestätigen',
  'ihr postfach wird',
  'zurückgehaltene nachrichten',
  'nachrichten wurden zurückgehalten',
  'ausstehende nachrichten',
  'melden sie sich an, um',
  // French
  'votre mot de passe',
  'vérifier votre compte',
  'vérifiez votre compte',
  'confirmez votre compte',
  'votre boîte aux lettres sera',
  'messages en attente',
  'messages retenus',
  'messages bloqués',
  'connectez-vous pour',
  // Spanish, Italian, Portuguese
  'su contraseña',
  'verifique su cuenta',
  'mensajes retenidos',
  'la tua password',
  'verifica il tuo account',
  'messaggi trattenuti',
  'sua senha',
  'verifique sua conta',
  'mensagens retidas',
];

/** Words in a link (its text, or the path of its address) that ask the reader to act. */
const ACTION_WORDS: readonly string[] = [
  // English
  'release',
  'retrieve',
  'recover',
  'verify',
  'validate',
  'confirm',
  'sign in',
  'sign-in',
  'signin',
  'log in',
  'login',
  'logon',
  'password',
  'unlock',
  'review',
  'view',
  'open',
  'access',
  'click',
  'resend',
  're-send',
  'redeliver',
  'deliver',
  'restore',
  'upgrade',
  'update',
  'activate',
  'held',
  'pending',
  'quarantine',
  'download',
  'approve',
  'unblock',
  'continue',
  // Dutch
  'vrijgeven',
  'vrijgave',
  'ophalen',
  'verifieer',
  'verifiëren',
  'bevestig',
  'bevestigen',
  'aanmelden',
  'inloggen',
  'wachtwoord',
  'herstel',
  'herstellen',
  'opnieuw',
  'bekijk',
  'bekijken',
  'openen',
  'ontgrendel',
  'vastgehouden',
  'bijwerken',
  'doorgaan',
  'klik',
  // German
  'freigeben',
  'freigabe',
  'anmelden',
  'bestätigen',
  'überprüfen',
  'passwort',
  'kennwort',
  'ansehen',
  'anzeigen',
  'öffnen',
  'wiederherstellen',
  'abrufen',
  // French
  'libérer',
  'connecter',
  'connexion',
  'vérifier',
  'confirmer',
  'mot de passe',
  'afficher',
  'consulter',
  'ouvrir',
  'récupérer',
  'cliquez',
];

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The first credential phrase in `text`, if any. */
export function credentialPhraseIn(text: string): string | undefined {
  const folded = fold(text.length > 200_000 ? text.slice(0, 200_000) : text);
  return CREDENTIAL_PHRASES.find((phrase) => folded.includes(phrase));
}

const LETTER = /[\p{L}\p{N}]/u;

/** A whole word (so `view` is not found in `interview`, `deliver` not in `delivery`). */
function hasWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const index = text.indexOf(word, from);
    if (index === -1) return false;
    const before = text[index - 1];
    const after = text[index + word.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return true;
    from = index + 1;
  }
}

/** The first action word in a link's text or its address's path, if any. */
export function actionWordIn(linkText: string, path: string): string | undefined {
  const folded = `${fold(linkText)} ${fold(path).replace(/[/_.?=&-]+/g, ' ')}`;
  return ACTION_WORDS.find((word) => hasWord(folded, word));
}
