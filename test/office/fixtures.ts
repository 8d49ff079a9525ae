/**
 * Bounces for the adapter tests, written for these tests (our words, Exchange Online's
 * layout as docs/ndr-formats.md describes it), and a per-test fake Office.
 */
import { installFakeOffice, type FakeItem, type FakeOfficeConfig } from '../fake-office/fake-office';

export const RESTRICTED_GROUP = {
  groupAddress: 'finance-team@contoso.com',
  groupName: 'Finance Team',
  sender: 'jan@fabrikam.com',
  subject: 'Invoice batch March',
};

const NDR_TEXT = `Delivery has failed to these recipients or groups:

Finance Team (finance-team@contoso.com)
Your message wasn't delivered because the group Finance Team only takes messages from its allowed senders, and your address isn't one of them.

Diagnostic information for administrators:

Generating server: AM9PR07MB1234.eurprd07.prod.outlook.com

finance-team@contoso.com
Remote Server returned '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; not authorized to send to this group [AM9PR07MB1234.eurprd07.prod.outlook.com 2026-03-12T09:15:03.118Z 08DE61A2B3C4D5E6]'

Original message headers:

From: Jan de Vries <jan@fabrikam.com>
To: Finance Team <finance-team@contoso.com>
Subject: Invoice batch March
Date: Thu, 12 Mar 2026 10:14:58 +0100
`;

const NDR_HTML = `<html><head><style>p { margin: 0 }</style></head><body>
<p><b>Delivery has failed to these recipients or groups:</b></p>
<p><a href="mailto:finance-team@contoso.com">Finance Team (finance-team@contoso.com)</a><br>
Your message wasn't delivered because the group Finance Team only takes messages from its allowed senders, and your address isn't one of them.</p>
<p>Diagnostic information for administrators:</p>
<p>Generating server: AM9PR07MB1234.eurprd07.prod.outlook.com</p>
<p>finance-team@contoso.com<br>
Remote Server returned '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; not authorized to send to this group [AM9PR07MB1234.eurprd07.prod.outlook.com 2026-03-12T09:15:03.118Z 08DE61A2B3C4D5E6]'</p>
<p>Original message headers:</p>
<pre>From: Jan de Vries &lt;jan@fabrikam.com&gt;
To: Finance Team &lt;finance-team@contoso.com&gt;
Subject: Invoice batch March</pre>
</body></html>`;

const NDR_HEADERS = [
  'Received: from AM9PR07MB1234.eurprd07.prod.outlook.com by AM9PR07MB1234.eurprd07.prod.outlook.com; Thu, 12 Mar 2026 09:15:03 +0000',
  'From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>',
  'To: Jan de Vries <jan@fabrikam.com>',
  'Date: Thu, 12 Mar 2026 09:15:03 +0000',
  'Subject: Undeliverable: Invoice batch March',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="ndr-boundary"',
  'Content-Language: en-US',
  'X-MS-Exchange-Message-Is-Ndr:',
  'Auto-Submitted: auto-replied',
  'MIME-Version: 1.0',
].join('\r\n');

/** The same bounce as a whole message (what "forward as attachment" and `getAsFileAsync` hand over). */
export const NDR_EML = `${NDR_HEADERS}\r\n\r\n--ndr-boundary\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n${NDR_TEXT.replace(/\n/g, '\r\n')}\r\n--ndr-boundary\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;AM9PR07MB1234.eurprd07.prod.outlook.com\r\n\r\nFinal-Recipient: rfc822;finance-team@contoso.com\r\nAction: failed\r\nStatus: 5.7.124\r\nDiagnostic-Code: smtp;550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; not authorized to send to this group\r\nX-Display-Name: Finance Team\r\n\r\n--ndr-boundary--\r\n`;

export const NDR_PARTS = { text: NDR_TEXT, html: NDR_HTML, headers: NDR_HEADERS };

/** The restricted-group bounce as a readable Outlook item (the "Restricted item" dialog, then it works: OJ#6558). */
export function ndrItem(overrides: Partial<FakeItem> = {}): FakeItem {
  return {
    itemId: 'AAMkADNDRitem001',
    itemClass: 'REPORT.IPM.Note.NDR',
    subject: 'Undeliverable: Invoice batch March',
    from: { displayName: 'Microsoft Outlook', emailAddress: 'postmaster@contoso.onmicrosoft.com' },
    to: [{ displayName: 'Jan de Vries', emailAddress: 'jan@fabrikam.com' }],
    body: { html: NDR_HTML, text: NDR_TEXT },
    headers: NDR_HEADERS,
    eml: NDR_EML,
    ...overrides,
  };
}

/** A normal message from a colleague, with the bounce attached the way the helpdesk receives it. */
export function forwardedAsAttachment(attachment: FakeItem['attachments']): FakeItem {
  return {
    itemId: 'AAMkADFWDitem002',
    itemClass: 'IPM.Note',
    subject: 'FW: my mail to finance bounced',
    from: { displayName: 'Jan de Vries', emailAddress: 'jan@fabrikam.com' },
    to: [{ displayName: 'Helpdesk', emailAddress: 'helpdesk@fabrikam.com' }],
    body: { html: '<html><body><p>Hi, see the attached bounce. Can you help?</p><p>Jan</p></body></html>', text: 'Hi, see the attached bounce. Can you help?\n\nJan' },
    headers: 'From: Jan de Vries <jan@fabrikam.com>\r\nTo: Helpdesk <helpdesk@fabrikam.com>\r\nSubject: FW: my mail to finance bounced\r\nMIME-Version: 1.0',
    ...(attachment ? { attachments: attachment } : {}),
  };
}

/** Install a fresh fake Office as `globalThis.Office` for one test; removed again by `afterEach`. */
export function useFakeOffice(): (config?: FakeOfficeConfig) => ReturnType<typeof installFakeOffice> {
  let current: ReturnType<typeof installFakeOffice> | undefined;
  afterEach(() => {
    current?.uninstall();
    current = undefined;
  });
  return (config = {}) => {
    current?.uninstall();
    current = installFakeOffice(config);
    return current;
  };
}
