/**
 * What people really do to a bounce before Bounce Doctor sees it, as
 * transformations of a raw message: change its line endings, paste only its
 * text, forward it inline (Outlook, Gmail) or as an attachment, or send it
 * through a system that re-encodes its text parts (base64, quoted-printable).
 *
 * The MIME work is done on a real tree of the message (headers, boundaries,
 * parts), byte-exact: every string here is the raw bytes as Latin-1, so 8-bit
 * and ISO-2022-JP content survives untouched. Decoding of a single part's
 * text is left to postal-mime, the parser the engine itself uses.
 */
import PostalMime from 'postal-mime';

/** Raw bytes as a string, one character per byte (Latin-1 is byte-preserving). */
export type Bytes = string;

export function toBytes(buffer: Uint8Array): Bytes {
  return Buffer.from(buffer).toString('latin1');
}

export function fromBytes(bytes: Bytes): Buffer {
  return Buffer.from(bytes, 'latin1');
}

function utf8Bytes(text: string): Bytes {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** (a) Every line ending the other way: CRLF → LF when the message has CRLF, else LF → CRLF. */
export function flipLineEndings(raw: Bytes): Bytes {
  return raw.includes('\r\n') ? raw.replace(/\r\n/g, '\n') : raw.replace(/\n/g, '\r\n');
}

interface MimeNode {
  /** The header block as written, without the blank line that ends it. */
  header: Bytes;
  /** The line ending the blank line used (`\r\n` or `\n`). */
  eol: string;
  body: Bytes;
  /** Lower-cased `type/subtype` (RFC 2045 §5.2 default `text/plain`). */
  type: string;
  params: Map<string, string>;
  /** For multipart nodes whose boundary occurs in the body. */
  multipart?: { boundary: string; preamble: Bytes; children: MimeNode[]; epilogue: Bytes };
}

function splitHeader(raw: Bytes): { header: Bytes; eol: string; body: Bytes } {
  // A part may have no header at all: its body starts right after the delimiter's blank line.
  if (raw.startsWith('\r\n')) return { header: '', eol: '\r\n', body: raw.slice(2) };
  if (raw.startsWith('\n')) return { header: '', eol: '\n', body: raw.slice(1) };
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf === -1 && lf === -1) return { header: raw, eol: raw.includes('\r\n') ? '\r\n' : '\n', body: '' };
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { header: raw.slice(0, crlf), eol: '\r\n', body: raw.slice(crlf + 4) };
  return { header: raw.slice(0, lf), eol: '\n', body: raw.slice(lf + 2) };
}

/** Unfolded header fields, lower-cased names (RFC 5322 §2.2.3). */
function fields(header: Bytes): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const line of header.split(/\r?\n/)) {
    const last = out[out.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      last.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) out.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return out;
}

function field(header: Bytes, name: string): string | undefined {
  return fields(header).find((f) => f.name === name)?.value;
}

/** `type/subtype; a=b; c="d;e"` → the type and its parameters (RFC 2045 §5.1). */
function parseContentType(value: string | undefined): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (!value) return { type: 'text/plain', params };
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      pieces.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  const type = (pieces.shift() ?? '').trim().toLowerCase() || 'text/plain';
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    let v = piece.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1);
    params.set(piece.slice(0, eq).trim().toLowerCase(), v);
  }
  return { type, params };
}

/** The message as a tree. Multiparts whose boundary never occurs stay leaves (seen in real reports). */
function parseNode(raw: Bytes, depth = 0): MimeNode {
  const { header, eol, body } = splitHeader(raw);
  const { type, params } = parseContentType(field(header, 'content-type'));
  const node: MimeNode = { header, eol, body, type, params };
  const boundary = params.get('boundary');
  if (!type.startsWith('multipart/') || !boundary || depth > 20) return node;
  const lines = body.split('\n');
  const delimiter = `--${boundary}`;
  const starts: number[] = [];
  let close = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '').replace(/[ \t]+$/, '');
    if (line === `${delimiter}--`) {
      close = i;
      break;
    }
    if (line === delimiter) starts.push(i);
  }
  if (starts.length === 0) return node;
  const children: MimeNode[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = (starts[k] as number) + 1;
    const to = starts[k + 1] ?? (close === -1 ? lines.length : close);
    // The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
    const partRaw = lines.slice(from, to).join('\n').replace(/\r?\n?$/, '');
    children.push(parseNode(partRaw, depth + 1));
  }
  node.multipart = {
    boundary,
    // With the line break before the first delimiter, which belongs to it (RFC 2046 §5.1.1).
    preamble: starts[0] === 0 ? '' : `${lines.slice(0, starts[0]).join('\n')}\n`,
    children,
    epilogue: close === -1 ? '' : lines.slice(close + 1).join('\n'),
  };
  return node;
}

