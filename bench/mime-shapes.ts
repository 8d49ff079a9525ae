/**
 * Part-heavy hostile messages, built to a size: what the MIME budget
 * (src/ndr/parse/mime-budget.ts) must keep cheap. Used by `npm run bench`, the
 * parse tests and the browser test. Each starts with a genuine-looking bounce
 * report where it can, so the tests can check that the bounce is still
 * diagnosed from what was read.
 */

const CRLF = '\r\n';

/** The report of a bounce (text and delivery-status parts), without its closing delimiter. */
function reportParts(boundary: string): string[] {
  return [
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Delivery has failed to these recipients or groups:',
    '',
    'sales-all@contoso.com',
    "Your message couldn't be delivered because you don't have permission to send to it.",
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns;mail.contoso.com',
    '',
    'Final-Recipient: rfc822;sales-all@contoso.com',
    'Action: failed',
    'Status: 5.7.1',
    'Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
    '',
  ];
}

function bounceHeader(boundary: string, extra: string[] = []): string[] {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mail.contoso.com>',
    'To: jan@contoso.com',
    'Subject: Undeliverable: Quarterly figures',
    ...extra,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
  ];
}

function fill(head: string, unit: string, bytes: number, tail = ''): string {
  const room = Math.max(0, bytes - head.length - tail.length);
  return head + unit.repeat(Math.ceil(room / unit.length)) + tail;
}

/** The flood: a multipart header and then `--b` lines, nothing else (about 5 bytes a part). */
export function flood(bytes: number): string {
  const head = ['From: a@fabrikam.com', 'To: jan@contoso.com', 'Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', ''].join(CRLF);
  return fill(head, `--b${CRLF}`, bytes);
}

/** A real-looking bounce report followed by a flood of empty parts. */
export function bounceThenFlood(bytes: number): string {
  const head = [...bounceHeader('b'), ...reportParts('b'), ''].join(CRLF);
  return fill(head, `--b${CRLF}`, bytes);
}

/** Multiparts inside multiparts, each with a boundary of its own, never closed. */
export function deepNesting(bytes: number): string {
  const head = [...bounceHeader('n0'), ...reportParts('n0'), ''].join(CRLF);
  const out: string[] = [head];
  let size = head.length;
  for (let level = 1; size < bytes; level++) {
    const unit = `--n${level - 1}${CRLF}Content-Type: multipart/mixed; boundary="n${level}"${CRLF}${CRLF}`;
    out.push(unit);
    size += unit.length;
  }
  return out.join('');
}

/** Thousands of tiny base64 attachments after the report. */
export function tinyAttachments(bytes: number): string {
  const head = [...bounceHeader('t'), ...reportParts('t'), ''].join(CRLF);
  const unit = ['--t', 'Content-Type: application/octet-stream; name="a.bin"', 'Content-Disposition: attachment; filename="a.bin"', 'Content-Transfer-Encoding: base64', '', 'AAEC', ''].join(CRLF);
  return fill(head, unit, bytes, `--t--${CRLF}`);
}

/** A header block of megabytes (one `X-Filler:` field after another) before a bounce report. */
export function hugeHeader(bytes: number): string {
  const report = [...reportParts('h'), '--h--', ''].join(CRLF);
  const top = bounceHeader('h');
  const before = top.slice(0, 3).join(CRLF) + CRLF;
  const after = top.slice(3).join(CRLF) + CRLF + report;
  return fill(before, `X-Filler: ${'x'.repeat(60)}${CRLF}`, bytes, after);
}

/** A part header of megabytes: one folded field that never ends. */
export function hugePartHeader(bytes: number): string {
  const head = [...bounceHeader('p'), ...reportParts('p'), '--p', 'Content-Type: text/plain;', ''].join(CRLF);
  return fill(head, ` x-filler="${'y'.repeat(60)}";${CRLF}`, bytes, `${CRLF}body${CRLF}--p--${CRLF}`);
}

/** A genuine bounce whose returned original carries one big attachment (a real shape, not hostile). */
export function bounceWithBigAttachment(bytes: number): string {
  const head = [
    ...bounceHeader('r'),
    ...reportParts('r'),
    '--r',
    'Content-Type: message/rfc822',
    '',
    'From: Jan <jan@contoso.com>',
    'To: sales-all@contoso.com',
    'Subject: Quarterly figures',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="o"',
    '',
    '--o',
    'Content-Type: text/plain',
    '',
    'The figures are attached.',
    '--o',
    'Content-Type: application/pdf; name="figures.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    '',
  ].join(CRLF);
  const line = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(2).slice(0, 76)}${CRLF}`;
  return fill(head, line, bytes, ['--o--', '', '--r--', ''].join(CRLF));
}

export interface MimeShape {
  name: string;
  make: (bytes: number) => string;
}

/** The part-heavy shapes of issue 10 §1, for the bench. */
export const PART_HEAVY_SHAPES: readonly MimeShape[] = [
  { name: 'MIME flood of empty parts', make: flood },
  { name: 'bounce, then a flood of parts', make: bounceThenFlood },
  { name: 'multipart nesting, never closed', make: deepNesting },
  { name: 'thousands of tiny attachments', make: tinyAttachments },
  { name: 'huge message header block', make: hugeHeader },
  { name: 'huge part header (one folded field)', make: hugePartHeader },
  { name: 'bounce with one big attachment', make: bounceWithBigAttachment },
];
