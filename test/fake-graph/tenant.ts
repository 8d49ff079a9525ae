/**
 * The fake tenant the Graph tests run against: Contoso's groups of every kind
 * Graph knows (and some it will not list owners for), their owners, and a
 * mailbox with the bounces in samples/ received over the last weeks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import type { FakeGraphData, FakeGroup, FakeMailTip, FakeMessage, FakeUser } from './server';

const SAMPLES = join(__dirname, '..', '..', 'samples');

export const USERS = {
  megan: { id: 'u-megan', displayName: 'Megan Bowen', mail: 'megan.bowen@contoso.com', jobTitle: 'Sales manager', userPrincipalName: 'megan.bowen@contoso.com', photo: true },
  alex: { id: 'u-alex', displayName: 'Alex Wilber', mail: 'alex.wilber@contoso.com', jobTitle: null, userPrincipalName: 'alexw@contoso.onmicrosoft.com' },
  lee: { id: 'u-lee', displayName: 'Lee Gu', mail: 'lee.gu@contoso.com', jobTitle: 'Director', userPrincipalName: 'lee.gu@contoso.com', photo: true },
} satisfies Record<string, FakeUser>;

export const GROUPS = {
  /** Microsoft 365 group with two owners (one with a photo). */
  salesAll: {
    id: 'g-sales-all',
    displayName: 'Sales All',
    mail: 'sales-all@contoso.com',
    proxyAddresses: ['SMTP:sales-all@contoso.com', 'smtp:sales@contoso.com'],
    groupTypes: ['Unified'],
    mailEnabled: true,
    securityEnabled: false,
    onPremisesSyncEnabled: null,
    owners: [USERS.megan.id, USERS.alex.id],
  },
  /** Classic distribution list (Exchange): Graph lists no owners. */
  directieOverleg: {
    id: 'g-directie',
    displayName: 'Directie Overleg',
    mail: 'directie-overleg@contoso.nl',
    proxyAddresses: ['SMTP:directie-overleg@contoso.nl'],
    groupTypes: [],
    mailEnabled: true,
    securityEnabled: false,
    onPremisesSyncEnabled: null,
  },
  /** Exchange mail-enabled security group. */
  finance: {
    id: 'g-finance',
    displayName: 'Finance Team',
    mail: 'finance-team@contoso.com',
    groupTypes: [],
    mailEnabled: true,
    securityEnabled: true,
    onPremisesSyncEnabled: null,
  },
  /** Synchronised from on-premises Active Directory. */
  legacy: {
    id: 'g-legacy',
    displayName: 'Staff Amsterdam',
    mail: 'staff-ams@contoso.com',
    groupTypes: [],
    mailEnabled: true,
    securityEnabled: false,
    onPremisesSyncEnabled: true,
  },
  /** Microsoft 365 group whose owners all left. */
  orphan: {
    id: 'g-orphan',
    displayName: 'Project Falcon',
    mail: 'falcon@contoso.com',
    groupTypes: ['Unified'],
    mailEnabled: true,
    securityEnabled: false,
    owners: [],
  },
  /** Microsoft 365 group known by a secondary address only (mail is different). */
  board: {
    id: 'g-board',
    displayName: 'Board',
    mail: 'board-2026@contoso.com',
    proxyAddresses: ['SMTP:board-2026@contoso.com', 'smtp:board@contoso.com'],
    groupTypes: ['Unified'],
    mailEnabled: true,
    securityEnabled: false,
    owners: [USERS.lee.id],
  },
  /** Hidden from this user: no filter finds it. */
  hidden: {
    id: 'g-hidden',
    displayName: 'HR Confidential',
    mail: 'hr-confidential@contoso.com',
    groupTypes: ['Unified'],
    mailEnabled: true,
    securityEnabled: false,
    owners: [USERS.lee.id],
    hidden: true,
  },
} satisfies Record<string, FakeGroup>;

