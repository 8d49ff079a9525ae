/**
 * A large, realistic owners.json built in memory: for the 5 MB test and `npm run bench`.
 * Compact JSON, about 260 bytes per group (two addresses, one or two owners, a moderator on every
 * tenth group), so 20,000 groups make about 5 MB.
 */
const FIRST = ['Anna', 'Jan', 'Megan', 'Pieter', 'Sanne', 'Willem', 'Eva', 'Lars', 'Sophie', 'Kees', 'Alex', 'Fatima'];
const LAST = ['de Boer', 'Jansen', 'Bowen', 'van Dijk', 'Visser', 'Bakker', 'Smit', 'Mulder', 'Vermeulen', 'Wilber', 'El Amrani'];
const KINDS = ['distribution-list', 'mail-enabled-security', 'microsoft-365', 'dynamic-distribution'] as const;

function person(seed: number): { name: string; address: string } {
  const first = FIRST[seed % FIRST.length] as string;
  const last = LAST[(seed * 7) % LAST.length] as string;
  return { name: `${first} ${last}`, address: `${first}.${last.replace(/ /g, '')}${seed % 500}@contoso.nl`.toLowerCase() };
}

export function syntheticDirectory(groupCount: number): { version: 1; generated: string; groups: unknown[] } {
  const groups: unknown[] = [];
  for (let index = 0; index < groupCount; index += 1) {
    const owners = index % 17 === 0 ? [] : index % 3 === 0 ? [person(index), person(index + 1)] : [person(index)];
    const group: Record<string, unknown> = {
      name: `Afdeling ${index} Team`,
      addresses: [`afdeling-${index}@contoso.nl`, `department-${index}@contoso.com`],
      kind: KINDS[index % KINDS.length],
      owners,
      requireSenderAuthentication: index % 2 === 0,
    };
    if (index % 10 === 0) group['moderators'] = [person(index + 2)];
    groups.push(group);
  }
  return { version: 1, generated: '2026-12-01T06:00:00Z', groups };
}

export function syntheticDirectoryJson(groupCount: number): string {
  return JSON.stringify(syntheticDirectory(groupCount));
}
