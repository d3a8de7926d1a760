// R2016: D.I. 1 giugno 2016 n. 96077 — istituzione del Fondo (digest §0.2). Known through
// secondary sources only: 0.45 % contribution, 90-day seniority, 26 weeks in two years.
import { cite } from '../core/citation';
import * as allowance from '../parameters/fstn/allowance';
import * as contribution from '../parameters/fstn/contribution';
import * as durations from '../parameters/fstn/durations';
import * as eligibility from '../parameters/fstn/eligibility';
import { R2016_START, R2019_START } from '../parameters/fstn/regimes';
import * as thresholds from '../parameters/fstn/thresholds';
import { SOURCES } from '../parameters/sources';
import type { CalendarDate } from '../core/calendar-date';
import { addDays } from '../core/calendar-date';
import type { ParameterNeed, RegimeDefinition } from './definition';

/** Parameters every FSTN regime reads. */
export const FSTN_COMMON_NEEDS: ParameterNeed[] = [
  thresholds.TN_WORKFORCE_SHARE_MIN,
  thresholds.TN_SHARE_REFERENCE_MONTH,
  thresholds.EMPLOYER_MIN_HEADCOUNT,
  durations.MAX_WEEKS_BIENNIO,
  eligibility.SENIORITY_DAYS,
  eligibility.HOME_WORKERS_COVERED,
  eligibility.CRISIS_CESSATION_ADMITTED,
  allowance.AIS_RATE,
  allowance.AIS_REDUCTION_L41,
  allowance.AIS_WEEKLY_HOURS_CEILING,
  contribution.ORDINARY_RATE,
  contribution.ORDINARY_RATE_EMPLOYER_SHARE,
  contribution.ORDINARY_BASE_INCLUDES_HOME_WORKERS,
  contribution.EMPLOYER_MIN_CONTRIB_MONTHS,
];

export const FSTN_2016: RegimeDefinition = {
  id: 'R2016',
  layer: 'FSTN',
  label: 'FSTN — D.I. 96077/2016',
  from: R2016_START.values[0]!.value as CalendarDate,
  until: addDays(R2019_START.values[0]!.value as CalendarDate, -1),
  citation: cite(SOURCES.DI2016),
  needs: [R2016_START, ...FSTN_COMMON_NEEDS],
};
