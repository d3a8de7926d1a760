// How to call each action and route of the authorisation matrix with input that SUCCEEDS for an
// allowed caller (so that a denial is the guard's doing, not a validation error). Every call aims
// at company A of the world (tests/security/support/world.ts). Resources a successful call would
// consume (a draft to file, a worker to remove…) are created fresh for each call.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import * as nextAuthRoute from '@/app/api/auth/[...nextauth]/route';
import { dateParts } from '@/lib/schemas/fields';
import { draftKey } from '@/lib/server/data/requests';
import { DEMO_PASSWORD, createUser } from '../../fixtures/factories';
import { makePartitaIva } from '../../fixtures/tax-codes';
import { causePeriodInput, completeDraft } from '../../integration/support/journey';
import { ROOT } from './discover';
import { withRequest } from './request-scope';
import type { ActorKey, World } from './world';

export type ActionInput = Record<string, unknown>;
export type ActionCall = (w: World, actor: ActorKey) => Promise<ActionInput>;

let serial = Math.floor(Math.random() * 1_000_000);
const next = () => ++serial;

/** A worker the "Aggiungi lavoratore" form accepts (a fresh codice fiscale each call). */
export const validWorker = (w: World) => ({
  codiceFiscale: w.codiceFiscale(),
  lastName: 'Rossi',
  firstName: 'Maria',
  productionUnitId: w.a.unit.id,
  category: 'OPERAIO',
  contractType: 'OPEN_ENDED',
  hireDate: '2020-01-07',
  effectiveDaysAtUnit: '400',
  weeklyHours: '40',
  payBasis: 'MONTHLY',
  monthlyGlobalPay: '1800,00',
  householdWithoutChildren: 'no',
});

async function filedRef(w: World, status?: 'FILED' | 'UNDER_REVIEW' | 'INFO_REQUESTED') {
  const request = await w.filed(status);
  return { requestId: request.id, version: request.version };
}

