// Shorthand for one dated value of a parameter series.
import type { CalendarDate } from '../core/calendar-date';
import type { Citation } from '../core/citation';
import type { DatedValue } from '../core/dated';

export function v<T>(from: string, value: NoInfer<T> | null, citation: Citation): DatedValue<T> {
  return { from: from as CalendarDate, value, citation };
}

/** Values that depend on the AIS size class (digest B-1). */
export type SizeClass = 'C1' | 'C2' | 'C3';
export type PerClass<T> = Record<SizeClass, T>;

/** Day the values were last checked against the digest's sources (digest of November 2026). */
export const LAST_VERIFIED = '2026-11-24' as CalendarDate;
