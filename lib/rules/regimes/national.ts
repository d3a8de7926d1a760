// National layers that the FSTN rules lean on (art. 30 c. 1 "as far as compatible"): d.lgs.
// 148/2015 from 24 Sep 2015, and the L. 234/2021 reform from 1 Jan 2022 (single cap).
import type { CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import * as durations from '../parameters/fstn/durations';
import * as procedure from '../parameters/fstn/procedure';
import * as cigoCigs from '../parameters/national/cigo-cigs';
import * as massimali from '../parameters/national/massimali';
import { SOURCES } from '../parameters/sources';
import type { RegimeDefinition } from './definition';

export const NATIONAL_2015: RegimeDefinition = {
  id: 'NATIONAL_2015',
  layer: 'NATIONAL',
  label: 'D.Lgs. 148/2015',
  from: '2015-09-24' as CalendarDate,
  until: null,
  citation: cite(SOURCES.D148),
  needs: [
    durations.ART4_MAX_MONTHS,
    durations.ART4_CDS_HALF_MONTHS,
    durations.WINDOW_YEARS,
    durations.WINDOW_COUNT_FROM,
    durations.WEEKS_PER_MONTH,
    procedure.APPLICATION_WINDOW,
    procedure.LATE_FILING_LOOKBACK_DAYS,
    procedure.UNION_PROCEDURE_DAYS,
    procedure.UNION_PROCEDURE_COMPANY_THRESHOLD,
    procedure.UNAVOIDABLE_EVENT,
    procedure.CIGS_JOINT_EXAM_REQUEST_DAYS,
    procedure.CONGUAGLIO_DEADLINE,
    cigoCigs.CIGO_ADDITIONAL_RATES,
    cigoCigs.CIGS_ORDINARY_RATE,
  ],
};

/** From 2022 a single monthly cap applies (art. 3 c. 5-bis): amounts are computable from here on. */
export const NATIONAL_2022: RegimeDefinition = {
  id: 'NATIONAL_2022',
  layer: 'NATIONAL',
  label: 'L. 234/2021 — riordino degli ammortizzatori sociali',
  from: '2022-01-01' as CalendarDate,
  until: null,
  citation: cite(SOURCES.L234_21),
  needs: [
    cigoCigs.NATIONAL_REFORM_2022_START,
    massimali.AIS_CAP_GROSS,
    massimali.AIS_CAP_NET,
    { series: procedure.DIRECT_PAYMENT_SR41, from: '2022-01-27' },
  ],
};
