// The AIS amount (digest C-2): rate, reduction, weekly ceiling of hours.
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export const AIS_RATE = defineParameter<string>({
  key: 'AIS_RATE',
  description: '80 % della retribuzione globale per le ore non lavorate tra zero e il limite contrattuale',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-04', '0.80', cite(SOURCES.D148, 'art. 3 c. 1')),
    v('2024-01-27', '0.80', cite(SOURCES.C112)),
  ],
});

export const AIS_REDUCTION_L41 = defineParameter<string>({
  key: 'AIS_REDUCTION_L41',
  description: 'Riduzione dell’assegno pari ai contributi dell’art. 26 L. 41/1986 (5,84 %)',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-04', '0.0584', cite(SOURCES.L41_86, 'art. 26')),
    v('2019-10-27', '0.0584', cite(SOURCES.DI2019, 'art. 6 c. 1')),
    v('2024-01-27', '0.0584', cite(SOURCES.C112)),
  ],
});

export const AIS_WEEKLY_HOURS_CEILING = defineParameter<string>({
  key: 'AIS_WEEKLY_HOURS_CEILING',
  description: 'Integrazione entro l’orario contrattuale e comunque non oltre 40 ore settimanali',
  unit: 'hours',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2016-08-04', '40', cite(SOURCES.SOLE_CALC))],
});
