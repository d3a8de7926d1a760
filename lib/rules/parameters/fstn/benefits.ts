// Other benefits: NASpI top-up (C-5), early exit (C-6), generational relay (C-7).
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export type NaspiTopUpR2019 = {
  minAge: number;
  olderWorkerMonths: number;
  seasonalMinWeeks: number;
  seasonalMaxNaspiMonths: number;
  seasonalMaxMonths: number;
};

export const NASPI_TOP_UP = defineParameter<NaspiTopUpR2019>({
  key: 'NASPI_TOP_UP',
  description:
    'Regime 2019: 58+ → 1 mese; stagionali (≥ 26 settimane, NASpI ≤ 4 mesi) → 4 mesi meno la NASpI, max 1 mese; importo = ultima rata NASpI. Dal 2024 importi e durate solo per delibera del Comitato',
  unit: 'mixed',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [
    v(
      '2019-10-27',
      { minAge: 58, olderWorkerMonths: 1, seasonalMinWeeks: 26, seasonalMaxNaspiMonths: 4, seasonalMaxMonths: 1 },
      cite(SOURCES.DI2019, 'art. 8 c. 2-3'),
    ),
    // R2023 amounts and durations not found (C-5, J-18): only dated Committee resolutions.
    v('2024-01-27', null, cite(SOURCES.C112, undefined, 'U')),
  ],
});

export type SeasonalWindow = { mode: 'LAST_12_MONTHS' } | { mode: 'SINCE'; date: string };

export const NASPI_TOP_UP_SEASONAL_WINDOW = defineParameter<SeasonalWindow>({
  key: 'NASPI_TOP_UP_SEASONAL_WINDOW',
  description: 'Dove si contano le 26 settimane stagionali: 12 mesi prima della domanda; dal 2021 dal 10 agosto 2018 (delibera 16017/2021)',
  unit: 'mixed',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2019-10-27', { mode: 'LAST_12_MONTHS' }, cite(SOURCES.DI2019, 'art. 8 c. 3')),
    v('2021-03-31', { mode: 'SINCE', date: '2018-08-10' }, cite(SOURCES.MSG1360)),
    v('2024-01-27', null, cite(SOURCES.C112, undefined, 'U')),
  ],
});

export const NASPI_SEASONAL_SECTORS = ['TOURISM_SPA', 'RETAIL', 'RESTAURANTS', 'SKI_LIFTS'] as const;

export const ESODO_YEARS_TO_PENSION = defineParameter<number>({
  key: 'ESODO_YEARS_TO_PENSION',
  description: 'Assegni straordinari per l’esodo: requisiti di pensione raggiunti entro i successivi 5 anni',
  unit: 'years',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2019-10-27', 5, cite(SOURCES.DI2019, 'art. 2 c. 7 lett. c)')), v('2024-01-27', 5, cite(SOURCES.C112))],
});

export const STAFFETTA = defineParameter<{ yearsToPension: number; maxHireAge: number; minHireMonths: number }>({
  key: 'STAFFETTA',
  description:
    'Staffetta generazionale: pensione entro 3 anni; assunzione contestuale di lavoratori di età non superiore a 35 anni compiuti per almeno 3 anni',
  unit: 'mixed',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2024-01-27', { yearsToPension: 3, maxHireAge: 35, minHireMonths: 36 }, cite(SOURCES.C112))],
});
