/**
 * Turns a file (or standard input) into an `NdrSource` for the engine.
 *
 * What a file holds is decided from its content first and its name second:
 * people save bounces as `.eml`, paste them into `.txt`, or save the HTML body.
 */
import { readFile } from 'node:fs/promises';
import type { NdrSource } from '../ndr';

/** An input we could not read, with a sentence that names it. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Outlook's binary `.msg` (OLE compound file) starts with this signature. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * An RFC 5322 message starts with header fields: `Name: value` lines before the
 * first empty line. Look at the first few lines only: cheap on any size.
 */
export function looksLikeMime(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const lines = head.split(/\r?\n/, 12);
  let fields = 0;
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue; // folded continuation of the previous field
    if (/^[A-Za-z][A-Za-z0-9-]{0,76}:/.test(line)) fields += 1;
    else return false;
  }
  return fields >= 2;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|div|p|table)[\s>]/.test(head);
}

export function sourceFromBytes(bytes: Uint8Array, name: string): NdrSource {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new InputError(
      name,
      `${name}: this is an Outlook .msg file, which Bounce Doctor cannot read. In Outlook, save the bounce as .eml (or drag it out of Outlook on the web), or copy its text into a .txt file.`,
    );
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (/\.html?$/i.test(name) || (!looksLikeMime(text) && looksLikeHtml(text))) return { html: text };
  if (/\.eml$/i.test(name) || looksLikeMime(text)) return { raw: bytes };
  return { text };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return new Uint8Array(Buffer.concat(chunks));
}

function describeReadError(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${name}: no such file`;
    case 'EISDIR':
      return `${name}: is a folder, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `${name}: permission denied`;
    default:
      return `${name}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

export async function readInput(name: string): Promise<NdrSource> {
  let bytes: Uint8Array;
  try {
    bytes = name === '-' ? await readStdin() : new Uint8Array(await readFile(name));
  } catch (error) {
    throw new InputError(name, describeReadError(name === '-' ? 'standard input' : name, error));
  }
  if (bytes.length === 0) throw new InputError(name, `${name === '-' ? 'standard input' : name}: is empty`);
  return sourceFromBytes(bytes, name);
}
