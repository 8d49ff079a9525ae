/**
 * The PowerShell commands more than one scenario gives, each written once with
 * its label in English and Dutch, as `LINKS` holds the pages. A scenario lists
 * `COMMANDS.acceptedDomains`; where its own situation needs other words it
 * keeps the command and changes only the label:
 * `{ ...COMMANDS.recipientMx, label: { en: …, nl: … } }`.
 *
 * Placeholders (`{recipientDomain}`) are filled and quoted by fill.ts. Cmdlet
 * reference: https://learn.microsoft.com/powershell/module/exchange/ and, for
 * `Resolve-DnsName`, https://learn.microsoft.com/powershell/module/dnsclient/resolve-dnsname
 */
import { OPENS_GROUP_TO_EVERYONE } from './shared';
import type { CommandTemplate } from './types';

export const COMMANDS = {
  /** Where mail for the recipient's domain goes. */
  recipientMx: {
    audience: 'admin',
    shell: 'windows',
    label: { en: 'Look up the MX records', nl: 'Zoek de MX-records op' },
    template: 'Resolve-DnsName -Name {recipientDomain} -Type MX',
  },
  /** The sender domain's TXT records, where SPF lives. */
  senderSpf: {
    audience: 'admin',
    shell: 'windows',
    label: { en: 'Look up the SPF record', nl: 'Zoek het SPF-record op' },
    template: 'Resolve-DnsName -Name {senderDomain} -Type TXT | Select-Object -ExpandProperty Strings',
  },
  acceptedDomains: {
    audience: 'admin',
    shell: 'exchange-online',
    label: { en: 'List the accepted domains', nl: 'Toon de geaccepteerde domeinen' },
    template: 'Get-AcceptedDomain | Format-Table DomainName, DomainType, Default',
  },
  messageTrace: {
    audience: 'admin',
    shell: 'exchange-online',
    label: { en: 'Trace the message', nl: 'Traceer het bericht' },
    template: 'Get-MessageTraceV2 -SenderAddress {sender} -RecipientAddress {recipient}',
  },
  /** Mailbox, group, contact or public folder: what the failed recipient is. */
  recipientType: {
    audience: 'admin',
    shell: 'exchange-online',
    label: { en: 'If the recipient is in your organization: what is it?', nl: 'Hoort de geadresseerde bij uw organisatie: wat is het?' },
    template: 'Get-Recipient -Identity {recipient} | Format-List Name, RecipientTypeDetails, PrimarySmtpAddress',
  },
  /** The users the tenant has restricted from sending (the restricted entities). */
  blockedSenders: {
    audience: 'admin',
    shell: 'exchange-online',
    label: { en: 'List blocked senders', nl: 'Toon geblokkeerde afzenders' },
    template: 'Get-BlockedSenderAddress',
  },
  /** An outside sender must exist as a contact before a group or mailbox can list it. */
  mailContactForSender: {
    audience: 'admin',
    shell: 'exchange-online',
    label: {
      en: 'Only for a sender outside the organization: create a mail contact',
      nl: 'Alleen voor een afzender van buiten de organisatie: maak een e-mailcontact aan',
    },
    template: 'New-MailContact -Name {sender} -ExternalEmailAddress {sender}',
  },
  /** Opens a Microsoft 365 group to every outside sender: broad, after the targeted fix. */
  openM365Group: {
    audience: 'admin',
    shell: 'exchange-online',
    label: { en: 'Accept mail from outside senders', nl: 'Sta mail van afzenders van buiten toe' },
    template: 'Set-UnifiedGroup -Identity {groupIdentity} -RequireSenderAuthenticationEnabled $false',
    broad: { consequence: OPENS_GROUP_TO_EVERYONE },
  },
} as const satisfies Record<string, CommandTemplate>;
