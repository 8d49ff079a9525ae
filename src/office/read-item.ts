/**
 * The selected Outlook item → `ItemSnapshot` (an `NdrSource` for the engine, plus notes).
 *
 * Requirement sets and permission (all ReadItem):
 * - `item.dateTimeCreated`: Mailbox 1.0;
 * - `item.itemClass, itemType, itemId, subject, from, sender, attachments`: Mailbox 1.1;
 * - `item.body.getAsync(Html | Text)`: Mailbox 1.3;
 * - `item.getAllInternetHeadersAsync`, `item.getAttachmentContentAsync`: Mailbox 1.8;
 * - `item.getAsFileAsync`: Mailbox 1.14.
 *
 * Why each fallback exists (docs/outlook-quirks.md has the sources):
 * - We ask for the body as HTML and as text: Outlook on the web formats the text
 *   coercion unreliably, and either may fail alone; one is enough.
 * - Headers need 1.8 (Outlook on mobile and Exchange on-premises stop at 1.5): without
 *   them we still diagnose from the body, and a note says headers were unsupported.
 * - A call that "succeeds" with an empty string counts as a failure of that part
 *   (status `empty`): Outlook does this on some items (docs/outlook-quirks.md, "Succeeded but empty").
 * - When neither body nor headers could be read, `getAsFileAsync` (1.14) may still
 *   hand over the whole item as EML.
 * - Delivery reports (`REPORT.IPM.Note.NDR`) are documented as items add-ins do not
 *   work on; when nothing at all can be read from one, or Office's errors say access
 *   was denied, we reject with `restricted` so the pane can offer the workarounds.
 * - Every call has a time limit: an unanswered call is a failed part, never a hung pane.
 * - When nothing could be read, `failureFor` names the cause (too old, timeout, delivery
 *   report, protected message, access denied, other error, empty) so the pane can say
 *   the right sentence: docs/outlook-quirks.md, "What each Office failure looked like".
 */
import type { NdrAttachment, NdrSource } from '../ndr';
import { ReadFailure, type HostError, type ItemSnapshot, type ReadFailureKind, type ReadNote } from './host';
import { LOCAL_ERROR, officeAsync, toHostError } from './office-async';
import { base64ToBytes } from './base64';
import { readAttachments } from './read-attachments';
import { MAILBOX_SET, supportsMailbox } from './requirements';

export interface ReadItemOptions {
  /** Time limit for each Office call. Default 10 s. */
  callTimeoutMs?: number;
  /** Attachments (and the whole item) larger than this are not read. Default 5 MB. */
  maxAttachmentBytes?: number;
  /** At most this many attachments are fetched. Default 10. */
  maxAttachments?: number;
}

export const READ_DEFAULTS = {
  callTimeoutMs: 10_000,
  maxAttachmentBytes: 5 * 1024 * 1024,
  maxAttachments: 10,
} as const;

type PartResult<T> = { ok: true; value: T } | { ok: false; note: ReadNote };

