/**
 * `MailHost` for the task pane inside Outlook.
 *
 * Requirement sets (permission ReadItem for all):
 * - reading the item: Mailbox 1.1 / 1.3 / 1.8 / 1.14, see read-item.ts;
 * - `mailbox.addHandlerAsync(ItemChanged)`: Mailbox 1.5 (pinned pane follows the selection);
 * - `Office.context.officeTheme` and `OfficeThemeChanged`: Mailbox 1.14;
 * - `mailbox.displayNewMessageForm` with `attachments: [{ type: 'item' }]`: Mailbox 1.6;
 *   `displayNewMessageFormAsync` (1.9) when present, because it reports errors through
 *   its callback where the older method can only throw.
 * - `Office.context.displayLanguage`, `Office.context.diagnostics`: common API.
 * - `mailbox.userProfile.emailAddress`: Mailbox 1.1; the user's own domain for the
 *   authenticity check (never taken from the bounce, whose forger writes it).
 * - `isSetSupported('NestedAppAuth', '1.1')`: only asked, never used here; the pane turns on
 *   its Microsoft Graph features with it (src/graph/, nested app authentication through MSAL).
 *
 * Fallbacks: each capability is tested with `isSetSupported` and offered through
 * `supports()`; without 1.5 the pane does not follow the selection, without 1.14 it
 * keeps its default theme, without 1.6 it cannot open a message form at all (the
 * pane then offers copy-to-clipboard instead).
 */
import type { HostCapability, HostTheme, MailHost, NewMessage } from './host';
import { MailboxEvent } from './mailbox-events';
import { LOCAL_ERROR, OfficeCallError, officeAsync, officeSync } from './office-async';
import { READ_DEFAULTS, readCurrentItem, type ReadItemOptions } from './read-item';
import { OTHER_SETS, isSetSupported, supportsMailbox } from './requirements';
import { hostThemeFrom } from './theme';

export interface OutlookHostOptions extends ReadItemOptions {
  /** The platform `Office.onReady` reported; used when `Office.context.diagnostics` has none. */
  platform?: string;
}

/** Outlook's limits for `displayNewMessageForm` (@types/office-js MessageForm, MessageFormAttachment). */
const SUBJECT_MAX = 255;
const ATTACHMENT_NAME_MAX = 255;

export function createOutlookHost(options: OutlookHostOptions = {}): MailHost {
  const timeoutMs = options.callTimeoutMs ?? READ_DEFAULTS.callTimeoutMs;
  const itemChanged = new MailboxEvent<unknown>(Office.EventType.ItemChanged, timeoutMs);
  const themeChanged = new MailboxEvent<Partial<Office.OfficeThemeChangedEventArgs> | undefined>(Office.EventType.OfficeThemeChanged, timeoutMs);

  const supports = (capability: HostCapability): boolean => {
    switch (capability) {
      case 'compose':
      case 'attach-item':
        return supportsMailbox('newMessageForm');
      case 'headers':
        return supportsMailbox('internetHeaders');
      case 'pinning':
        return supportsMailbox('itemChanged');
      case 'nested-app-auth':
        return isSetSupported(OTHER_SETS.nestedAppAuth.name, OTHER_SETS.nestedAppAuth.version);
    }
  };

  const currentTheme = (): HostTheme | undefined => {
    try {
      return hostThemeFrom(Office.context.officeTheme);
    } catch {
      return undefined;
    }
  };

  const userAddress = readContext(() => Office.context.mailbox.userProfile.emailAddress).trim();
  return {
    kind: 'outlook',
    ...(userAddress ? { userAddress } : {}),
    displayLanguage: readContext(() => Office.context.displayLanguage) || 'en-US',
    platform: readContext(() => String(Office.context.diagnostics?.platform ?? '')) || options.platform || 'unknown',

    readCurrentItem: () => readCurrentItem(options),

    onItemChanged(listener) {
      if (!supports('pinning')) return () => undefined;
      return itemChanged.subscribe(() => listener());
    },

    theme: currentTheme,

    onThemeChanged(listener) {
      if (!supportsMailbox('officeTheme')) return () => undefined;
      return themeChanged.subscribe((args) => {
        const theme = hostThemeFrom(args?.officeTheme) ?? currentTheme();
        if (theme) listener(theme);
      });
    },

    supports,

    async displayNewMessage(message: NewMessage): Promise<void> {
      if (!supports('compose')) {
        throw new OfficeCallError(
          { code: LOCAL_ERROR.unsupported, name: 'Unsupported', message: 'This Outlook cannot open a new message form for add-ins (Mailbox 1.6).' },
          'displayNewMessageForm',
        );
      }
      const form = messageForm(message);
      const mailbox = Office.context.mailbox;
      if (supportsMailbox('newMessageFormAsync')) {
        await officeAsync<void>((done) => mailbox.displayNewMessageFormAsync(form, done), { call: 'displayNewMessageFormAsync', timeoutMs });
      } else {
        officeSync(() => mailbox.displayNewMessageForm(form), 'displayNewMessageForm');
      }
    },
  };
}

/** Our `NewMessage` → Office's `MessageForm`, within Outlook's documented limits. */
export function messageForm(message: NewMessage): Office.MessageForm {
  const form: Office.MessageForm = {
    toRecipients: [...message.toRecipients],
    subject: message.subject.length > SUBJECT_MAX ? `${message.subject.slice(0, SUBJECT_MAX - 1)}…` : message.subject,
    htmlBody: message.htmlBody,
  };
  if (message.ccRecipients && message.ccRecipients.length > 0) form.ccRecipients = [...message.ccRecipients];
  if (message.attachCurrentItem) {
    form.attachments = [
      {
        type: Office.MailboxEnums.AttachmentType.Item,
        itemId: message.attachCurrentItem.itemId,
        name: message.attachCurrentItem.name.slice(0, ATTACHMENT_NAME_MAX),
      },
    ];
  }
  return form;
}

function readContext(read: () => string | undefined): string {
  try {
    return read() ?? '';
  } catch {
    return '';
  }
}
