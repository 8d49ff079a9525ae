/**
 * Copying text. The async Clipboard API is the normal way, but Office's
 * webviews (and iframes without the `clipboard-write` permission) may refuse
 * it; then a hidden textarea with `document.execCommand('copy')` often still
 * works. When both fail the caller shows the text for the user to select.
 */

export type CopyOutcome = 'copied' | 'manual';

function copyWithTextarea(text: string, doc: Document): boolean {
  if (typeof doc.execCommand !== 'function' || !doc.body) return false;
  const textarea = doc.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.setAttribute('aria-hidden', 'true');
  // Off screen, not display:none: a hidden element cannot be selected.
  textarea.style.position = 'fixed';
  textarea.style.top = '0';
  textarea.style.left = '-9999px';
  textarea.style.opacity = '0';
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : undefined;
  doc.body.appendChild(textarea);
  try {
    textarea.focus();
    textarea.select();
    return doc.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    textarea.remove();
    previousFocus?.focus();
  }
}

export async function copyText(text: string, nav: Navigator = navigator, doc: Document = document): Promise<CopyOutcome> {
  try {
    if (nav.clipboard && typeof nav.clipboard.writeText === 'function') {
      await nav.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (no permission, not focused, insecure context): try the old way below.
  }
  return copyWithTextarea(text, doc) ? 'copied' : 'manual';
}
