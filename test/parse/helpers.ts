/**
 * Builders for test bounces. Every fixture text is ours, written from the
 * strings documented in docs/ndr-formats.md and on Microsoft's NDR pages.
 */

export interface ReportParts {
  from?: string;
  to?: string;
  subject?: string;
  contentLanguage?: string;
  extraHeaders?: string[];
  /** The human-readable part (text/plain). */
  text: string;
  html?: string;
  /** The message/delivery-status part. */
  deliveryStatus?: string;
  /** The returned message (message/rfc822), or its headers (text/rfc822-headers) when `headersOnly`. */
  original?: string;
  headersOnly?: boolean;
}

const BOUNDARY = 'b0unce-d0ctor-report';
const ALT = 'b0unce-d0ctor-alt';

/** A `multipart/report; report-type=delivery-status` message (RFC 3464 / RFC 6522). */
export function report(parts: ReportParts): string {
  const lines = [
    `From: ${parts.from ?? 'Microsoft Outlook <postmaster@contoso.com>'}`,
    `To: ${parts.to ?? 'jan.devries@fabrikam.com'}`,
    `Subject: ${parts.subject ?? 'Undeliverable: Offer'}`,
    'Date: Tue, 24 Nov 2026 09:14:07 +0000',
    'Message-ID: <ndr-1@contoso.com>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${BOUNDARY}"`,
    ...(parts.contentLanguage ? [`Content-Language: ${parts.contentLanguage}`] : []),
    ...(parts.extraHeaders ?? []),
    '',
    `--${BOUNDARY}`,
  ];
  if (parts.html) {
    lines.push(
      `Content-Type: multipart/alternative; boundary="${ALT}"`,
      '',
      `--${ALT}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      parts.text,
      `--${ALT}`,
      'Content-Type: text/html; charset=utf-8',
      '',
      parts.html,
      `--${ALT}--`,
    );
  } else {
    lines.push('Content-Type: text/plain; charset=utf-8', '', parts.text);
  }
  if (parts.deliveryStatus) {
    lines.push(`--${BOUNDARY}`, 'Content-Type: message/delivery-status', '', parts.deliveryStatus);
  }
  if (parts.original) {
    lines.push(`--${BOUNDARY}`, `Content-Type: ${parts.headersOnly ? 'text/rfc822-headers' : 'message/rfc822'}`, '', parts.original);
  }
  lines.push(`--${BOUNDARY}--`, '');
  return lines.join('\r\n');
}

/** A small original message (what bounced). */
export function originalMessage(from = 'Jan de Vries <jan.devries@fabrikam.com>', to = 'sales-all@contoso.com', subject = 'Offer for the spring campaign'): string {
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'Date: Tue, 24 Nov 2026 09:14:02 +0000',
    'Message-ID: <offer-1@fabrikam.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello, please find our offer below.',
    '',
  ].join('\r\n');
}

/** A plain single-part message. */
export function plainMessage(headers: string[], body: string): string {
  return [...headers, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
}