/**
 * What Exchange's MailTips say to the signed-in user about these addresses
 * (POST /me/getMailTips). Sales All is still restricted; Board is open; Directie
 * Overleg is moderated; for Finance Team Exchange reports an error; an address
 * outside Contoso (and any address not listed) comes back with no MailTips.
 */
export const MAIL_TIPS = {
  [GROUPS.salesAll.mail]: { deliveryRestricted: true, isModerated: false },
  [GROUPS.board.mail]: { deliveryRestricted: false, isModerated: false },
  [GROUPS.directieOverleg.mail]: { deliveryRestricted: false, isModerated: true },
  [GROUPS.finance.mail]: { error: { code: 'UnknownError', message: 'MailTips could not be retrieved for this recipient.' } },
} satisfies Record<string, FakeMailTip>;

/** An address outside the organisation: MailTips carry no restriction for it. */
export const OUTSIDE_ADDRESS = 'partners@fabrikam.com';

const DAY = 24 * 60 * 60 * 1000;

function sample(name: string): string {
  return readFileSync(join(SAMPLES, name), 'utf8');
}

/** Graph's `bodyPreview`: the first 255 characters of the body as text, whitespace folded. */
export function bodyPreviewOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

async function messageFrom(id: string, file: string, receivedDateTime: string, messageClass: string): Promise<FakeMessage> {
  const mime = sample(file);
  const email = await PostalMime.parse(mime);
  const text = email.text ?? '';
  return { id, subject: email.subject ?? '', receivedDateTime, messageClass, bodyPreview: bodyPreviewOf(text), bodyText: text, mime };
}

export interface MailboxOptions {
  now?: Date;
  /** Extra generated bounces (for paging), one per hour before the samples. */
  extraBounces?: number;
}

/**
 * The signed-in user's mailbox: the sample bounces received over the last days (Exchange
 * NDRs with class REPORT.IPM.Note.NDR; the Postfix one as an ordinary IPM.Note, found only
 * by its subject), a normal message, and one bounce older than 30 days.
 */
export async function mailbox(options: MailboxOptions = {}): Promise<FakeMessage[]> {
  const now = (options.now ?? new Date()).getTime();
  const at = (daysAgo: number): string => new Date(now - daysAgo * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const messages = await Promise.all([
    messageFrom('AAMkAD-restricted-en', 'restricted-group-en.eml', at(0.1), 'REPORT.IPM.Note.NDR'),
    messageFrom('AAMkAD-restricted-nl', 'restricted-group-nl.eml', at(1), 'REPORT.IPM.Note.NDR'),
    messageFrom('AAMkAD-blocklisted', 'blocklisted-ip.eml', at(2), 'IPM.Note'),
    messageFrom('AAMkAD-dmarc', 'dmarc-gmail.eml', at(3), 'REPORT.IPM.Note.NDR'),
    messageFrom('AAMkAD-public-folder', 'public-folder.eml', at(5), 'REPORT.IPM.Note.NDR'),
    messageFrom('AAMkAD-lunch', 'not-a-bounce.eml', at(4), 'IPM.Note'),
    messageFrom('AAMkAD-old', 'unknown-recipient-5.1.1.eml', at(40), 'REPORT.IPM.Note.NDR'),
  ]);
  const template = messages[0]!;
  for (let index = 0; index < (options.extraBounces ?? 0); index++) {
    messages.push({
      ...template,
      id: `AAMkAD-extra-${String(index).padStart(3, '0')}`,
      subject: `Undeliverable: Weekly report ${index + 1}`,
      receivedDateTime: at(6 + index / 24),
    });
  }
  return messages;
}

export async function tenant(options: MailboxOptions = {}): Promise<FakeGraphData> {
  return {
    users: Object.values(USERS).map((user) => ({ ...user })),
    groups: Object.values(GROUPS).map((group) => ({ ...group })),
    messages: await mailbox(options),
    mailTips: Object.fromEntries(Object.entries(MAIL_TIPS).map(([address, tip]) => [address.toLowerCase(), { ...tip }])),
  };
}
