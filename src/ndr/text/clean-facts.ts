/**
 * Every string the parsers found in a bounce, cleaned once where the facts are
 * produced (see clean.ts), so the task pane, the new messages, the commands and
 * the command line all receive text without hidden or direction-changing
 * characters. Pure: returns new objects, the input is not changed.
 */
import type { BounceFacts, FailedRecipient, RestrictedGroup } from '../types';
import { cleanText, hasHiddenCharacters } from './clean';

/** Longest name, address, server or subject we keep. */
const MAX_SHORT = 320;
/** Longest server reply we keep (Exchange's diagnostic lines are a few hundred characters). */
const MAX_REPLY = 4_000;

function cleanOptional(value: string | undefined, max = MAX_SHORT): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = cleanText(value, { max });
  return cleaned.length > 0 ? cleaned : undefined;
}

/** Copy `value` into `target[key]` cleaned, or leave the key out when nothing is left. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: string | undefined, max?: number): void {
  const cleaned = cleanOptional(value, max);
  if (cleaned === undefined) delete target[key];
  else target[key] = cleaned as T[K];
}

export function cleanFailure(failure: FailedRecipient): FailedRecipient {
  const clean: FailedRecipient = { ...failure, address: cleanText(failure.address, { max: MAX_SHORT }).toLowerCase() };
  put(clean, 'displayName', failure.displayName);
  put(clean, 'originalAddress', failure.originalAddress);
  put(clean, 'status', failure.status);
  put(clean, 'smtpCode', failure.smtpCode);
  put(clean, 'reply', failure.reply, MAX_REPLY);
  put(clean, 'identifier', failure.identifier);
  put(clean, 'remoteServer', failure.remoteServer);
  put(clean, 'generatingServer', failure.generatingServer);
  put(clean, 'action', failure.action);
  return clean;
}

export function cleanGroup(group: RestrictedGroup): RestrictedGroup {
  const clean: RestrictedGroup = { ...group };
  put(clean, 'name', group.name);
  put(clean, 'address', group.address?.toLowerCase());
  return clean;
}

/** Bidi controls or zero-width characters anywhere in the strings the facts hold. */
function hiddenCharactersIn(facts: BounceFacts): boolean {
  const strings = [
    facts.text,
    facts.subject,
    facts.from,
    facts.originalSubject,
    ...facts.failures.flatMap((failure) => [failure.address, failure.displayName, failure.reply]),
    ...facts.restrictedGroups.flatMap((group) => [group.name, group.address]),
  ];
  return strings.some((value) => value !== undefined && hasHiddenCharacters(value));
}

/** The facts with every string from the bounce cleaned. */
export function cleanFacts(facts: BounceFacts): BounceFacts {
  const clean: BounceFacts = {
    ...facts,
    failures: facts.failures.map(cleanFailure),
    restrictedGroups: facts.restrictedGroups.map(cleanGroup),
    markers: facts.markers.map((marker) => cleanText(marker, { max: MAX_SHORT })),
    links: facts.links.map((link) => ({ href: cleanText(link.href, { max: 2_000 }), text: cleanText(link.text, { max: MAX_SHORT }) })),
    text: cleanText(facts.text, { oneLine: false }),
  };
  put(clean, 'blockedIp', facts.blockedIp);
  put(clean, 'blockList', facts.blockList);
  put(clean, 'originalSender', facts.originalSender);
  put(clean, 'originalSubject', facts.originalSubject);
  put(clean, 'originalDate', facts.originalDate);
  put(clean, 'reportingMta', facts.reportingMta);
  put(clean, 'subject', facts.subject);
  put(clean, 'from', facts.from);
  if (hiddenCharactersIn(facts)) clean.hadHiddenCharacters = true;
  return clean;
}
