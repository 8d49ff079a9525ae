/**
 * The new messages the pane opens for the user to check and send: "Ask for
 * permission" (to a group's owner) and "Send to IT" (to the helpdesk). Pure.
 *
 * The HTML is built from our own sentences (i18n/messages.ts); every value that
 * came from the bounce (group name, subject, reply line, …) goes through
 * `escapeHtml`. Nothing from the bounce is ever copied in as HTML.
 */
import { cleanText, renderScenario, type Diagnosis, type RestrictedGroup, type UiLanguage } from '../ndr';
import type { NewMessage } from '../office/host';
import { longDate, translator } from './i18n';
import type { Owner } from './owners/owner-directory';
import { codeOf, groupLabel, isPlainAddress, mainFailure, restrictedGroupsOf } from './view-model';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text → HTML text: the five characters that could open a tag or an attribute become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** One line, no control characters, not endless: for subjects and list items from the bounce. */
export function oneLine(text: string, max = 300): string {
  return cleanText(text, { oneLine: true, max });
}

const paragraph = (html: string): string => `<p>${html}</p>`;

function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(oneLine(item, 1000))}</li>`).join('')}</ul>`;
}

function row(label: string, value: string | undefined): string {
  return value ? `<li><b>${escapeHtml(label)}:</b> ${escapeHtml(oneLine(value, 1000))}</li>` : '';
}

