// Who is covered and the seniority requirement (digest F-1…F-4, C-1 causes by regime).
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export const SENIORITY_DAYS = defineParameter<number>({
  key: 'SENIORITY_DAYS',
  description: 'Giorni di lavoro effettivo presso l’unità produttiva alla data della domanda',
  unit: 'days',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-04', 90, cite(SOURCES.DI2016, undefined, 'S')),
    v('2019-10-27', 30, cite(SOURCES.DI2019, 'art. 2 c. 8')),
    v('2024-01-27', 30, cite(SOURCES.C112)),
  ],
});

export const SENIORITY_LOOKBACK_MONTHS = defineParameter<number>({
  key: 'SENIORITY_LOOKBACK_MONTHS',
  description: 'Regime 2019: i 30 giorni si contano nei 12 mesi precedenti la domanda (dal 2024 nessuna finestra)',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2019-10-27', 12, cite(SOURCES.DI2019, 'art. 2 c. 8')), v('2024-01-27', null, cite(SOURCES.C112))],
});

export const HOME_WORKERS_COVERED = defineParameter<boolean>({
  key: 'HOME_WORKERS_COVERED',
  description: 'Lavoratori a domicilio destinatari dell’AIS',
  unit: 'boolean',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-04', false, cite(SOURCES.DI2016, undefined, 'S')),
    v('2019-10-27', false, cite(SOURCES.DI2019, 'art. 2 c. 11')),
    v('2024-01-27', true, cite(SOURCES.MSG370)),
  ],
});

export type ApprenticeType = 'TYPE1_QUALIFICATION' | 'TYPE2_PROFESSIONALISING' | 'TYPE3_HIGHER_EDUCATION';

export const APPRENTICE_TYPES_COVERED = defineParameter<ApprenticeType[]>({
  key: 'APPRENTICE_TYPES_COVERED',
  description: 'Tipi di apprendistato coperti (2019: solo professionalizzante; 2024: tutti)',
  unit: 'code',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2019-10-27', ['TYPE2_PROFESSIONALISING'], cite(SOURCES.DI2019, 'art. 2 c. 8')),
    v('2024-01-27', ['TYPE1_QUALIFICATION', 'TYPE2_PROFESSIONALISING', 'TYPE3_HIGHER_EDUCATION'], cite(SOURCES.C112)),
  ],
});

export const BAD_WEATHER_ADMITTED = defineParameter<boolean>({
  key: 'BAD_WEATHER_ADMITTED',
  description: 'Intemperie stagionali tra le causali ordinarie (escluse nel 2019; ammesse nel 2024 per default, J-7)',
  unit: 'boolean',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'U',
  values: [
    v('2019-10-27', false, cite(SOURCES.C156)),
    v('2024-01-27', true, cite(SOURCES.D148, 'art. 30 c. 1-bis', 'U')),
  ],
});

export const CRISIS_CESSATION_ADMITTED = defineParameter<boolean>({
  key: 'CRISIS_CESSATION_ADMITTED',
  description: 'Crisi per cessazione di attività come causale (esclusa per default, J-21)',
  unit: 'boolean',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'I',
  values: [v('2016-08-04', false, cite(SOURCES.DIGEST, 'J-21', 'I'))],
});