/** Input for each defineAction, by registry name. */
export const ACTION_CALLS: Record<string, ActionCall> = {
  'company.create': async () => ({
    legalName: `Nuova Impresa ${next()} S.r.l.`,
    codiceFiscale: makePartitaIva(7_000_000 + next()),
    matricolaInps: '1234567890',
    activityStartDate: '2015-03-01',
  }),
  'company.identity.update': async (w) => ({
    employerId: w.a.employer.id,
    legalName: w.a.employer.legalName,
    codiceFiscale: w.a.employer.codiceFiscale,
    matricolaInps: w.a.employer.matricolaInps,
    activityStartDate: '2015-03-01',
  }),
  'company.sector.update': async (w) => ({ employerId: w.a.employer.id, atecoCode: '55.10.00', sectorDescription: 'Alberghi', inCigoScope: 'no', inCigsScope: 'no', bilateralFund: 'NONE' }),
  'unit.create': async (w) => ({ employerId: w.a.employer.id, name: `Sede ${next()}`, provinceCode: 'TN', comuneCode: 'L378' }),
  'unit.update': async (w) => ({ employerId: w.a.employer.id, unitId: (await w.unit()).id, name: `Sede rinominata ${next()}`, provinceCode: 'TN', comuneCode: 'L378' }),
  'unit.remove': async (w) => ({ employerId: w.a.employer.id, unitId: (await w.unit()).id }),
  'headcount.save': async (w) => ({
    employerId: w.a.employer.id,
    productionUnitId: (await w.unit()).id,
    fullTimeWeeklyHours: '40',
    months: [{ month: w.today.slice(0, 7), heads: '3', partTimeHeads: '', partTimeHours: '' }],
  }),
  'worker.create': async (w) => ({ employerId: w.a.employer.id, ...validWorker(w) }),
  'worker.update': async (w) => {
    const worker = await w.worker();
    return { employerId: w.a.employer.id, workerId: worker.id, ...validWorker(w), codiceFiscale: worker.codiceFiscale };
  },
  'worker.remove': async (w) => ({ employerId: w.a.employer.id, workerId: (await w.worker()).id }),
  'worker.import': async (w) => {
    // With the site named: calls that add units to A may run before this one.
    const csv = `codice_fiscale;cognome;nome;sede;categoria;contratto;data_assunzione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli\n${w.codiceFiscale()};Bianchi;Luca;${w.a.unit.name};operaio;indeterminato;01/01/2020;100;40;mensile;1500;no\n`;
    return { employerId: w.a.employer.id, file: new File([csv], 'lavoratori.csv', { type: 'text/csv' }) };
  },
  'history.add': async (w) => ({ employerId: w.a.employer.id, productionUnitId: w.a.unit.id, cause: 'ORDINARY_MARKET', periodStart: '2018-03-05', periodEnd: '2018-03-09', weeks: '1' }),
  'history.remove': async (w) => ({ employerId: w.a.employer.id, entryId: (await w.history()).id }),
  'request.draft.create': async (w) => ({ employerId: w.a.employer.id }),
  'request.draft.causePeriod': async (w) => {
    const cp = completeDraft(w.a, w.today).causePeriod;
    return causePeriodInput({ employerId: w.a.employer.id, requestId: (await w.draft()).id }, cp);
  },
  'request.draft.workers': async (w) => ({
    employerId: w.a.employer.id,
    requestId: (await w.draft()).id,
    lines: w.a.workers.map((worker) => ({ workerId: worker.id, included: 'on', hoursLost: '16', daysAffected: '' })),
  }),
  'request.draft.procedure': async (w) => ({
    employerId: w.a.employer.id,
    requestId: (await w.draft()).id,
    unionCommunicationDate: dateParts(w.today),
    unavoidableEvent: 'no',
    unionRecipients: 'RSU aziendale',
  }),
  'request.draft.discard': async (w) => ({ employerId: w.a.employer.id, requestId: (await w.draft()).id }),
  'request.file': async (w) => {
    const draft = await w.draft();
    const row = await w.prisma.request.findUniqueOrThrow({ where: { id: draft.id }, select: { draft: true } });
    return { employerId: w.a.employer.id, requestId: draft.id, idempotencyKey: draftKey(draft.id, row.draft), acceptTrim: 'on', declaration: 'on' };
  },
  'request.withdraw': async (w) => ({ employerId: w.a.employer.id, requestId: (await w.filed()).id, reason: '', confirm: 'on' }),
  'delegation.invite': async (w) => ({ employerId: w.a.employer.id, method: 'CODE', startsOn: dateParts(w.today), endsOn: '' }),
  'delegation.accept': async (w) => ({ code: await w.invitationCode() }),
  'delegation.acceptInvitation': async (w, actor) => ({ delegationId: (await w.invitationFor(w.users[actor]?.email ?? 'nessuno@example.it')).id }),
  'delegation.revoke': async (w) => ({ delegationId: (await w.spareDelegation()).id }),
  'import.preview': async (w) => ({ employerId: w.a.employer.id, kind: 'HEADCOUNTS', file: new File([w.headcountsCsv()], 'dipendenti.csv', { type: 'text/csv' }) }),
  'import.commit': async (w, actor) => ({ batchId: (await w.importBatch(w.users[actor]?.id ?? null)).id }),
  'import.discard': async (w, actor) => ({ batchId: (await w.importBatch(w.users[actor]?.id ?? null)).id }),
  'messages.post': async (w) => ({ requestId: (await w.filed()).id, body: 'Allego il verbale dell’accordo sindacale.' }),
  'reminders.mute': async (w) => ({ reminderId: (await w.reminder(w.a.owner.id)).id, muted: 'true' }),
  'reminders.muteAll': async () => ({ mutedAll: 'false' }),
  'review.approve': async (w) => ({ ...(await filedRef(w)), resolutionId: (await w.resolution(w.users.staff!.id)).id }),
  'review.approvePartial': async (w) => {
    const request = await w.filed();
    const lines = await w.prisma.requestWorker.findMany({ where: { requestId: request.id }, orderBy: { id: 'asc' } });
    return {
      requestId: request.id,
      version: request.version,
      resolutionId: (await w.resolution(w.users.staff!.id)).id,
      grantedStart: dateParts(request.periodStart!.toISOString().slice(0, 10)),
      grantedEnd: dateParts(request.periodEnd!.toISOString().slice(0, 10)),
      workers: lines.map((line, i) => ({ requestWorkerId: line.id, hoursGranted: i === 0 ? '8' : '0' })),
      reasonCodes: ['HOURS_NOT_DOCUMENTED'],
    };
  },
  'review.reject': async (w) => ({ ...(await filedRef(w)), resolutionId: (await w.resolution(w.users.staff!.id)).id, reasonCodes: ['UNION_PROCEDURE'] }),
  'review.requestInformation': async (w) => ({ ...(await filedRef(w, 'UNDER_REVIEW')), message: 'Inviate il verbale dell’esame congiunto.' }),
  'review.authoriseDirectPayment': async (w) => {
    const request = await w.filed();
    await w.prisma.request.update({ where: { id: request.id }, data: { paymentMode: 'DIRECT' } });
    return { requestId: request.id, version: request.version, resolutionId: (await w.resolution(w.users.staff!.id)).id, reasonCodes: ['DIRECT_PAYMENT_INSOLVENCY'] };
  },
  'review.startReview': async (w) => filedRef(w),
  'review.createResolution': async () => ({ number: `M-${next()}/2026`, date: dateParts('2026-01-15'), subject: 'Concessione dell’assegno di integrazione salariale' }),
};