/** Read `Office.context.mailbox.item`. Rejects with `ReadFailure`. */
export async function readCurrentItem(options: ReadItemOptions = {}): Promise<ItemSnapshot> {
  const timeoutMs = options.callTimeoutMs ?? READ_DEFAULTS.callTimeoutMs;
  const maxBytes = options.maxAttachmentBytes ?? READ_DEFAULTS.maxAttachmentBytes;

  let item: Office.MessageRead | undefined;
  try {
    // `item` is null while a pinned pane has no selection (Mailbox 1.5 pinning docs).
    item = Office.context.mailbox?.item ?? undefined;
  } catch (error) {
    throw new ReadFailure('error', 'Outlook did not give the selected item.', toHostError(error));
  }
  if (!item) throw new ReadFailure('no-item', 'No item is selected.');

  const itemType = property(() => String(item.itemType ?? ''));
  if (itemType === 'appointment') throw new ReadFailure('not-a-message', 'The selected item is an appointment, not a message.');

  const itemId = property(() => item.itemId);
  const itemClass = property(() => item.itemClass);
  const subject = property(() => item.subject);
  const created = property(() => item.dateTimeCreated);
  const received = created instanceof Date && !Number.isNaN(created.getTime()) ? created.toISOString() : undefined;
  const from = property(() => formatAddress(item.from ?? item.sender));

  const bodySupported = supportsMailbox('body');
  const [html, text, headers, attachmentsRead] = await Promise.all([
    readPart('body-html', bodySupported, timeoutMs, (done) => item.body.getAsync(Office.CoercionType.Html, done)),
    readPart('body-text', bodySupported, timeoutMs, (done) => item.body.getAsync(Office.CoercionType.Text, done)),
    readPart('headers', supportsMailbox('internetHeaders'), timeoutMs, (done) => item.getAllInternetHeadersAsync(done)),
    readAttachments(item, { timeoutMs, maxBytes, maxCount: options.maxAttachments ?? READ_DEFAULTS.maxAttachments }),
  ]);

  const notes: ReadNote[] = [];
  const source: NdrSource = {};
  if (html.ok) source.html = html.value;
  else notes.push(html.note);
  if (text.ok) source.text = text.value;
  else notes.push(text.note);
  if (headers.ok) source.headers = headers.value;
  else notes.push(headers.note);

  if (!html.ok && !text.ok && !headers.ok) {
    const file = await readPart('item-file', supportsMailbox('itemFile'), timeoutMs, (done) => item.getAsFileAsync(done));
    if (file.ok) {
      const raw = decodeItemFile(file.value, maxBytes);
      if ('note' in raw) notes.push(raw.note);
      else source.raw = raw.bytes;
    } else {
      notes.push(file.note);
    }
  }

  const attachments: NdrAttachment[] = attachmentsRead.attachments;
  notes.push(...attachmentsRead.notes);
  if (attachments.length > 0) source.attachments = attachments;

  const readable = source.html !== undefined || source.text !== undefined || source.headers !== undefined || source.raw !== undefined || attachments.length > 0;
  if (!readable) throw failureFor(itemClass, notes);

  if (subject !== undefined) source.subject = subject;
  if (from) source.from = from;
  if (itemClass) source.itemClass = itemClass;
  return {
    ...(itemId ? { itemId } : {}),
    ...(itemClass ? { itemClass } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(received ? { received } : {}),
    source,
    notes,
  };
}

/** One string-valued Office call, as a part: a value, or a note saying why not. */
async function readPart(
  part: string,
  supported: boolean,
  timeoutMs: number,
  start: (callback: (result: Office.AsyncResult<string>) => void) => void,
): Promise<PartResult<string>> {
  if (!supported) return { ok: false, note: { part, status: 'unsupported' } };
  try {
    const value = await officeAsync<string>(start, { call: part, timeoutMs });
    if (typeof value !== 'string' || value.trim() === '') return { ok: false, note: { part, status: 'empty' } };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, note: { part, status: 'failed', hostError: toHostError(error) } };
  }
}

function decodeItemFile(base64: string, maxBytes: number): { bytes: Uint8Array } | { note: ReadNote } {
  try {
    const bytes = base64ToBytes(base64);
    if (bytes.length > maxBytes * 4) {
      // The whole item (body + attachments); allow more than one attachment, but not without limit.
      return { note: { part: 'item-file', status: 'failed', hostError: { code: LOCAL_ERROR.tooLarge, name: 'ItemTooLarge', message: 'The item is too large to read whole.' } } };
    }
    return { bytes };
  } catch {
    return { note: { part: 'item-file', status: 'failed', hostError: { code: LOCAL_ERROR.exception, name: 'InvalidBase64', message: 'Outlook returned the item in a form that is not valid Base64.' } } };
  }
}

/**
 * Why nothing could be read, as the pane needs it. In this order:
 * 1. every part was `unsupported` (no Mailbox 1.3, 1.8 or 1.14): `outlook-too-old`;
 * 2. every Office error was our own time limit: `timeout` (worth trying again, on any item);
 * 3. a delivery report (`REPORT.*`, `IPM.Report.*`): `restricted`, whatever Office's error says
 *    (add-ins are documented not to work on these: docs/outlook-quirks.md items 1-5);
 * 4. a protected message class (S/MIME, rights-managed): `protected`;
 * 5. an access-denial error on a normal message: `denied`;
 * 6. any other Office error: `error`; no error at all: `empty`.
 */
