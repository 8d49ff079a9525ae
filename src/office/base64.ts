/**
 * Base64 and bytes → text, for what Outlook hands out encoded: file attachments
 * (`getAttachmentContentAsync`, format `base64`, Mailbox 1.8) and the whole item
 * (`getAsFileAsync`, Base64 EML, Mailbox 1.14). No Office API here; ReadItem
 * is needed by the callers only.
 *
 * `atob` exists in every webview Outlook uses and in Node 20, so this runs the
 * same in the pane and in the tests.
 */

/** Decode Base64 (line breaks and spaces allowed, as some clients wrap it) to bytes. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/[\s]+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Bytes of a text file → string. UTF-8 unless a byte order mark says UTF-16
 * (Notepad's "Unicode" saves UTF-16 LE with a BOM); invalid bytes become U+FFFD
 * instead of failing the whole read.
 */
export function bytesToText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Size in bytes of the data a Base64 string holds, without decoding it. */
export function base64DecodedSize(base64: string): number {
  const compact = base64.replace(/[\s]+/g, '');
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((compact.length * 3) / 4) - padding);
}
