// A regime is a dated variant of the rules (style.md practice 2). Each declares the parameters it
// reads, so the temporal-coverage test can prove they are in force wherever the regime is.
import type { CalendarDate } from '../core/calendar-date';
import type { Citation } from '../core/citation';
import type { Dated } from '../core/dated';

export type RegimeId = 'R2016' | 'R2019' | 'R2023' | 'NATIONAL_2015' | 'NATIONAL_2022' | 'COVID19_DL18' | 'LR5_2009';
export type RegimeLayer = 'FSTN' | 'NATIONAL' | 'COVID' | 'REGIONAL';

/** A parameter the regime reads, optionally only from a later day (e.g. the 2025 C1 cut). */
export type ParameterNeed = Dated<unknown> | { series: Dated<unknown>; from: string };

export type RegimeDefinition = {
  id: RegimeId;
  layer: RegimeLayer;
  label: string;
  /** First day (inclusive) as stored in the parameters. */
  from: CalendarDate;
  /** Last day (inclusive), or null while in force. */
  until: CalendarDate | null;
  citation: Citation;
  needs: ParameterNeed[];
};

export function needSeries(need: ParameterNeed): { series: Dated<unknown>; from: string | null } {
  return 'series' in need && !('key' in need) ? { series: need.series, from: need.from } : { series: need as Dated<unknown>, from: null };
}