function unique(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const key = address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface AskPermissionInput {
  lang: UiLanguage;
  group: RestrictedGroup;
  /**
   * Who the request goes to: the owners (or the moderators) a directory found. Empty
   * when none is known: the To line stays empty and the pane has said, before opening
   * the message, how to find the owner. The body never carries instructions.
   */
  recipients: readonly Owner[];
  /** The group held the message for a moderator, who did not approve it. */
  moderated?: boolean;
  /** Subject of the message that bounced. */
  originalSubject?: string | undefined;
  /** The user's own address (the bounce's original sender). */
  sender?: string | undefined;
  /** `550 5.7.124`, or '' when the bounce gives no code. */
  code?: string | undefined;
  /** When the bounce arrived (Outlook's item date), for "the bounce of 4 December". */
  bounceDate?: Date | undefined;
  /** Attach the bounce (the current Outlook item) when the host can. */
  attachment?: { itemId: string; name: string } | undefined;
}

/** The first name to greet one recipient by ("Hello Anna,"); none for several or for an address only. */
function greetingName(recipients: readonly Owner[]): string | undefined {
  if (recipients.length !== 1) return undefined;
  const name = oneLine(recipients[0]?.displayName ?? '', 80);
  if (!name || name.includes('@')) return undefined;
  return name.split(' ')[0];
}

/** A request to the group's owner (or moderator) to be allowed to send to it: ready to send as it is. */
export function askPermissionMessage(input: AskPermissionInput): NewMessage {
  const t = translator(input.lang);
  const group = oneLine(groupLabel(input.group) ?? t('unnamedGroup'));
  const to = unique(input.recipients.map((person) => person.mail.trim()).filter(isPlainAddress));
  const name = greetingName(input.recipients.filter((person) => isPlainAddress(person.mail.trim())));
  const code = input.code ? oneLine(input.code, 40) : '';
  const parts: string[] = [];
  parts.push(paragraph(escapeHtml(name ? t('askGreetingName', { name }) : t('askGreeting'))));
  parts.push(paragraph(escapeHtml(t(input.moderated ? 'askNotApproved' : 'askRefused', { group }))));
  const facts: string[] = [];
  if (input.originalSubject) facts.push(t('askOriginalSubject', { subject: oneLine(input.originalSubject) }));
  if (code && input.bounceDate) facts.push(t('askBounceCodeDate', { code, date: longDate(input.bounceDate, input.lang) }));
  else if (code) facts.push(t('askBounceCode', { code }));
  if (facts.length > 0) parts.push(paragraph(escapeHtml(facts.join(' '))));
  const sender = isPlainAddress(input.sender) ? input.sender : undefined;
  const request = input.moderated
    ? sender
      ? t('askApproveWithAddress', { sender })
      : t('askApprove')
    : sender
      ? t('askRequestWithAddress', { sender })
      : t('askRequest');
  parts.push(paragraph(escapeHtml(request)));
  if (input.attachment) parts.push(paragraph(escapeHtml(t('askAttached'))));
  parts.push(paragraph(escapeHtml(t('thanks'))));
  return {
    toRecipients: to,
    subject: oneLine(t('askSubject', { group })),
    htmlBody: parts.join(''),
    ...(input.attachment
      ? { attachCurrentItem: { itemId: input.attachment.itemId, name: oneLine(input.attachment.name, 200) } }
      : {}),
  };
}

export interface SendToItInput {
  lang: UiLanguage;
  diagnosis: Diagnosis;
  /** The configured helpdesk address; '' when none is set. */
  helpdeskEmail: string;
  /** Attach the bounce (the current Outlook item) when the host can. */
  attachment?: { itemId: string; name: string } | undefined;
  /** Set when asked from a group's owner card: the request is about that group. */
  aboutGroup?: RestrictedGroup | undefined;
}

/** A message to the helpdesk: a plain summary of the diagnosis, and the bounce attached when possible. */
export function sendToItMessage(input: SendToItInput): NewMessage {
  const { diagnosis, lang } = input;
  const { facts } = diagnosis;
  const t = translator(lang);
  const best = diagnosis.scenarios[0];
  const rendered = best ? renderScenario(best, facts, lang) : undefined;
  const main = mainFailure(diagnosis);
  const code = codeOf(main);
  const to = isPlainAddress(input.helpdeskEmail) ? [input.helpdeskEmail] : [];

  const recipients = facts.failures.map((failure) => {
    const who = failure.address
      ? failure.displayName
        ? `${failure.displayName} <${failure.address}>`
        : failure.address
      : t('unnamedRecipient');
    const status = codeOf(failure);
    return status ? `${who} (${status})` : who;
  });
  const groups = restrictedGroupsOf(diagnosis)
    .map(groupLabel)
    .filter((label): label is string => !!label);
  const blocked = facts.blockedIp ? [facts.blockedIp, facts.blockList ? `(${facts.blockList})` : ''].join(' ').trim() : undefined;

  const parts: string[] = [];
  if (to.length === 0) parts.push(paragraph(`<b>${escapeHtml(t('itAddressLine'))}</b>`));
  parts.push(paragraph(escapeHtml(t('itGreeting'))));
  const aboutGroup = input.aboutGroup ? groupLabel(input.aboutGroup) : undefined;
  parts.push(paragraph(escapeHtml(aboutGroup ? t('itIntroGroup', { group: oneLine(aboutGroup) }) : t('itIntro'))));
  const rows = [
    row(t('itDiagnosis'), rendered?.title),
    row(t('itWhoCanFix'), rendered?.whoCanFix),
    row(t('itCode'), code),
    row(t('itOriginalSubject'), facts.originalSubject),
    row(t('itOriginalDate'), facts.originalDate),
    row(t('itBlockedIp'), blocked),
    row(t('itGeneratingServer'), main?.generatingServer ?? facts.reportingMta),
    row(t('itRemoteServer'), main?.remoteServer),
    row(t('itReply'), main?.reply),
  ].join('');
  parts.push(`<ul>${rows}</ul>`);
  if (recipients.length > 0) parts.push(paragraph(`<b>${escapeHtml(t('itRecipients'))}:</b>`), list(recipients));
  if (groups.length > 0) parts.push(paragraph(`<b>${escapeHtml(t('itGroups'))}:</b>`), list(groups));
  if (!diagnosis.authenticity.authentic) parts.push(paragraph(`<b>${escapeHtml(t('itNotGenuine'))}</b>`));
  parts.push(paragraph(escapeHtml(input.attachment ? t('itAttached') : t('itNotAttached'))));
  parts.push(paragraph(escapeHtml(t('thanks'))));

  const subjectDetail = [code, facts.originalSubject ? `“${facts.originalSubject}”` : ''].filter(Boolean).join(' ');
  return {
    toRecipients: to,
    subject: oneLine(subjectDetail ? `${t('itSubject')}: ${subjectDetail}` : t('itSubject')),
    htmlBody: parts.join(''),
    ...(input.attachment
      ? { attachCurrentItem: { itemId: input.attachment.itemId, name: oneLine(input.attachment.name, 200) } }
      : {}),
  };
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The body of a message built here, as plain text: for the user to copy into a
 * message by hand where the host cannot open one. Only understands the few
 * tags this module writes (p, ul, li, b).
 */
export function messageText(message: NewMessage): string {
  return message.htmlBody
    .replace(/<li>/g, '- ')
    .replace(/<\/li>/g, '\n')
    .replace(/<\/p>|<\/ul>/g, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity] ?? entity)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
