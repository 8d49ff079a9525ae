/**
 * The contract between the task pane and whatever hosts it: Outlook (through
 * Office.js, in outlook-host.ts) or a plain browser tab (the stand-alone page).
 *
 * Types only, no Office.js: the task pane and its tests import this file, and
 * only `src/office/` implements it.
 */
import type { NdrSource } from '../ndr';

/** Why reading the current item failed; each kind has its own words in the pane. */
export type ReadFailureKind =
  /** No item is selected (or the pane opened without one). */
  | 'no-item'
  /**
   * Outlook refused to hand over the item: what happens on delivery reports
   * (message class REPORT.IPM.Note.NDR), where add-ins are documented not to work.
   */
  | 'restricted'
  /** The call succeeded but gave nothing to read (empty body, no headers, no attachments). */
  | 'empty'
  /** The item is not a message (an appointment, a meeting request we cannot read). */
  | 'not-a-message'
  /**
   * Every Office call we made went unanswered within our time limit (read-item.ts,
   * `callTimeoutMs`): Outlook is busy or offline; trying again may work.
   */
  | 'timeout'
  /**
   * This Outlook has none of the calls that read a message (no Mailbox 1.3 for the body,
   * no 1.8 for the headers, no 1.14 for the whole item): too old for the pane.
   */
  | 'outlook-too-old'
  /**
   * A normal message whose message class says it is protected: S/MIME (`IPM.Note.SMIME…`)
   * or rights-managed (`IPM.Note.rpmsg…`, `IPM.Note.Microsoft.Rpmsg…`), and nothing could be read.
   */
  | 'protected'
  /** A normal message (not a delivery report) that Outlook refused to hand over: access denied. */
  | 'denied'
  /** Anything else, with Office's own error attached. */
  | 'error';

/** Office's error as Office reported it: code, name and message (Office.Error). */
export interface HostError {
  code: number | string;
  name: string;
  message: string;
}

export class ReadFailure extends Error {
  constructor(
    readonly kind: ReadFailureKind,
    message: string,
    readonly hostError?: HostError,
  ) {
    super(message);
    this.name = 'ReadFailure';
  }
}

/** Something we could not read while reading the rest worked: shown in the details, not as an error. */
export interface ReadNote {
  /** Which part: `headers`, `body-html`, `body-text`, `attachment:<name>`, `item-file`. */
  part: string;
  /** `unsupported` (requirement set missing), `empty` (succeeded but empty), `failed`. */
  status: 'unsupported' | 'empty' | 'failed';
  hostError?: HostError;
}

/** What we read from the selected item. */
export interface ItemSnapshot {
  /** Outlook's item id (EWS format in read mode), used to attach the bounce to a new message. */
  itemId?: string;
  /** Outlook's message class, e.g. `REPORT.IPM.Note.NDR` or `IPM.Note`. */
  itemClass?: string;
  subject?: string;
  /** When the item arrived (`item.dateTimeCreated`, Mailbox 1.0), ISO 8601: "the bounce of 4 December". */
  received?: string;
  /** Everything readable, ready for the engine's `diagnose`. */
  source: NdrSource;
  notes: ReadNote[];
}

/** A new message for Outlook to open for the user to check and send (nothing is sent by us). */
export interface NewMessage {
  toRecipients: string[];
  ccRecipients?: string[];
  subject: string;
  /** HTML we built ourselves from our own text and escaped values: never HTML from the bounce. */
  htmlBody: string;
  /** Attach the current item (the bounce) as an Outlook item. */
  attachCurrentItem?: { itemId: string; name: string };
}

export interface HostTheme {
  isDark: boolean;
  /** Office's body background colour (`#rrggbb`), when the host gives one. */
  bodyBackgroundColor?: string;
}

/** A capability the pane may offer only when the host has it. */
export type HostCapability =
  /**
   * `displayNewMessageForm` with recipients, subject and body: Mailbox 1.6 (the types put
   * the whole form parameter object at 1.6); in the stand-alone page, a mailto: link.
   */
  | 'compose'
  /** Attaching the current item to a new message (`attachments: [{ type: 'item' }]`, Mailbox 1.6). */
  | 'attach-item'
  /** Internet headers (Mailbox 1.8). */
  | 'headers'
  /** ItemChanged while pinned (Mailbox 1.5). */
  | 'pinning'
  /**
   * Nested app authentication (`isSetSupported('NestedAppAuth', '1.1')`): the host signs the
   * user in for our Entra app, so the pane may call Microsoft Graph. Runtime check only: an
   * Outlook manifest cannot declare this set (docs/platform-notes.md §4;
   * https://learn.microsoft.com/javascript/api/requirement-sets/common/nested-app-auth-requirement-sets).
   */
  | 'nested-app-auth';

export interface MailHost {
  readonly kind: 'outlook' | 'standalone';
  /** RFC 1766 tag like `nl-NL`: Office's display language, or the browser's outside Office. */
  readonly displayLanguage: string;
  /** Office's platform (`OfficeOnline`, `PC`, `Mac`, …) or `browser`. */
  readonly platform: string;
  /**
   * The signed-in user's address (`mailbox.userProfile.emailAddress`, Mailbox 1.1): its
   * domain is the user's own organisation for the authenticity check. Absent outside Outlook.
   */
  readonly userAddress?: string;
  /** Read the selected item. Rejects with `ReadFailure`. */
  readCurrentItem(): Promise<ItemSnapshot>;
  /** Called when the user selects another item while the pane is pinned. Returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  theme(): HostTheme | undefined;
  onThemeChanged(listener: (theme: HostTheme) => void): () => void;
  supports(capability: HostCapability): boolean;
  /** Open a new message form. Rejects with the host's error. */
  displayNewMessage(message: NewMessage): Promise<void>;
}
