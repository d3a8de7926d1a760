// Procedure and deadlines (digest G-1, G-2, G-5, G-6, J-16).
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export const APPLICATION_WINDOW = defineParameter<{ daysBefore: number; daysAfter: number }>({
  key: 'APPLICATION_WINDOW',
  description:
    'La domanda si presenta non prima di 30 giorni dall’inizio della sospensione o riduzione e non oltre 15 giorni dal suo inizio',
  unit: 'days',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2015-09-24', { daysBefore: 30, daysAfter: 15 }, cite(SOURCES.D148, 'art. 30 c. 2'))],
});

/**
 * R2016 start-up (digest D-8, G-4): for events between the Committee's appointment (27 Sep 2016)
 * and the opening of filing (24 Jan 2017) the 15 days ran from 24 Jan 2017.
 */
export const APPLICATION_WINDOW_STARTUP = defineParameter<{ eventsFrom: string; eventsTo: string; termsRunFrom: string }>({
  key: 'APPLICATION_WINDOW_STARTUP',
  description:
    'Avvio del Fondo: per gli eventi dal 27 settembre 2016 al 24 gennaio 2017 i 15 giorni per la domanda decorrono dal 24 gennaio 2017',
  unit: 'date',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'S',
  values: [
    v('2016-09-27', { eventsFrom: '2016-09-27', eventsTo: '2017-01-24', termsRunFrom: '2017-01-24' }, cite(SOURCES.MSG327)),
    v('2017-01-25', null, cite(SOURCES.MSG327)),
  ],
});

export const LATE_FILING_LOOKBACK_DAYS = defineParameter<number>({
  key: 'LATE_FILING_LOOKBACK_DAYS',
  description: 'Domanda tardiva: prestazione solo per i periodi dalla settimana precedente la presentazione (per analogia, J-16)',
  unit: 'days',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'I',
  values: [v('2015-09-24', 7, cite(SOURCES.D148, 'art. 15 c. 3-4', 'I'))],
});

export const UNION_PROCEDURE_DAYS = defineParameter<{ upToThreshold: number; overThreshold: number }>({
  key: 'UNION_PROCEDURE_DAYS',
  description: 'La procedura sindacale si esaurisce entro 25 giorni dalla comunicazione, 10 per le imprese fino a 50 dipendenti',
  unit: 'days',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2015-09-24', { upToThreshold: 10, overThreshold: 25 }, cite(SOURCES.D148, 'art. 14 c. 3'))],
});

export const UNION_PROCEDURE_COMPANY_THRESHOLD = defineParameter<number>({
  key: 'UNION_PROCEDURE_COMPANY_THRESHOLD',
  description: 'Soglia dei dipendenti dell’impresa per il termine breve della procedura sindacale ("imprese fino a 50 dipendenti")',
  unit: 'employees',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2015-09-24', 50, cite(SOURCES.D148, 'art. 14 c. 3'))],
});

export const UNAVOIDABLE_EVENT = defineParameter<{ hoursThreshold: number; requestDays: number; examDays: number }>({
  key: 'UNAVOIDABLE_EVENT',
  description:
    'Eventi oggettivamente non evitabili: oltre 16 ore settimanali, esame congiunto richiesto entro 3 giorni dalla comunicazione e concluso nei 5 giorni successivi',
  unit: 'mixed',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [v('2015-09-24', { hoursThreshold: 16, requestDays: 3, examDays: 5 }, cite(SOURCES.D148, 'art. 14 c. 4'))],
});

export const CIGS_JOINT_EXAM_REQUEST_DAYS = defineParameter<number>({
  key: 'CIGS_JOINT_EXAM_REQUEST_DAYS',
  description: 'Causali straordinarie: esame congiunto richiesto entro 3 giorni dalla comunicazione (art. 24, applicato per analogia, J-6)',
  unit: 'days',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'I',
  values: [v('2015-09-24', 3, cite(SOURCES.D148, 'art. 24', 'I'))],
});

export const CONGUAGLIO_DEADLINE = defineParameter<number>({
  key: 'CONGUAGLIO_DEADLINE',
  description:
    'Conguaglio o rimborso a pena di decadenza entro 6 mesi dalla fine del periodo di paga in corso alla scadenza del periodo autorizzato, o dall’autorizzazione se successiva',
  unit: 'months',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'I',
  values: [
    v('2015-09-24', 6, cite(SOURCES.SARD7)),
    v('2019-10-27', 6, cite(SOURCES.DI2019, 'art. 7 c. 3')),
    v('2024-01-27', 6, cite(SOURCES.DI2019, 'art. 7 c. 3', 'I')),
  ],
});

export const DIRECT_PAYMENT_SR41 = defineParameter<{ monthsAfterPeriodMonth: number; daysFromAuthorisation: number }>({
  key: 'DIRECT_PAYMENT_SR41',
  description:
    'Pagamento diretto: dati (SR41) entro la fine del secondo mese successivo al periodo di integrazione, o entro 60 giorni dall’autorizzazione se successivo',
  unit: 'mixed',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'U',
  values: [v('2022-01-27', { monthsAfterPeriodMonth: 2, daysFromAuthorisation: 60 }, cite(SOURCES.DL4_22, 'art. 23 c. 1 lett. b)', 'U'))],
});

export const HOLIDAYS_FIRST_REQUIRED = defineParameter<boolean>({
  key: 'HOLIDAYS_FIRST_REQUIRED',
  description:
    'Fruizione preventiva delle ferie maturate e degli altri strumenti di flessibilità prima dell’assegno (regime 2019, art. 6 c. 10; sospesa per la causale COVID-19 dal 23/02/2020); nel regime 2023 non richiesta per default (J-17)',
  unit: 'boolean',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'U',
  values: [
    v('2019-10-27', true, cite(SOURCES.UNIONE20, 'art. 6 c. 10 D.I. 103593/2019')),
    v('2024-01-27', false, cite(SOURCES.DIGEST, 'J-17', 'U')),
  ],
});
