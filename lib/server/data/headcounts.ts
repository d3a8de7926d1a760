import 'server-only';
import Decimal from 'decimal.js';
import { RuleContext, parseDate } from '@/lib/rules';
import { addMonthsToKey, monthKeyOf, type MonthKey } from '@/lib/rules/core/calendar-date';
import { referenceMonthFor } from '@/lib/rules/scope/workforce-test';
import { computeSizeUnits } from '@/lib/rules/size/size-units';
import type { HeadcountRow } from '@/lib/schemas/headcounts';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { dateColumn, isoDate, todayInRome } from '@/lib/server/clock';
import { DomainError } from '@/lib/server/errors';
import { recordAudit } from './audit';

// Monthly headcounts per production unit: heads for the 75 % test, size units for the class
// average with part-timers pro rata (B-2, computed with lib/rules so the rounding rule is the law's).

export type HeadcountDto = { month: string; heads: number; partTimeHeads: number; partTimeHours: string; fullTimeWeeklyHours: string; sizeUnits: string };

export async function listHeadcounts(employerId: string, productionUnitId: string): Promise<HeadcountDto[]> {
  await requireEmployerAccess(employerId, 'read');
  const rows = await prisma.headcountMonth.findMany({
    where: { employerId, productionUnitId },
    orderBy: { month: 'asc' },
    select: { month: true, heads: true, partTimeHeads: true, partTimeHours: true, fullTimeWeeklyHours: true, sizeUnits: true },
  });
  return rows.map((r) => ({
    month: isoDate(r.month).slice(0, 7),
    heads: r.heads,
    partTimeHeads: r.partTimeHeads,
    partTimeHours: r.partTimeHours.toFixed(),
    fullTimeWeeklyHours: r.fullTimeWeeklyHours.toFixed(),
    sizeUnits: r.sizeUnits.toFixed(),
  }));
}

/** Size units of a month: full-timers + part-time hours in full-time units, residual rule of B-2. */
export function sizeUnitsOf(row: Pick<HeadcountRow, 'heads' | 'partTimeHeads' | 'partTimeHours'>, fullTimeWeeklyHours: string): string {
  const ratio = new Decimal(row.partTimeHours).div(fullTimeWeeklyHours).toString();
  const result = computeSizeUnits({ fullTimeHeads: row.heads - row.partTimeHeads, partTimeRatios: row.partTimeHeads > 0 ? [ratio] : [] }, new RuleContext());
  return result.units.toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed();
}

export async function saveHeadcounts(
  employerId: string,
  input: { productionUnitId: string; fullTimeWeeklyHours: string; months: Array<HeadcountRow | null> },
): Promise<{ saved: number }> {
  const access = await requireEmployerAccess(employerId, 'write');
  const unit = await prisma.productionUnit.findFirst({ where: { id: input.productionUnitId, employerId, isActive: true }, select: { id: true } });
  if (!unit) throw new DomainError('request.productionUnitId.unknown', 'productionUnitId');
  const rows = input.months.filter((r): r is HeadcountRow => r !== null);
  return prisma.$transaction(async (tx) => {
    const saved: Array<{ month: string; heads: number; sizeUnits: string }> = [];
    for (const row of rows) {
      const sizeUnits = sizeUnitsOf(row, input.fullTimeWeeklyHours);
      const data = { heads: row.heads, partTimeHeads: row.partTimeHeads, partTimeHours: row.partTimeHours, fullTimeWeeklyHours: input.fullTimeWeeklyHours, sizeUnits };
      await tx.headcountMonth.upsert({
        where: { productionUnitId_month: { productionUnitId: unit.id, month: dateColumn(`${row.month}-01`) } },
        create: { employerId, productionUnitId: unit.id, month: dateColumn(`${row.month}-01`), ...data },
        update: data,
      });
      saved.push({ month: row.month, heads: row.heads, sizeUnits });
    }
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: employerId, action: 'headcount.save', entityType: 'ProductionUnit', entityId: unit.id, after: { months: saved } });
    return { saved: saved.length };
  });
}

/**
 * The months the rules will ask for on `today`: the reference month of the 75 % test for this
 * year (December of last year, or the first month of activity) and the six months before the
 * current one (size class). Months of next year's test (December) are asked from December on.
 */
export function neededMonths(today: string, activityStartDate: string | null): MonthKey[] {
  const day = parseDate(today);
  const start = activityStartDate ? parseDate(activityStartDate) : null;
  const current = monthKeyOf(day);
  const months = new Set<MonthKey>([referenceMonthFor(day, start)]);
  for (let i = 6; i >= 1; i--) {
    const m = addMonthsToKey(current, -i);
    if (!start || m >= monthKeyOf(start)) months.add(m);
  }
  if (start && monthKeyOf(start) === current) months.add(current);
  return [...months].sort();
}

export type HeadcountCoverage = { needed: string[]; missingByUnit: Record<string, string[]>; complete: boolean };

export async function headcountCoverage(employerId: string, today = todayInRome()): Promise<HeadcountCoverage> {
  await requireEmployerAccess(employerId, 'read');
  const [employer, units] = await Promise.all([
    prisma.employer.findUniqueOrThrow({ where: { id: employerId }, select: { activityStartDate: true } }),
    prisma.productionUnit.findMany({ where: { employerId, isActive: true }, select: { id: true } }),
  ]);
  const needed = neededMonths(today, employer.activityStartDate ? isoDate(employer.activityStartDate) : null);
  const rows = await prisma.headcountMonth.findMany({
    where: { employerId, month: { in: needed.map((m) => dateColumn(`${m}-01`)) } },
    select: { productionUnitId: true, month: true },
  });
  const have = new Set(rows.map((r) => `${r.productionUnitId}|${isoDate(r.month).slice(0, 7)}`));
  const missingByUnit: Record<string, string[]> = {};
  for (const u of units) {
    const missing = needed.filter((m) => !have.has(`${u.id}|${m}`));
    if (missing.length) missingByUnit[u.id] = missing;
  }
  return { needed, missingByUnit, complete: units.length > 0 && Object.keys(missingByUnit).length === 0 };
}

