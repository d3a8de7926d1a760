// The public simulator's form (/simulatore): a quick estimate for a company and up to five
// workers. The form asks in people's words (head counts, an average, a few workers); this schema
// validates exactly what the form sends — in the browser (react-hook-form + zodResolver) and in
// the server action — with the journey's field builders and messages, and `quickScenario()` turns
// the answers into a full scenario that is then validated by THE scenario schema of the API
// (lib/schemas/simulation.ts) and evaluated by lib/rules. Nothing is stored.
import { z } from 'zod';
import { addDays, addMonths, minDate, monthKeyOf, type CalendarDate } from '@/lib/rules/core/calendar-date';
import type { Scenario } from '@/lib/rules/simulate/types';
import { BILATERAL_FUND_COVERS, REDUCTION_TYPES, WORKER_CATEGORIES, type Cause } from '@/lib/rules/types';
import { choiceField, dateField, decimalField, integerField, optionalDecimalField, optionalTextField, yesNoField } from './fields';
import { SIMULATION_FIRST_PERIOD_START } from './simulation-bounds';

// The journey's worker bounds (lib/schemas/workers.ts), repeated rather than imported so that the
// public page's browser bundle does not carry the worker schema and its tax-code libraries; a unit
// test keeps the two equal.
export const EFFECTIVE_DAYS_MAX = 40_000;
export const WEEKLY_HOURS_MAX = 60;
export const MONTHLY_PAY_MAX = 100_000;
/** As the wizard's REQUEST_CAUSES (lib/schemas/request-cause-period.ts): COVID-19 is history only. */
export const QUICK_CAUSES = ['ORDINARY_TRANSITORY_EVENT', 'ORDINARY_MARKET', 'ORDINARY_BAD_WEATHER', 'CRISIS', 'REORGANISATION', 'SOLIDARITY_CONTRACT'] as const satisfies readonly Cause[];
export const PERIOD_MAX_DAYS = 3 * 366;

export const QUICK_MAX_WORKERS = 5;
export const QUICK_MAX_HEADS = 100_000;
export const QUICK_MAX_HOURS_LOST = 9_999;
export const QUICK_LABEL_MAX = 40;

export const quickWorkerSchema = z.object({
  label: optionalTextField('simulator.worker.label', QUICK_LABEL_MAX),
  category: choiceField(WORKER_CATEGORIES, 'worker.category'),
  effectiveDaysAtUnit: integerField('worker.effectiveDaysAtUnit', { min: 0, max: EFFECTIVE_DAYS_MAX }),
  weeklyHours: decimalField('worker.weeklyHours', { decimals: 2, min: 0, minExclusive: true, max: WEEKLY_HOURS_MAX }),
  monthlyGlobalPay: decimalField('worker.monthlyGlobalPay', { decimals: 2, min: 1, max: MONTHLY_PAY_MAX }),
  hoursLost: decimalField('simulator.worker.hoursLost', { decimals: 2, min: 0, minExclusive: true, max: QUICK_MAX_HOURS_LOST }),
});

export const quickSimulationSchema = z
  .object({
    inCigoScope: yesNoField('simulator.inCigoScope'),
    inCigsScope: yesNoField('simulator.inCigsScope'),
    bilateralFund: choiceField(BILATERAL_FUND_COVERS, 'simulator.bilateralFund'),
    trentoHeads: integerField('simulator.trentoHeads', { min: 0, max: QUICK_MAX_HEADS }),
    otherHeads: integerField('simulator.otherHeads', { min: 0, max: QUICK_MAX_HEADS }),
    averageEmployees: decimalField('simulator.averageEmployees', { decimals: 2, min: 0, max: QUICK_MAX_HEADS }),
    cause: choiceField(QUICK_CAUSES, 'request.cause'),
    reductionType: choiceField(REDUCTION_TYPES, 'request.reductionType'),
    periodStart: dateField('request.periodStart'),
    periodEnd: dateField('request.periodEnd'),
    applicationDate: dateField('simulator.applicationDate'),
    weeksUsed: optionalDecimalField('simulator.weeksUsed', { decimals: 2, min: 0, max: 104 }),
    workers: z
      .array(quickWorkerSchema, { error: 'simulator.workers.required' })
      .min(1, 'simulator.workers.required')
      .max(QUICK_MAX_WORKERS, 'simulator.workers.tooMany'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.trentoHeads + v.otherHeads === 0) issue('trentoHeads', 'simulator.trentoHeads.none');
    if (v.periodStart < SIMULATION_FIRST_PERIOD_START) issue('periodStart', 'simulator.periodStart.before2022');
    if (v.periodEnd < v.periodStart) issue('periodEnd', 'request.periodEnd.beforeStart');
    else if ((Date.parse(v.periodEnd) - Date.parse(v.periodStart)) / 86_400_000 + 1 > PERIOD_MAX_DAYS) issue('periodEnd', 'request.periodEnd.tooLong');
  });

