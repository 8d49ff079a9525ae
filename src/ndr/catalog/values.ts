/**
 * The placeholder values one matched scenario gets from the bounce: the
 * failed recipient it is about, its group, the sender, the blocked IP, …
 * Everything here is raw; fill.ts checks and cleans each value before use.
 */
import { domainOf } from '../parse/address';
import { describeStatus } from '../rfc3463';
import type { BounceFacts, FailedRecipient, UiLanguage } from '../types';
import { groupOf, recipientIsGroup } from './match';
import type { PlaceholderName, PlaceholderValues } from './placeholders';
import type { Scenario } from './types';

/**
 * Exchange Online's MX host for a domain: dots become dashes, then
 * `.mail.protection.outlook.com` (Microsoft's 550 5.7.1 article: `<domain>.mail.protection.outlook.com`;
 * https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online).
 */
export function exchangeOnlineMxHost(domain: string | undefined): string | undefined {
  if (!domain) return undefined;
  return `${domain.toLowerCase().replace(/\./g, '-')}.mail.protection.outlook.com`;
}

const RULE_IDENTIFIER = 'transport.rules.rejectmessage;';

/** The text a mail flow rule wrote after `TRANSPORT.RULES.RejectMessage;`, without Exchange's `[server time id]` trailer. */
export function ruleRejectionText(reply: string | undefined): string | undefined {
  if (!reply) return undefined;
  const at = reply.toLowerCase().indexOf(RULE_IDENTIFIER);
  if (at < 0) return undefined;
  let text = reply.slice(at + RULE_IDENTIFIER.length, at + RULE_IDENTIFIER.length + 400);
  const bracket = text.indexOf('[');
  if (bracket >= 0) text = text.slice(0, bracket);
  text = text.replace(/['">]+\s*$/, '').trim();
  return text.length > 0 ? text : undefined;
}

/** Values for the placeholders of `scenario`, about `failure` (the first failed recipient it matched). */
export function placeholderValues(
  facts: BounceFacts,
  failure: FailedRecipient | undefined,
  scenario: Scenario,
  lang: UiLanguage,
): PlaceholderValues {
  const values: PlaceholderValues = {};
  const set = (name: keyof PlaceholderValues, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') values[name] = value;
  };

  const recipient = failure?.address;
  const recipientDomain = domainOf(recipient);
  set('recipient', recipient);
  set('recipientName', failure?.displayName);
  set('recipientDomain', recipientDomain);
  set('mxHost', exchangeOnlineMxHost(recipientDomain));

  const namedGroup = groupOf(failure, facts);
  const recipientIsTheGroup = scenario.recipientKind === 'group' || recipientIsGroup(failure, facts);
  const groupName = namedGroup?.name ?? (recipientIsTheGroup ? failure?.displayName : undefined);
  const groupAddress = namedGroup?.address ?? (recipientIsTheGroup && !namedGroup ? recipient : undefined);
  set('groupName', groupName);
  set('groupAddress', groupAddress);
  set('groupIdentity', groupAddress ?? groupName);
  if (groupName && groupAddress && groupName.toLowerCase() !== groupAddress.toLowerCase()) {
    set('group', `${groupName} (${groupAddress})`);
  } else {
    set('group', groupName ?? groupAddress);
  }

  if (scenario.recipientKind === 'public-folder') set('publicFolder', recipient);

  const sender = facts.originalSender;
  set('sender', sender);
  set('senderDomain', domainOf(sender));
  set('ip', facts.blockedIp);
  set('blockList', facts.blockList);
  set('status', failure?.status);
  set('remoteServer', failure?.remoteServer);
  set('generatingServer', failure?.generatingServer ?? facts.reportingMta);
  set('ruleTextPattern', ruleRejectionText(failure?.reply));
  const meaning = failure?.status ? describeStatus(failure.status) : undefined;
  set('codeMeaning', meaning?.summary[lang]);
  return values;
}

const RECIPIENT_PLACEHOLDERS: readonly PlaceholderName[] = ['recipient', 'recipientName', 'recipientDomain', 'mxHost', 'publicFolder'];
const GROUP_PLACEHOLDERS: readonly PlaceholderName[] = ['group', 'groupName', 'groupAddress', 'groupIdentity'];

/**
 * The placeholders of `scenario` whose value comes from an address or name
 * that looks like an imitation (`suspicious`, set by `diagnose`): commands
 * leave them as `<label>` (fill.ts) instead of running against a look-alike.
 */
export function suspectPlaceholders(facts: BounceFacts, failure: FailedRecipient | undefined, scenario: Scenario): Set<PlaceholderName> {
  const suspect = new Set<PlaceholderName>();
  const recipientIsTheGroup = scenario.recipientKind === 'group' || recipientIsGroup(failure, facts);
  if (failure?.suspicious) for (const name of RECIPIENT_PLACEHOLDERS) suspect.add(name);
  if (groupOf(failure, facts)?.suspicious || (recipientIsTheGroup && failure?.suspicious)) {
    for (const name of GROUP_PLACEHOLDERS) suspect.add(name);
  }
  return suspect;
}
