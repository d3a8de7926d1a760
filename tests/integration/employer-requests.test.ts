// The employer's side of a filed request against real PostgreSQL (issue 4 §6–§7, issue 6 §7):
// who may read it, what its windows show before and after the Committee's partial grant, and the
// employer home's list of filed requests by company.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { dateParts } from '@/lib/schemas/fields';
import { approveRequestInPartAction } from '@/lib/server/actions/review';
import { getRequestDetail, requestDetailWindows } from '@/lib/server/data/request-detail';
import { HOME_REQUESTS_PER_COMPANY, listMyFiledRequests } from '@/lib/server/data/my-filed-requests';
import { actAs } from '../setup/actor';
import { createDelegation, createEmployer, createFiledRequest, createResolutionRow, createUser, createWorker } from '../fixtures/factories';

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

/** Weekdays of a period ÷ 5 (digest D-7). */
function weeksOf(start: string, end: string): number {
  let days = 0;
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days / 5;
}

async function company(legalName?: string) {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const employer = await createEmployer(prisma, { ownerId: owner.id, legalName });
  const unit = employer.units[0]!;
  const worker = await createWorker(prisma, employer.id, unit.id, { monthlyGlobalPay: '2000.00', weeklyHours: '40' });
  return { owner, employer, unit, worker };
}

const biennium = (windows: Awaited<ReturnType<typeof requestDetailWindows>>) => {
  const w = windows.find((x) => x.key === 'BIENNIO_POOL');
  return w && { limit: w.limit, used: w.used, reserved: w.reserved, remaining: w.remaining };
};

describe('the request page’s data', () => {
  it('shows the reserved weeks while pending, and after a partial grant the granted weeks as used and the rest as freed', async () => {
    const c = await company();
    const staff = await createUser(prisma, { role: 'STAFF' });
    const resolution = await createResolutionRow(prisma, { createdById: staff.id, date: '2026-06-05' });
    const { request } = await createFiledRequest(prisma, { employerId: c.employer.id, createdById: c.owner.id, workers: [{ id: c.worker.id }], applicationDate: '2026-03-02', periodStart: '2026-03-09', periodEnd: '2026-05-29' });
    const requested = weeksOf('2026-03-09', '2026-05-29');
    const granted = weeksOf('2026-04-01', '2026-04-30');

    actAs(c.owner);
    const pending = await getRequestDetail(c.employer.id, request.id);
    expect(pending).toMatchObject({ status: 'FILED', canWithdraw: true, weeksFreed: '0', decisions: [] });
    // C1: 52 weeks in the biennium ending on the last requested day (digest D-1, D-6).
    expect(biennium(await requestDetailWindows(pending))).toEqual({ limit: '52', used: '0', reserved: String(requested), remaining: String(52 - requested) });

    actAs(staff);
    const decided = await approveRequestInPartAction({
      requestId: request.id,
      version: 0,
      resolutionId: resolution.id,
      reasonCodes: ['HOURS_NOT_DOCUMENTED'],
      grantedStart: dateParts('2026-04-01'),
      grantedEnd: dateParts('2026-04-30'),
      workers: [{ requestWorkerId: request.workers[0]!.id, hoursGranted: '100' }],
    });
    expect(decided).toMatchObject({ status: 'success' });

    actAs(c.owner);
    const after = await getRequestDetail(c.employer.id, request.id);
    expect(after).toMatchObject({ status: 'PARTIALLY_APPROVED', canWithdraw: false, weeksFreed: String(requested - granted) });
    expect(after.decisions).toEqual([
      expect.objectContaining({ kind: 'APPROVE_PARTIAL', weeksGranted: String(granted), grantedStart: '2026-04-01', grantedEnd: '2026-04-30', reasonCodes: ['HOURS_NOT_DOCUMENTED'], resolution: expect.objectContaining({ number: resolution.number, date: '2026-06-05' }) }),
    ]);
    // The worker's granted hours and amounts as the decision stored them (its own tests check the figures).
    const line = await prisma.requestWorker.findUniqueOrThrow({ where: { id: request.workers[0]!.id } });
    expect(after.workers.map((w) => [w.hoursGranted, w.grossGranted, w.netGranted])).toEqual([[line.hoursGranted!.toFixed(), line.grossGranted!.toFixed(2), line.netGranted!.toFixed(2)]]);
    expect(after.ledger.map((e) => [e.kind, e.weeks, e.releasedAt !== null])).toEqual([
      ['RESERVED', String(requested), true],
      ['AUTHORISED', String(granted), false],
    ]);
    expect(biennium(await requestDetailWindows(after))).toEqual({ limit: '52', used: String(granted), reserved: '0', remaining: String(52 - granted) });
  });

  it('is read by the company’s members, its delegated consultant and the Committee, and refused to anyone else', async () => {
    const c = await company();
    const { request } = await createFiledRequest(prisma, { employerId: c.employer.id, createdById: c.owner.id, workers: [{ id: c.worker.id }], applicationDate: '2026-06-01', periodStart: '2026-06-08', periodEnd: '2026-06-19' });
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    await createDelegation(prisma, { employerId: c.employer.id, consultantId: consultant.id, createdById: c.owner.id });
    const revoked = await createUser(prisma, { role: 'CONSULTANT' });
    await createDelegation(prisma, { employerId: c.employer.id, consultantId: revoked.id, createdById: c.owner.id, status: 'REVOKED' });
    const other = await company();

    for (const reader of [c.owner, consultant, await createUser(prisma, { role: 'STAFF' })]) {
      actAs(reader);
      expect((await getRequestDetail(c.employer.id, request.id)).protocolNumber).toBe(request.protocolNumber);
    }
    for (const stranger of [other.owner, revoked]) {
      actAs(stranger);
      await expect(getRequestDetail(c.employer.id, request.id)).rejects.toThrow('Accesso non consentito');
    }
    // Another company's id with this request: the request is not found there.
    actAs(other.owner);
    await expect(getRequestDetail(other.employer.id, request.id)).rejects.toThrow('request.notFound');
    actAs(null);
    await expect(getRequestDetail(c.employer.id, request.id)).rejects.toThrow();
  });
});

