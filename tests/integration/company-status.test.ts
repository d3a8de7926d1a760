// The company page's live figures (lib/server/data/company-status.ts) on real PostgreSQL, with the
// digest's worked examples: the 75 % Trentino test and the size class of a request filed on
// a given day (B-1, B-2), including part-timers converted by the headcount form's action.
import { afterEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { saveHeadcountsAction } from '@/lib/server/actions/workforce';
import { companyStatusToday } from '@/lib/server/data/company-status';
import { actAs } from '../setup/actor';
import { createEmployer, createHeadcounts, createUser } from '../fixtures/factories';

afterEach(() => actAs(null));

const TRENTO = { name: 'Sede di Trento', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' };
const VERONA = { name: 'Sede di Verona', comuneCode: 'L781', comuneName: 'Verona', provinceCode: 'VR' };

async function company(opts: { units?: Array<typeof TRENTO>; activityStartDate?: string } = {}) {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const employer = await createEmployer(prisma, { ownerId: owner.id, units: opts.units ?? [TRENTO, VERONA], activityStartDate: opts.activityStartDate ?? '2015-03-01' });
  actAs(owner);
  return employer;
}

describe('the 75 % Trentino test on the company page (digest A-6)', () => {
  it('December 2024: 8 in Trento and 3 in Verona → 8/11 = 72.73 % → not in the Fund for 2025 (worked example 1)', async () => {
    const e = await company();
    await createHeadcounts(prisma, e.id, e.units[0]!.id, { '2024-12': 8 });
    await createHeadcounts(prisma, e.id, e.units[1]!.id, { '2024-12': 3 });
    const status = await companyStatusToday(e.id, '2025-06-15');
    expect(status.workforce).toMatchObject({ state: 'computed', referenceMonth: '2024-12', trentoHeads: 8, totalHeads: 11, sharePercent: '72.73', passed: false });
  });

  it('December 2024: 9 in Trento and 3 in Verona → 9/12 = 75.00 % → in the Fund for all of 2025, whatever June says (worked example 2)', async () => {
    const e = await company();
    await createHeadcounts(prisma, e.id, e.units[0]!.id, { '2024-12': 9, '2025-06': 7 });
    await createHeadcounts(prisma, e.id, e.units[1]!.id, { '2024-12': 3, '2025-06': 3 });
    const status = await companyStatusToday(e.id, '2025-07-01');
    expect(status.workforce).toMatchObject({ state: 'computed', referenceMonth: '2024-12', sharePercent: '75.00', passed: true });
    expect(status.workforce?.state === 'computed' && status.workforce.trace.map((s) => s.outcome)).toEqual(['info', 'pass']);
  });

  it('a company started on 15 March 2025 with 4 employees in Rovereto: reference month March 2025, 4/4 = 100 % (worked example 3)', async () => {
    const e = await company({ units: [{ name: 'Negozio', comuneCode: 'H612', comuneName: 'Rovereto', provinceCode: 'TN' }], activityStartDate: '2025-03-15' });
    await createHeadcounts(prisma, e.id, e.units[0]!.id, { '2025-03': 4 });
    const status = await companyStatusToday(e.id, '2025-03-20');
    expect(status.workforce).toMatchObject({ state: 'computed', referenceMonth: '2025-03', trentoHeads: 4, totalHeads: 4, sharePercent: '100.00', passed: true });
  });

  it('says which month is missing instead of guessing', async () => {
    const e = await company();
    const status = await companyStatusToday(e.id, '2025-07-10');
    expect(status.workforce).toEqual({ state: 'missing', referenceMonth: '2024-12' });
    expect(status.size).toMatchObject({ state: 'missing', missing: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'] });
  });
});

describe('the size class on the company page (digest B-1, B-2)', () => {
  it('application on 10 July 2025, January–June 5, 5, 6, 6, 6, 6 → 34/6 = 5.67 → C2 (worked example)', async () => {
    const e = await company({ units: [TRENTO] });
    await createHeadcounts(prisma, e.id, e.units[0]!.id, { '2025-01': 5, '2025-02': 5, '2025-03': 6, '2025-04': 6, '2025-05': 6, '2025-06': 6 });
    const status = await companyStatusToday(e.id, '2025-07-10');
    expect(status.size).toMatchObject({ state: 'computed', average: '5.67', sizeClass: 'C2' });
    expect(status.size?.state === 'computed' && status.size.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
  });

  it('4 full-timers and 3 part-timers at 50 % every month, entered on the form: 1.5 part-time units, the residual half dropped → 5 → C1 (worked example)', async () => {
    const e = await company({ units: [TRENTO] });
    const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'].map((month) => ({ month, heads: '7', partTimeHeads: '3', partTimeHours: '60' }));
    const saved = await saveHeadcountsAction({ employerId: e.id, productionUnitId: e.units[0]!.id, fullTimeWeeklyHours: '40', months });
    expect(saved.status).toBe('success');
    const status = await companyStatusToday(e.id, '2025-07-10');
    expect(status.size).toMatchObject({ state: 'computed', sizeClass: 'C1' });
    expect(status.size?.state === 'computed' && Number(status.size.average)).toBe(5);
  });
});