/** Input (as FormData fields) for the server functions that are not defineAction results, by `<file>#<export>`. */
export const OTHER_CALLS: Record<string, ActionCall> = {
  'lib/server/actions/locale.ts#setLocaleAction': async () => ({ locale: 'it', returnTo: '/' }),
  'lib/server/actions/session.ts#signInAction': async (w) => {
    const user = await createUser(w.prisma, { role: 'EMPLOYER' });
    return { email: user.email, password: DEMO_PASSWORD };
  },
  'lib/server/actions/session.ts#signOutAction': async () => ({}),
  'lib/server/actions/simulator.ts#quickSimulationAction': async () => ({
    inCigoScope: 'no',
    inCigsScope: 'no',
    bilateralFund: 'NONE',
    trentoHeads: '8',
    otherHeads: '0',
    averageEmployees: '8',
    cause: 'ORDINARY_MARKET',
    reductionType: 'SUSPENSION',
    periodStart: { day: '3', month: '3', year: '2025' },
    periodEnd: { day: '31', month: '3', year: '2025' },
    applicationDate: { day: '20', month: '2', year: '2025' },
    weeksUsed: '',
    workers: [{ label: 'cuoco', category: 'OPERAIO', effectiveDaysAtUnit: '1100', weeklyHours: '40', monthlyGlobalPay: '2.000,00', hoursLost: '168' }],
  }),
  'lib/server/actions/simulator.ts#lr5SimulationAction': async () => ({
    supportMonth: '2010-03',
    province: 'TN',
    kind: 'EMPLOYEE',
    excludedStatus: 'NONE',
    residenceProvince: 'TN',
    domicileProvince: 'TN',
    lastEmploymentProvince: 'TN',
    availableForOffers: 'yes',
    seniorityDaysWithLastEmployer: '180',
    stateIndemnity: '900,00',
    regionalIndemnityComputed: '300',
  }),
};

// ---- routes -------------------------------------------------------------------------------------

export type RouteRequest = {
  /** Concrete path (dynamic segments filled in) and query. */
  path: string;
  params?: Record<string, string | string[]>;
  init?: RequestInit;
};
export type RouteCall = (w: World, actor: ActorKey) => Promise<RouteRequest>;

const scenario = () => readFileSync(path.join(ROOT, 'docs/rules/examples/scenario-t06-t07.json'), 'utf8');

