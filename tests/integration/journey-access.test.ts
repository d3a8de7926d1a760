// An employer cannot read or write another employer's data through any journey action or DAL
// function: neither by naming the other employer, nor by naming its own employer together with
// ids (units, workers, requests, ledger periods) that belong to the other one.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { todayInRome } from '@/lib/server/clock';
import { AccessDeniedError } from '@/lib/server/auth/guards';
import { createCompanyAction, removeUnitAction, updateCompanyIdentityAction, updateCompanySectorAction, createUnitAction, updateUnitAction } from '@/lib/server/actions/company';
import { addHistoryAction, createWorkerAction, importWorkersAction, removeHistoryAction, removeWorkerAction, saveHeadcountsAction, updateWorkerAction } from '@/lib/server/actions/workforce';
import { createDraftAction, discardDraftAction, saveCausePeriodAction, saveProcedureAction, saveRequestWorkersAction } from '@/lib/server/actions/request-draft';
import { fileRequestAction, withdrawRequestAction } from '@/lib/server/actions/request-filing';
import { getCompany } from '@/lib/server/data/employers';
import { listUnits } from '@/lib/server/data/units';
import { listHeadcounts, headcountCoverage } from '@/lib/server/data/headcounts';
import { listWorkers, getWorker } from '@/lib/server/data/workers';
import { listHistory } from '@/lib/server/data/history';
import { evaluateDraft, getDraft, listRequests } from '@/lib/server/data/requests';
import { employerWindowsToday } from '@/lib/server/data/windows';
import { getRequestDetail } from '@/lib/server/data/request-detail';
import { dateParts } from '@/lib/schemas/fields';
import { actAs } from '../setup/actor';
import { createDelegation, createUser } from '../fixtures/factories';
import { makeCodiceFiscale, makePartitaIva } from '../fixtures/tax-codes';
import { createCompleteDraft, createReadyEmployer, completeDraft, type ReadyEmployer } from './support/journey';

const today = todayInRome();
let victim: ReadyEmployer;
let stranger: ReadyEmployer;
let victimDraftId: string;
let victimFiledId: string;
let victimHistoryId: string;
let strangerDraftId: string;

beforeAll(async () => {
  victim = await createReadyEmployer(prisma, { today, workers: 2, historyWeeks: '4' });
  stranger = await createReadyEmployer(prisma, { today, workers: 1 });
  victimDraftId = (await createCompleteDraft(prisma, victim, today)).id;
  victimFiledId = (await createCompleteDraft(prisma, victim, today)).id;
  await prisma.request.update({ where: { id: victimFiledId }, data: { status: 'FILED', protocolNumber: `FSTN-TEST-${victimFiledId}` } });
  victimHistoryId = (await prisma.windowEntry.findFirstOrThrow({ where: { employerId: victim.employer.id, kind: 'HISTORY' } })).id;
  strangerDraftId = (await createCompleteDraft(prisma, stranger, today)).id;
});
afterEach(() => actAs(null));

