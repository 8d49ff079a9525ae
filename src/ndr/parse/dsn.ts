/**
 * RFC 3464 delivery status notifications: the `message/delivery-status` part
 * (and RFC 6533 `message/global-delivery-status`), or the same fields pasted
 * into a text body (some MTAs, e.g. Amazon WorkMail, print them inline).
 *
 * The part is one group of per-message fields followed by one group per
 * recipient, separated by blank lines (RFC 3464 §2.1). Real reports fold long
 * `Diagnostic-Code:` lines (§2.3.6, continuation lines start with white space)
 * and sometimes leave out the blank lines, so a repeated field also starts a
 * new recipient.
 */
import { normalizeAddressField } from './address';
import { splitLines, clip } from './text';

export interface DsnRecipient {
  /** `Final-Recipient:` address, lower-cased (RFC 3464 §2.3.2). */
  finalRecipient?: string;
  /** `Original-Recipient:` address (§2.3.1). */
  originalRecipient?: string;
  /** Sendmail's `X-Actual-Recipient:`. */
  actualRecipient?: string;
  /** `Action:` lower-cased: failed, delayed, delivered, relayed, expanded (§2.3.3). */
  action?: string;
  /** `Status:` as written (§2.3.4). */
  status?: string;
  /** `Diagnostic-Code:` text without its type (§2.3.6). */
  diagnosticCode?: string;
  /** The diagnostic type, usually `smtp`. */
  diagnosticType?: string;
  /** `Remote-MTA:` host (§2.3.5). */
  remoteMta?: string;
  /** Exchange's `X-Display-Name:`. */
  displayName?: string;
}

export interface DeliveryStatusReport {
  /** `Reporting-MTA:` host (§2.2.2). */
  reportingMta?: string;
  recipients: DsnRecipient[];
}

const RECIPIENT_FIELDS = new Set([
  'final-recipient',
  'original-recipient',
  'x-actual-recipient',
  'action',
  'status',
  'diagnostic-code',
  'remote-mta',
  'x-display-name',
  'last-attempt-date',
  'will-retry-until',
  'final-log-id',
]);
const IDENTIFYING_FIELDS = new Set(['final-recipient', 'original-recipient', 'x-actual-recipient']);
// `s`: a value may hold U+2028/U+2029 (a stranger wrote it), which `.` alone does not match.
const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]{0,10}:[ \t]{0,20}(.*)$/s;

interface Field {
  name: string;
  value: string;
}

/** Unfolded `Name: value` fields, with `null` for each blank line (group separator). */
function readFields(text: string): (Field | null)[] {
  const out: (Field | null)[] = [];
  let current: Field | null = null;
  for (const rawLine of splitLines(text)) {
    const line = clip(rawLine);
    if (line.trim() === '') {
      current = null;
      out.push(null);
      continue;
    }
    const indented = line.startsWith(' ') || line.startsWith('\t');
    const match = FIELD_LINE.exec(indented ? line.trimStart() : line);
    // An indented line continues the previous field (RFC 5322 §2.2.3 folding), unless it is
    // itself a known field: some MTAs indent the whole report when they print it inline.
    const knownField = match?.[1] !== undefined && (RECIPIENT_FIELDS.has(match[1].toLowerCase()) || match[1].toLowerCase() === 'reporting-mta');
    if (indented && current && !knownField) {
      current.value = `${current.value} ${line.trim()}`;
      continue;
    }
    if (match?.[1] !== undefined && match[2] !== undefined) {
      current = { name: match[1].toLowerCase(), value: match[2].trim() };
      out.push(current);
    } else {
      current = null;
    }
  }
  return out;
}

/** `dns; mx.example.com` → `mx.example.com` (RFC 3464 §2.1.2 "mta-name-type ; mta-name"). */
function stripType(value: string): string {
  const semicolon = value.indexOf(';');
  return (semicolon !== -1 && semicolon < 20 ? value.slice(semicolon + 1) : value).trim();
}

