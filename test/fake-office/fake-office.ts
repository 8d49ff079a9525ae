/**
 * A faithful fake of the part of Office.js (Outlook, read mode) that Bounce Doctor uses,
 * for the adapter's Jest tests and, bundled by esbuild (browser-entry.ts), for the
 * browser end-to-end tests in place of office.js.
 *
 * Faithful where it matters to an adapter:
 * - the shapes of @types/office-js: `AsyncResult` `{ status, value, error: { code, name, message }, asyncContext }`,
 *   the optional `options` argument before the callback, enum values as office.js defines them at run time
 *   (`Office.EventType.ItemChanged === 'olkItemSelectedChanged'`, `Office.CoercionType.Html === 'html'`, …);
 * - callbacks run asynchronously (`setTimeout`, `latencyMs`), never inside the call;
 * - a client with a lower Mailbox requirement set lacks the newer methods (the method is
 *   absent, as in older Outlook builds; an adapter that calls without checking
 *   `isSetSupported` fails loudly) and `isSetSupported` says so;
 * - `mailbox.removeHandlerAsync` removes every handler of the event type (it takes no handler);
 * - `mailbox.item` is replaced by a new object when the selection changes, then `ItemChanged` fires.
 *
 * Configurable: every async call can fail with a given Office error, "succeed" with an empty
 * value, or never answer. Presets build the restricted delivery report seen in the field
 * (docs/platform-notes.md §1). The Office error codes used here are our guesses,
 * listed with their reasoning in docs/outlook-quirks.md.
 *
 * Everything in `FakeOfficeConfig` is plain JSON, so a Playwright init script can set it.
 * No Node APIs: this file also runs in the browser.
 */
import type { FakeNaaConfig } from './naa-bridge';

// ---------------------------------------------------------------------------------------------
// Configuration (JSON)

/** Office's error object (`Office.Error`). */
export interface FakeOfficeError {
  code: number;
  name: string;
  message: string;
}

export interface FakeEmailAddress {
  displayName: string;
  emailAddress: string;
}

export interface FakeAttachment {
  id: string;
  /** Item attachments have no extension in their name in real Outlook. */
  name: string;
  /** Default: from the extension (`.eml` → message/rfc822, `.txt` → text/plain, …); `message/rfc822` for items. */
  contentType?: string;
  /** Default `file`. */
  attachmentType?: 'file' | 'item' | 'cloud';
  isInline?: boolean;
  /** Bytes. Default: the size of the content. */
  size?: number;
  /** File content as UTF-8 text; served Base64-encoded. */
  text?: string;
  /** File content, already Base64. */
  base64?: string;
  /** A message: served as format `eml` for an item attachment, Base64 of it for a `.eml` file. */
  eml?: string;
  /** An attached calendar item (format `iCalendar`). */
  iCalendar?: string;
  /** A cloud attachment's link (format `url`). */
  url?: string;
}

export interface FakeItem {
  itemId?: string;
  /** Default `IPM.Note`. */
  itemClass?: string;
  /** Default `message`. */
  itemType?: 'message' | 'appointment';
  subject?: string;
  from?: FakeEmailAddress;
  sender?: FakeEmailAddress;
  to?: FakeEmailAddress[];
  cc?: FakeEmailAddress[];
  internetMessageId?: string;
  /** ISO date. */
  dateTimeCreated?: string;
  /**
   * `body.getAsync(Html)` / `(Text)`. When only one is given the fake derives the other
   * (roughly, as Outlook converts); when neither, both "succeed" empty.
   */
  body?: { html?: string; text?: string };
  /** `getAllInternetHeadersAsync`. Default: empty string (as Outlook gives for items without MIME headers). */
  headers?: string;
  attachments?: FakeAttachment[];
  /** The whole item as EML for `getAsFileAsync` (served Base64). Default: built from headers and text body. */
  eml?: string;
  /** Failures, empties and hangs that travel with this item (see `FakeOfficeConfig.failures`). */
  failures?: Record<string, FakeOfficeError>;
  empty?: string[];
  hang?: string[];
}

