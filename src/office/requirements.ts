/**
 * Which Mailbox requirement set each call we make needs, and the one way we ask.
 *
 * Requirement sets: Mailbox 1.3 to 1.14 as listed below (@types/office-js remarks,
 * docs/platform-notes.md §2; https://learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-api-requirement-sets). Permission: ReadItem covers every call here.
 *
 * The manifest asks for a low minimum so Outlook on mobile and Exchange on-premises
 * (Mailbox 1.5) still load the pane; every newer call is tested at run time with
 * `Office.context.requirements.isSetSupported` and has a fallback where the pane
 * needs one. Versions are passed as strings: the numeric overload reads 1.10 as 1.1.
 */

export const MAILBOX_SET = {
  /** `item.body.getAsync`. */
  body: '1.3',
  /** `mailbox.addHandlerAsync(ItemChanged)`: the pinned pane follows the selection. */
  itemChanged: '1.5',
  /** `mailbox.displayNewMessageForm`, including `attachments: [{ type: 'item' }]`. */
  newMessageForm: '1.6',
  /** `item.getAllInternetHeadersAsync`. */
  internetHeaders: '1.8',
  /** `item.getAttachmentContentAsync`. */
  attachmentContent: '1.8',
  /** `mailbox.displayNewMessageFormAsync`: the same form, with a callback that reports errors. */
  newMessageFormAsync: '1.9',
  /** `item.getAsFileAsync`: the whole item as Base64 EML. */
  itemFile: '1.14',
  /** `Office.context.officeTheme` in Outlook, and the `OfficeThemeChanged` event. */
  officeTheme: '1.14',
} as const;

export type MailboxFeature = keyof typeof MAILBOX_SET;

/** Does this Outlook client have the Mailbox requirement set this feature needs? False when Office cannot say. */
export function supportsMailbox(feature: MailboxFeature): boolean {
  return isMailboxSetSupported(MAILBOX_SET[feature]);
}

export function isMailboxSetSupported(version: string): boolean {
  return isSetSupported('Mailbox', version);
}

/**
 * Other requirement sets the pane asks about at run time: `NestedAppAuth` 1.1 (Outlook on the
 * web, new Outlook, Windows from 2409, Mac 16.89, iOS/Android 4.2433; docs/platform-notes.md §4;
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/nested-app-auth-requirement-sets), which switches on the Microsoft Graph features.
 */
export const OTHER_SETS = {
  nestedAppAuth: { name: 'NestedAppAuth', version: '1.1' },
} as const;

export function isSetSupported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version) === true;
  } catch {
    // No context (office.js loaded outside Office) or an old client without `requirements`.
    return false;
  }
}