export function failureFor(itemClass: string | undefined, notes: ReadNote[]): ReadFailure {
  const errors = notes
    .filter((note) => note.status === 'failed' && note.hostError && note.hostError.code !== LOCAL_ERROR.tooLarge)
    .map((note) => note.hostError as HostError);
  const first = errors[0];
  const denied = errors.find(looksLikeAccessDenial);
  const failure = (kind: ReadFailureKind, message: string, error = first): ReadFailure => new ReadFailure(kind, message, ...(error ? [error] : []));

  const bodyUnsupported = notes.some((note) => note.part === 'body-html' && note.status === 'unsupported');
  if (bodyUnsupported && notes.every((note) => note.status === 'unsupported')) {
    return new ReadFailure('outlook-too-old', `This Outlook has none of the calls that read a message (Mailbox ${MAILBOX_SET.body} or newer).`);
  }
  if (first && errors.every((error) => error.code === LOCAL_ERROR.timeout)) return failure('timeout', 'Outlook did not answer in time.');
  if (isDeliveryReport(itemClass)) return failure('restricted', 'Outlook did not let the add-in read this delivery report.', denied ?? first);
  if (isProtectedMessage(itemClass)) return failure('protected', 'The message is protected (S/MIME or rights-managed).', denied ?? first);
  if (denied) return failure('denied', 'Outlook denied the add-in access to this item.', denied);
  if (first) return failure('error', `Outlook could not read the item: ${first.message}`);
  return new ReadFailure('empty', 'The item has no body, headers or attachments to read.');
}

/**
 * S/MIME (`IPM.Note.SMIME`, `IPM.Note.SMIME.MultipartSigned`) and rights-managed messages
 * (`IPM.Note.rpmsg…`, and `IPM.Note.Microsoft.Rpmsg…` as some tools spell it). The S/MIME
 * classes are Exchange's ([MS-OXOSMIME], PidTagMessageClass,
 * https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxosmime); the
 * rights-managed spellings are a guess (docs/outlook-quirks.md, "What each Office failure looked like").
 */
export function isProtectedMessage(itemClass: string | undefined): boolean {
  return itemClass !== undefined && /^ipm\.note\.(smime|rpmsg|microsoft\.rpmsg)(\.|$)/i.test(itemClass.trim());
}

/** `REPORT.IPM.Note.NDR`, `REPORT.IPM.Note.DR`, … and the `IPM.Report.*` spelling Microsoft's docs use. */
export function isDeliveryReport(itemClass: string | undefined): boolean {
  return itemClass !== undefined && /^(report\.|ipm\.report\.)/i.test(itemClass.trim());
}

/**
 * Office's errors that mean "you may not read this", not "something broke".
 * Codes are our reading of Office's error tables (docs/outlook-quirks.md marks them
 * as to be confirmed in real Outlook); the name and message test catches the rest.
 */
const ACCESS_DENIAL_CODES = new Set<number | string>([
  5009, // Access Denied (common API)
  7000, // Permission Denied (common API)
  9017, // AccessRestricted (Outlook)
  9038, // InsufficientItemPermissionsError (Outlook)
]);

export function looksLikeAccessDenial(error: HostError): boolean {
  if (ACCESS_DENIAL_CODES.has(error.code)) return true;
  return /denied|restricted|permission|not allowed|not authori[sz]ed/i.test(`${error.name} ${error.message}`);
}

/** `Name <address>`, or the bare address when the name is missing or the same. */
export function formatAddress(details: Office.EmailAddressDetails | undefined): string | undefined {
  if (!details) return undefined;
  const address = (details.emailAddress ?? '').trim();
  const name = (details.displayName ?? '').trim();
  if (!address) return name || undefined;
  if (!name || name.toLowerCase() === address.toLowerCase()) return address;
  return `${name} <${address}>`;
}

/** Read an item property; restricted items may throw on access, which we treat as "not there". */
function property<T>(read: () => T | null | undefined): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}