export interface FakeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  /** Documented as not supported in Outlook: leave it out to behave like Outlook. */
  isDarkTheme?: boolean;
}

export type FakePreset = 'restricted-ndr' | 'restricted-ndr-no-item';

export interface FakeOfficeConfig {
  /** `null`: office.js running outside Office (a plain browser tab). Default `Outlook`. */
  host?: 'Outlook' | 'Word' | 'Excel' | 'PowerPoint' | null;
  /** `Office.context.diagnostics.platform` and `onReady`'s platform. Default `OfficeOnline`. */
  platform?: 'OfficeOnline' | 'PC' | 'Mac' | 'iOS' | 'Android' | 'Universal';
  /** Highest Mailbox requirement set the client supports. Default `1.14`. */
  mailboxVersion?: string;
  /** Other requirement sets, e.g. `{ "NestedAppAuth": "1.1" }`. */
  requirementSets?: Record<string, string>;
  /** `Office.context.displayLanguage`. Default `en-US`. */
  displayLanguage?: string;
  /** `mailbox.userProfile.emailAddress` (Mailbox 1.1). Default `jan@contoso.com`. */
  userAddress?: string;
  /** `Office.context.officeTheme` (Mailbox 1.14). Default: Outlook's light colours; `null` for none. */
  theme?: FakeTheme | null;
  /** `Office.context.mailbox.item`. `null` or absent: no item. */
  item?: FakeItem | null;
  /** Start from a preset; `item` fields given here override the preset's. */
  preset?: FakePreset;
  /**
   * Failures by call: `body.getAsync` (both coercions), `body.getAsync:html`, `body.getAsync:text`,
   * `getAllInternetHeadersAsync`, `getAttachmentContentAsync`, `getAttachmentContentAsync:<attachment id>`,
   * `getAsFileAsync`, `addHandlerAsync`, `addHandlerAsync:ItemChanged`, `addHandlerAsync:OfficeThemeChanged`,
   * `removeHandlerAsync`, `displayNewMessageForm` (thrown, as Outlook throws), `displayNewMessageFormAsync`.
   */
  failures?: Record<string, FakeOfficeError>;
  /** Calls (same keys) that succeed with an empty value (`''`, or `{ format, content: '' }`). */
  empty?: string[];
  /** Calls (same keys) that never call back. */
  hang?: string[];
  /** Delay before each callback. Default 0 (still asynchronous). */
  latencyMs?: number;
  /** Delay before `Office.onReady` resolves. Default 0. */
  readyDelayMs?: number;
  /** `Office.onReady` never resolves (a broken embedding). */
  neverReady?: boolean;
  /** Field report OJ#974: a pinned pane gets no `ItemChanged` when a delivery report is selected. */
  noItemChangedForReports?: boolean;
  /**
   * Nested app authentication (naa-bridge.ts): in the browser entry, `window.nestedAppAuthBridge`
   * is installed when this is given or `requirementSets` has `NestedAppAuth`. Ignored in Jest.
   */
  naa?: FakeNaaConfig;
}

// ---------------------------------------------------------------------------------------------
// Office's enums, with the values office.js gives them at run time

