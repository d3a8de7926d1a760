// Parameters are dated series (OpenFisca style): history is only appended, and a `null` value
// marks a period in which the parameter is not in force.
import type { Citation, SourceStatus } from './citation';
import type { CalendarDate } from './calendar-date';
import { ParameterNotInForceError } from './errors';

export type ParameterUnit =
  | 'ratio'
  | 'EUR'
  | 'EUR/month'
  | 'weeks'
  | 'months'
  | 'days'
  | 'hours'
  | 'years'
  | 'employees'
  | 'date'
  | 'code'
  | 'boolean'
  | 'mixed';

export type DatedValue<T> = { from: CalendarDate; value: T | null; citation: Citation };

export type Dated<T> = {
  key: string;
  description: string;
  unit: ParameterUnit;
  /** When someone last checked the values against the sources (openfisca-france practice). */
  lastVerifiedOn: CalendarDate;
  /** Status of the value currently relied on (digest §0.1). */
  status: SourceStatus;
  values: ReadonlyArray<DatedValue<T>>;
};

/** Declares a series; refuses values that are not strictly sorted by `from`. */
export function defineParameter<T>(series: Dated<T>): Dated<T> {
  for (let i = 1; i < series.values.length; i++) {
    const prev = series.values[i - 1];
    const cur = series.values[i];
    if (prev && cur && !(prev.from < cur.from)) {
      throw new Error(`Parameter ${series.key}: values must be strictly sorted by "from" (${prev.from} ≥ ${cur.from})`);
    }
  }
  return series;
}

/** The entry whose period contains `asOf` (the last with from ≤ asOf), or undefined. */
export function entryAt<T>(series: Dated<T>, asOf: CalendarDate): DatedValue<T> | undefined {
  const values = series.values;
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v && v.from <= asOf) return v;
  }
  return undefined;
}

/** The value in force on `asOf`; throws ParameterNotInForceError when there is none. */
export function valueAt<T>(series: Dated<T>, asOf: CalendarDate): T {
  const entry = entryAt(series, asOf);
  if (!entry || entry.value === null) throw new ParameterNotInForceError(series.key, asOf);
  return entry.value;
}

/** Like valueAt, but returns null instead of throwing. */
export function valueAtOrNull<T>(series: Dated<T>, asOf: CalendarDate): T | null {
  const entry = entryAt(series, asOf);
  return entry ? entry.value : null;
}

/** The value and the citation in force on `asOf` (throws like valueAt). */
export function citedValueAt<T>(series: Dated<T>, asOf: CalendarDate): { value: T; from: CalendarDate; citation: Citation } {
  const entry = entryAt(series, asOf);
  if (!entry || entry.value === null) throw new ParameterNotInForceError(series.key, asOf);
  return { value: entry.value, from: entry.from, citation: entry.citation };
}
