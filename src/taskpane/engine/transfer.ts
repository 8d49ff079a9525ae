/**
 * What crosses `postMessage` between the engine worker and the pane.
 *
 * A `Diagnosis` is plain data and would survive the structured clone
 * (https://html.spec.whatwg.org/multipage/structured-data.html#structured-cloning),
 * but each matched scenario would arrive as a copy of the catalog entry. The
 * worker therefore sends the scenarios by id, and the pane puts its own
 * catalog's entries back, so a diagnosis from the worker is the same as one
 * made in the pane. A later refactor may have the worker send a finished,
 * rendered diagnosis instead.
 */
import { scenarioById, type Diagnosis, type MatchedScenario } from '../../ndr';

export interface TransferredMatch extends Omit<MatchedScenario, 'scenario'> {
  scenarioId: string;
}

export interface TransferredDiagnosis extends Omit<Diagnosis, 'scenarios'> {
  scenarios: TransferredMatch[];
}

export function toTransfer(diagnosis: Diagnosis): TransferredDiagnosis {
  const { scenarios, ...rest } = diagnosis;
  return {
    ...rest,
    scenarios: scenarios.map(({ scenario, ...match }) => ({ ...match, scenarioId: scenario.id })),
  };
}

export function fromTransfer(transferred: TransferredDiagnosis): Diagnosis {
  const { scenarios, ...rest } = transferred;
  const matches: MatchedScenario[] = [];
  for (const { scenarioId, ...match } of scenarios) {
    const scenario = scenarioById(scenarioId);
    if (scenario) matches.push({ ...match, scenario });
  }
  return { ...rest, scenarios: matches };
}
