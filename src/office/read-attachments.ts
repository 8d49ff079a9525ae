/**
 * The attachments of the selected message that may hold a bounce, as `NdrAttachment`s.
 *
 * Requirement sets: `item.attachments` Mailbox 1.1; `item.getAttachmentContentAsync` Mailbox 1.8.
 * Permission: ReadItem.
 *
 * Why: helpdesks get bounces forwarded as an attachment, and users whose Outlook
 * will not open the add-in on a delivery report (docs/platform-notes.md §1;
 * https://learn.microsoft.com/office/dev/add-ins/outlook/outlook-add-ins-overview#add-in-activation-limitations)
 * are told to do exactly that. So we read:
 * - attached Outlook items (format `eml`): the NDR forwarded "as attachment";
 * - `.eml` files and `message/rfc822` parts (format `base64`): kept as bytes, the engine decodes them;
 * - `.txt` and `.dsn` files (format `base64`): decoded to text (some gateways attach the details as text).
 * Everything else (images, inline pictures, documents, cloud links) is not a bounce and is not fetched.
 * We skip files over a size limit (5 MB by default) and say so in a note, so a
 * huge attachment never stalls the pane.
 * Without Mailbox 1.8 there is no way to read attachment content: one note says so.
 */
import type { NdrAttachment } from '../ndr';
import { base64DecodedSize, base64ToBytes, bytesToText } from './base64';
import type { ReadNote } from './host';
import { LOCAL_ERROR, officeAsync, toHostError } from './office-async';
import { supportsMailbox } from './requirements';

export interface AttachmentReadOptions {
  timeoutMs: number;
  maxBytes: number;
  /** At most this many attachments are fetched (the first ones that can hold a bounce). */
  maxCount: number;
}

export interface AttachmentsRead {
  attachments: NdrAttachment[];
  notes: ReadNote[];
}

type Wanted =
  | { kind: 'message' }
  | { kind: 'text'; contentType: 'text/plain' | 'message/delivery-status' }
  | { kind: 'unreadable'; why: string };

/** What we would do with this attachment, from its type and name; undefined = not a bounce, leave it. */
export function wantedAttachment(details: Office.AttachmentDetails): Wanted | undefined {
  const type = String(details.attachmentType ?? '').toLowerCase();
  if (details.isInline) return undefined;
  if (type === 'cloud') return undefined;
  // Item attachments have no extension in `name` (@types/office-js AttachmentDetails.name); Outlook
  // gives messages as EML and calendar items as iCalendar: we keep the messages.
  if (type === 'item') return { kind: 'message' };
  const name = (details.name ?? '').toLowerCase();
  // `contentType` is deprecated and "a direct lookup of the attachment's extension"
  // (@types/office-js): the extension decides, the content type only fills in.
  const contentType = (details.contentType ?? '').toLowerCase();
  if (name.endsWith('.eml') || contentType === 'message/rfc822') return { kind: 'message' };
  if (name.endsWith('.txt') || contentType === 'text/plain') return { kind: 'text', contentType: 'text/plain' };
  if (name.endsWith('.dsn') || contentType === 'message/delivery-status') return { kind: 'text', contentType: 'message/delivery-status' };
  if (name.endsWith('.msg') || contentType === 'application/vnd.ms-outlook') {
    return { kind: 'unreadable', why: 'An Outlook .msg file cannot be read here; forward the bounce as an attachment instead.' };
  }
  return undefined;
}

export async function readAttachments(item: Office.MessageRead, options: AttachmentReadOptions): Promise<AttachmentsRead> {
  const notes: ReadNote[] = [];
  let list: Office.AttachmentDetails[];
  try {
    list = Array.isArray(item.attachments) ? item.attachments : [];
  } catch {
    list = [];
  }
  const wanted = list
    .map((details) => ({ details, wanted: wantedAttachment(details) }))
    .filter((entry): entry is { details: Office.AttachmentDetails; wanted: Wanted } => entry.wanted !== undefined);
  if (wanted.length === 0) return { attachments: [], notes };
  if (!supportsMailbox('attachmentContent')) {
    return { attachments: [], notes: [{ part: 'attachments', status: 'unsupported' }] };
  }

  const reads = wanted.slice(0, options.maxCount).map(async ({ details, wanted: what }): Promise<NdrAttachment | ReadNote> => {
    const part = `attachment:${details.name ?? details.id}`;
    if (what.kind === 'unreadable') {
      return { part, status: 'unsupported', hostError: { code: LOCAL_ERROR.unsupported, name: 'UnsupportedFormat', message: what.why } };
    }
    if (typeof details.size === 'number' && details.size > options.maxBytes) return tooLarge(part, details.size, options.maxBytes);
    let content: Office.AttachmentContent;
    try {
      content = await officeAsync<Office.AttachmentContent>((done) => item.getAttachmentContentAsync(details.id, done), {
        call: `getAttachmentContentAsync(${details.name ?? details.id})`,
        timeoutMs: options.timeoutMs,
      });
    } catch (error) {
      return { part, status: 'failed', hostError: toHostError(error) };
    }
    return toNdrAttachment(details, what, content, part, options.maxBytes);
  });

  const attachments: NdrAttachment[] = [];
  for (const result of await Promise.all(reads)) {
    if ('content' in result) attachments.push(result);
    else notes.push(result);
  }
  return { attachments, notes };
}

function toNdrAttachment(
  details: Office.AttachmentDetails,
  what: Wanted,
  content: Office.AttachmentContent,
  part: string,
  maxBytes: number,
): NdrAttachment | ReadNote {
  const format = String(content?.format ?? '').toLowerCase();
  const data = typeof content?.content === 'string' ? content.content : '';
  if (!data.trim()) return { part, status: 'empty' };
  const name = details.name ? { name: details.name } : {};
  if (format === 'eml') {
    if (data.length > maxBytes) return tooLarge(part, data.length, maxBytes);
    return { ...name, contentType: 'message/rfc822', content: data };
  }
  if (format === 'base64') {
    const size = base64DecodedSize(data);
    if (size > maxBytes) return tooLarge(part, size, maxBytes);
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(data);
    } catch {
      return { part, status: 'failed', hostError: { code: LOCAL_ERROR.exception, name: 'InvalidBase64', message: 'Outlook returned content that is not valid Base64.' } };
    }
    if (what.kind === 'message') return { ...name, contentType: 'message/rfc822', content: bytes };
    if (what.kind === 'text') return { ...name, contentType: what.contentType, content: bytesToText(bytes) };
  }
  // `iCalendar` (an attached meeting) or `url` (a cloud file): not a bounce.
  return { part, status: 'unsupported', hostError: { code: LOCAL_ERROR.unsupported, name: 'UnsupportedFormat', message: `Outlook gave this attachment as "${format}", which holds no bounce.` } };
}

function tooLarge(part: string, size: number, maxBytes: number): ReadNote {
  const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return {
    part,
    status: 'failed',
    hostError: { code: LOCAL_ERROR.tooLarge, name: 'AttachmentTooLarge', message: `Not read: ${mb(size)} is over the ${mb(maxBytes)} limit.` },
  };
}
