// Durations and rolling windows (digest D-1…D-8, §0.4).
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v, type PerClass } from '../value';

export const MAX_WEEKS_PER_REQUEST = defineParameter<PerClass<number | null>>({
  key: 'MAX_WEEKS_PER_REQUEST',
  description: 'Settimane massime per singola domanda (C1 13, C2 26, C3 nessun limite indicato — J-10)',
  unit: 'weeks',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2019-10-27', { C1: 13, C2: 13, C3: 13 }, cite(SOURCES.DI2019, 'art. 6 c. 2')),
    v('2024-01-27', { C1: 13, C2: 26, C3: null }, cite(SOURCES.C112)),
  ],
});

export const MAX_WEEKS_BIENNIO = defineParameter<PerClass<number>>({
  key: 'MAX_WEEKS_BIENNIO',
  description:
    'Settimane massime nel biennio mobile per unità produttiva (C1, C2: causali ordinarie e straordinarie insieme; C3: causali ordinarie)',
  unit: 'weeks',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-08-04', { C1: 26, C2: 26, C3: 26 }, cite(SOURCES.DI2016, undefined, 'S')),
    v('2019-10-27', { C1: 26, C2: 26, C3: 26 }, cite(SOURCES.DI2019, 'art. 6 c. 2')),
    v('2024-01-27', { C1: 52, C2: 52, C3: 52 }, cite(SOURCES.C112)),
  ],
});

export const MAX_WEEKS_BIENNIO_CDS = defineParameter<number>({
  key: 'MAX_WEEKS_BIENNIO_CDS',
  description: 'Regime 2019: settimane nel biennio mobile elevate a 52 per il contratto di solidarietà',
  unit: 'weeks',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [
    v('2019-10-27', 52, cite(SOURCES.DI2019, 'art. 6 c. 2')),
    // From R2023 the CDS has its own limit in months (CDS_MAX).
    v('2024-01-27', null, cite(SOURCES.C112)),
  ],
});

export type CdsMax = PerClass<number> & { C3_ART22_C5: number };

export const CDS_MAX = defineParameter<CdsMax>({
  key: 'CDS_MAX',
  description:
    'Contratto di solidarietà: 24 mesi (C1, C2 nel biennio mobile — J-9; C3 nel quinquennio mobile, 36 alle condizioni dell’art. 22 c. 5)',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2024-01-27', { C1: 24, C2: 24, C3: 24, C3_ART22_C5: 36 }, cite(SOURCES.C112))],
});

export const CIGS_CRISIS_MAX = defineParameter<number>({
  key: 'CIGS_CRISIS_MAX',
  description: 'C3, crisi aziendale: 12 mesi, anche continuativi, nel quinquennio mobile',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2024-01-27', 12, cite(SOURCES.C112))],
});

export const CIGS_REORG_MAX = defineParameter<number>({
  key: 'CIGS_REORG_MAX',
  description: 'C3, riorganizzazione aziendale: 24 mesi, anche continuativi, nel quinquennio mobile',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2024-01-27', 24, cite(SOURCES.C112))],
});

export const ART4_MAX_MONTHS = defineParameter<number>({
  key: 'ART4_MAX_MONTHS',
  description: 'Durata massima complessiva: 24 mesi per unità produttiva nel quinquennio mobile (art. 4 c. 1)',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'I',
  values: [
    v('2015-09-24', 24, cite(SOURCES.D148, 'art. 4 c. 1')),
    v('2019-10-27', 24, cite(SOURCES.DI2019, 'art. 6 c. 3')),
    // Not restated for R2023: applies through art. 30 c. 1 (J-20).
    v('2024-01-27', 24, cite(SOURCES.D148, 'art. 30 c. 1', 'I')),
  ],
});

export const ART4_CDS_HALF_MONTHS = defineParameter<number>({
  key: 'ART4_CDS_HALF_MONTHS',
  description: 'Per l’art. 4 i mesi di contratto di solidarietà contano per metà fino a 24, per intero oltre (art. 22 c. 5)',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2015-09-24', 24, cite(SOURCES.D148, 'art. 22 c. 5'))],
});

export const WINDOW_YEARS = defineParameter<{ biennio: number; quinquennio: number }>({
  key: 'WINDOW_YEARS',
  description: 'Ampiezza delle finestre mobili, a ritroso dall’ultimo giorno del periodo richiesto',
  unit: 'years',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2015-09-24', { biennio: 2, quinquennio: 5 }, cite(SOURCES.MIN17_17))],
});

export const WINDOW_COUNT_FROM = defineParameter<string>({
  key: 'WINDOW_COUNT_FROM',
  description: 'I periodi anteriori al 24 settembre 2015 non si computano nelle finestre',
  unit: 'date',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2015-09-24', '2015-09-24', cite(SOURCES.MIN17_17))],
});

export const WEEKS_PER_MONTH = defineParameter<{ weeks: number; months: number }>({
  key: 'WEEKS_PER_MONTH',
  description: 'Conversione settimane ↔ mesi per le finestre in mesi (52 settimane ≈ 12 mesi, D-4)',
  unit: 'ratio',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'I',
  values: [v('2015-09-24', { weeks: 52, months: 12 }, cite(SOURCES.MIN17_17, undefined, 'I'))],
});
