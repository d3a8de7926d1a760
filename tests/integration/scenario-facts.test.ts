// The employer's facts read in one statement (lib/server/data/scenario.ts FACTS_SQL: the wizard,
// the pages and the filing transaction) against the rows written here, and against the batch
// builder of the radar (loadEmployerFactsMany, one ORM query per table): same facts, same shapes.
// Expected values are the rows' own values in the rules' formats (decimal strings without trailing
// zeros, monthly pay with two decimals, calendar dates, months as YYYY-MM).
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { evaluateDraftWith } from '@/lib/server/data/evaluation';
import { loadEmployerFacts, loadEmployerFactsMany, loadFactsWithWorkers, loadResolutions } from '@/lib/server/data/scenario';
import { todayInRome } from '@/lib/server/clock';
import { createEmployer, createHeadcounts, createResolutionRow, createUser, createWorker, day } from '../fixtures/factories';
import { createCompleteDraft, createReadyEmployer } from './support/journey';

const TODAY = todayInRome();

async function richEmployer() {
  const staff = await createUser(prisma, { role: 'STAFF' });
  const employer = await createEmployer(prisma, {
    bilateralFund: 'BILATERAL_ART26',
    activityStartDate: '2012-05-14',
    units: [
      { name: 'Albergo "Alle Alpi"', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' },
      { name: 'Magazzino chiuso', comuneCode: 'H612', comuneName: 'Rovereto', provinceCode: 'TN' },
      { name: 'Deposito di Verona', comuneCode: 'L781', comuneName: 'Verona', provinceCode: 'VR' },
    ],
  });
  await prisma.employer.update({ where: { id: employer.id }, data: { optInDate: day('2016-01-01') } });
  const [trento, closed, verona] = ['Trento', 'Rovereto', 'Verona'].map((c) => employer.units.find((u) => u.comuneName === c)!);
  await createHeadcounts(prisma, employer.id, trento!.id, { '2025-07': { heads: 4, sizeUnits: '3.50' }, '2025-08': { heads: 5, sizeUnits: '5.00' } });
  await createHeadcounts(prisma, employer.id, verona!.id, { '2025-07': { heads: 2, sizeUnits: '1.25' } });
  await createHeadcounts(prisma, employer.id, closed!.id, { '2025-07': 9 });
  await prisma.productionUnit.update({ where: { id: closed!.id }, data: { isActive: false } });
  const entry = (unitId: string, start: string, end: string, weeks: string, extra: Record<string, unknown> = {}) =>
    prisma.windowEntry.create({ data: { employerId: employer.id, productionUnitId: unitId, kind: 'HISTORY', cause: 'ORDINARY_MARKET', periodStart: day(start), periodEnd: day(end), weeks, ...extra } });
  const history = await entry(trento!.id, '2024-03-04', '2024-03-20', '2.50');
  const covid = await entry(trento!.id, '2021-01-04', '2021-02-26', '8.00', { cause: 'COVID19', neutralised: true });
  await entry(trento!.id, '2024-06-03', '2024-06-14', '2', { releasedAt: new Date() });
  const monthly = await createWorker(prisma, employer.id, trento!.id, { weeklyHours: '37.50', monthlyGlobalPay: '2000.5', hireDate: '2019-09-02', effectiveDaysAtUnit: 730, householdWithoutChildren: true });
  const hourly = await prisma.worker.update({
    where: { id: (await createWorker(prisma, employer.id, verona!.id, { category: 'APPRENTICE', weeklyHours: '20' })).id },
    data: { payBasis: 'HOURLY', monthlyGlobalPay: null, hourlyGlobalPay: '12.3450', apprenticeType: 'TYPE2_PROFESSIONALISING' },
  });
  const number = `T-${Date.now() % 100_000}/2026`;
  await createResolutionRow(prisma, { createdById: staff.id, number: `${number}a`, date: '2026-03-20', parameterKey: 'ORDINARY_RATE_C1_REDUCED', parameterValue: '0.25', effectiveFrom: '2026-04-01' });
  await prisma.committeeResolution.create({
    data: { number: `${number}b`, date: day('2026-03-21'), subject: 'Importo', parameterKey: 'ESODO_MONTHLY_AMOUNT', parameterValue: 812.5, createdById: staff.id },
  });
  await createResolutionRow(prisma, { createdById: staff.id, number: `${number}c`, date: '2026-03-22', parameterKey: 'NASPI_TOP_UP_MONTHS', parameterValue: 'sei' });
  return { employer, trento: trento!, verona: verona!, history, covid, monthly, hourly, number };
}

describe('the employer facts in one statement', () => {
  it('reads the active units, their headcounts, the counted ledger, the register and the workers in the rules’ formats', async () => {
    const f = await richEmployer();
    const other = await createEmployer(prisma);
    const stranger = await createWorker(prisma, other.id, other.units[0]!.id);

    const { facts, workers } = await loadFactsWithWorkers(prisma, f.employer.id, [f.monthly.id, f.hourly.id, stranger.id, 'no-such-worker']);
    expect(facts.employerId).toBe(f.employer.id);
    expect(facts.employer).toEqual({ inCigoScope: false, inCigsScope: false, bilateralFund: 'BILATERAL_ART26', optInDate: '2016-01-01', exitDate: null, activityStartDate: '2012-05-14' });
    // Creation order; the inactive unit is left out, with its headcounts.
    expect(facts.units.map((u) => u.name)).toEqual(['Albergo "Alle Alpi"', 'Deposito di Verona']);
    expect(facts.units[0]).toEqual({ id: f.trento.id, name: 'Albergo "Alle Alpi"', comuneName: 'Trento', comuneCode: 'L378', provinceCode: 'TN' });
    expect(facts.headcounts).toEqual(
      [
        { productionUnitId: f.trento.id, month: '2025-07', heads: 4, sizeUnits: '3.5' },
        { productionUnitId: f.verona.id, month: '2025-07', heads: 2, sizeUnits: '1.25' },
        { productionUnitId: f.trento.id, month: '2025-08', heads: 5, sizeUnits: '5' },
      ].sort((a, b) => (a.month === b.month ? (a.productionUnitId < b.productionUnitId ? -1 : 1) : a.month < b.month ? -1 : 1)),
    );
    // Oldest first; the released period is not counted.
    expect(facts.ledger).toEqual([
      { id: f.covid.id, productionUnitId: f.trento.id, requestId: null, kind: 'HISTORY', cause: 'COVID19', periodStart: '2021-01-04', periodEnd: '2021-02-26', weeks: '8', neutralised: true },
      { id: f.history.id, productionUnitId: f.trento.id, requestId: null, kind: 'HISTORY', cause: 'ORDINARY_MARKET', periodStart: '2024-03-04', periodEnd: '2024-03-20', weeks: '2.5', neutralised: false },
    ]);
    // Decimal values only (a word is no parameter); a JSON number becomes its decimal string.
    expect(facts.committeeResolutions.filter((r) => r.number.startsWith(f.number))).toEqual([
      { number: `${f.number}a`, date: '2026-03-20', parameterKey: 'ORDINARY_RATE_C1_REDUCED', value: '0.25', effectiveFrom: '2026-04-01' },
      { number: `${f.number}b`, date: '2026-03-21', parameterKey: 'ESODO_MONTHLY_AMOUNT', value: '812.5' },
    ]);
    // Only this employer's workers, whatever ids are asked for.
    expect([...workers.keys()].sort()).toEqual([f.monthly.id, f.hourly.id].sort());
    expect(workers.get(f.monthly.id)).toEqual({
      id: f.monthly.id,
      productionUnitId: f.trento.id,
      category: 'OPERAIO',
      contractType: 'OPEN_ENDED',
      apprenticeType: null,
      hireDate: '2019-09-02',
      effectiveDaysAtUnit: 730,
      weeklyHours: '37.5',
      payBasis: 'MONTHLY',
      monthlyGlobalPay: '2000.50',
      hourlyGlobalPay: null,
      householdWithoutChildren: true,
    });
    expect(workers.get(f.hourly.id)).toMatchObject({ productionUnitId: f.verona.id, category: 'APPRENTICE', apprenticeType: 'TYPE2_PROFESSIONALISING', weeklyHours: '20', payBasis: 'HOURLY', monthlyGlobalPay: null, hourlyGlobalPay: '12.345' });
  });

  it('gives the same facts as the batch builder of the radar, and the same register as loadResolutions', async () => {
    const f = await richEmployer();
    const single = await loadEmployerFacts(prisma, f.employer.id);
    const batch = (await loadEmployerFactsMany(prisma, [f.employer.id])).get(f.employer.id);
    expect(single).toEqual(batch);
    expect(JSON.stringify(single)).toBe(JSON.stringify(batch));
    expect(single.committeeResolutions).toEqual(await loadResolutions(prisma));
  });

  it('evaluates a draft with facts the caller read, and reads them again when they lack a worker of the draft', async () => {
    const ready = await createReadyEmployer(prisma, { today: TODAY, workers: 2 });
    const { id } = await createCompleteDraft(prisma, ready, TODAY);
    const fresh = await evaluateDraftWith(prisma, ready.employer.id, id, TODAY);
    expect(fresh.scenario?.workers.map((w) => w.id).sort()).toEqual(ready.workers.map((w) => w.id).sort());
    // Facts read for one worker only (as if the draft had changed since): the other is read again, not reported missing.
    const partial = await loadFactsWithWorkers(prisma, ready.employer.id, [ready.workers[0]!.id]);
    const again = await evaluateDraftWith(prisma, ready.employer.id, id, TODAY, { loaded: partial });
    expect(again.problems).toEqual(fresh.problems);
    expect(again.scenario).toEqual(fresh.scenario);
    expect(again.result?.totals).toEqual(fresh.result?.totals);
  });

  it('refuses an employer that does not exist', async () => {
    await expect(loadEmployerFacts(prisma, 'no-such-employer')).rejects.toThrow(/not found/);
  });
});
