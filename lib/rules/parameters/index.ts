// Every parameter series of the rules library, and the "what is in force on this day" listing
// used by the CLI and the API.
import type { CalendarDate } from '../core/calendar-date';
import type { Citation } from '../core/citation';
import { entryAt, type Dated } from '../core/dated';
import * as allowance from './fstn/allowance';
import * as benefits from './fstn/benefits';
import * as contribution from './fstn/contribution';
import * as durations from './fstn/durations';
import * as eligibility from './fstn/eligibility';
import * as procedure from './fstn/procedure';
import * as regimes from './fstn/regimes';
import * as thresholds from './fstn/thresholds';
import * as cigoCigs from './national/cigo-cigs';
import * as covid from './national/covid';
import * as massimali from './national/massimali';
import * as lr5 from './regional/lr-5-2009';
import { committeeSeries, COMMITTEE_PARAMETER_KEYS, type CommitteeResolution } from './committee';

const isSeries = (x: unknown): x is Dated<unknown> =>
  typeof x === 'object' && x !== null && 'key' in x && 'values' in x && Array.isArray((x as Dated<unknown>).values);

const modules = [regimes, thresholds, durations, allowance, massimali, contribution, eligibility, procedure, benefits, cigoCigs, covid, lr5];

/** All parameter series, keyed by their digest key. */
export const ALL_PARAMETERS: ReadonlyArray<Dated<unknown>> = modules.flatMap((m) => Object.values(m).filter(isSeries));

export const PARAMETERS_BY_KEY: ReadonlyMap<string, Dated<unknown>> = new Map(ALL_PARAMETERS.map((p) => [p.key, p]));

export type ParameterInForce = { value: unknown; from: string; citation: Citation };

/**
 * `{ KEY: { value, from, citation } }` for every parameter with a value in force on `asOf`,
 * Committee-dependent ones included (with the resolutions given, if any).
 */
export function listParametersInForce(
  asOf: CalendarDate,
  resolutions: readonly CommitteeResolution[] = [],
): Record<string, ParameterInForce> {
  const series: Dated<unknown>[] = [
    ...ALL_PARAMETERS.filter((p) => !(COMMITTEE_PARAMETER_KEYS as readonly string[]).includes(p.key)),
    ...COMMITTEE_PARAMETER_KEYS.map((k) => committeeSeries(k, resolutions)),
  ];
  const out: Record<string, ParameterInForce> = {};
  for (const p of [...series].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const entry = entryAt(p, asOf);
    if (entry && entry.value !== null) out[p.key] = { value: entry.value, from: entry.from, citation: entry.citation };
  }
  return out;
}
