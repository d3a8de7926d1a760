// R2023: D.I. 15 novembre 2023 (GU n. 9 del 12/01/2024), adaptation to L. 234/2021, in force from
// 27 Jan 2024 (J-1); known through INPS msg. 370/2024 and circ. 112/2025: size classes, ordinary
// and extraordinary causes, all apprentices and home workers, 0.50/0.80/0.90 %, staffetta.
import type { CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import * as benefits from '../parameters/fstn/benefits';
import * as contribution from '../parameters/fstn/contribution';
import * as durations from '../parameters/fstn/durations';
import * as eligibility from '../parameters/fstn/eligibility';
import * as procedure from '../parameters/fstn/procedure';
import { R2023_START } from '../parameters/fstn/regimes';
import * as thresholds from '../parameters/fstn/thresholds';
import { SOURCES } from '../parameters/sources';
import type { RegimeDefinition } from './definition';
import { FSTN_COMMON_NEEDS } from './fstn-2016';

export const FSTN_2023: RegimeDefinition = {
  id: 'R2023',
  layer: 'FSTN',
  label: 'FSTN — D.I. 15/11/2023',
  from: R2023_START.values[0]!.value as CalendarDate,
  until: null,
  citation: cite(SOURCES.C112),
  needs: [
    R2023_START,
    ...FSTN_COMMON_NEEDS,
    thresholds.SIZE_CLASS,
    durations.MAX_WEEKS_PER_REQUEST,
    durations.CDS_MAX,
    durations.CIGS_CRISIS_MAX,
    durations.CIGS_REORG_MAX,
    durations.ART4_MAX_MONTHS,
    eligibility.APPRENTICE_TYPES_COVERED,
    eligibility.BAD_WEATHER_ADMITTED,
    contribution.ADDITIONAL_RATE,
    { series: contribution.ORDINARY_RATE_C1_REDUCED, from: '2025-01-01' },
    { series: contribution.ORDINARY_RATE_C1_REDUCTION_MAX, from: '2025-01-01' },
    { series: contribution.C1_REDUCTION_NO_AIS_MONTHS, from: '2025-01-01' },
    procedure.CONGUAGLIO_DEADLINE,
    procedure.HOLIDAYS_FIRST_REQUIRED,
    benefits.ESODO_YEARS_TO_PENSION,
    benefits.STAFFETTA,
  ],
};
