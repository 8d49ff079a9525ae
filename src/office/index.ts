/**
 * The Office adapter's public API: the only way the rest of the add-in reaches Outlook.
 *
 * Requirement sets: Mailbox 1.1 at least; 1.3, 1.5, 1.6, 1.8, 1.9 and 1.14 are used
 * when present (requirements.ts lists which call needs which). Permission: ReadItem.
 *
 *   const host = await createHost();            // Outlook, or the stand-alone page
 *   const snapshot = await host.readCurrentItem(); // rejects with ReadFailure
 *   const diagnosis = await diagnose(snapshot.source);
 */
export { createHost, startHost, READY_TIMEOUT_MS } from './create-host';
export type { CreateHostOptions, HostStartup } from './create-host';
export { officeHints, waitForOffice } from './office-ready';
export type { OfficeAnswer, OfficeHints } from './office-ready';
export { createOutlookHost, messageForm } from './outlook-host';
export type { OutlookHostOptions } from './outlook-host';
export { createStandaloneHost, htmlToPlainText, mailtoUrl, MAILTO_MAX_LENGTH } from './standalone-host';
export type { StandaloneHostOptions } from './standalone-host';
export { READ_DEFAULTS } from './read-item';
export type { ReadItemOptions } from './read-item';
export { OfficeCallError, officeAsync } from './office-async';
export { MAILBOX_SET } from './requirements';
export { ReadFailure } from './host';
export type {
  HostCapability,
  HostError,
  HostTheme,
  ItemSnapshot,
  MailHost,
  NewMessage,
  ReadFailureKind,
  ReadNote,
} from './host';