describe('the employer home’s filed requests', () => {
  it('lists, per own company, the newest filed requests by protocol (no drafts), five at most, with the total', async () => {
    const c = await company('Zeta Alberghi S.r.l.');
    const second = await createEmployer(prisma, { ownerId: c.owner.id, legalName: 'Alfa Negozi S.n.c.' });
    const other = await company();
    await createFiledRequest(prisma, { employerId: other.employer.id, createdById: other.owner.id, workers: [{ id: other.worker.id }], applicationDate: '2026-03-02', periodStart: '2026-03-09', periodEnd: '2026-03-13' });
    const filed = [];
    for (let i = 0; i < HOME_REQUESTS_PER_COMPANY + 1; i++) {
      const month = String(i + 1).padStart(2, '0');
      filed.push(
        await createFiledRequest(prisma, {
          employerId: c.employer.id,
          createdById: c.owner.id,
          workers: [{ id: c.worker.id }],
          applicationDate: `2026-${month}-01`,
          periodStart: `2026-${month}-05`,
          periodEnd: `2026-${month}-09`,
          status: i === 0 ? 'WITHDRAWN' : 'FILED',
        }),
      );
    }
    await prisma.request.create({ data: { employerId: c.employer.id, createdById: c.owner.id, status: 'DRAFT' } });

    actAs(c.owner);
    const mine = await listMyFiledRequests();
    expect(mine.map((m) => [m.legalName, m.total])).toEqual([
      ['Alfa Negozi S.n.c.', 0],
      ['Zeta Alberghi S.r.l.', HOME_REQUESTS_PER_COMPANY + 1],
    ]);
    expect(mine[0]!.employerId).toBe(second.id);
    // Newest filing first; the oldest (withdrawn in January) is beyond the first five.
    expect(mine[1]!.requests.map((r) => r.protocolNumber)).toEqual(filed.slice(1).reverse().map((f) => f.request.protocolNumber));

    actAs(await createUser(prisma, { role: 'CONSULTANT' }));
    await expect(listMyFiledRequests()).rejects.toThrow('Accesso non consentito');
  });
});
