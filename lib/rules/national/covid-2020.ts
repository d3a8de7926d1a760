// COVID-19 causal — D.L. 17 marzo 2020 n. 18 art. 19; D.L. 34/2020; D.L. 104/2020 art. 1 (digest H-1).
// Historical: 9 weeks (13 in Lombardia, Emilia-Romagna, Veneto), periods from 23 Feb 2020, workers in
// service on 23 Feb 2020 (hired by 25 Mar 2020 after D.L. 34/2020), application by the end of the
// 4th month after the month the suspension began, no additional contribution, neutralised (D-8).
import { addMonths, lastDayOfMonth, type CalendarDate } from '../core/calendar-date';
import type { RuleContext } from '../context';
import { COVID_APPLICATION_DEADLINE_MONTHS, COVID_IN_SERVICE_BY, COVID_MAX_WEEKS } from '../parameters/national/covid';

export function covidApplicationDeadline(suspensionStart: CalendarDate, ctx: RuleContext): CalendarDate {
  const { value: months, citation } = ctx.cited(COVID_APPLICATION_DEADLINE_MONTHS, suspensionStart < '2020-03-17' ? ('2020-03-17' as CalendarDate) : suspensionStart);
  const deadline = lastDayOfMonth(addMonths(suspensionStart, months));
  ctx.add('H-1', citation, 'info', `Causale COVID-19: domanda entro il ${deadline} (fine del ${months}° mese successivo all’inizio)`);
  return deadline;
}

export function covidMaxWeeks(input: { asOf: CalendarDate; inLombardiaEmiliaVeneto: boolean }, ctx: RuleContext): number {
  const max = ctx.use(COVID_MAX_WEEKS, input.asOf);
  return input.inLombardiaEmiliaVeneto ? max.threeRegions : max.standard;
}

/** Whether a worker hired on `hireDate` is covered, under the rules in force on `asOf`. */
export function covidWorkerCovered(input: { hireDate: CalendarDate; asOf: CalendarDate }, ctx: RuleContext): boolean {
  const { value: by, citation } = ctx.cited(COVID_IN_SERVICE_BY, input.asOf);
  const covered = input.hireDate <= by;
  ctx.add('H-1', citation, covered ? 'pass' : 'fail', `Lavoratore assunto il ${input.hireDate}: ${covered ? 'coperto' : 'non coperto'} (in forza al ${by})`);
  return covered;
}