function applyField(recipient: DsnRecipient, field: Field): void {
  const { name, value } = field;
  switch (name) {
    case 'final-recipient': {
      const address = normalizeAddressField(value);
      if (address) recipient.finalRecipient = address;
      break;
    }
    case 'original-recipient': {
      const address = normalizeAddressField(value);
      if (address) recipient.originalRecipient = address;
      break;
    }
    case 'x-actual-recipient': {
      const address = normalizeAddressField(value);
      if (address) recipient.actualRecipient = address;
      break;
    }
    case 'action':
      recipient.action = value.toLowerCase().split(/[\s(]/, 1)[0] ?? value.toLowerCase();
      break;
    case 'status':
      recipient.status = value;
      break;
    case 'diagnostic-code': {
      const semicolon = value.indexOf(';');
      if (semicolon !== -1 && semicolon < 20) {
        recipient.diagnosticType = value.slice(0, semicolon).trim().toLowerCase();
        recipient.diagnosticCode = value.slice(semicolon + 1).trim();
      } else {
        recipient.diagnosticCode = value;
      }
      break;
    }
    case 'remote-mta':
      recipient.remoteMta = stripType(value);
      break;
    case 'x-display-name':
      recipient.displayName = value;
      break;
    default:
      break;
  }
}

const FIELD_KEY: Record<string, keyof DsnRecipient> = {
  'final-recipient': 'finalRecipient',
  'original-recipient': 'originalRecipient',
  'x-actual-recipient': 'actualRecipient',
  action: 'action',
  status: 'status',
  'diagnostic-code': 'diagnosticCode',
  'remote-mta': 'remoteMta',
  'x-display-name': 'displayName',
};

/**
 * `@relay.example.net:user@host` is an RFC 5321 §4.1.2 source route, and `@host`
 * names nobody: neither is the address a person wrote. Prefer the
 * `Original-Recipient:` then, or the mailbox at the end of the route.
 */
function repairRecipient(recipient: DsnRecipient): void {
  const final = recipient.finalRecipient;
  if (!final || !final.startsWith('@')) return;
  const colon = final.lastIndexOf(':');
  const routed = colon === -1 ? '' : final.slice(colon + 1);
  if (recipient.originalRecipient && !recipient.originalRecipient.startsWith('@')) {
    recipient.finalRecipient = recipient.originalRecipient;
  } else if (routed.includes('@') && !routed.startsWith('@')) {
    recipient.finalRecipient = routed;
  } else {
    delete recipient.finalRecipient;
  }
}

function isEmpty(recipient: DsnRecipient): boolean {
  return Object.keys(recipient).length === 0;
}

/** Parse a delivery-status part (or text that carries its fields). */
export function parseDeliveryStatus(text: string): DeliveryStatusReport {
  const report: DeliveryStatusReport = { recipients: [] };
  let current: DsnRecipient = {};
  let blankSinceLastField = false;
  const close = (): void => {
    repairRecipient(current);
    if (!isEmpty(current)) report.recipients.push(current);
    current = {};
  };
  for (const field of readFields(text)) {
    if (field === null) {
      blankSinceLastField = true;
      continue;
    }
    if (field.name === 'reporting-mta') {
      if (!report.reportingMta) report.reportingMta = stripType(field.value);
      blankSinceLastField = false;
      continue;
    }
    if (!RECIPIENT_FIELDS.has(field.name)) continue;
    const key = FIELD_KEY[field.name];
    const repeated = key !== undefined && current[key] !== undefined;
    const newGroup =
      blankSinceLastField &&
      IDENTIFYING_FIELDS.has(field.name) &&
      (current.finalRecipient !== undefined || current.action !== undefined || current.status !== undefined);
    if (repeated || newGroup) close();
    applyField(current, field);
    blankSinceLastField = false;
  }
  close();
  // A group with only dates or log ids names nobody; drop it.
  report.recipients = report.recipients.filter(
    (r) => r.finalRecipient || r.originalRecipient || r.actualRecipient || r.status || r.action,
  );
  return report;
}

/**
 * Does this text carry delivery-status fields (a `Final-Recipient:` line, or
 * `Action:` with `Status:`)? Used for text bodies and `.txt` attachments.
 */
export function hasDeliveryStatusFields(text: string): boolean {
  let action = false;
  let status = false;
  for (const line of splitLines(text)) {
    const lower = line.slice(0, 40).toLowerCase().trimStart();
    if (lower.startsWith('final-recipient:') || lower.startsWith('original-recipient:')) return true;
    if (lower.startsWith('action:')) action = true;
    if (/^status:\s{0,10}[245]\.\d/.test(lower)) status = true;
    if (action && status) return true;
  }
  return false;
}
