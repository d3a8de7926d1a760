// THE effective-date table: which regime governs a date. No other module compares dates with
// regime boundaries (style.md practice 2). FSTN regimes are chosen by the first day of the
// requested period (digest §0.5 step 1); R2023 may start on 2024-01-12 under the J-1 alternative.
import { maxDate, type CalendarDate } from '../core/calendar-date';
import type { RuleContext } from '../context';
import { R2023_START_ALTERNATIVE } from '../parameters/fstn/regimes';
import { COVID_2020 } from './covid-2020';
import type { RegimeDefinition, RegimeId } from './definition';
import { FSTN_2016 } from './fstn-2016';
import { FSTN_2019 } from './fstn-2019';
import { FSTN_2023 } from './fstn-2023';
import { LR5_2009 } from './lr-5-2009';
import { NATIONAL_2015, NATIONAL_2022 } from './national';

export const REGIME_TABLE: readonly RegimeDefinition[] = [LR5_2009, NATIONAL_2015, FSTN_2016, FSTN_2019, COVID_2020, NATIONAL_2022, FSTN_2023];

export type FstnRegimeId = 'R2016' | 'R2019' | 'R2023';

export type SelectedRegime = {
  regime: RegimeDefinition & { id: FstnRegimeId };
  /** Day on which the regime's parameters are read: never before the day the parameters start. */
  parameterDate: CalendarDate;
};

function starts(regime: RegimeDefinition, ctx?: RuleContext): CalendarDate {
  if (regime.id === 'R2023' && ctx?.settings.r2023Start === 'GU_PUBLICATION') return R2023_START_ALTERNATIVE as CalendarDate;
  return regime.from;
}

function inForce(regime: RegimeDefinition, date: CalendarDate, ctx?: RuleContext): boolean {
  return starts(regime, ctx) <= date && (regime.until === null || date <= regime.until);
}

/** The FSTN regime governing a period that starts on `periodStart`, or null before the fund. */
export function selectFstnRegime(periodStart: CalendarDate, ctx?: RuleContext): SelectedRegime | null {
  const fstn = REGIME_TABLE.filter((r) => r.layer === 'FSTN');
  // The latest regime whose (possibly moved) start is on or before the date wins.
  let chosen: RegimeDefinition | undefined;
  for (const regime of fstn) if (starts(regime, ctx) <= periodStart) chosen = regime;
  if (!chosen) return null;
  return { regime: chosen as SelectedRegime['regime'], parameterDate: maxDate(periodStart, chosen.from) };
}

/** Every regime (all layers) in force on `date`: used by the temporal-coverage test. */
export function regimesInForce(date: CalendarDate, ctx?: RuleContext): RegimeDefinition[] {
  const fstn = selectFstnRegime(date, ctx)?.regime.id;
  return REGIME_TABLE.filter((r) => (r.layer === 'FSTN' ? r.id === fstn : inForce(r, date, ctx)));
}

export function regimeById(id: RegimeId): RegimeDefinition {
  const found = REGIME_TABLE.find((r) => r.id === id);
  if (!found) throw new Error(`Unknown regime ${id}`);
  return found;
}

/** True when the date falls in the window where J-1's two readings disagree. */
export function isInR2023StartAmbiguity(periodStart: CalendarDate): boolean {
  return R2023_START_ALTERNATIVE <= periodStart && periodStart < FSTN_2023.from;
}
