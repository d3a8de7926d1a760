// The company set-up pages post FormData (with or without JavaScript) to the set-up actions: a
// failed post answers with the typed text so the page can show it again, a successful one with
// `ritorno=1` redirects to the next page (Post/Redirect/Get); callers without `ritorno` (API,
// tests) still get the result back.
import { afterEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { createCompanyAction, createUnitAction, removeUnitAction } from '@/lib/server/actions/company';
import { addHistoryAction, importWorkersAction, removeHistoryAction } from '@/lib/server/actions/workforce';
import { actAs } from '../setup/actor';
import { createEmployer, createUser, createWorker } from '../fixtures/factories';
import { makePartitaIva } from '../fixtures/tax-codes';

afterEach(() => actAs(null));

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** Where an action redirected (Next throws NEXT_REDIRECT with the address in its digest), or null. */
async function redirectTo(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest);
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2] ?? null;
  }
  return null;
}

describe('company set-up forms', () => {
  it('a refused post gives back every typed text, nested date parts included, and nothing is saved', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(owner);
    const cf = makePartitaIva(8_300_001);
    const wrong = `${cf.slice(0, 10)}${(Number(cf[10]) + 1) % 10}`;
    const result = await createCompanyAction(
      null,
      form({ ritorno: '1', legalName: 'Rifugio Lagorai S.r.l.', codiceFiscale: wrong, matricolaInps: '2201234567', 'activityStartDate.day': '1', 'activityStartDate.month': '3', 'activityStartDate.year': '2018', password: 'not-echoed' }),
    );
    expect(result).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      values: { legalName: 'Rifugio Lagorai S.r.l.', codiceFiscale: wrong, matricolaInps: '2201234567', activityStartDate: { day: '1', month: '3', year: '2018' } },
    });
    expect(result.status === 'error' && result.values && 'password' in result.values).toBe(false);
    expect(await prisma.employer.count({ where: { legalName: 'Rifugio Lagorai S.r.l.' } })).toBe(0);
  });

  it('a successful post with ritorno=1 redirects to the next page; without it the result comes back', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(owner);
    const cf = makePartitaIva(8_300_002);
    const to = await redirectTo(
      createCompanyAction(null, form({ ritorno: '1', legalName: 'Caseificio Vanoi S.r.l.', codiceFiscale: cf, matricolaInps: '2201234567', 'activityStartDate.day': '1', 'activityStartDate.month': '3', 'activityStartDate.year': '2018' })),
    );
    const created = await prisma.employer.findUniqueOrThrow({ where: { codiceFiscale: cf } });
    expect(to).toBe(`/aziende/${created.id}/settore?nuova=1`);

    const unitTo = await redirectTo(createUnitAction(null, form({ ritorno: '1', employerId: created.id, name: 'Caseificio', provinceCode: 'TN', comuneCode: 'L378' })));
    expect(unitTo).toBe(`/aziende/${created.id}?esito=sede-aggiunta`);
    const plain = await createUnitAction({ employerId: created.id, name: 'Spaccio', provinceCode: 'TN', comuneCode: 'H612' });
    expect(plain.status).toBe('success');
    const units = await prisma.productionUnit.findMany({ where: { employerId: created.id }, orderBy: { createdAt: 'asc' } });
    expect(units.map((u) => [u.name, u.comuneName])).toEqual([
      ['Caseificio', 'Trento'],
      ['Spaccio', 'Rovereto'],
    ]);
  });

  it('a refused removal stays on the page with the reason; an allowed one redirects', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const employer = await createEmployer(prisma, { ownerId: owner.id });
    const unit = employer.units[0]!;
    actAs(owner);
    const added = await redirectTo(addHistoryAction(null, form({ ritorno: '1', employerId: employer.id, productionUnitId: unit.id, cause: 'ORDINARY_MARKET', periodStart: '2019-03-04', periodEnd: '2019-03-15', weeks: '2' })));
    expect(added).toBe(`/aziende/${employer.id}/storico?esito=aggiunto`);
    // The unit now has a period in its ledger: it is kept (history must stay readable).
    const refused = await removeUnitAction(null, form({ ritorno: '1', employerId: employer.id, unitId: unit.id }));
    expect(refused).toMatchObject({ status: 'error', code: 'DOMAIN', formErrors: ['La sede ha lavoratori o domande collegati: non può essere eliminata'] });
    const entry = await prisma.windowEntry.findFirstOrThrow({ where: { employerId: employer.id, kind: 'HISTORY' } });
    expect(await redirectTo(removeHistoryAction(null, form({ ritorno: '1', employerId: employer.id, entryId: entry.id })))).toBe(`/aziende/${employer.id}/storico?esito=rimosso`);
  });

  it('a unit with a worker or a request is kept; an unused one is removed', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const employer = await createEmployer(prisma, {
      ownerId: owner.id,
      units: ['Officina', 'Magazzino', 'Spaccio'].map((name) => ({ name, comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' })),
    });
    const [withWorker, withRequest, unused] = employer.units as [(typeof employer.units)[0], (typeof employer.units)[0], (typeof employer.units)[0]];
    await createWorker(prisma, employer.id, withWorker.id);
    await prisma.request.create({ data: { employerId: employer.id, productionUnitId: withRequest.id, createdById: owner.id } });
    actAs(owner);
    const inUse = { status: 'error', code: 'DOMAIN', formErrors: ['La sede ha lavoratori o domande collegati: non può essere eliminata'] };
    expect(await removeUnitAction(null, form({ ritorno: '1', employerId: employer.id, unitId: withWorker.id }))).toMatchObject(inUse);
    expect(await removeUnitAction(null, form({ ritorno: '1', employerId: employer.id, unitId: withRequest.id }))).toMatchObject(inUse);
    expect(await redirectTo(removeUnitAction(null, form({ ritorno: '1', employerId: employer.id, unitId: unused.id })))).toBe(`/aziende/${employer.id}?esito=sede-rimossa`);
    const active = await prisma.productionUnit.findMany({ where: { employerId: employer.id, isActive: true }, select: { name: true }, orderBy: { name: 'asc' } });
    expect(active.map((u) => u.name)).toEqual(['Magazzino', 'Officina']);
  });

  it('a refused CSV file is not echoed back and saves nothing', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const employer = await createEmployer(prisma, { ownerId: owner.id });
    actAs(owner);
    const result = await importWorkersAction(null, form({ ritorno: '1', employerId: employer.id, confirm: 'on', file: new File(['codice_fiscale;cognome\nXX;Rossi\n'], 'l.csv', { type: 'text/csv' }) }));
    expect(result.status).toBe('success');
    expect(result.status === 'success' && result.data.ok).toBe(false);
    expect(await prisma.worker.count({ where: { employerId: employer.id } })).toBe(0);
    const empty = await importWorkersAction(null, form({ ritorno: '1', employerId: employer.id, confirm: 'on' }));
    expect(empty).toMatchObject({ status: 'error', fieldErrors: { file: ['Scegli il file CSV dei lavoratori'] }, values: { employerId: employer.id, confirm: 'on' } });
    expect(empty.status === 'error' && empty.values && 'file' in empty.values).toBe(false);
  });
});

