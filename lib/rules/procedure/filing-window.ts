// Filing window — d.lgs. 148/2015 art. 30 c. 2; INPS msg. 327/2017 (digest G-2): the application is
// filed not earlier than 30 days before the start of the suspension or reduction and not later
// than 15 days after it. Late filing (J-16, art. 15 c. 3-4 by analogy [I]): the benefit is due only
// for the periods from one week before the filing date; the employer owes the workers the rest.
// Fund start-up (INPS msg. 327/2017, digest D-8, G-4): for events between 27 Sep 2016 and 24 Jan
// 2017 the 15 days ran from 24 Jan 2017, when filing opened.
import { addDays, maxDate, type CalendarDate } from '../core/calendar-date';
import { citedValueAt, entryAt } from '../core/dated';
import type { RuleContext } from '../context';
import { APPLICATION_WINDOW, APPLICATION_WINDOW_STARTUP, LATE_FILING_LOOKBACK_DAYS } from '../parameters/fstn/procedure';

export type FilingStatus = 'TOO_EARLY' | 'IN_TIME' | 'LATE';

export type FilingWindow = {
  earliest: CalendarDate;
  latest: CalendarDate;
  status: FilingStatus;
  /** First day the AIS is paid for (the period start, or later after a late filing). */
  benefitFrom: CalendarDate | null;
  /** Days the employer must pay the workers itself (late filing), as an inclusive range. */
  employerOwes: { from: CalendarDate; to: CalendarDate } | null;
};

export function filingWindow(input: { periodStart: CalendarDate; periodEnd: CalendarDate; applicationDate: CalendarDate }, ctx: RuleContext): FilingWindow {
  const { periodStart, periodEnd, applicationDate } = input;
  const window = ctx.cited(APPLICATION_WINDOW, periodStart);
  const { daysBefore, daysAfter } = window.value;
  const earliest = addDays(periodStart, -daysBefore);
  let latest = addDays(periodStart, daysAfter);
  let citation = window.citation;
  const startup = entryAt(APPLICATION_WINDOW_STARTUP, periodStart)?.value ? citedValueAt(APPLICATION_WINDOW_STARTUP, periodStart) : null;
  if (startup) {
    latest = maxDate(latest, addDays(startup.value.termsRunFrom as CalendarDate, daysAfter));
    citation = startup.citation;
    ctx.add('G-4', startup.citation, 'info', `Avvio del Fondo: per gli eventi dal ${startup.value.eventsFrom} al ${startup.value.eventsTo} i ${daysAfter} giorni decorrono dal ${startup.value.termsRunFrom}`);
  }
  if (applicationDate < earliest) {
    ctx.add('G-2', citation, 'fail', `Domanda prematura: presentabile dal ${earliest} (${daysBefore} giorni prima dell’inizio, ${periodStart})`);
    return { earliest, latest, status: 'TOO_EARLY', benefitFrom: null, employerOwes: null };
  }
  if (applicationDate <= latest) {
    ctx.add('G-2', citation, 'pass', `Domanda nei termini: tra il ${earliest} e il ${latest}`);
    return { earliest, latest, status: 'IN_TIME', benefitFrom: periodStart, employerOwes: null };
  }
  ctx.warnSetting('lateFiling');
  const lookback = ctx.cited(LATE_FILING_LOOKBACK_DAYS, periodStart);
  if (ctx.settings.lateFiling === 'REFUSE') {
    ctx.add('G-2', lookback.citation, 'fail', `Domanda tardiva: il termine era il ${latest}`);
    return { earliest, latest, status: 'LATE', benefitFrom: null, employerOwes: null };
  }
  const benefitFrom = maxDate(periodStart, addDays(applicationDate, -lookback.value));
  if (benefitFrom > periodEnd) {
    ctx.add('G-2', lookback.citation, 'fail', `Domanda tardiva: nessun giorno del periodo cade nella settimana precedente la presentazione (${applicationDate})`);
    return { earliest, latest, status: 'LATE', benefitFrom: null, employerOwes: { from: periodStart, to: periodEnd } };
  }
  const employerOwes = benefitFrom > periodStart ? { from: periodStart, to: addDays(benefitFrom, -1) } : null;
  ctx.add(
    'G-2',
    lookback.citation,
    'warn',
    `Domanda tardiva (termine ${latest}): assegno solo dal ${benefitFrom}${employerOwes ? `; dal ${employerOwes.from} al ${employerOwes.to} il datore paga ai lavoratori l’equivalente` : ''}`,
  );
  return { earliest, latest, status: 'LATE', benefitFrom, employerOwes };
}