export const FAKE_ENUMS = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Text: 'text', Matrix: 'matrix', Table: 'table', Html: 'html', Ooxml: 'ooxml', SlideRange: 'slideRange', Image: 'image', XmlSvg: 'xmlSvg' },
  EventType: {
    AppointmentTimeChanged: 'olkAppointmentTimeChanged',
    AttachmentsChanged: 'olkAttachmentsChanged',
    DragAndDropEvent: 'olkDragAndDropEvent',
    EnhancedLocationsChanged: 'olkEnhancedLocationsChanged',
    InfobarClicked: 'olkInfobarClicked',
    InitializationContextChanged: 'olkInitializationContextChanged',
    ItemChanged: 'olkItemSelectedChanged',
    OfficeThemeChanged: 'officeThemeChanged',
    RecipientsChanged: 'olkRecipientsChanged',
    RecurrenceChanged: 'olkRecurrenceChanged',
    SelectedItemsChanged: 'olkSelectedItemsChanged',
    SensitivityLabelChanged: 'olkSensitivityLabelChanged',
  },
  HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
  MailboxEnums: {
    ItemType: { Message: 'message', Appointment: 'appointment' },
    AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud', Base64: 'base64' },
    AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
    RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Office errors we use (our guesses at what Outlook returns; docs/outlook-quirks.md)

export const OFFICE_ERRORS = {
  /** Outlook's "AccessRestricted" (9017): what we expect on a delivery report Outlook will not hand out. Guess. */
  accessRestricted: { code: 9017, name: 'AccessRestricted', message: 'Access to this item is restricted.' },
  /** The common "Internal Error" (5001), Outlook on the web's catch-all. */
  internalError: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' },
  /** The common "Permission Denied" (7000). */
  permissionDenied: { code: 7000, name: 'Permission Denied', message: 'The requested operation is not allowed in the current context.' },
  /** Named in @types/office-js for getAttachmentContentAsync; code is our guess. */
  invalidAttachmentId: { code: 9003, name: 'InvalidAttachmentId', message: 'The attachment identifier does not exist.' },
  /** Named in @types/office-js for getAttachmentContentAsync; code is our guess. */
  attachmentTypeNotSupported: { code: 9043, name: 'AttachmentTypeNotSupported', message: 'The attachment type is not supported.' },
  /** Outlook's "NetworkError" (9041, as we read Office's table). */
  networkError: { code: 9041, name: 'NetworkError', message: 'The request failed because of a network problem.' },
  /** The item changed while a call was running. */
  itemChanged: { code: 9030, name: 'APICallFailedDueToItemChange', message: 'The selected item has been changed.' },
  /** An event type this client does not support (our guess). */
  unsupportedEvent: { code: 5000, name: 'Not supported', message: 'This event type is not supported by this client.' },
} satisfies Record<string, FakeOfficeError>;

// ---------------------------------------------------------------------------------------------
// Presets

/** A readable Exchange NDR that the restricted preset refuses to hand over: sender and subject only. */
export function restrictedNdrItem(overrides: Partial<FakeItem> = {}, error: FakeOfficeError = OFFICE_ERRORS.accessRestricted): FakeItem {
  return {
    itemId: 'AAMkADRlZmFrZS1uZHItaXRlbS1pZAAuAAAAAAA=',
    itemClass: 'REPORT.IPM.Note.NDR',
    itemType: 'message',
    subject: 'Undeliverable: Quarterly figures',
    from: { displayName: 'Microsoft Outlook', emailAddress: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com' },
    to: [{ displayName: 'Jan de Vries', emailAddress: 'jan@contoso.com' }],
    attachments: [{ id: 'AAMkADRlZmFrZS1vcmlnaW5hbA==', name: 'Quarterly figures', attachmentType: 'item', eml: 'Subject: Quarterly figures\r\n\r\n(original message)\r\n' }],
    failures: {
      'body.getAsync': error,
      getAllInternetHeadersAsync: error,
      getAttachmentContentAsync: error,
      getAsFileAsync: error,
    },
    ...overrides,
  };
}

/** The whole restricted-NDR configuration: `item` (the item is there but unreadable) or `no-item` (`mailbox.item` is null). */
export function restrictedNdrConfig(variant: 'item' | 'no-item' = 'item', base: FakeOfficeConfig = {}): FakeOfficeConfig {
  return {
    ...base,
    item: variant === 'item' ? restrictedNdrItem(base.item ?? {}) : null,
    noItemChangedForReports: base.noItemChangedForReports ?? true,
  };
}

function applyPreset(config: FakeOfficeConfig): FakeOfficeConfig {
  if (config.preset === 'restricted-ndr') return restrictedNdrConfig('item', config);
  if (config.preset === 'restricted-ndr-no-item') return restrictedNdrConfig('no-item', { ...config, item: null });
  return config;
}

// ---------------------------------------------------------------------------------------------
// Control

export interface FakeCall {
  /** `body.getAsync`, `getAllInternetHeadersAsync`, `displayNewMessageForm`, `onReady`, … */
  name: string;
  /** JSON copies of the arguments, without callbacks and options. */
  args: unknown[];
}

export type FakeEventName = 'ItemChanged' | 'OfficeThemeChanged';

export interface FakeOfficeControl {
  /** Every Office call made, in order (JSON-serializable, for Playwright). */
  readonly calls: FakeCall[];
  callsTo(name: string): FakeCall[];
  clearCalls(): void;
  /** Replace `mailbox.item` (a new object, as Outlook does) and fire `ItemChanged`. Resolves after the handlers ran. */
  selectItem(item: FakeItem | null, options?: { silent?: boolean }): Promise<void>;
  /** Change `Office.context.officeTheme` and fire `OfficeThemeChanged`. Resolves after the handlers ran. */
  setTheme(theme: FakeTheme): Promise<void>;
  /** Make a call fail from now on (`undefined` clears it). */
  setFailure(call: string, error: FakeOfficeError | undefined): void;
  /** Number of handlers registered for an event. */
  handlerCount(event: FakeEventName): number;
  /** The configuration in force (after presets). */
  readonly config: FakeOfficeConfig;
}

/** The fake `Office` namespace. Install as `globalThis.Office`; cast to `typeof Office` where a type is needed. */
export type FakeOfficeNamespace = typeof FAKE_ENUMS & {
  context: Record<string, unknown>;
  onReady(callback?: (info: { host: string | null; platform: string | null }) => unknown): Promise<{ host: string | null; platform: string | null }>;
  initialize?: (reason: unknown) => void;
};

export interface FakeOffice {
  Office: FakeOfficeNamespace;
  control: FakeOfficeControl;
}

// ---------------------------------------------------------------------------------------------
// The fake

type Callback = (result: FakeAsyncResult) => void;

interface FakeAsyncResult {
  status: 'succeeded' | 'failed';
  value: unknown;
  error?: FakeOfficeError;
  asyncContext: unknown;
  diagnostics?: unknown;
}

type Outcome = { kind: 'fail'; error: FakeOfficeError } | { kind: 'empty' } | { kind: 'hang' } | { kind: 'normal' };

const DEFAULT_THEME: FakeTheme = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#262626',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#262626',
};

export function createFakeOffice(input: FakeOfficeConfig = {}): FakeOffice {
  const config = applyPreset(input);
  const host = config.host === undefined ? 'Outlook' : config.host;
  const platform = config.platform ?? 'OfficeOnline';
  const mailboxVersion = config.mailboxVersion ?? '1.14';
  const latencyMs = config.latencyMs ?? 0;
  const globalFailures: Record<string, FakeOfficeError> = { ...config.failures };
  const calls: FakeCall[] = [];
  const handlers = new Map<string, Array<(args: unknown) => void>>();
  let currentItem: FakeItem | null = config.item ?? null;

  const supports = (name: string, minVersion?: string | number): boolean => {
    const sets: Record<string, string> = { ...config.requirementSets };
    if (host === 'Outlook') sets['mailbox'] = mailboxVersion;
    const entry = Object.entries(sets).find(([key]) => key.toLowerCase() === name.toLowerCase());
    if (!entry) return false;
    if (minVersion === undefined) return true;
    return compareVersions(entry[1], String(minVersion)) >= 0;
  };
  const mailboxAtLeast = (version: string): boolean => supports('Mailbox', version);

  const record = (name: string, args: unknown[]): void => {
    calls.push({ name, args: args.map(jsonCopy) });
  };

  const outcome = (keys: string[]): Outcome => {
    const item = currentItem;
    for (const key of keys) {
      const error = item?.failures?.[key] ?? globalFailures[key];
      if (error) return { kind: 'fail', error };
      if (item?.hang?.includes(key) || config.hang?.includes(key)) return { kind: 'hang' };
      if (item?.empty?.includes(key) || config.empty?.includes(key)) return { kind: 'empty' };
    }
    return { kind: 'normal' };
  };

  const later = (run: () => void): void => {
    setTimeout(run, latencyMs);
  };

  /** Answer an async call the way Office does: later, through the callback, with an AsyncResult. */
  const answer = (callback: Callback | undefined, options: unknown, result: Outcome, value: () => unknown, emptyValue: unknown): void => {
    if (result.kind === 'hang' || !callback) return;
    const asyncContext = isRecord(options) ? options['asyncContext'] : undefined;
    later(() => {
      if (result.kind === 'fail') callback({ status: 'failed', value: undefined, error: { ...result.error }, asyncContext });
      else callback({ status: 'succeeded', value: result.kind === 'empty' ? emptyValue : value(), asyncContext });
    });
  };

  const enumKey = (eventType: unknown): string =>
    Object.entries(FAKE_ENUMS.EventType).find(([, value]) => value === eventType)?.[0] ?? String(eventType);

  const fire = (eventType: string, args: unknown): Promise<void> =>
    new Promise((resolve) => {
      later(() => {
        for (const handler of [...(handlers.get(eventType) ?? [])]) {
          try {
            handler(args);
          } catch {
            // Office swallows handler exceptions.
          }
        }
        resolve();
      });
    });

  const buildItem = (config: FakeItem): Record<string, unknown> => buildFakeItem(config, { mailboxAtLeast, record, outcome, answer });

  const mailbox: Record<string, unknown> = {
    item: currentItem ? buildItem(currentItem) : null,
    diagnostics: { hostName: platform === 'OfficeOnline' ? 'OutlookWebApp' : platform === 'iOS' ? 'OutlookIOS' : platform === 'Android' ? 'OutlookAndroid' : 'Outlook', hostVersion: '16.0.0.0', OWAView: 'ThreeColumns' },
    userProfile: { displayName: 'Jan de Vries', emailAddress: config.userAddress ?? 'jan@contoso.com', timeZone: 'W. Europe Standard Time' },
    convertToRestId: (id: string) => id.replace(/\//g, '-').replace(/\+/g, '_'),
    convertToEwsId: (id: string) => id.replace(/-/g, '/').replace(/_/g, '+'),
  };

  if (mailboxAtLeast('1.5')) {
    mailbox['addHandlerAsync'] = (eventType: unknown, handler: unknown, ...rest: unknown[]): void => {
      const { options, callback } = splitArgs(rest);
      record('addHandlerAsync', [enumKey(eventType)]);
      const key = enumKey(eventType);
      let result = outcome([`addHandlerAsync:${key}`, 'addHandlerAsync']);
      const minimum = key === 'ItemChanged' ? '1.5' : key === 'OfficeThemeChanged' ? '1.14' : key === 'SelectedItemsChanged' ? '1.13' : undefined;
      if (result.kind === 'normal' && (minimum === undefined || !mailboxAtLeast(minimum))) result = { kind: 'fail', error: OFFICE_ERRORS.unsupportedEvent };
      if (result.kind === 'normal' && typeof handler === 'function') {
        const list = handlers.get(String(eventType)) ?? [];
        list.push(handler as (args: unknown) => void);
        handlers.set(String(eventType), list);
      }
      answer(callback, options, result, () => undefined, undefined);
    };
    mailbox['removeHandlerAsync'] = (eventType: unknown, ...rest: unknown[]): void => {
      const { options, callback } = splitArgs(rest);
      record('removeHandlerAsync', [enumKey(eventType)]);
      const result = outcome(['removeHandlerAsync']);
      if (result.kind === 'normal') handlers.delete(String(eventType));
      answer(callback, options, result, () => undefined, undefined);
    };
  }
  if (mailboxAtLeast('1.6')) {
    mailbox['displayNewMessageForm'] = (parameters: unknown): void => {
      record('displayNewMessageForm', [parameters]);
      const result = outcome(['displayNewMessageForm']);
      if (result.kind === 'fail') throw Object.assign(new Error(result.error.message), { name: result.error.name, code: result.error.code });
      validateMessageForm(parameters);
    };
  }
  if (mailboxAtLeast('1.9')) {
    mailbox['displayNewMessageFormAsync'] = (parameters: unknown, ...rest: unknown[]): void => {
      const { options, callback } = splitArgs(rest);
      record('displayNewMessageFormAsync', [parameters]);
      validateMessageForm(parameters);
      answer(callback, options, outcome(['displayNewMessageFormAsync']), () => undefined, undefined);
    };
  }

  const requirements = { isSetSupported: (name: string, minVersion?: string | number) => supports(name, minVersion) };
  const inOutlook = host === 'Outlook';
  const context: Record<string, unknown> = inOutlook
    ? {
        mailbox,
        requirements,
        displayLanguage: config.displayLanguage ?? 'en-US',
        contentLanguage: config.displayLanguage ?? 'en-US',
        diagnostics: { host: 'Outlook', platform, version: '16.0.0.0' },
        host: 'Outlook',
        platform,
      }
    : host === null
      ? { requirements: { isSetSupported: () => false } }
      : { requirements, displayLanguage: config.displayLanguage ?? 'en-US', diagnostics: { host, platform, version: '16.0.0.0' }, host, platform };
  if (inOutlook && mailboxAtLeast('1.14') && config.theme !== null) context['officeTheme'] = { ...(config.theme ?? DEFAULT_THEME) };

  let initialized = false;
  const office: FakeOfficeNamespace = {
    ...FAKE_ENUMS,
    context,
    onReady(callback) {
      record('onReady', []);
      const info = { host, platform: host === null ? null : platform };
      return new Promise((resolve) => {
        if (config.neverReady) return;
        setTimeout(() => {
          if (!initialized && typeof office.initialize === 'function') {
            initialized = true;
            try {
              office.initialize('inserted');
            } catch {
              // office.js ignores it too.
            }
          }
          if (callback) callback(info);
          resolve(info);
        }, config.readyDelayMs ?? 0);
      });
    },
  };

  const control: FakeOfficeControl = {
    calls,
    config,
    callsTo: (name) => calls.filter((call) => call.name === name),
    clearCalls: () => {
      calls.length = 0;
    },
    selectItem(item, options = {}) {
      currentItem = item;
      mailbox['item'] = item ? buildItem(item) : null;
      const isReport = /^report\./i.test(item?.itemClass ?? '');
      if (options.silent || (isReport && config.noItemChangedForReports)) return Promise.resolve();
      return fire(FAKE_ENUMS.EventType.ItemChanged, { type: FAKE_ENUMS.EventType.ItemChanged });
    },
    setTheme(theme) {
      const officeTheme = { ...theme };
      context['officeTheme'] = officeTheme;
      return fire(FAKE_ENUMS.EventType.OfficeThemeChanged, { type: FAKE_ENUMS.EventType.OfficeThemeChanged, officeTheme: { ...officeTheme } });
    },
    setFailure(call, error) {
      if (error) globalFailures[call] = error;
      else delete globalFailures[call];
    },
    handlerCount: (event) => handlers.get(FAKE_ENUMS.EventType[event])?.length ?? 0,
  };

  return { Office: office, control };
}

/** Install the fake as `globalThis.Office` (what the adapter reads). Returns the control and a way to remove it. */
export function installFakeOffice(config: FakeOfficeConfig = {}): FakeOfficeControl & { Office: FakeOfficeNamespace; uninstall(): void } {
  const fake = createFakeOffice(config);
  const target = globalThis as { Office?: unknown };
  const previous = target.Office;
  target.Office = fake.Office;
  return Object.assign(fake.control, {
    Office: fake.Office,
    uninstall: () => {
      if (previous === undefined) delete target.Office;
      else target.Office = previous;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The item

interface ItemDeps {
  mailboxAtLeast(version: string): boolean;
  record(name: string, args: unknown[]): void;
  outcome(keys: string[]): Outcome;
  answer(callback: Callback | undefined, options: unknown, result: Outcome, value: () => unknown, emptyValue: unknown): void;
}

function buildFakeItem(config: FakeItem, deps: ItemDeps): Record<string, unknown> {
  const attachments = (config.attachments ?? []).map(attachmentDetails);
  const item: Record<string, unknown> = {
    itemId: config.itemId ?? 'AAMkADRlZmFrZS1pdGVtLWlkAC4AAAAAAA==',
    itemClass: config.itemClass ?? 'IPM.Note',
    itemType: config.itemType ?? 'message',
    subject: config.subject ?? '',
    normalizedSubject: (config.subject ?? '').replace(/^((re|fw|fwd|undeliverable|onbestelbaar):\s*)+/i, ''),
    from: config.from ? { ...config.from, recipientType: 'externalUser' } : undefined,
    sender: (config.sender ?? config.from) ? { ...(config.sender ?? config.from), recipientType: 'externalUser' } : undefined,
    to: (config.to ?? []).map((address) => ({ ...address, recipientType: 'externalUser' })),
    cc: (config.cc ?? []).map((address) => ({ ...address, recipientType: 'externalUser' })),
    internetMessageId: config.internetMessageId ?? '<fake@contoso.com>',
    dateTimeCreated: new Date(config.dateTimeCreated ?? '2026-03-12T09:15:03Z'),
    attachments,
  };

  if (deps.mailboxAtLeast('1.3')) {
    item['body'] = {
      getAsync(coercionType: unknown, ...rest: unknown[]): void {
        const { options, callback } = splitArgs(rest);
        const coercion = String(coercionType);
        deps.record('body.getAsync', [coercion]);
        const html = config.body?.html ?? (config.body?.text !== undefined ? textToHtml(config.body.text) : '');
        const text = config.body?.text ?? (config.body?.html !== undefined ? roughHtmlToText(config.body.html) : '');
        deps.answer(callback, options, deps.outcome([`body.getAsync:${coercion}`, 'body.getAsync']), () => (coercion === 'html' ? html : text), '');
      },
    };
  }
  if (deps.mailboxAtLeast('1.8')) {
    item['getAllInternetHeadersAsync'] = (...rest: unknown[]): void => {
      const { options, callback } = splitArgs(rest);
      deps.record('getAllInternetHeadersAsync', []);
      deps.answer(callback, options, deps.outcome(['getAllInternetHeadersAsync']), () => config.headers ?? '', '');
    };
    item['getAttachmentContentAsync'] = (attachmentId: unknown, ...rest: unknown[]): void => {
      const { options, callback } = splitArgs(rest);
      deps.record('getAttachmentContentAsync', [attachmentId]);
      const attachment = (config.attachments ?? []).find((candidate) => candidate.id === attachmentId);
      let result = deps.outcome([`getAttachmentContentAsync:${String(attachmentId)}`, 'getAttachmentContentAsync']);
      if (result.kind === 'normal' && !attachment) result = { kind: 'fail', error: OFFICE_ERRORS.invalidAttachmentId };
      const content = attachment ? attachmentContent(attachment) : { format: 'base64', content: '' };
      deps.answer(callback, options, result, () => content, { format: content.format, content: '' });
    };
  }
  if (deps.mailboxAtLeast('1.14')) {
    item['getAsFileAsync'] = (...rest: unknown[]): void => {
      const { options, callback } = splitArgs(rest);
      deps.record('getAsFileAsync', []);
      deps.answer(callback, options, deps.outcome(['getAsFileAsync']), () => utf8ToBase64(config.eml ?? itemAsEml(config)), '');
    };
  }
  return item;
}

function attachmentDetails(attachment: FakeAttachment): Record<string, unknown> {
  const attachmentType = attachment.attachmentType ?? 'file';
  const content = attachmentContent(attachment);
  const padding = content.content.endsWith('==') ? 2 : content.content.endsWith('=') ? 1 : 0;
  const size = attachment.size ?? (content.format === 'base64' ? Math.floor((content.content.length * 3) / 4) - padding : utf8Length(content.content));
  return {
    id: attachment.id,
    name: attachment.name,
    contentType: attachment.contentType ?? (attachmentType === 'item' ? 'message/rfc822' : contentTypeFor(attachment.name)),
    size,
    attachmentType,
    isInline: attachment.isInline ?? false,
  };
}

function attachmentContent(attachment: FakeAttachment): { format: string; content: string } {
  const type = attachment.attachmentType ?? 'file';
  if (type === 'cloud') return { format: 'url', content: attachment.url ?? 'https://contoso.sharepoint.com/file' };
  if (type === 'item') {
    if (attachment.iCalendar !== undefined) return { format: 'iCalendar', content: attachment.iCalendar };
    return { format: 'eml', content: attachment.eml ?? '' };
  }
  if (attachment.base64 !== undefined) return { format: 'base64', content: attachment.base64 };
  return { format: 'base64', content: utf8ToBase64(attachment.text ?? attachment.eml ?? '') };
}

function contentTypeFor(name: string): string {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    eml: 'message/rfc822',
    txt: 'text/plain',
    htm: 'text/html',
    html: 'text/html',
    png: 'image/png',
    jpg: 'image/jpeg',
    gif: 'image/gif',
    pdf: 'application/pdf',
    msg: 'application/vnd.ms-outlook',
  };
  return types[extension] ?? 'application/octet-stream';
}

function itemAsEml(config: FakeItem): string {
  const headers = config.headers?.trim()
    ? config.headers.trim()
    : [
        config.from ? `From: ${config.from.displayName} <${config.from.emailAddress}>` : undefined,
        `Subject: ${config.subject ?? ''}`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset="utf-8"',
      ]
        .filter((line): line is string => line !== undefined)
        .join('\r\n');
  const text = config.body?.text ?? (config.body?.html !== undefined ? roughHtmlToText(config.body.html) : '');
  return `${headers}\r\n\r\n${text.replace(/\r?\n/g, '\r\n')}`;
}

function validateMessageForm(parameters: unknown): void {
  // Outlook's documented limits (@types/office-js MessageForm): it throws when one is exceeded.
  if (!isRecord(parameters)) return;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { name: 'Sys.ArgumentException', code: 5004 });
  };
  if (typeof parameters['subject'] === 'string' && parameters['subject'].length > 255) fail('The subject is longer than 255 characters.');
  if (typeof parameters['htmlBody'] === 'string' && parameters['htmlBody'].length > 32 * 1024) fail('The body is longer than 32 KB.');
  for (const field of ['toRecipients', 'ccRecipients', 'bccRecipients']) {
    const list = parameters[field];
    if (Array.isArray(list) && list.length > 100) fail(`${field} has more than 100 recipients.`);
  }
  const attachments = parameters['attachments'];
  if (Array.isArray(attachments)) {
    for (const attachment of attachments) {
      if (!isRecord(attachment) || (attachment['type'] !== 'item' && attachment['type'] !== 'file')) fail('An attachment must be of type file or item.');
      if (isRecord(attachment) && attachment['type'] === 'item' && typeof attachment['itemId'] !== 'string') fail('An item attachment needs an itemId.');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers (browser-safe)

/** Office's optional `options` before the callback: `(options, callback)` or `(callback)`. */
function splitArgs(rest: unknown[]): { options: unknown; callback: Callback | undefined } {
  if (typeof rest[0] === 'function') return { options: undefined, callback: rest[0] as Callback };
  return { options: rest[0], callback: typeof rest[1] === 'function' ? (rest[1] as Callback) : undefined };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function jsonCopy(value: unknown): unknown {
  if (value === undefined || typeof value === 'function') return undefined;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** How Outlook presents a text body as HTML (roughly). */
function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>${escaped.replace(/\r?\n/g, '<br>\n')}</div></body></html>`;
}

/**
 * The fake's stand-in for Outlook's own HTML → text conversion. Test scaffolding only,
 * for items configured with HTML alone; the add-in itself never strips tags like this.
 */
function roughHtmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
