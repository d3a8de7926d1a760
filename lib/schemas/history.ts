// Periods of AIS (or of the earlier "assegno ordinario") used before the product existed: they
// count in the rolling windows (digest D-6, J-11); COVID-19 periods are kept but neutralised (D-8).
import { z } from 'zod';
import { CAUSES } from '@/lib/rules/types';
import { employerIdField } from './company';
import { choiceField, dateField, decimalField } from './fields';

export const HISTORY_MAX_WEEKS = 260;
/** Periods before 24 Sep 2015 are never counted (Min. lavoro circ. 17/2017, digest D-6). */
export const HISTORY_EARLIEST = '2015-09-24';

export const historyEntrySchema = z
  .object({
    productionUnitId: employerIdField,
    cause: choiceField(CAUSES, 'history.cause'),
    periodStart: dateField('history.periodStart'),
    periodEnd: dateField('history.periodEnd'),
    weeks: decimalField('history.weeks', { decimals: 2, min: 0, minExclusive: true, max: HISTORY_MAX_WEEKS }),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'history.periodEnd.beforeStart' });
    if (v.periodEnd < HISTORY_EARLIEST) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'history.periodEnd.tooOld' });
    // Weeks cannot exceed the calendar weeks of the period.
    const days = (Date.parse(v.periodEnd) - Date.parse(v.periodStart)) / 86_400_000 + 1;
    if (v.periodEnd >= v.periodStart && Number(v.weeks) > Math.ceil(days / 7)) ctx.addIssue({ code: 'custom', path: ['weeks'], message: 'history.weeks.moreThanPeriod' });
  });
export type HistoryEntryInput = z.input<typeof historyEntrySchema>;

export const addHistorySchema = z.object({ employerId: employerIdField }).and(historyEntrySchema);
export const removeHistorySchema = z.object({ employerId: employerIdField, entryId: employerIdField });
