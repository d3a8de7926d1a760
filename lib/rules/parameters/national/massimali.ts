// Single monthly cap of wage-integration benefits (art. 3 c. 5-bis d.lgs. 148/2015, from 1 Jan 2022),
// published each year by INPS (digest C-2, J-2). Gross and net are BOTH lookup constants: the
// published net is never recomputed from the gross (it is 0.01 higher than gross × 0.9416 in 2023–2026).
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export const AIS_CAP_GROSS = defineParameter<string>({
  key: 'AIS_CAP_GROSS',
  description: 'Massimale mensile lordo dell’assegno di integrazione salariale',
  unit: 'EUR/month',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2022-01-01', '1222.51', cite(SOURCES.MSG1282_22)),
    v('2023-01-01', '1321.53', cite(SOURCES.C14_23)),
    v('2024-01-01', '1392.89', cite(SOURCES.C25_24)),
    // J-2: 1,404.03 (three sources and the arithmetic), not the 1,404.30 printed in seed 001.
    v('2025-01-01', '1404.03', cite(SOURCES.C25_25)),
    v('2026-01-01', '1423.69', cite(SOURCES.C4_26)),
  ],
});

export const AIS_CAP_NET = defineParameter<string>({
  key: 'AIS_CAP_NET',
  description: 'Massimale mensile netto (dopo la riduzione del 5,84 %), come pubblicato da INPS',
  unit: 'EUR/month',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2022-01-01', '1151.12', cite(SOURCES.MSG1282_22)),
    v('2023-01-01', '1244.36', cite(SOURCES.C14_23)),
    v('2024-01-01', '1311.56', cite(SOURCES.C25_24)),
    v('2025-01-01', '1322.05', cite(SOURCES.C25_25)),
    v('2026-01-01', '1340.56', cite(SOURCES.C4_26)),
  ],
});
