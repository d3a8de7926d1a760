// Start dates of the FSTN regimes (digest §0.2, J-1). Read by regimes/select-regime.ts only.
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export const R2016_START = defineParameter<string>({
  key: 'R2016_START',
  description: 'Istituzione del Fondo (D.I. 96077/2016, GU 3 agosto 2016): primo giorno del regime 2016',
  unit: 'date',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'I',
  // The decree was published on 3 Aug 2016; contributions ran from the August 2016 pay period
  // (INPS circ. 197/2016). The day after publication is an inference.
  values: [v('2016-08-04', '2016-08-04', cite(SOURCES.DI2016, undefined, 'I'))],
});

export const R2019_START = defineParameter<string>({
  key: 'R2019_START',
  description: 'Entrata in vigore del D.I. 103593/2019 (regime 2019)',
  unit: 'date',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2019-10-27', '2019-10-27', cite(SOURCES.C156))],
});

export const R2023_START = defineParameter<string>({
  key: 'R2023_START',
  description: 'Entrata in vigore del D.I. 15 novembre 2023 (regime 2023); alternativa documentata 2024-01-12 (J-1)',
  unit: 'date',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2024-01-27', '2024-01-27', cite(SOURCES.DI2023, undefined, 'S'))],
});

/** J-1 alternative reading: R2023 applies to periods starting from the GU publication date. */
export const R2023_START_ALTERNATIVE = '2024-01-12';