function serialize(node: MimeNode): Bytes {
  const head = node.header === '' ? node.eol : `${node.header}${node.eol}${node.eol}`;
  if (!node.multipart) return `${head}${node.body}`;
  const { boundary, preamble, children, epilogue } = node.multipart;
  const eol = node.eol;
  let out = `${head}${preamble}`;
  for (const child of children) out += `--${boundary}${eol}${serialize(child)}${eol}`;
  out += `--${boundary}--${eol}${epilogue}`;
  return out;
}

function leaves(node: MimeNode, out: MimeNode[] = []): MimeNode[] {
  if (node.multipart) for (const child of node.multipart.children) leaves(child, out);
  else out.push(node);
  return out;
}

function isAttachment(node: MimeNode): boolean {
  return (field(node.header, 'content-disposition') ?? '').toLowerCase().startsWith('attachment');
}

/** A leaf's body as text, decoded by postal-mime (transfer encoding and charset). */
async function decodeLeafText(node: MimeNode): Promise<string> {
  const parsed = await PostalMime.parse(fromBytes(`${node.header}${node.eol}${node.eol}${node.body}`));
  return node.type === 'text/html' ? (parsed.html ?? '') : (parsed.text ?? '');
}

/**
 * (b) What a user pastes: the first text/plain body part (the one Outlook shows
 * when it shows text), decoded. Parts of an attached message are not the bounce's.
 */
export async function pastedText(raw: Bytes): Promise<string | undefined> {
  const part = leaves(parseNode(raw)).find((leaf) => leaf.type === 'text/plain' && !isAttachment(leaf));
  return part ? decodeLeafText(part) : undefined;
}

/** (b) The first text/html body part, decoded (the engine turns it into text). */
export async function pastedHtml(raw: Bytes): Promise<string | undefined> {
  const part = leaves(parseNode(raw)).find((leaf) => leaf.type === 'text/html' && !isAttachment(leaf));
  return part ? decodeLeafText(part) : undefined;
}

/** The bytes of a leaf's content, transfer encoding undone (RFC 2045 §6). */
function leafBytes(node: MimeNode): Bytes {
  const cte = (field(node.header, 'content-transfer-encoding') ?? '7bit').toLowerCase();
  if (cte === 'base64') return Buffer.from(node.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1');
  if (cte === 'quoted-printable') {
    return node.body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return node.body;
}

function base64Body(bytes: Bytes, eol: string): Bytes {
  const encoded = Buffer.from(bytes, 'latin1').toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join(eol);
}

/** Quoted-printable (RFC 2045 §6.7): line breaks stay hard breaks, long lines get soft ones. */
function quotedPrintableBody(bytes: Bytes, eol: string): Bytes {
  const out: string[] = [];
  for (const rawLine of bytes.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    let encoded = '';
    let width = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      const last = i === line.length - 1;
      const literal = (code >= 33 && code <= 126 && code !== 61) || ((code === 32 || code === 9) && !last);
      const piece = literal ? line.charAt(i) : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + piece.length > 75) {
        encoded += `=${eol}`;
        width = 0;
      }
      encoded += piece;
      width += piece.length;
    }
    out.push(encoded);
  }
  return out.join(eol);
}

function withTransferEncoding(header: Bytes, eol: string, encoding: string): Bytes {
  const kept: string[] = [];
  let dropping = false;
  for (const line of header.split(/\r?\n/)) {
    if (dropping && (line.startsWith(' ') || line.startsWith('\t'))) continue;
    dropping = line.toLowerCase().startsWith('content-transfer-encoding:');
    if (!dropping) kept.push(line);
  }
  if (kept.length === 1 && kept[0] === '') kept.pop();
  kept.push(`Content-Transfer-Encoding: ${encoding}`);
  if (!kept.some((line) => line.toLowerCase().startsWith('mime-version:'))) kept.push('MIME-Version: 1.0');
  return kept.join(eol);
}

/**
 * (e) Every text part of the message re-encoded (base64 or quoted-printable),
 * its charset kept; parts of an attached message are left alone. Returns
 * undefined when the message has no text part to re-encode.
 */
