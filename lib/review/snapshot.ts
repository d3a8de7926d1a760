// The immutable filing snapshot (Request.snapshot, written by the filing transaction): the scenario
// the rules evaluated, the rules version and the result with its trace. The review page, the
// re-evaluation and the decisions read it through this one function.
import type { Scenario, SimulationResult } from '@/lib/rules';

export type FilingSnapshot = { inputs: Scenario; rulesVersion: string; result: SimulationResult };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The snapshot, or null when the stored JSON is not one (a request filed before snapshots existed). */
export function readFilingSnapshot(json: unknown): FilingSnapshot | null {
  if (!isObject(json)) return null;
  const inputs = json.inputs ?? json.scenario;
  const result = json.result ?? json.results;
  if (!isObject(inputs) || !isObject(result) || !isObject(inputs.request) || !Array.isArray(inputs.workers) || !Array.isArray(result.trace)) return null;
  const rulesVersion = typeof json.rulesVersion === 'string' ? json.rulesVersion : typeof result.rulesVersion === 'string' ? result.rulesVersion : 'sconosciuta';
  return { inputs: inputs as unknown as Scenario, rulesVersion, result: result as unknown as SimulationResult };
}
