// Thresholds of scope and size (digest, B-1; §0.4).
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export const TN_WORKFORCE_SHARE_MIN = defineParameter<string>({
  key: 'TN_WORKFORCE_SHARE_MIN',
  description: 'Quota minima di dipendenti in unità produttive della Provincia di Trento ("almeno il 75 per cento")',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-04', '0.75', cite(SOURCES.D148, 'art. 40 c. 3-4')),
    v('2019-10-27', '0.75', cite(SOURCES.DI2019, 'art. 2 c. 1')),
    v('2024-01-27', '0.75', cite(SOURCES.C112)),
  ],
});

export type ReferenceMonthRule = 'DECEMBER_PREVIOUS_YEAR';

export const TN_SHARE_REFERENCE_MONTH = defineParameter<ReferenceMonthRule>({
  key: 'TN_SHARE_REFERENCE_MONTH',
  description:
    'Mese di riferimento del test del 75 %: dicembre dell’anno precedente (valido 1 gennaio–31 dicembre); nuovi datori: primo mese di attività',
  unit: 'code',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'U',
  values: [
    v('2016-08-04', 'DECEMBER_PREVIOUS_YEAR', cite(SOURCES.DI2016, undefined, 'I')),
    v('2019-10-27', 'DECEMBER_PREVIOUS_YEAR', cite(SOURCES.DI2019, 'art. 2 c. 2')),
    // Not restated for R2023 in the sources found: presumed unchanged (A-6, J-19).
    v('2024-01-27', 'DECEMBER_PREVIOUS_YEAR', cite(SOURCES.DI2019, 'art. 2 c. 2', 'U')),
  ],
});

export const EMPLOYER_MIN_HEADCOUNT = defineParameter<number>({
  key: 'EMPLOYER_MIN_HEADCOUNT',
  description: 'Dipendenti minimi per l’iscrizione obbligatoria ("a prescindere dalla consistenza dell’organico": almeno uno)',
  unit: 'employees',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2016-08-04', 1, cite(SOURCES.DI2019, 'art. 2 c. 1', 'S')), v('2024-01-27', 1, cite(SOURCES.MSG370))],
});

// Classes apply to contributions from the January 2024 pay period (J-14) and to AIS requests
// under the 2023 regime; the AIS class is measured on the semester before the application (B-1).
export type SizeClassThresholds = {
  /** C1: average up to this many employees ("fino a 5"). */
  c1Max: string;
  /** C2: average above c1Max and up to this ("più di 5 e fino a 15"); above it, C3. */
  c2Max: string;
  /** Months of the average (the semester before the application or contribution month). */
  semesterMonths: number;
};

export const SIZE_CLASS = defineParameter<SizeClassThresholds>({
  key: 'SIZE_CLASS',
  description:
    'Classi dimensionali sulla media del semestre precedente: C1 fino a 5 dipendenti, C2 oltre 5 e fino a 15 ("da 5,1" letto come "> 5", J-5), C3 oltre 15',
  unit: 'employees',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2024-01-01', { c1Max: '5', c2Max: '15', semesterMonths: 6 }, cite(SOURCES.C112))],
});
