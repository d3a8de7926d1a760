// The Committee's decisions against real PostgreSQL: what each decision writes (status, history,
// grant, ledger, audit, e-mails), what it refuses (withdrawn, already decided, stale, bad input)
// with nothing applied, and two decisions fired at the same request at the same moment.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';

const mailDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/fstn-review-mail-${process.pid}-${Date.now()}`;
  process.env.MAIL_DIR = dir;
  return dir;
});

import { prisma } from '@/lib/server/db';
import { dateParts } from '@/lib/schemas/fields';
import {
  approveRequestAction,
  approveRequestInPartAction,
  authoriseDirectPaymentAction,
  rejectRequestAction,
  requestInformationAction,
  startReviewAction,
} from '@/lib/server/actions/review';
import { postRequestMessageAction } from '@/lib/server/actions/messages';
import { withdrawRequestAction } from '@/lib/server/actions/request-filing';
import { getRequestDetail } from '@/lib/server/data/request-detail';
import { listRequestMessages } from '@/lib/server/data/messages';
import { getRequestForReview, reevaluate } from '@/lib/server/data/review-request';
import { actAs, asActor } from '../setup/actor';
import { createDelegation, createEmployer, createFiledRequest, createResolutionRow, createUser, createWorker } from '../fixtures/factories';

// The day the Committee decides: 10 June 2026. Requests are for 9 March – 29 May 2026.
const TODAY = '2026-06-10';
const previousToday = process.env.FSTN_TODAY;
beforeAll(() => {
  process.env.FSTN_TODAY = TODAY;
});
afterAll(() => {
  if (previousToday === undefined) delete process.env.FSTN_TODAY;
  else process.env.FSTN_TODAY = previousToday;
  actAs(null);
});

type Users = Awaited<ReturnType<typeof setup>>;

const parts = dateParts;

async function setup() {
  const staff = await createUser(prisma, { role: 'STAFF' });
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const consultant = await createUser(prisma, { role: 'CONSULTANT' });
  const employer = await createEmployer(prisma, { ownerId: owner.id });
  await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id, startsOn: '2024-01-01' });
  const unit = employer.units[0]!;
  const w1 = await createWorker(prisma, employer.id, unit.id, { monthlyGlobalPay: '2000.00', weeklyHours: '40' });
  const w2 = await createWorker(prisma, employer.id, unit.id, { monthlyGlobalPay: '1300.00', weeklyHours: '40' });
  const resolution = await createResolutionRow(prisma, { createdById: staff.id, date: '2026-06-05' });
  return { staff, owner, consultant, employer, unit, w1, w2, resolution };
}

async function fileRequest(u: Users, extra: Partial<Parameters<typeof createFiledRequest>[1]> = {}) {
  return createFiledRequest(prisma, {
    employerId: u.employer.id,
    createdById: u.owner.id,
    workers: [{ id: u.w1.id }, { id: u.w2.id }],
    periodStart: '2026-03-09',
    periodEnd: '2026-05-29',
    applicationDate: '2026-03-02',
    ...extra,
  });
}

async function state(requestId: string) {
  const request = await prisma.request.findUniqueOrThrow({ where: { id: requestId }, include: { workers: true, decisions: true, windowEntries: true, statusChanges: true } });
  const audit = await prisma.auditEvent.count({ where: { entityType: 'Request', entityId: requestId } });
  return { request, audit };
}

/** Whatever a refused decision leaves behind must equal what was there before. */
async function expectUnchanged(requestId: string, before: Awaited<ReturnType<typeof state>>) {
  const after = await state(requestId);
  expect(after.request.status).toBe(before.request.status);
  expect(after.request.version).toBe(before.request.version);
  expect(after.request.decisions).toHaveLength(before.request.decisions.length);
  expect(after.request.statusChanges).toHaveLength(before.request.statusChanges.length);
  expect(after.request.windowEntries.map((e) => [e.kind, e.releasedAt === null, e.weeks.toString()])).toEqual(before.request.windowEntries.map((e) => [e.kind, e.releasedAt === null, e.weeks.toString()]));
  expect(after.request.workers.map((w) => w.hoursGranted)).toEqual(before.request.workers.map((w) => w.hoursGranted));
  expect(after.audit).toBe(before.audit);
}

function mails(reference: string): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(mailDir);
  } catch {
    return [];
  }
  return files.filter((f) => f.includes(reference.replace(/[^a-zA-Z0-9_-]/g, '_'))).map((f) => readFileSync(path.join(mailDir, f), 'utf8'));
}

describe('approving a request', () => {
  it('grants the weeks the rules computed at filing: the reservation becomes AUTHORISED, with history, audit, conguaglio deadline and e-mails to the employer and its consultant', async () => {
    const u = await setup();
    const { request, result } = await fileRequest(u);
    // 9 March – 29 May 2026 is 60 weekdays: 12 weeks (D-7, ÷ 5), within the C1 maximum of 13.
    expect(result.weeksGranted).toBe('12');
    actAs(u.staff);
    const outcome = await approveRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id });
    expect(outcome).toMatchObject({ status: 'success', data: { status: 'APPROVED', version: 1 } });

    const { request: after, audit } = await state(request.id);
    expect(after.status).toBe('APPROVED');
    expect(after.weeksGranted?.toString()).toBe('12');
    expect(after.totalGrossGranted?.toString()).toBe(after.totalGross?.toString());
    // G-6: later of the end of the pay period (31 May) and the authorisation (10 June), + 6 months.
    expect(after.conguaglioBy?.toISOString().slice(0, 10)).toBe('2026-12-10');
    expect(after.decisions).toEqual([expect.objectContaining({ kind: 'APPROVE', resolutionId: u.resolution.id, decidedById: u.staff.id })]);
    expect(after.statusChanges.map((s) => [s.fromStatus, s.toStatus])).toEqual([
      [null, 'FILED'],
      ['FILED', 'APPROVED'],
    ]);
    const reserved = after.windowEntries.filter((e) => e.kind === 'RESERVED');
    const authorised = after.windowEntries.filter((e) => e.kind === 'AUTHORISED');
    expect(reserved.every((e) => e.releasedAt !== null)).toBe(true);
    expect(authorised.map((e) => [e.periodStart.toISOString().slice(0, 10), e.periodEnd.toISOString().slice(0, 10), e.weeks.toString(), e.releasedAt])).toEqual([['2026-03-09', '2026-05-29', '12', null]]);
    expect(audit).toBe(1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: request.id } });
    expect(event).toMatchObject({ actorUserId: u.staff.id, onBehalfOfEmployerId: u.employer.id, action: 'request.decision.approve', before: { status: 'FILED', version: 0 } });
    expect(event.after).toMatchObject({ status: 'APPROVED', version: 1, decision: { kind: 'APPROVE', resolution: { number: u.resolution.number } } });

    const sent = mails(`decision:${after.decisions[0]!.id}`);
    expect(sent).toHaveLength(2);
    expect(sent.join('\n')).toContain(u.owner.email);
    expect(sent.join('\n')).toContain(u.consultant.email);
    expect(sent[0]).toContain(request.protocolNumber!);
    expect(sent[0]).toMatch(/approvata/);
  });
});

describe('approving in part, by period and by worker', () => {
  it('grants April only, to one worker: 22 weekdays = 4.4 weeks; 168 hours; the 2026 monthly cap; the rest of the reservation is freed', async () => {
    const u = await setup();
    const { request } = await fileRequest(u);
    const [line1, line2] = [request.workers.find((w) => w.workerId === u.w1.id)!, request.workers.find((w) => w.workerId === u.w2.id)!];
    actAs(u.staff);
    const outcome = await approveRequestInPartAction({
      requestId: request.id,
      version: 0,
      resolutionId: u.resolution.id,
      grantedStart: parts('2026-04-01'),
      grantedEnd: parts('2026-04-30'),
      workers: [
        { requestWorkerId: line1.id, hoursGranted: line1.hoursLost.toString().replace('.', ',') },
        { requestWorkerId: line2.id, hoursGranted: '0' },
      ],
      reasonCodes: ['HOURS_NOT_DOCUMENTED', 'WORKER_SENIORITY'],
    });
    expect(outcome).toMatchObject({ status: 'success', data: { status: 'PARTIALLY_APPROVED' } });

    const { request: after } = await state(request.id);
    expect(after.weeksGranted?.toString()).toBe('4.4');
    const w1 = after.workers.find((w) => w.id === line1.id)!;
    const w2 = after.workers.find((w) => w.id === line2.id)!;
    // April 2026 has 21 workable days (Easter Monday 6 April is a holiday): 21 × 8 h = 168 h fully
    // suspended; 80 % × 2,000.00/173 × 168 = 1,553.76 is above the 2026 cap (T03) → 1,423.69 / 1,340.56.
    expect([w1.hoursGranted?.toString(), w1.grossGranted?.toString(), w1.netGranted?.toString()]).toEqual(['168', '1423.69', '1340.56']);
    expect([w2.hoursGranted?.toString(), w2.grossGranted?.toString()]).toEqual(['0', '0']);
    expect(after.totalGrossGranted?.toString()).toBe('1423.69');
    const authorised = after.windowEntries.filter((e) => e.kind === 'AUTHORISED' && e.releasedAt === null);
    expect(authorised.map((e) => [e.periodStart.toISOString().slice(0, 10), e.periodEnd.toISOString().slice(0, 10), e.weeks.toString()])).toEqual([['2026-04-01', '2026-04-30', '4.4']]);
    expect(after.windowEntries.filter((e) => e.kind === 'RESERVED' && e.releasedAt === null)).toHaveLength(0);
    expect(after.decisions[0]).toMatchObject({ kind: 'APPROVE_PARTIAL', reasonCodes: ['HOURS_NOT_DOCUMENTED', 'WORKER_SENIORITY'] });
    expect(after.decisions[0]!.grantedStart?.toISOString().slice(0, 10)).toBe('2026-04-01');
  });
});

describe('rejecting a request', () => {
  it('records the reason codes and frees the whole reservation', async () => {
    const u = await setup();
    const { request } = await fileRequest(u);
    actAs(u.staff);
    const outcome = await rejectRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['UNION_PROCEDURE'], note: 'Manca il verbale.' });
    expect(outcome).toMatchObject({ status: 'success', data: { status: 'REJECTED' } });
    const { request: after } = await state(request.id);
    expect(after.status).toBe('REJECTED');
    expect(after.decisions[0]).toMatchObject({ kind: 'REJECT', reasonCodes: ['UNION_PROCEDURE'], note: 'Manca il verbale.' });
    expect(after.windowEntries.filter((e) => e.releasedAt === null)).toHaveLength(0);
    expect(after.windowEntries.some((e) => e.kind === 'AUTHORISED')).toBe(false);
  });
});

describe('asking for more information', () => {
  it('sends the request back to the employer, whose answer in the thread returns it to review', async () => {
    const u = await setup();
    const { request } = await fileRequest(u);
    actAs(u.staff);
    expect(await startReviewAction({ requestId: request.id, version: 0 })).toMatchObject({ status: 'success', data: { version: 1 } });
    const asked = await requestInformationAction({ requestId: request.id, version: 1, message: 'Allegate il verbale dell’esame congiunto.' });
    expect(asked).toMatchObject({ status: 'success', data: { status: 'INFO_REQUESTED', version: 2 } });

    actAs(u.owner);
    const thread = await listRequestMessages(request.id);
    expect(thread).toMatchObject({ awaitingEmployer: true, canPost: true });
    expect(thread.messages.map((m) => [m.side, m.body])).toEqual([['COMMITTEE', 'Allegate il verbale dell’esame congiunto.']]);
    const answer = await postRequestMessageAction({ requestId: request.id, body: 'Ecco il verbale del 20 febbraio.' });
    expect(answer).toMatchObject({ status: 'success', data: { returnedToReview: true } });

    const { request: after } = await state(request.id);
    expect(after.status).toBe('UNDER_REVIEW');
    expect(after.version).toBe(3);
    expect(after.statusChanges.map((s) => s.toStatus)).toEqual(['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'UNDER_REVIEW']);
    // The reservation stays while the request is under review.
    expect(after.windowEntries.filter((e) => e.kind === 'RESERVED' && e.releasedAt === null)).toHaveLength(1);

    // The consultant with an active delega reads the same thread; another employer does not.
    actAs(u.consultant);
    expect((await listRequestMessages(request.id)).messages).toHaveLength(2);
    const stranger = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(stranger);
    await expect(listRequestMessages(request.id)).rejects.toThrow('Accesso non consentito');
    expect(await postRequestMessageAction({ requestId: request.id, body: 'Intruso' })).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
  });
});

describe('decisions that must be refused, with nothing applied', () => {
  it('a decision on a withdrawn request', async () => {
    const u = await setup();
    const { request } = await fileRequest(u, { status: 'WITHDRAWN' });
    const before = await state(request.id);
    actAs(u.staff);
    const outcome = await approveRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id });
    expect(outcome).toEqual({ status: 'error', code: 'DOMAIN', fieldErrors: {}, formErrors: ['L’azienda ha ritirato la domanda: non si può più decidere'] });
    expect(await rejectRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['SCOPE_CIGO'] })).toMatchObject({ code: 'DOMAIN' });
    await expectUnchanged(request.id, before);
  });

  it('a second decision on a request already decided', async () => {
    const u = await setup();
    const { request } = await fileRequest(u);
    actAs(u.staff);
    await approveRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id });
    const before = await state(request.id);
    const outcome = await rejectRequestAction({ requestId: request.id, version: 1, resolutionId: u.resolution.id, reasonCodes: ['SCOPE_CIGO'] });
    expect(outcome).toMatchObject({ status: 'error', formErrors: ['La domanda è già stata decisa: una nuova decisione non è possibile'] });
    await expectUnchanged(request.id, before);
  });

  it('a decision taken on an outdated page (stale version)', async () => {
    const u = await setup();
    const { request } = await fileRequest(u);
    const before = await state(request.id);
    actAs(u.staff);
    const outcome = await approveRequestAction({ requestId: request.id, version: 7, resolutionId: u.resolution.id });
    expect(outcome).toMatchObject({ status: 'error', formErrors: [expect.stringMatching(/modificata da un’altra persona/)] });
    await expectUnchanged(request.id, before);
  });

  it('a partial approval larger than requested: more hours than requested, or days outside the period', async () => {
    const u = await setup();
    const { request } = await fileRequest(u);
    const line = request.workers[0]!;
    const before = await state(request.id);
    actAs(u.staff);
    const base = { requestId: request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['HOURS_NOT_DOCUMENTED'] };
    const tooManyHours = await approveRequestInPartAction({
      ...base,
      grantedStart: parts('2026-03-09'),
      grantedEnd: parts('2026-05-29'),
      workers: [{ requestWorkerId: line.id, hoursGranted: String(Number(line.hoursLost) + 1) }],
    });
    expect(tooManyHours).toMatchObject({ status: 'error', code: 'DOMAIN', fieldErrors: { 'workers.0.hoursGranted': ['Le ore riconosciute non possono superare le ore richieste'] } });
    const outside = await approveRequestInPartAction({ ...base, grantedStart: parts('2026-03-02'), grantedEnd: parts('2026-04-30'), workers: [{ requestWorkerId: line.id, hoursGranted: '10' }] });
    expect(outside).toMatchObject({ status: 'error', fieldErrors: { grantedStart: ['Il periodo concesso deve stare dentro il periodo richiesto e pagabile'] } });
    const after = await approveRequestInPartAction({ ...base, grantedStart: parts('2026-04-01'), grantedEnd: parts('2026-06-30'), workers: [{ requestWorkerId: line.id, hoursGranted: '10' }] });
    expect(after).toMatchObject({ status: 'error', fieldErrors: { grantedEnd: ['Il periodo concesso deve stare dentro il periodo richiesto e pagabile'] } });
    const nothing = await approveRequestInPartAction({ ...base, grantedStart: parts('2026-04-01'), grantedEnd: parts('2026-04-30'), workers: [{ requestWorkerId: line.id, hoursGranted: '0' }] });
    expect(nothing).toMatchObject({ status: 'error', formErrors: [expect.stringMatching(/non concede nulla/)] });
    const foreign = await approveRequestInPartAction({ ...base, grantedStart: parts('2026-04-01'), grantedEnd: parts('2026-04-30'), workers: [{ requestWorkerId: 'not-a-line', hoursGranted: '1' }] });
    expect(foreign).toMatchObject({ status: 'error', fieldErrors: { 'workers.0.hoursGranted': ['Il lavoratore non fa parte della domanda'] } });
    await expectUnchanged(request.id, before);
  });

  it('a decision without a resolution, with an unknown resolution, or with a reason code that does not exist', async () => {
    const u = await setup();
    const { request } = await fileRequest(u);
    const before = await state(request.id);
    actAs(u.staff);
    expect(await rejectRequestAction({ requestId: request.id, version: 0, resolutionId: '', reasonCodes: ['SCOPE_CIGO'] })).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      fieldErrors: { resolutionId: ['Scegli la delibera del Comitato che decide la domanda'] },
    });
    expect(await approveRequestAction({ requestId: request.id, version: 0 } as never)).toMatchObject({ code: 'VALIDATION', fieldErrors: { resolutionId: expect.any(Array) } });
    expect(await approveRequestAction({ requestId: request.id, version: 0, resolutionId: 'delibera-inesistente' })).toMatchObject({
      code: 'DOMAIN',
      fieldErrors: { resolutionId: ['La delibera scelta non è nel registro'] },
    });
    expect(await rejectRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['NON_ESISTE'] })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { reasonCodes: ['Motivo sconosciuto: scegli un motivo dall’elenco'] },
    });
    expect(await rejectRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: [] })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { reasonCodes: ['Scegli almeno un motivo'] },
    });
    // A direct-payment ground is not a reason to reject (and vice versa).
    expect(await rejectRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['DIRECT_PAYMENT_INSOLVENCY'] })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { reasonCodes: ['Il motivo scelto non vale per questa decisione'] },
    });
    await expectUnchanged(request.id, before);
  });
});

describe('direct payment (digest C-4, T43)', () => {
  it('is authorised, as a recorded decision citing its ground, only when the employer asked for it, and only once', async () => {
    const u = await setup();
    const direct = await fileRequest(u, { paymentMode: 'DIRECT', directPaymentGrounds: ['INSOLVENCY'] });
    actAs(u.staff);
    const ok = await authoriseDirectPaymentAction({ requestId: direct.request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['DIRECT_PAYMENT_INSOLVENCY'] });
    expect(ok).toMatchObject({ status: 'success', data: { status: 'FILED', version: 1 } });
    const { request: after } = await state(direct.request.id);
    expect(after.decisions).toEqual([expect.objectContaining({ kind: 'AUTHORISE_DIRECT_PAYMENT', reasonCodes: ['DIRECT_PAYMENT_INSOLVENCY'] })]);
    expect(await authoriseDirectPaymentAction({ requestId: direct.request.id, version: 1, resolutionId: u.resolution.id, reasonCodes: ['DIRECT_PAYMENT_INSOLVENCY'] })).toMatchObject({
      formErrors: ['Il pagamento diretto è già stato autorizzato'],
    });

    const conguaglio = await fileRequest(u, { periodStart: '2026-06-08', periodEnd: '2026-06-26', applicationDate: '2026-06-01' });
    const before = await state(conguaglio.request.id);
    expect(await authoriseDirectPaymentAction({ requestId: conguaglio.request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['DIRECT_PAYMENT_FINANCIAL_DIFFICULTY'] })).toMatchObject({
      formErrors: ['L’azienda non ha chiesto il pagamento diretto'],
    });
    expect(await authoriseDirectPaymentAction({ requestId: conguaglio.request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['UNION_PROCEDURE'] })).toMatchObject({
      fieldErrors: { reasonCodes: ['Il motivo scelto non vale per questa decisione'] },
    });
    await expectUnchanged(conguaglio.request.id, before);
  });
});

describe('two decisions on one request at the same moment', () => {
  it('only one of ten concurrent approvals and rejections applies; the ledger and the audit log show exactly one', async () => {
    if (inject('databaseKind') !== 'postgres') console.warn('Embedded database: this concurrency test proves nothing there.');
    const u = await setup();
    const { request } = await fileRequest(u);
    actAs(u.staff);
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? approveRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id })
          : rejectRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['LIMIT_BIENNIUM'] }),
      ),
    );
    const succeeded = attempts.filter((a) => a.status === 'success');
    expect(succeeded).toHaveLength(1);
    for (const failed of attempts.filter((a) => a.status === 'error')) {
      expect(failed).toMatchObject({ code: 'DOMAIN', formErrors: [expect.stringMatching(/già stata decisa|modificata da un’altra persona/)] });
    }
    const { request: after, audit } = await state(request.id);
    expect(after.decisions).toHaveLength(1);
    expect(after.version).toBe(1);
    expect(audit).toBe(1);
    expect(after.statusChanges).toHaveLength(2);
    const live = after.windowEntries.filter((e) => e.releasedAt === null);
    if (after.status === 'APPROVED') expect(live.map((e) => e.kind)).toEqual(['AUTHORISED']);
    else expect(live).toHaveLength(0);
  });
});

describe('the employer withdraws while the Committee decides (issue 6 §7)', () => {
  it('after a withdrawal through "Ritira la domanda" no decision applies and the freed weeks stay free', async () => {
    const u = await setup();
    const { request } = await fileRequest(u);
    const line = request.workers[0]!;
    actAs(u.owner);
    expect(await withdrawRequestAction({ employerId: u.employer.id, requestId: request.id, reason: 'Attività ripresa', confirm: 'on' })).toEqual({ status: 'success', data: undefined });
    const before = await state(request.id);
    expect(before.request.windowEntries.map((e) => [e.kind, e.releasedAt !== null])).toEqual([['RESERVED', true]]);

    actAs(u.staff);
    const withdrawn = { status: 'error', code: 'DOMAIN', formErrors: ['L’azienda ha ritirato la domanda: non si può più decidere'] };
    const version = before.request.version;
    expect(await approveRequestAction({ requestId: request.id, version, resolutionId: u.resolution.id })).toMatchObject(withdrawn);
    expect(
      await approveRequestInPartAction({
        requestId: request.id,
        version,
        resolutionId: u.resolution.id,
        reasonCodes: ['HOURS_NOT_DOCUMENTED'],
        grantedStart: parts('2026-04-01'),
        grantedEnd: parts('2026-04-30'),
        workers: [{ requestWorkerId: line.id, hoursGranted: '10' }],
      }),
    ).toMatchObject(withdrawn);
    expect(await rejectRequestAction({ requestId: request.id, version, resolutionId: u.resolution.id, reasonCodes: ['UNION_PROCEDURE'] })).toMatchObject(withdrawn);
    expect(await requestInformationAction({ requestId: request.id, version, message: 'Allegate il verbale.' })).toMatchObject({ status: 'error', code: 'DOMAIN' });
    expect(await startReviewAction({ requestId: request.id, version })).toMatchObject(withdrawn);
    await expectUnchanged(request.id, before);

    // The employer's page: withdrawn, no decision, every reserved week freed (weekdays of 9 March–29 May ÷ 5 = 12).
    actAs(u.owner);
    const detail = await getRequestDetail(u.employer.id, request.id);
    expect(detail).toMatchObject({ status: 'WITHDRAWN', decisions: [], canWithdraw: false, weeksFreed: '12' });
  });

  it('a withdrawal and a decision sent at the same moment: exactly one applies, and the ledger agrees with it', async () => {
    if (inject('databaseKind') !== 'postgres') console.warn('Embedded database: this concurrency test proves nothing there.');
    const u = await setup();
    const outcomes: string[] = [];
    // Four two-week requests in turn (Monday to Friday of the next week), two approvals and two rejections.
    const periods = [
      ['2026-03-02', '2026-03-13', '2026-02-23'],
      ['2026-03-30', '2026-04-10', '2026-03-23'],
      ['2026-04-27', '2026-05-08', '2026-04-20'],
      ['2026-05-25', '2026-06-05', '2026-05-18'],
    ] as const;
    for (const [round, [periodStart, periodEnd, applicationDate]] of periods.entries()) {
      const { request } = await fileRequest(u, { periodStart, periodEnd, applicationDate });
      const decide =
        round % 2 === 0
          ? () => approveRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id })
          : () => rejectRequestAction({ requestId: request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['UNION_PROCEDURE'] });
      const [withdrawal, decision] = await Promise.all([
        asActor(u.owner, () => withdrawRequestAction({ employerId: u.employer.id, requestId: request.id, reason: null, confirm: 'on' })),
        asActor(u.staff, decide),
      ]);
      expect([withdrawal.status, decision.status].sort()).toEqual(['error', 'success']);
      const { request: after, audit } = await state(request.id);
      expect(audit).toBe(1);
      expect(after.version).toBe(1);
      const live = after.windowEntries.filter((e) => e.releasedAt === null).map((e) => e.kind);
      if (withdrawal.status === 'success') {
        expect(decision).toMatchObject({ code: 'DOMAIN', formErrors: [expect.stringMatching(/ritirato la domanda|modificata da un’altra persona/)] });
        expect(after.status).toBe('WITHDRAWN');
        expect(after.decisions).toHaveLength(0);
        expect(live).toEqual([]);
      } else {
        expect(withdrawal).toMatchObject({ code: 'DOMAIN', formErrors: ['Si può ritirare solo una domanda inviata e non ancora decisa'] });
        expect(after.decisions).toHaveLength(1);
        expect(after.status).toBe(round % 2 === 0 ? 'APPROVED' : 'REJECTED');
        expect(live).toEqual(round % 2 === 0 ? ['AUTHORISED'] : []);
      }
      outcomes.push(after.status);
    }
    expect(outcomes).toHaveLength(periods.length);
  });
});

describe('the review page’s data and re-evaluation', () => {
  it('shows the filing’s trace, and re-evaluates with today’s rules (no change) and today’s ledger (capacity freed by a rejection)', async () => {
    const u = await setup();
    const first = await fileRequest(u, { periodStart: '2026-03-09', periodEnd: '2026-05-29', applicationDate: '2026-03-02' });
    // Filed while the first one still reserves its 12 weeks of the biennium.
    const second = await fileRequest(u, { periodStart: '2026-06-08', periodEnd: '2026-07-31', applicationDate: '2026-06-01' });
    actAs(u.staff);
    const dto = await getRequestForReview(second.request.id);
    expect(dto.snapshot!.result.trace).toEqual(second.result.trace);

    let [rules, data] = await reevaluate(dto);
    expect(rules).toMatchObject({ label: 'rules', error: null, diff: { same: true } });
    // Today's data, nothing decided yet: same figures; only the evaluation day in the windows' trace.
    expect(data).toMatchObject({ label: 'data', error: null, diff: { fields: [], workers: [], windows: [] } });
    expect(data!.diff!.trace.map((c) => [c.rule, c.kind, c.after?.detail])).toEqual([['D-6', 'changed', expect.stringContaining(TODAY)]]);

    expect(await rejectRequestAction({ requestId: first.request.id, version: 0, resolutionId: u.resolution.id, reasonCodes: ['UNION_PROCEDURE'] })).toMatchObject({ status: 'success' });
    [rules, data] = await reevaluate(await getRequestForReview(second.request.id));
    expect(rules!.diff!.same).toBe(true);
    // The windows no longer count the first request's 12 reserved weeks: 52 − 0 instead of 52 − 12.
    // The biennium no longer counts the first request's 12 reserved weeks: 12 more remain.
    const biennium = data!.diff!.windows.find((w) => w.key === 'BIENNIO_POOL')!;
    expect(biennium.before).toMatchObject({ reserved: '12' });
    expect(biennium.after).toMatchObject({ reserved: '0', remaining: String(Number(biennium.before!.remaining) + 12) });
  });
});