describe('the workers list', () => {
  it('is paged 50 at a time in name order, and a page past the end shows the last one', async () => {
    const { listWorkersPage } = await import('@/lib/server/data/workers');
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const employer = await createEmployer(prisma, { ownerId: owner.id });
    const { makeCodiceFiscale } = await import('../fixtures/tax-codes');
    await prisma.worker.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        employerId: employer.id,
        productionUnitId: employer.units[0]!.id,
        codiceFiscale: makeCodiceFiscale(8_400_000 + i),
        lastName: `Cognome ${String(i).padStart(3, '0')}`,
        firstName: 'Nome',
        category: 'OPERAIO' as const,
        contractType: 'OPEN_ENDED' as const,
        hireDate: new Date('2020-01-07T00:00:00Z'),
        effectiveDaysAtUnit: 400,
        weeklyHours: '40',
        payBasis: 'MONTHLY' as const,
        monthlyGlobalPay: '1800',
        householdWithoutChildren: false,
      })),
    });
    actAs(owner);
    const third = await listWorkersPage(employer.id, 3);
    expect({ total: third.total, page: third.page, pageCount: third.pageCount, rows: third.workers.length, first: third.workers[0]?.lastName }).toEqual({ total: 120, page: 3, pageCount: 3, rows: 20, first: 'Cognome 100' });
    expect((await listWorkersPage(employer.id, 99)).page).toBe(3);
    expect((await listWorkersPage(employer.id, Number.NaN)).workers[0]?.lastName).toBe('Cognome 000');
  });
});
