/**
 * What the user hands us outside an Outlook item (pasted text, a chosen or
 * dropped file) → the engine's `NdrSource`. Pure.
 */
import type { NdrSource } from '../ndr';

/** A bounce is a few kilobytes; 10 MB is generous and keeps a wrong file from freezing the pane. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Headers that only a whole message (not a copied body, not Outlook's "From/Sent/To" block) starts with. */
const MESSAGE_HEADERS = new Set([
  'received',
  'return-path',
  'mime-version',
  'content-type',
  'message-id',
  'date',
  'delivered-to',
  'dkim-signature',
  'arc-seal',
  'authentication-results',
  'x-ms-exchange-message-is-ndr',
]);

const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]{0,76}):/;

/**
 * A whole message saved or copied with its headers (`.eml`, "show original")
 * rather than the text a reader sees: starts with a header block that has at
 * least one header a message carries and a mail client's quote does not.
 */
export function looksLikeRawMessage(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 200);
  if (!lines[0] || !HEADER_LINE.test(lines[0])) return false;
  let known = 0;
  for (const line of lines) {
    if (line.trim() === '') return known > 0;
    if (/^[ \t]/.test(line)) continue; // a folded header line
    const header = HEADER_LINE.exec(line);
    if (!header) return false;
    if (MESSAGE_HEADERS.has((header[1] ?? '').toLowerCase())) known++;
  }
  return known > 0;
}

/** Pasted text: a whole message goes in as `raw` (so its MIME parts are read), anything else as `text`. */
export function sourceFromPastedText(text: string): NdrSource {
  return looksLikeRawMessage(text) ? { raw: text } : { text };
}

export type FileCheck =
  | { ok: true; kind: 'eml' | 'txt' }
  | { ok: false; reason: 'msg' | 'type' | 'size' };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Can we read this file? `.msg` (Outlook's own binary format) is refused with its own sentence. */
export function checkBounceFile(file: { name: string; size: number; type?: string }): FileCheck {
  const extension = extensionOf(file.name);
  const type = (file.type ?? '').toLowerCase();
  if (extension === 'msg' || type === 'application/vnd.ms-outlook') return { ok: false, reason: 'msg' };
  let kind: 'eml' | 'txt' | undefined;
  if (extension === 'eml' || type === 'message/rfc822') kind = 'eml';
  else if (extension === 'txt' || (extension === '' && type === 'text/plain')) kind = 'txt';
  if (!kind) return { ok: false, reason: 'type' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'size' };
  return { ok: true, kind };
}

/** The file's bytes → source. An `.eml` is a whole message; a `.txt` may be one too, or a copied body. */
export function sourceFromFile(kind: 'eml' | 'txt', bytes: Uint8Array): NdrSource {
  if (kind === 'eml') return { raw: bytes };
  const text = new TextDecoder('utf-8').decode(bytes);
  return sourceFromPastedText(text);
}

/** Reads a `File` as bytes, with `FileReader` where `Blob.arrayBuffer` is missing (older webviews). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer || (result && typeof result === 'object' && 'byteLength' in result)) {
        resolve(new Uint8Array(result as ArrayBuffer));
      } else reject(new Error('The file could not be read.'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}
