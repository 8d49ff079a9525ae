/**
 * Whatever form the input came in (raw MIME as text or bytes, pasted text,
 * HTML, an Outlook item in pieces with its attachments), one `InputMessage`: the
 * headers, the human text, and the parts a bounce carries as evidence.
 */
import type { FoundLink, NdrAttachment, NdrSource, SkippedContent } from '../types';
import { firstAddress } from './address';
import { hasDeliveryStatusFields } from './dsn';
import { headerValue, parseHeaderBlock, type HeaderField } from './headers';
import { htmlToText } from './html-text';
import { looksLikeMime, readMime } from './mime';
import { scanMimeBudget } from './mime-budget';
import { MAX_ANALYSED_TEXT, decodeBytes, focusWindow } from './text';

/** Everything we know about one message, whatever form it came in. */
export interface InputMessage {
  headers: HeaderField[];
  subject?: string;
  from?: string;
  fromAddress?: string;
  to: string[];
  itemClass?: string;
  text: string;
  html: string;
  deliveryStatus: string[];
  /** Attached messages (`message/rfc822`, `.eml`): the original message, or a forwarded bounce. */
  attachedMessages: string[];
  /** `text/rfc822-headers` parts: the original message's header. */
  originalHeaderParts: string[];
  /** Other text attachments (`details.txt`). */
  extraTexts: string[];
  partTypes: string[];
  /** The MIME budget cut the message here; the rest was read as text (mime-budget.ts). */
  skipped?: SkippedContent;
}

export function emptyInput(): InputMessage {
  return { headers: [], to: [], text: '', html: '', deliveryStatus: [], attachedMessages: [], originalHeaderParts: [], extraTexts: [], partTypes: [] };
}

function contentToText(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : decodeBytes(content);
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2_000).toLowerCase();
  return head.includes('<html') || head.includes('<body') || head.includes('<!doctype html') || (head.trimStart().startsWith('<') && head.includes('</'));
}

/** Sort one attachment or MIME part into the document. */
function addPart(doc: InputMessage, contentType: string, name: string, content: string): void {
  const type = contentType.toLowerCase().split(';')[0]?.trim() ?? '';
  const lowerName = name.toLowerCase();
  doc.partTypes.push(type);
  if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
    doc.deliveryStatus.push(content);
  } else if (type === 'text/rfc822-headers' || type === 'message/rfc822-headers' || type === 'message/global-headers') {
    doc.originalHeaderParts.push(content);
  } else if (type === 'message/rfc822' || type === 'message/global' || lowerName.endsWith('.eml')) {
    doc.attachedMessages.push(content);
  } else if (type === 'text/html' || lowerName.endsWith('.html') || lowerName.endsWith('.htm')) {
    doc.extraTexts.push(htmlToText(content).text);
  } else if (type.startsWith('text/') || lowerName.endsWith('.txt')) {
    if (hasDeliveryStatusFields(content)) doc.deliveryStatus.push(content);
    else doc.extraTexts.push(content);
  }
}

async function inputFromRaw(raw: string | Uint8Array): Promise<InputMessage> {
  const doc = emptyInput();
  const rawText = typeof raw === 'string' ? raw : decodeBytes(raw);
  if (!looksLikeMime(rawText)) {
    if (looksLikeHtml(rawText)) doc.html = rawText;
    else doc.text = rawText;
    return doc;
  }
  // The budget is checked before the MIME parser runs: past a cap, the parser gets the
  // message up to the cut and the rest is read as plain text.
  const cut = scanMimeBudget(raw);
  if (cut) doc.skipped = { reason: cut.reason, bytes: raw.length - cut.offset };
  try {
    const message = await readMime(cut ? raw.slice(0, cut.offset) : raw);
    doc.headers = message.headers;
    doc.to = message.to;
    doc.text = message.text;
    doc.html = message.html;
    if (message.subject !== undefined) doc.subject = message.subject;
    if (message.from) doc.from = message.from;
    if (message.fromAddress) doc.fromAddress = message.fromAddress;
    for (const part of message.parts) addPart(doc, part.contentType, part.filename ?? '', part.content);
    if (cut) {
      const rest = contentToText(raw.slice(cut.offset));
      doc.text = doc.text ? `${doc.text}\n\n${rest}` : rest;
    } else if (!doc.text.trim() && !doc.html.trim() && message.parts.length === 0) {
      // A multipart whose boundary never occurs (seen in real reports): the body is all we have.
      doc.text = bodyAfterHeader(rawText);
    }
  } catch {
    // postal-mime gave up (limits, broken structure): read what we can as text.
    doc.headers = parseHeaderBlock(rawText);
    doc.text = bodyAfterHeader(rawText);
  }
  return doc;
}

/** Everything after the first blank line (the end of the header, RFC 5322 §2.1). */
function bodyAfterHeader(rawText: string): string {
  const lf = rawText.indexOf('\n\n');
  const crlf = rawText.indexOf('\r\n\r\n');
  const candidates = [lf, crlf].filter((i) => i !== -1);
  if (candidates.length === 0) return '';
  return rawText.slice(Math.min(...candidates)).trim();
}

/** One document from any subset of an `NdrSource`; raw MIME wins, the pieces fill in what it lacks. */
export async function buildInput(source: NdrSource): Promise<InputMessage> {
  const doc = source.raw !== undefined ? await inputFromRaw(source.raw) : emptyInput();
  if (source.headers) {
    const headers = parseHeaderBlock(source.headers);
    if (doc.headers.length === 0) doc.headers = headers;
  }
  if (!doc.text && source.text) doc.text = source.text;
  if (!doc.html && source.html) doc.html = source.html;
  if (doc.subject === undefined) {
    const subject = source.subject ?? headerValue(doc.headers, 'subject');
    if (subject !== undefined) doc.subject = subject.trim();
  }
  if (!doc.from) {
    const from = source.from ?? headerValue(doc.headers, 'from');
    if (from) {
      doc.from = from.trim();
      const address = firstAddress(from);
      if (address) doc.fromAddress = address;
    }
  }
  if (doc.to.length === 0) {
    const to = headerValue(doc.headers, 'to');
    const address = to ? firstAddress(to) : undefined;
    if (address) doc.to = [address];
  }
  if (source.itemClass) doc.itemClass = source.itemClass;
  for (const attachment of source.attachments ?? []) addAttachment(doc, attachment);
  return doc;
}

function addAttachment(doc: InputMessage, attachment: NdrAttachment): void {
  const content = contentToText(attachment.content);
  const type = attachment.contentType ?? (attachment.name?.toLowerCase().endsWith('.eml') ? 'message/rfc822' : 'application/octet-stream');
  addPart(doc, type, attachment.name ?? '', content);
}

/** The human text of the body: plain text when it says something, else the HTML as text. */
export function bodyText(doc: InputMessage): { text: string; links: FoundLink[] } {
  const html = doc.html ? htmlToText(focusWindow(doc.html, 5 * MAX_ANALYSED_TEXT)) : undefined;
  const plain = doc.text.trim();
  const useHtml = html !== undefined && (plain.length < 40 || plain.length < html.text.length / 4);
  return { text: focusWindow(useHtml ? html.text : doc.text, MAX_ANALYSED_TEXT), links: html?.links ?? [] };
}
