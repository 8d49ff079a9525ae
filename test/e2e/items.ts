/**
 * Outlook items for the fake Office host, made from the sample bounces the way
 * Outlook hands them out: the body as HTML and text, the internet headers, and
 * (for Mailbox 1.14 clients) the whole item as EML.
 */
import PostalMime from 'postal-mime';
import { sampleText } from './harness';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface ItemOptions {
  itemId?: string;
  itemClass?: string;
}

/** A delivery report as Outlook on the web shows it once the "Restricted item" dialog is dismissed. */
export async function ndrItem(sample: string, options: ItemOptions = {}): Promise<Record<string, unknown>> {
  const raw = sampleText(sample);
  const email = await PostalMime.parse(raw);
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const text = email.text ?? '';
  return {
    itemId: options.itemId ?? `AAMkAGI2TG93AAA=${sample}`,
    itemClass: options.itemClass ?? 'REPORT.IPM.Note.NDR',
    subject: email.subject ?? '',
    from: { displayName: email.from?.name ?? '', emailAddress: email.from?.address ?? '' },
    body: {
      // Outlook hands out the message's own HTML when it has one (an HTML-only bounce keeps its links).
      text: text || (email.html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim(),
      html: email.html ?? `<html><body><div style="font-family:Calibri">${text
        .split(/\r?\n/)
        .map((line) => `<p>${escapeHtml(line) || '&nbsp;'}</p>`)
        .join('')}</div></body></html>`,
    },
    headers: raw.slice(0, headerEnd),
    eml: raw,
    attachments: [],
  };
}

/** An ordinary message. */
export async function plainItem(sample: string): Promise<Record<string, unknown>> {
  return ndrItem(sample, { itemClass: 'IPM.Note' });
}