export const ROUTE_CALLS: Record<string, RouteCall> = {
  'GET /api/health': async () => ({ path: '/api/health' }),
  'GET /api/auth/[...nextauth]': async () => ({ path: '/api/auth/csrf', params: { nextauth: ['csrf'] } }),
  'POST /api/auth/[...nextauth]': async (w) => {
    // next-auth's own credentials sign-in (used by the Playwright fixtures): CSRF token and cookie
    // from its csrf endpoint, then the form post. Success is a redirect to the callback URL.
    const user = await createUser(w.prisma, { role: 'EMPLOYER' });
    const csrfRequest = new NextRequest('http://localhost:3000/api/auth/csrf');
    const csrf = (await withRequest(csrfRequest, () => nextAuthRoute.GET(csrfRequest, { params: Promise.resolve({ nextauth: ['csrf'] }) }))) as Response;
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return {
      path: '/api/auth/callback/credentials',
      params: { nextauth: ['callback', 'credentials'] },
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ csrfToken, email: user.email, password: DEMO_PASSWORD, callbackUrl: '/' }).toString(),
      },
    };
  },
  'POST /api/v1/simulations': async () => ({
    path: '/api/v1/simulations',
    init: { method: 'POST', headers: { 'content-type': 'application/json', 'x-real-ip': `matrix-${next()}` }, body: scenario() },
  }),
  'GET /api/v1/parameters': async () => ({ path: '/api/v1/parameters?asOf=2025-06-30' }),
  'GET /api/v1/openapi.json': async () => ({ path: '/api/v1/openapi.json' }),
  'GET /aziende/[employerId]/domande/esporta': async (w) => ({ path: `/aziende/${w.a.employer.id}/domande/esporta`, params: { employerId: w.a.employer.id } }),
  'GET /consulente/esporta': async () => ({ path: '/consulente/esporta?ordina=biennio' }),
  'GET /aziende/[employerId]/domande/[requestId]/ricevuta': async (w) => {
    const request = await w.filed();
    return { path: `/aziende/${w.a.employer.id}/domande/${request.id}/ricevuta`, params: { employerId: w.a.employer.id, requestId: request.id } };
  },
  'GET /allegati/[attachmentId]': async (w) => {
    const request = await w.filed();
    const data = Buffer.from('%PDF-1.4 verbale');
    const attachment = await w.prisma.attachment.create({
      data: { requestId: request.id, filename: 'verbale.pdf', mimeType: 'application/pdf', sizeBytes: data.length, sha256: '0'.repeat(64), data, uploadedById: w.a.owner.id },
    });
    return { path: `/allegati/${attachment.id}`, params: { attachmentId: attachment.id } };
  },
  'POST /api/allegati': async (w) => {
    const request = await w.filed();
    const form = new FormData();
    form.set('requestId', request.id);
    form.set('returnTo', `/aziende/${w.a.employer.id}/domande/${request.id}`);
    form.set('file', new Blob([Buffer.from('%PDF-1.4\nverbale\n%%EOF')], { type: 'application/pdf' }), 'verbale.pdf');
    return { path: '/api/allegati', init: { method: 'POST', body: form } };
  },
  'GET /comitato/audit/export': async (w) => ({ path: `/comitato/audit/export?azienda=${w.a.employer.codiceFiscale}` }),
  'GET /comitato/report/export': async () => ({ path: '/comitato/report/export?dal=2026-01&al=2026-12' }),
  'GET /comitato/aziende/[employerId]/esporta': async (w) => ({ path: `/comitato/aziende/${w.a.employer.id}/esporta`, params: { employerId: w.a.employer.id } }),
  'GET /aziende/[employerId]/domande/[requestId]/lettera-sindacati': async (w) => {
    const draft = await w.draft();
    return { path: `/aziende/${w.a.employer.id}/domande/${draft.id}/lettera-sindacati`, params: { employerId: w.a.employer.id, requestId: draft.id } };
  },
};
