// COVID-19 causal of D.L. 18/2020 art. 19 (digest H-1). Historical: used to neutralise periods
// (D-8) and to read old files.
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export const COVID_CAUSAL_PERIOD = defineParameter<{ start: string; end: string }>({
  key: 'COVID_CAUSAL_PERIOD',
  description: 'Periodi ammessi con causale "emergenza COVID-19": dal 23 febbraio 2020 al 31 agosto, poi al 31 dicembre 2020',
  unit: 'mixed',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [
    v('2020-03-17', { start: '2020-02-23', end: '2020-08-31' }, cite(SOURCES.DL18, 'art. 19 c. 1')),
    v('2020-08-15', { start: '2020-02-23', end: '2020-12-31' }, cite(SOURCES.DL104, 'art. 1')),
  ],
});

export const COVID_MAX_WEEKS = defineParameter<{ standard: number; threeRegions: number }>({
  key: 'COVID_MAX_WEEKS',
  description: 'Durata massima: 9 settimane (13 per Lombardia, Emilia-Romagna, Veneto)',
  unit: 'weeks',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [v('2020-03-17', { standard: 9, threeRegions: 13 }, cite(SOURCES.SEED4))],
});

export const COVID_IN_SERVICE_BY = defineParameter<string>({
  key: 'COVID_IN_SERVICE_BY',
  description: 'Lavoratori in forza al 23 febbraio 2020; dal D.L. 34/2020 assunti entro il 25 marzo 2020',
  unit: 'date',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2020-03-17', '2020-02-23', cite(SOURCES.SEED4)),
    v('2020-05-19', '2020-03-25', cite(SOURCES.DL34)),
  ],
});

export const COVID_APPLICATION_DEADLINE_MONTHS = defineParameter<number>({
  key: 'COVID_APPLICATION_DEADLINE_MONTHS',
  description: 'Domanda entro la fine del quarto mese successivo a quello di inizio della sospensione',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2020-03-17', 4, cite(SOURCES.DL18, 'art. 19 c. 2'))],
});
