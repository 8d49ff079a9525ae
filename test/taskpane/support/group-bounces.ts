/**
 * Bounces for any group of the test directory, made from our own samples by
 * putting another group in them: the Exchange Online 5.7.124 NDR of
 * samples/restricted-group-en.eml, and the moderation NDR of
 * test/fixtures/scenarios/group-moderated-or-large.en.eml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ItemSnapshot } from '../../../src/office/host';
import { sampleText, snapshotOf } from './fake-host';

const REPO = join(__dirname, '..', '..', '..');

export interface BouncedGroup {
  name: string;
  address: string;
}

function withGroup(raw: string, from: BouncedGroup, to: BouncedGroup): string {
  return raw.split(from.address).join(to.address).split(from.name).join(to.name);
}

/** 550 5.7.124: the sender is not on the group's list of allowed senders. */
export function restrictedBounce(group: BouncedGroup, extra: Partial<ItemSnapshot> = {}): ItemSnapshot {
  const raw = withGroup(sampleText('restricted-group-en.eml'), { name: 'Sales All', address: 'sales-all@contoso.com' }, group);
  return snapshotOf(raw, { received: '2026-12-01T09:30:00.000Z', ...extra });
}

/** The group's moderator did not approve the message (5.7.1, Exchange Online's moderation wording). */
export function moderatedBounce(group: BouncedGroup, extra: Partial<ItemSnapshot> = {}): ItemSnapshot {
  const fixture = readFileSync(join(REPO, 'test', 'fixtures', 'scenarios', 'group-moderated-or-large.en.eml'), 'utf8')
    .replace(/^Your message couldn't be delivered\..*$/m, "Your message wasn't delivered because the group's moderator didn't approve it.")
    .replace(/550 5\.7\.124 RESOLVER\.RST\.RestrictedToGroupPermission; not authorized to send to this group/g, '550 5.7.1 RESOLVER.MOD.Rejected; rejected by the moderator')
    .replace(/^Status: 5\.7\.124$/m, 'Status: 5.7.1');
  const raw = withGroup(fixture, { name: 'All Employees', address: 'allemployees@contoso.com' }, group);
  return snapshotOf(raw, { received: '2026-12-02T14:05:00.000Z', ...extra });
}