export type QuickSimulationInput = z.input<typeof quickSimulationSchema>;
export type QuickSimulation = z.output<typeof quickSimulationSchema>;

/** Empty answers for a new form: one worker row. */
export function emptyQuickWorker(): Record<keyof z.output<typeof quickWorkerSchema>, string> {
  return { label: '', category: '', effectiveDaysAtUnit: '', weeklyHours: '', monthlyGlobalPay: '', hoursLost: '' };
}

const TRENTO = 'tn';
const ELSEWHERE = 'other';

/**
 * The scenario of the quick answers (evaluated as of `today`):
 * - one production unit in Trento with the December head count (75 % test, A-6) and, when there
 *   are employees elsewhere, one unit outside the Province for them;
 * - the semester average as the full-time units of each of the 6 months before the application
 *   month (B-1), on the Trento unit;
 * - the weeks already authorised in the last two years as one history period of ordinary causes
 *   that ends the day before the request (the windows count it whole);
 * - workers on open-ended contracts paid monthly, with their effective days, weekly hours, pay and
 *   hours lost; the union procedure left to do (the result says it is still needed).
 */
export function quickScenario(q: QuickSimulation, today: string): Scenario {
  const start = q.periodStart as CalendarDate;
  const application = q.applicationDate as CalendarDate;
  const december = `${Number(start.slice(0, 4)) - 1}-12`;
  const semester = Array.from({ length: 6 }, (_, i) => monthKeyOf(addMonths(application, -(i + 1)))).reverse();
  const months = [...new Set([december, ...semester])].sort();
  const headcounts: Scenario['headcounts'] = months.map((month) => ({ productionUnitId: TRENTO, month, heads: q.trentoHeads, sizeUnits: q.averageEmployees }));
  if (q.otherHeads > 0) headcounts.push({ productionUnitId: ELSEWHERE, month: december, heads: q.otherHeads, sizeUnits: '0' });
  const weeksUsed = q.weeksUsed ? Number(q.weeksUsed) : 0;
  const ledger: Scenario['ledger'] =
    weeksUsed > 0
      ? [
          {
            productionUnitId: TRENTO,
            kind: 'HISTORY',
            cause: 'ORDINARY_MARKET',
            periodStart: addDays(start, -Math.ceil(weeksUsed * 7)),
            periodEnd: addDays(start, -1),
            weeks: q.weeksUsed!,
            neutralised: false,
          },
        ]
      : [];
  return {
    asOf: today,
    applicationDate: application,
    employer: { inCigoScope: q.inCigoScope, inCigsScope: q.inCigsScope, bilateralFund: q.bilateralFund, companyHeadcount: q.trentoHeads + q.otherHeads },
    units: [
      { id: TRENTO, provinceCode: 'TN', comuneName: 'Provincia di Trento' },
      ...(q.otherHeads > 0 ? [{ id: ELSEWHERE, provinceCode: 'XX', comuneName: 'Fuori provincia' }] : []),
    ],
    headcounts,
    ledger,
    request: { productionUnitId: TRENTO, cause: q.cause, reductionType: q.reductionType, periodStart: start, periodEnd: q.periodEnd, weekDays: 5, paymentMode: 'CONGUAGLIO' },
    workers: q.workers.map((w, i) => ({
      id: `${i + 1}`,
      category: w.category,
      contractType: 'OPEN_ENDED',
      // Only the days count (F-4); a hire date before both the application and the period keeps
      // the worker "in service" for the whole request.
      hireDate: addDays(minDate(application, start), -Math.max(w.effectiveDaysAtUnit, 1)),
      effectiveDaysAtUnit: w.effectiveDaysAtUnit,
      weeklyHours: w.weeklyHours,
      payBasis: 'MONTHLY',
      monthlyGlobalPay: w.monthlyGlobalPay,
      householdWithoutChildren: false,
      hoursLost: w.hoursLost,
    })),
    procedure: {},
  };
}
