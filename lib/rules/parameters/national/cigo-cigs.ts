// National instruments shown for comparison and routing (digest H-2, E-3 comparison).
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export type AdditionalBand = { upToWeeks: number | null; rate: string };

export const CIGO_ADDITIONAL_RATES = defineParameter<AdditionalBand[]>({
  key: 'CIGO_ADDITIONAL_RATES',
  description: 'CIGO/CIGS: contributo addizionale 9 % fino a 52 settimane, 12 % fino a 104, 15 % oltre, nel quinquennio mobile',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [
    v(
      '2015-09-24',
      [
        { upToWeeks: 52, rate: '0.09' },
        { upToWeeks: 104, rate: '0.12' },
        { upToWeeks: null, rate: '0.15' },
      ],
      cite(SOURCES.D148, 'art. 5 c. 1'),
    ),
  ],
});

export const CIGS_ORDINARY_RATE = defineParameter<{ employer: string; worker: string }>({
  key: 'CIGS_ORDINARY_RATE',
  description: 'CIGS: contributo ordinario 0,90 % = 0,60 % datore + 0,30 % lavoratore',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2015-09-24', { employer: '0.0060', worker: '0.0030' }, cite(SOURCES.D148, 'art. 23 c. 1'))],
});

export const NATIONAL_REFORM_2022_START = defineParameter<string>({
  key: 'NATIONAL_REFORM_2022_START',
  description:
    'Riordino degli ammortizzatori (L. 234/2021): massimale unico, fondi e FIS per i datori con almeno un dipendente, dal 1° gennaio 2022',
  unit: 'date',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2022-01-01', '2022-01-01', cite(SOURCES.L234_21, 'art. 1 c. 191-220'))],
});
