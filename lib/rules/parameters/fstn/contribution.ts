// Contributions (digest E-1…E-3, E-6).
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v, type PerClass } from '../value';

export const ORDINARY_RATE = defineParameter<PerClass<string>>({
  key: 'ORDINARY_RATE',
  description: 'Contributo ordinario sulla retribuzione imponibile previdenziale (esclusi i dirigenti), per classe',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-01', { C1: '0.0045', C2: '0.0045', C3: '0.0045' }, cite(SOURCES.C197_16)),
    v('2019-10-27', { C1: '0.0045', C2: '0.0045', C3: '0.0045' }, cite(SOURCES.DI2019, 'art. 12 c. 1 lett. a)')),
    // First pay period at the new rates not stated: January 2024 by default (J-14).
    v('2024-01-01', { C1: '0.0050', C2: '0.0080', C3: '0.0090' }, cite(SOURCES.MSG370, 'art. 14 c. 1 lett. a) D.I. 15/11/2023')),
  ],
});

export const ORDINARY_BASE_INCLUDES_HOME_WORKERS = defineParameter<boolean>({
  key: 'ORDINARY_BASE_INCLUDES_HOME_WORKERS',
  description:
    'Retribuzione dei lavoratori a domicilio nella base del contributo ordinario: esclusa fino al 2023 (non destinatari), inclusa con le nuove aliquote del regime 2023 (dal periodo di paga di gennaio 2024, J-14)',
  unit: 'boolean',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-01', false, cite(SOURCES.DI2019, 'art. 12 c. 1 lett. a)', 'S')),
    v('2019-10-27', false, cite(SOURCES.DI2019, 'art. 12 c. 1 lett. a)')),
    // Same first month as the R2023 rates (J-14 default): one base per rate.
    v('2024-01-01', true, cite(SOURCES.MSG370)),
  ],
});

export const ORDINARY_RATE_EMPLOYER_SHARE = defineParameter<{ numerator: number; denominator: number }>({
  key: 'ORDINARY_RATE_EMPLOYER_SHARE',
  description: 'Ripartizione del contributo ordinario: 2/3 a carico del datore, 1/3 del lavoratore',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-01', { numerator: 2, denominator: 3 }, cite(SOURCES.C197_16)),
    v('2019-10-27', { numerator: 2, denominator: 3 }, cite(SOURCES.DI2019, 'art. 12 c. 3')),
    v('2024-01-01', { numerator: 2, denominator: 3 }, cite(SOURCES.D148, 'art. 33 c. 1', 'S')),
  ],
});

export const ORDINARY_RATE_C1_REDUCED = defineParameter<string>({
  key: 'ORDINARY_RATE_C1_REDUCED',
  description:
    'Riduzione dell’aliquota C1 (fino al 40 %) per chi non presenta domande AIS da 24 mesi: solo con delibera del Comitato (0 senza delibera)',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'U',
  // No Committee resolution found for 2025 or 2026 (E-2): 0 until one is passed in.
  values: [v('2025-01-01', '0', cite(SOURCES.C112, undefined, 'U'))],
});

export const ORDINARY_RATE_C1_REDUCTION_MAX = defineParameter<string>({
  key: 'ORDINARY_RATE_C1_REDUCTION_MAX',
  description: 'Riduzione massima dell’aliquota C1 deliberabile dal Comitato',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2025-01-01', '0.40', cite(SOURCES.C112))],
});

export const C1_REDUCTION_NO_AIS_MONTHS = defineParameter<number>({
  key: 'C1_REDUCTION_NO_AIS_MONTHS',
  description: 'Mesi senza domande AIS, dalla fine dell’ultimo periodo fruito, per la riduzione C1',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2025-01-01', 24, cite(SOURCES.C112))],
});

export const ADDITIONAL_RATE = defineParameter<string>({
  key: 'ADDITIONAL_RATE',
  description: 'Contributo addizionale: 4 % della retribuzione imponibile persa, a carico del solo datore',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2019-10-27', '0.04', cite(SOURCES.DI2019, 'art. 12 c. 1 lett. b)')),
    v('2024-01-27', '0.04', cite(SOURCES.C112)),
  ],
});

export const EMPLOYER_MIN_CONTRIB_MONTHS = defineParameter<number>({
  key: 'EMPLOYER_MIN_CONTRIB_MONTHS',
  description: 'Anzianità contributiva minima del datore: nessuna trovata (0)',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'U',
  values: [v('2016-08-04', 0, cite(SOURCES.C112, undefined, 'U'))],
});

export const TETTO_AZIENDALE_MULTIPLE = defineParameter<number>({
  key: 'TETTO_AZIENDALE_MULTIPLE',
  description:
    'Tetto aziendale del regime 2016: prestazioni fino a 4 volte i contributi versati dal datore; eliminato dalla riforma del 2019 (nessun tetto nel 2019 e nel 2023)',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2016-08-04', 4, cite(SOURCES.TETTO17)), v('2019-10-27', null, cite(SOURCES.LABUSA19))],
});