export function reencodeTextParts(raw: Bytes, encoding: 'base64' | 'quoted-printable'): Bytes | undefined {
  const root = parseNode(raw);
  let changed = 0;
  for (const leaf of leaves(root)) {
    if (!leaf.type.startsWith('text/')) continue;
    const bytes = leafBytes(leaf);
    leaf.body = encoding === 'base64' ? base64Body(bytes, leaf.eol) : quotedPrintableBody(bytes, leaf.eol);
    leaf.header = withTransferEncoding(leaf.header, leaf.eol, encoding);
    changed++;
  }
  return changed === 0 ? undefined : serialize(root);
}

export interface BounceHead {
  from: string;
  to: string;
  subject: string;
  date: string;
}

/** The bounce's own From, To, Subject and Date, decoded, as a forwarding client quotes them. */
export async function bounceHead(raw: Bytes): Promise<BounceHead> {
  const parsed = await PostalMime.parse(fromBytes(splitHeader(raw).header + '\r\n\r\n'));
  const name = (a: { name?: string | undefined; address?: string | undefined } | undefined): string =>
    a ? (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? '')) : 'Mail Delivery System <MAILER-DAEMON@example.net>';
  const from = parsed.from && 'address' in parsed.from ? name(parsed.from) : name(undefined);
  const toEntry = parsed.to?.[0];
  const to = toEntry && 'address' in toEntry ? name(toEntry) : 'kim@example.org';
  // A broken encoded word can decode to a line break (lhost-exchange2007-04): a client shows one line.
  const subject = (parsed.subject ?? '').replace(/\s+/g, ' ').trim();
  return { from, to, subject, date: parsed.date ?? 'Mon, 7 Dec 2026 10:12:00 +0000' };
}

const FORWARDER = ['From: Kim Jansen <kim@example.org>', 'To: IT Helpdesk <helpdesk@example.org>', 'Date: Mon, 7 Dec 2026 10:15:00 +0000', 'Message-ID: <fw-1@example.org>'];

function plainUtf8Message(subject: string, body: string): Bytes {
  const header = [...FORWARDER, `Subject: ${subject}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'];
  return utf8Bytes(`${header.join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`);
}

/** Outlook's inline forward: a note, a separator line, then From/Sent/To/Subject and the forwarded text. */
function outlookForward(head: BounceHead, text: string, note: string, separator: string): Bytes {
  const block = [`From: ${head.from}`, `Sent: ${head.date}`, `To: ${head.to}`, `Subject: ${head.subject}`];
  const body = [note, '', separator, ...block, '', text].join('\n');
  return plainUtf8Message(`FW: ${head.subject}`, body);
}

/** (c) Forwarded inline by Outlook desktop: `-----Original Message-----` and a From/Sent/To/Subject block. */
export function forwardOutlook(head: BounceHead, text: string): Bytes {
  return outlookForward(head, text, 'Hi, I got this when I mailed the group. Can you help?\n\nKim', '-----Original Message-----');
}

/** (c) Forwarded inline by newer Outlook: a rule of underscores, then From/Sent/To/Subject, no separator words. */
export function forwardOutlookRule(head: BounceHead, text: string): Bytes {
  return outlookForward(head, text, 'Any idea why this bounced?', '________________________________');
}

/** (c) Forwarded inline by Gmail: `---------- Forwarded message ---------` and From/Date/Subject/To. */
export function forwardGmail(head: BounceHead, text: string): Bytes {
  const body = [
    'See below, what does this mean?',
    '',
    '---------- Forwarded message ---------',
    `From: ${head.from}`,
    `Date: ${head.date}`,
    `Subject: ${head.subject}`,
    `To: ${head.to}`,
    '',
    '',
    text,
  ].join('\n');
  return plainUtf8Message(`Fwd: ${head.subject}`, body);
}

/** (d) The bounce attached as `message/rfc822` to an ordinary multipart/mixed message, byte for byte. */
export function attachAsMessage(raw: Bytes, subject: string): Bytes {
  const boundary = '=_forward-as-attachment_7f3a';
  const header = [...FORWARDER, `Subject: FW: ${subject}`, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`];
  const parts = [
    utf8Bytes(`${header.join('\r\n')}\r\n\r\n`),
    `--${boundary}\r\n`,
    'Content-Type: text/plain; charset=utf-8\r\n\r\n',
    'Please see the attached bounce.\r\n',
    `--${boundary}\r\n`,
    'Content-Type: message/rfc822\r\n',
    'Content-Disposition: attachment; filename="bounce.eml"\r\n\r\n',
    raw,
    raw.endsWith('\n') ? '' : '\r\n',
    `--${boundary}--\r\n`,
  ];
  return parts.join('');
}
