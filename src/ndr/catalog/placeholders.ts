/**
 * The placeholders a step or command may use, what each one holds, and how it
 * is shown when the bounce did not give it (`<group address>`, `<groepsadres>`).
 *
 * `kind` decides how a value from the bounce is checked before it goes into a
 * text or a command: an address must look like an address, an IP like an IP;
 * free text is cleaned (see fill.ts). A value that fails the check counts as
 * missing.
 */
import type { Localized } from '../types';

export type PlaceholderKind = 'address' | 'domain' | 'host' | 'ip' | 'status' | 'text' | 'pattern';

export interface PlaceholderDefinition {
  kind: PlaceholderKind;
  /** Shown between angle brackets when the value is missing. */
  label: Localized;
}

export const PLACEHOLDERS = {
  group: { kind: 'text', label: { en: 'group', nl: 'groep' } },
  groupName: { kind: 'text', label: { en: 'group name', nl: 'groepsnaam' } },
  groupAddress: { kind: 'address', label: { en: 'group address', nl: 'groepsadres' } },
  /** The group's address, or its name when the bounce gave no address: for `-Identity`. */
  groupIdentity: { kind: 'text', label: { en: 'group address', nl: 'groepsadres' } },
  sender: { kind: 'address', label: { en: 'sender address', nl: 'adres van de afzender' } },
  senderDomain: { kind: 'domain', label: { en: 'sender domain', nl: 'domein van de afzender' } },
  recipient: { kind: 'address', label: { en: 'recipient address', nl: 'adres van de geadresseerde' } },
  recipientName: { kind: 'text', label: { en: 'recipient name', nl: 'naam van de geadresseerde' } },
  recipientDomain: { kind: 'domain', label: { en: 'recipient domain', nl: 'domein van de geadresseerde' } },
  /** `contoso-com.mail.protection.outlook.com` for `contoso.com`. */
  mxHost: { kind: 'host', label: { en: 'MX host name', nl: 'MX-hostnaam' } },
  ip: { kind: 'ip', label: { en: 'sending IP address', nl: 'verzendend IP-adres' } },
  blockList: { kind: 'text', label: { en: 'block list', nl: 'blokkeringslijst' } },
  /** The mail-enabled public folder's address (the failed recipient). */
  publicFolder: { kind: 'address', label: { en: 'public folder address', nl: 'adres van de openbare map' } },
  /** The folder path (`\Sales\Orders`): a bounce never gives it. */
  publicFolderPath: { kind: 'text', label: { en: 'public folder path', nl: 'pad van de openbare map' } },
  remoteServer: { kind: 'host', label: { en: 'receiving server', nl: 'ontvangende server' } },
  generatingServer: { kind: 'host', label: { en: 'server that wrote the bounce', nl: 'server die de melding schreef' } },
  status: { kind: 'status', label: { en: 'status code', nl: 'statuscode' } },
  codeMeaning: { kind: 'text', label: { en: 'meaning of the code', nl: 'betekenis van de code' } },
  /** The rejection text a mail flow rule wrote, as a `-like` pattern `*text*`. */
  ruleTextPattern: { kind: 'pattern', label: { en: 'text of the rule', nl: 'tekst van de regel' } },
  /** Names the bounce never gives; they stay visible placeholders for the admin to fill in. */
  connector: { kind: 'text', label: { en: 'connector name', nl: 'naam van de connector' } },
  certificateFile: { kind: 'text', label: { en: 'certificate file', nl: 'certificaatbestand' } },
} as const satisfies Record<string, PlaceholderDefinition>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/**
 * `{name}` or, in texts, `{name|words to use when the value is missing}`.
 * Names are letters only, so PowerShell's own braces (`@{Add=…}`,
 * `{ $_.Name }`) never look like a placeholder.
 */
export const PLACEHOLDER_PATTERN = /\{([A-Za-z]+)(?:\|([^{}\n]*))?\}/g;

export interface PlaceholderUse {
  name: string;
  /** The words after `|`, if any. */
  fallback?: string;
}

/** Every placeholder in a template, in order (duplicates included). */
export function placeholdersIn(template: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1];
    if (!name) continue;
    uses.push(match[2] === undefined ? { name } : { name, fallback: match[2] });
  }
  return uses;
}
