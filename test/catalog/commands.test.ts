/**
 * The command table (src/ndr/catalog/commands.ts): a PowerShell command that
 * more than one scenario gives is written once, there, so a fix to it reaches
 * every scenario.
 */
import { CATALOG, COMMANDS } from '../../src/ndr/catalog';

const TABLE: ReadonlySet<string> = new Set(Object.values(COMMANDS).map((command) => command.template));

function scenariosUsing(template: string): string[] {
  return CATALOG.filter((scenario) => scenario.commands.some((command) => command.template === template)).map((scenario) => scenario.id);
}

describe('the command table', () => {
  it('holds every command that more than one scenario gives', () => {
    const templates = new Set(CATALOG.flatMap((scenario) => scenario.commands.map((command) => command.template)));
    const sharedButInline = [...templates].filter((template) => scenariosUsing(template).length > 1 && !TABLE.has(template));
    expect(sharedButInline).toEqual([]);
  });

  it.each(Object.entries(COMMANDS))('%s is given by at least one scenario', (_key, command) => {
    expect(scenariosUsing(command.template).length).toBeGreaterThan(0);
  });

  it('keeps a shared command’s shell and audience wherever it is used (only the label may change)', () => {
    for (const entry of Object.values(COMMANDS)) {
      for (const scenario of CATALOG) {
        for (const command of scenario.commands.filter((candidate) => candidate.template === entry.template)) {
          expect({ id: scenario.id, shell: command.shell, audience: command.audience, broad: Boolean(command.broad) }).toEqual({
            id: scenario.id,
            shell: entry.shell,
            audience: entry.audience,
            broad: 'broad' in entry,
          });
        }
      }
    }
  });
});
