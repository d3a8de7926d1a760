// Real rows for the employer-journey integration tests: an employer ready to file (units,
// headcounts, workers, history) and drafts written in the stored shape of lib/schemas/request-draft.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { addDays, parseDate, weekday } from '@/lib/rules/core/calendar-date';
import { dateParts } from '@/lib/schemas/fields';
import type { StoredCausePeriod, StoredProcedure, StoredWorkers } from '@/lib/schemas/request-draft';
import { createEmployer, createHeadcounts, createUser, createWorker, day } from '../../fixtures/factories';

/** The Monday on or after `date`. */
export function mondayOnOrAfter(date: string): string {
  let d = parseDate(date);
  while (weekday(d) !== 1) d = addDays(d, 1);
  return d;
}

/** 'YYYY-MM' keys of the `count` months before `today`'s month (oldest first), and that month. */
export function monthsUpTo(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const keys: string[] = [];
  for (let i = count; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i;
    keys.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return keys;
}

export type ReadyEmployer = Awaited<ReturnType<typeof createReadyEmployer>>;

/**
 * An employer with one unit in Trento, `heads` employees every month of the last two years (C1 when
 * heads ≤ 5), `workers` workers at the unit, and optionally `historyWeeks` of ordinary AIS used
 * inside the biennium of a request filed today.
 */
export async function createReadyEmployer(
  prisma: PrismaClient,
  opts: { today: string; heads?: number; workers?: number; historyWeeks?: string; otherProvinceHeads?: number },
) {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const units = [{ name: 'Albergo di Trento', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' }];
  if (opts.otherProvinceHeads) units.push({ name: 'Deposito di Verona', comuneCode: 'L781', comuneName: 'Verona', provinceCode: 'VR' });
  const employer = await createEmployer(prisma, { ownerId: owner.id, units });
  const unit = employer.units.find((u) => u.provinceCode === 'TN')!;
  const months = monthsUpTo(opts.today, 24);
  const heads = opts.heads ?? 4;
  await createHeadcounts(prisma, employer.id, unit.id, Object.fromEntries(months.map((m) => [m, heads])));
  if (opts.otherProvinceHeads) {
    const other = employer.units.find((u) => u.provinceCode === 'VR')!;
    await createHeadcounts(prisma, employer.id, other.id, Object.fromEntries(months.map((m) => [m, opts.otherProvinceHeads!])));
  }
  const workers = [];
  for (let i = 0; i < (opts.workers ?? 1); i++) workers.push(await createWorker(prisma, employer.id, unit.id, { monthlyGlobalPay: '2000.00', weeklyHours: '40', effectiveDaysAtUnit: 400 }));
  if (opts.historyWeeks) {
    // Inside the biennium of any request starting in the next weeks: about 600 days before today.
    const start = mondayOnOrAfter(addDays(parseDate(opts.today), -600));
    await prisma.windowEntry.create({
      data: {
        employerId: employer.id,
        productionUnitId: unit.id,
        kind: 'HISTORY',
        cause: 'ORDINARY_MARKET',
        periodStart: day(start),
        periodEnd: day(addDays(parseDate(start), Math.ceil(Number(opts.historyWeeks)) * 7 - 3)),
        weeks: opts.historyWeeks,
      },
    });
  }
  return { owner, employer, unit, workers };
}

/** A complete draft: `weeks` weeks of suspension (5-day week) starting on the Monday after today + 7. */
export function completeDraft(ready: ReadyEmployer, today: string, opts: { weeks?: number; hoursLost?: string } = {}) {
  const start = mondayOnOrAfter(addDays(parseDate(today), 7));
  const end = addDays(parseDate(start), (opts.weeks ?? 2) * 7 - 3); // ends on a Friday
  const causePeriod: StoredCausePeriod = {
    productionUnitId: ready.unit.id,
    cause: 'ORDINARY_MARKET',
    crisisDueToCessation: false,
    causeDescription: 'Calo delle prenotazioni per la chiusura della strada statale.',
    reductionType: 'SUSPENSION',
    periodStart: start,
    periodEnd: end,
    weekDays: 5,
    paymentMode: 'CONGUAGLIO',
    directPaymentGrounds: [],
  };
  const workers: StoredWorkers = { lines: ready.workers.map((w) => ({ workerId: w.id, hoursLost: opts.hoursLost ?? '80', daysAffected: null })) };
  const procedure: StoredProcedure = {
    unionCommunicationDate: addDays(parseDate(today), -5),
    unavoidableEvent: false,
    weeklyReductionHours: null,
    jointExamRequestDate: null,
    agreementDate: null,
    unionRecipients: 'RSU aziendale; FILCAMS CGIL, FISASCAT CISL, UILTuCS del Trentino',
  };
  return { causePeriod, workers, procedure };
}

/** The "Causale e periodo" step's input (saveCausePeriodAction, or its form) for a stored cause and period. */
export function causePeriodInput(ids: { employerId: string; requestId: string }, cp: StoredCausePeriod) {
  return {
    ...ids,
    productionUnitId: cp.productionUnitId,
    cause: cp.cause,
    causeDescription: cp.causeDescription,
    reductionType: cp.reductionType,
    periodStart: dateParts(cp.periodStart),
    periodEnd: dateParts(cp.periodEnd),
    weekDays: '5',
    paymentMode: 'CONGUAGLIO',
  };
}

/** Creates a draft request already holding every step (as if saved through the wizard). */
export async function createCompleteDraft(prisma: PrismaClient, ready: ReadyEmployer, today: string, opts: { weeks?: number } = {}) {
  const draft = completeDraft(ready, today, opts);
  return prisma.request.create({
    data: {
      employerId: ready.employer.id,
      createdById: ready.owner.id,
      status: 'DRAFT',
      productionUnitId: ready.unit.id,
      cause: draft.causePeriod.cause,
      reductionType: draft.causePeriod.reductionType,
      periodStart: day(draft.causePeriod.periodStart),
      periodEnd: day(draft.causePeriod.periodEnd),
      draft,
    },
    select: { id: true },
  });
}
