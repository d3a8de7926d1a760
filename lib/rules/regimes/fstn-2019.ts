// R2019: D.I. 9 agosto 2019 n. 103593 (GU n. 240 del 12/10/2019), in force from 27 Oct 2019
// (digest §0.2): 13 weeks per request, 26 per biennium per unit (52 for the solidarity contract),
// 30 days of seniority in the 12 months before the application, 0.45 % + 4 %.
import { addDays, type CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import * as benefits from '../parameters/fstn/benefits';
import * as contribution from '../parameters/fstn/contribution';
import * as durations from '../parameters/fstn/durations';
import * as eligibility from '../parameters/fstn/eligibility';
import * as procedure from '../parameters/fstn/procedure';
import { R2019_START, R2023_START } from '../parameters/fstn/regimes';
import { SOURCES } from '../parameters/sources';
import type { RegimeDefinition } from './definition';
import { FSTN_COMMON_NEEDS } from './fstn-2016';

export const FSTN_2019: RegimeDefinition = {
  id: 'R2019',
  layer: 'FSTN',
  label: 'FSTN — D.I. 103593/2019',
  from: R2019_START.values[0]!.value as CalendarDate,
  until: addDays(R2023_START.values[0]!.value as CalendarDate, -1),
  citation: cite(SOURCES.DI2019, 'art. 6'),
  needs: [
    R2019_START,
    ...FSTN_COMMON_NEEDS,
    durations.MAX_WEEKS_PER_REQUEST,
    durations.MAX_WEEKS_BIENNIO_CDS,
    durations.ART4_MAX_MONTHS,
    eligibility.SENIORITY_LOOKBACK_MONTHS,
    eligibility.APPRENTICE_TYPES_COVERED,
    eligibility.BAD_WEATHER_ADMITTED,
    contribution.ADDITIONAL_RATE,
    procedure.CONGUAGLIO_DEADLINE,
    procedure.HOLIDAYS_FIRST_REQUIRED,
    benefits.NASPI_TOP_UP,
    benefits.NASPI_TOP_UP_SEASONAL_WINDOW,
    benefits.ESODO_YEARS_TO_PENSION,
  ],
};