/** Everything the victim owns, to prove nothing changed. */
async function victimState() {
  const [employer, units, headcounts, workers, requests, ledger] = await Promise.all([
    prisma.employer.findUniqueOrThrow({ where: { id: victim.employer.id } }),
    prisma.productionUnit.findMany({ where: { employerId: victim.employer.id }, orderBy: { id: 'asc' } }),
    prisma.headcountMonth.findMany({ where: { employerId: victim.employer.id }, orderBy: { id: 'asc' } }),
    prisma.worker.findMany({ where: { employerId: victim.employer.id }, orderBy: { id: 'asc' } }),
    prisma.request.findMany({ where: { employerId: victim.employer.id }, orderBy: { id: 'asc' } }),
    prisma.windowEntry.findMany({ where: { employerId: victim.employer.id }, orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ employer, units, headcounts, workers, requests, ledger });
}

const validWorker = (unitId: string) => ({
  codiceFiscale: makeCodiceFiscale(987_654),
  lastName: 'Intruso',
  firstName: 'Ignoto',
  productionUnitId: unitId,
  category: 'OPERAIO',
  contractType: 'OPEN_ENDED',
  hireDate: '2020-01-07',
  effectiveDaysAtUnit: '100',
  weeklyHours: '40',
  payBasis: 'MONTHLY',
  monthlyGlobalPay: '1800,00',
  householdWithoutChildren: 'no',
});

/** Every write action of the journey, aimed at the victim's employer with otherwise valid input. */
function writesNamingTheVictim() {
  const v = victim.employer.id;
  const draft = completeDraft(victim, today);
  const csv = new File([`codice_fiscale;cognome;nome;categoria;contratto;data_assunzione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli\n${makeCodiceFiscale(987_655)};A;B;operaio;indeterminato;01/01/2020;100;40;mensile;1500;no`], 'l.csv', { type: 'text/csv' });
  return {
    'company.identity.update': () => updateCompanyIdentityAction({ employerId: v, legalName: 'Rubata S.r.l.', codiceFiscale: makePartitaIva(7_777_001), matricolaInps: '1234567890', activityStartDate: '2015-03-01' }),
    'company.sector.update': () => updateCompanySectorAction({ employerId: v, atecoCode: '55.10.00', sectorDescription: 'Alberghi', inCigoScope: 'yes', inCigsScope: 'no', bilateralFund: 'NONE' }),
    'unit.create': () => createUnitAction({ employerId: v, name: 'Sede finta', provinceCode: 'TN', comuneCode: 'L378' }),
    'unit.update': () => updateUnitAction({ employerId: v, unitId: victim.unit.id, name: 'Rinominata', provinceCode: 'TN', comuneCode: 'L378' }),
    'unit.remove': () => removeUnitAction({ employerId: v, unitId: victim.unit.id }),
    'headcount.save': () => saveHeadcountsAction({ employerId: v, productionUnitId: victim.unit.id, fullTimeWeeklyHours: '40', months: [{ month: today.slice(0, 7), heads: '99', partTimeHeads: '', partTimeHours: '' }] }),
    'worker.create': () => createWorkerAction({ employerId: v, ...validWorker(victim.unit.id) }),
    'worker.update': () => updateWorkerAction({ employerId: v, workerId: victim.workers[0]!.id, ...validWorker(victim.unit.id) }),
    'worker.remove': () => removeWorkerAction({ employerId: v, workerId: victim.workers[0]!.id }),
    'worker.import': () => importWorkersAction({ employerId: v, file: csv, confirm: 'on' }),
    'history.add': () => addHistoryAction({ employerId: v, productionUnitId: victim.unit.id, cause: 'ORDINARY_MARKET', periodStart: '2025-03-03', periodEnd: '2025-03-28', weeks: '4' }),
    'history.remove': () => removeHistoryAction({ employerId: v, entryId: victimHistoryId }),
    'request.draft.create': () => createDraftAction({ employerId: v }),
    'request.draft.causePeriod': () =>
      saveCausePeriodAction({ employerId: v, requestId: victimDraftId, productionUnitId: victim.unit.id, cause: 'ORDINARY_MARKET', causeDescription: 'x', reductionType: 'SUSPENSION', periodStart: dateParts(draft.causePeriod.periodStart), periodEnd: dateParts(draft.causePeriod.periodEnd), weekDays: '5', paymentMode: 'CONGUAGLIO' }),
    'request.draft.workers': () => saveRequestWorkersAction({ employerId: v, requestId: victimDraftId, lines: [{ workerId: victim.workers[0]!.id, included: true, hoursLost: '8' }] }),
    'request.draft.procedure': () => saveProcedureAction({ employerId: v, requestId: victimDraftId, unionCommunicationDate: dateParts(today), unavoidableEvent: 'no' }),
    'request.draft.discard': () => discardDraftAction({ employerId: v, requestId: victimDraftId }),
    'request.file': () => fileRequestAction({ employerId: v, requestId: victimDraftId, idempotencyKey: 'a'.repeat(64), acceptTrim: true, declaration: true }),
    'request.withdraw': () => withdrawRequestAction({ employerId: v, requestId: victimFiledId, reason: null, confirm: true }),
  };
}

/** Every read of the journey's DAL, aimed at the victim. */
function readsOfTheVictim() {
  const v = victim.employer.id;
  return {
    getCompany: () => getCompany(v),
    listUnits: () => listUnits(v),
    listHeadcounts: () => listHeadcounts(v, victim.unit.id),
    headcountCoverage: () => headcountCoverage(v, today),
    listWorkers: () => listWorkers(v),
    getWorker: () => getWorker(v, victim.workers[0]!.id),
    listHistory: () => listHistory(v),
    listRequests: () => listRequests(v),
    getDraft: () => getDraft(v, victimDraftId),
    evaluateDraft: () => evaluateDraft(v, victimDraftId, today),
    employerWindowsToday: () => employerWindowsToday(v, today),
    getRequestDetail: () => getRequestDetail(v, victimFiledId),
  };
}

describe('a stranger employer naming the victim employer', () => {
  it('is refused by every write action with FORBIDDEN, and nothing of the victim changes', async () => {
    const before = await victimState();
    actAs(stranger.owner);
    for (const [name, call] of Object.entries(writesNamingTheVictim())) {
      const result = await call();
      expect(result, name).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
    }
    expect(await victimState()).toBe(before);
  });

  it('is refused by every read of the data access layer', async () => {
    actAs(stranger.owner);
    for (const [name, call] of Object.entries(readsOfTheVictim())) {
      await expect(call(), name).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});

describe('a consultant', () => {
  it('without a delegation, or with a revoked one, is refused like a stranger', async () => {
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    await createDelegation(prisma, { employerId: victim.employer.id, consultantId: consultant.id, createdById: victim.owner.id, status: 'REVOKED' });
    const before = await victimState();
    actAs(consultant);
    for (const [name, call] of Object.entries(writesNamingTheVictim())) expect(await call(), name).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
    for (const [name, call] of Object.entries(readsOfTheVictim())) await expect(call(), name).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await victimState()).toBe(before);
  });

  it('with an active delegation acts like the employer, and the audit records both identities', async () => {
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    await createDelegation(prisma, { employerId: stranger.employer.id, consultantId: consultant.id, createdById: stranger.owner.id, startsOn: '2024-01-01' });
    actAs(consultant);
    const created = await createDraftAction({ employerId: stranger.employer.id });
    expect(created.status).toBe('success');
    const id = created.status === 'success' ? created.data.id : '';
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'request.draft.create' } });
    expect(audit).toMatchObject({ actorUserId: consultant.id, onBehalfOfEmployerId: stranger.employer.id });
  });
});

describe('staff', () => {
  it('may read an employer but every write action is refused', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    actAs(staff);
    await expect(getCompany(victim.employer.id)).resolves.toMatchObject({ id: victim.employer.id });
    const before = await victimState();
    for (const [name, call] of Object.entries(writesNamingTheVictim())) expect(await call(), name).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
    expect(await victimState()).toBe(before);
    expect(await createCompanyAction({ legalName: 'X', codiceFiscale: makePartitaIva(7_777_002), matricolaInps: '1234567890', activityStartDate: '2020-01-01' })).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('an employer naming its own company with the ids of another company', () => {
  it('cannot reach the other company’s units, workers, requests or ledger periods', async () => {
    const own = stranger.employer.id;
    const before = await victimState();
    actAs(stranger.owner);
    const draft = completeDraft(stranger, today);
    const attempts = {
      'unit.update': await updateUnitAction({ employerId: own, unitId: victim.unit.id, name: 'Presa', provinceCode: 'TN', comuneCode: 'L378' }),
      'unit.remove': await removeUnitAction({ employerId: own, unitId: victim.unit.id }),
      'headcount.save': await saveHeadcountsAction({ employerId: own, productionUnitId: victim.unit.id, fullTimeWeeklyHours: '40', months: [{ month: today.slice(0, 7), heads: '99' }] }),
      'worker.create': await createWorkerAction({ employerId: own, ...validWorker(victim.unit.id) }),
      'worker.update': await updateWorkerAction({ employerId: own, workerId: victim.workers[0]!.id, ...validWorker(stranger.unit.id) }),
      'worker.remove': await removeWorkerAction({ employerId: own, workerId: victim.workers[0]!.id }),
      'history.add': await addHistoryAction({ employerId: own, productionUnitId: victim.unit.id, cause: 'ORDINARY_MARKET', periodStart: '2025-03-03', periodEnd: '2025-03-28', weeks: '4' }),
      'history.remove': await removeHistoryAction({ employerId: own, entryId: victimHistoryId }),
      'request.draft.causePeriod (victim request)': await saveCausePeriodAction({ employerId: own, requestId: victimDraftId, productionUnitId: stranger.unit.id, cause: 'ORDINARY_MARKET', causeDescription: 'x', reductionType: 'SUSPENSION', periodStart: dateParts(draft.causePeriod.periodStart), periodEnd: dateParts(draft.causePeriod.periodEnd), weekDays: '5', paymentMode: 'CONGUAGLIO' }),
      'request.draft.causePeriod (victim unit)': await saveCausePeriodAction({ employerId: own, requestId: strangerDraftId, productionUnitId: victim.unit.id, cause: 'ORDINARY_MARKET', causeDescription: 'x', reductionType: 'SUSPENSION', periodStart: dateParts(draft.causePeriod.periodStart), periodEnd: dateParts(draft.causePeriod.periodEnd), weekDays: '5', paymentMode: 'CONGUAGLIO' }),
      'request.draft.workers (victim workers)': await saveRequestWorkersAction({ employerId: own, requestId: strangerDraftId, lines: [{ workerId: victim.workers[0]!.id, included: true, hoursLost: '8' }] }),
      'request.draft.procedure': await saveProcedureAction({ employerId: own, requestId: victimDraftId, unionCommunicationDate: dateParts(today), unavoidableEvent: 'no' }),
      'request.draft.discard': await discardDraftAction({ employerId: own, requestId: victimDraftId }),
      'request.file': await fileRequestAction({ employerId: own, requestId: victimDraftId, idempotencyKey: 'a'.repeat(64), acceptTrim: true, declaration: true }),
      'request.withdraw': await withdrawRequestAction({ employerId: own, requestId: victimFiledId, reason: null, confirm: true }),
    };
    for (const [name, result] of Object.entries(attempts)) expect(result, name).toMatchObject({ status: 'error', code: 'DOMAIN' });
    expect(await victimState()).toBe(before);
    await expect(getWorker(own, victim.workers[0]!.id)).rejects.toThrow();
    await expect(getDraft(own, victimDraftId)).rejects.toThrow();
    await expect(getRequestDetail(own, victimFiledId)).rejects.toThrow();
    expect((await listWorkers(own)).map((w) => w.id)).not.toContain(victim.workers[0]!.id);
  });
});
