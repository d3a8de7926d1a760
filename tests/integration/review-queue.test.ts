// The review queue against real PostgreSQL: filters, keyset pagination forwards and backwards
// (every matching request exactly once, in order), the status tally (exact through inserts, status
// changes, deletes, concurrent writers and folding), and who may see it at all.
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { listQueueComuni, listReviewQueue, reviewStatusCounts, countAtRisk, QUEUE_COMUNI_TTL_MS, type QueueQuery } from '@/lib/server/data/review-queue';
import { getRequestForReview } from '@/lib/server/data/review-request';
import { listResolutions } from '@/lib/server/data/committee-resolutions';
import { actAs } from '../setup/actor';
import { createDelegation, createEmployer, createUser, day } from '../fixtures/factories';

afterAll(() => actAs(null));

/** Plain rows are enough for the queue (it reads columns, not snapshots). */
async function seedQueue(label: string) {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const trento = await createEmployer(prisma, { ownerId: owner.id, legalName: `Coda ${label} Trento` });
  const peio = await createEmployer(prisma, {
    ownerId: owner.id,
    legalName: `Coda ${label} Peio`,
    units: [{ name: 'Rifugio', comuneCode: 'G419', comuneName: 'Peio', provinceCode: 'TN' }],
  });
  const rows: Array<{ id: string }> = [];
  const statuses = ['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
  for (let i = 0; i < 36; i++) {
    const employer = i % 3 === 0 ? peio : trento;
    rows.push(
      await prisma.request.create({
        data: {
          employerId: employer.id,
          productionUnitId: employer.units[0]!.id,
          status: statuses[i % statuses.length]!,
          cause: i % 4 === 0 ? 'CRISIS' : 'ORDINARY_MARKET',
          sizeClass: i % 2 === 0 ? 'C1' : 'C2',
          // Pairs of requests share a filing instant: the id must break the tie.
          filedAt: new Date(Date.UTC(2031, 0, 1 + Math.floor(i / 2), 9)),
          periodStart: day(`2031-02-${String(1 + (i % 20)).padStart(2, '0')}`),
          periodEnd: day(`2031-03-${String(1 + (i % 25)).padStart(2, '0')}`),
          protocolNumber: `FSTN-2031-Q${label}${String(i).padStart(4, '0')}`,
          createdById: owner.id,
        },
        select: { id: true },
      }),
    );
  }
  return { owner, trento, peio, ids: new Set(rows.map((r) => r.id)) };
}

/** Every page of a query, following `next` cursors; only this test's rows (by protocol prefix). */
async function allPages(query: QueueQuery, label: string, pageSize = 5) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const page = await listReviewQueue({ ...query, after, pageSize, filedFrom: '2031-01-01', filedTo: '2031-01-31' });
    seen.push(...page.items.filter((i) => i.protocolNumber?.startsWith(`FSTN-2031-Q${label}`)).map((i) => i.id));
    if (!page.next) break;
    after = page.next;
  }
  return seen;
}

describe('the review queue', () => {
  it('pages forwards through every matching request exactly once, in (filing time, id) order, and back again', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    const { ids } = await seedQueue('A');
    actAs(staff);
    const pending = await allPages({ status: 'pending', sort: 'filed_asc' }, 'A');
    const expected = await prisma.request.findMany({
      where: { id: { in: [...ids] }, status: { in: ['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'] } },
      orderBy: [{ filedAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    expect(pending).toEqual(expected.map((r) => r.id));
    expect(pending).toHaveLength(18);

    // Newest first, all statuses: the reverse order of all 36.
    const all = await allPages({ status: 'all', sort: 'filed_desc' }, 'A', 7);
    const allExpected = await prisma.request.findMany({ where: { id: { in: [...ids] } }, orderBy: [{ filedAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    expect(all).toEqual(allExpected.map((r) => r.id));

    // Back from the third page: the second page again.
    const p1 = await listReviewQueue({ status: 'all', sort: 'filed_asc', pageSize: 4, filedFrom: '2031-01-01', filedTo: '2031-01-31' });
    const p2 = await listReviewQueue({ status: 'all', sort: 'filed_asc', pageSize: 4, filedFrom: '2031-01-01', filedTo: '2031-01-31', after: p1.next });
    const p3 = await listReviewQueue({ status: 'all', sort: 'filed_asc', pageSize: 4, filedFrom: '2031-01-01', filedTo: '2031-01-31', after: p2.next });
    const back = await listReviewQueue({ status: 'all', sort: 'filed_asc', pageSize: 4, filedFrom: '2031-01-01', filedTo: '2031-01-31', before: p3.previous });
    expect(back.items.map((i) => i.id)).toEqual(p2.items.map((i) => i.id));
    const first = await listReviewQueue({ status: 'all', sort: 'filed_asc', pageSize: 4, filedFrom: '2031-01-01', filedTo: '2031-01-31', before: back.previous });
    expect(first.items.map((i) => i.id)).toEqual(p1.items.map((i) => i.id));
    expect(first.previous).toBeNull();
    expect(p1.previous).toBeNull();
  });

  it('filters by status, cause, size class, comune and deadline at risk, combined', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    const { ids } = await seedQueue('B');
    actAs(staff);
    const rows = await prisma.request.findMany({ where: { id: { in: [...ids] } }, include: { productionUnit: true } });
    const ours = (items: string[]) => items.filter((id) => ids.has(id)).sort();
    const expectIds = (filter: (r: (typeof rows)[number]) => boolean) => rows.filter(filter).map((r) => r.id).sort();

    expect(ours(await allPages({ status: 'APPROVED', sort: 'filed_asc' }, 'B'))).toEqual(expectIds((r) => r.status === 'APPROVED'));
    expect(ours(await allPages({ status: 'all', cause: 'CRISIS', sort: 'filed_asc' }, 'B'))).toEqual(expectIds((r) => r.cause === 'CRISIS'));
    expect(ours(await allPages({ status: 'pending', sizeClass: 'C1', comuneCode: 'G419', sort: 'filed_asc' }, 'B'))).toEqual(
      expectIds((r) => ['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'].includes(r.status) && r.sizeClass === 'C1' && r.productionUnit!.comuneCode === 'G419'),
    );
    // The comune comes from the production unit (copied by the trigger on insert).
    expect(rows.every((r) => r.comuneCode === r.productionUnit!.comuneCode)).toBe(true);

    // Deadline at risk: pending requests whose period ends within 15 days of today (here 2031-03-06).
    process.env.FSTN_TODAY = '2031-02-19';
    try {
      const atRisk = ours(await allPages({ status: 'all', atRisk: true, sort: 'period_end_asc' }, 'B'));
      expect(atRisk).toEqual(expectIds((r) => ['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'].includes(r.status) && r.periodEnd!.toISOString().slice(0, 10) <= '2031-03-06'));
      expect(atRisk.length).toBeGreaterThan(0);
      expect(await countAtRisk()).toBeGreaterThanOrEqual(atRisk.length);
    } finally {
      delete process.env.FSTN_TODAY;
    }
  });

  it('offers the comuni that have production units, sorted by name, read again at most once a minute', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    actAs(staff);
    // A clock of our own, far from any other call's, so the first read is a fresh one.
    const t0 = Date.now() + 1_000_000_000;
    const code = `Z${String(Math.floor(Math.random() * 900) + 100)}`;
    const before = await listQueueComuni(t0);
    expect(before.map((c) => c.name)).toEqual([...before.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'it')));
    expect(new Set(before.map((c) => c.code)).size).toBe(before.length);
    expect(before.some((c) => c.code === code)).toBe(false);

    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    await createEmployer(prisma, { ownerId: owner.id, units: [{ name: 'Sede estera', comuneCode: code, comuneName: 'Àrco di prova', provinceCode: 'EE' }] });
    // Within the minute: the list kept in memory, without the new comune.
    expect((await listQueueComuni(t0 + QUEUE_COMUNI_TTL_MS - 1)).some((c) => c.code === code)).toBe(false);
    // After it: read again, with the new comune in its alphabetical place ("À" sorts as "A").
    const after = await listQueueComuni(t0 + QUEUE_COMUNI_TTL_MS);
    expect(after).toContainEqual({ code, name: 'Àrco di prova' });
    expect(after.map((c) => c.name)).toEqual([...after.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'it')));
  });

  it('ignores a tampered cursor (shows the first page) instead of failing', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    actAs(staff);
    const page = await listReviewQueue({ status: 'pending', sort: 'filed_asc', after: "'; DROP TABLE \"Request\"; --" });
    expect(page.previous).toBeNull();
  });
});

describe('counts per status', () => {
  /** The tally and a real count, read in one snapshot so concurrent test files cannot skew them. */
  async function tallyAndTruth() {
    return prisma.$transaction(
      async (tx) => {
        const tally = await tx.$queryRaw<Array<{ status: string; n: bigint }>>`SELECT "status"::text AS status, SUM("delta")::bigint AS n FROM "RequestStatusTally" GROUP BY 1`;
        const truth = await tx.$queryRaw<Array<{ status: string; n: bigint }>>`SELECT "status"::text AS status, COUNT(*)::bigint AS n FROM "Request" GROUP BY 1`;
        const asMap = (rows: Array<{ status: string; n: bigint }>) => Object.fromEntries(rows.filter((r) => Number(r.n) !== 0).map((r) => [r.status, Number(r.n)]));
        return { tally: asMap(tally), truth: asMap(truth) };
      },
      { isolationLevel: 'RepeatableRead' },
    );
  }

  it('stay exact through inserts, status changes, deletes, twenty concurrent writers and folding', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    const { ids } = await seedQueue('C');
    let { tally, truth } = await tallyAndTruth();
    expect(tally).toEqual(truth);

    const list = [...ids];
    await prisma.request.update({ where: { id: list[0]! }, data: { status: 'APPROVED' } });
    await prisma.request.update({ where: { id: list[1]! }, data: { cause: 'CRISIS' } }); // not a status change
    await prisma.request.delete({ where: { id: list[2]! } });
    await Promise.all(
      list.slice(3, 23).map((id, i) => prisma.request.update({ where: { id }, data: { status: i % 2 === 0 ? 'REJECTED' : 'UNDER_REVIEW' } })),
    );
    ({ tally, truth } = await tallyAndTruth());
    expect(tally).toEqual(truth);

    await prisma.$executeRaw`SELECT "request_status_tally_compact"()`;
    ({ tally, truth } = await tallyAndTruth());
    expect(tally).toEqual(truth);
    const rows = await prisma.requestStatusTally.count();
    expect(rows).toBeLessThanOrEqual(20); // folded, plus whatever other test files added since

    // Many deltas (a burst of filings): the page view folds them itself and still counts right.
    await prisma.$executeRaw`INSERT INTO "RequestStatusTally" ("status", "delta") SELECT 'FILED', CASE WHEN g % 2 = 0 THEN 1 ELSE -1 END FROM generate_series(1, 1200) g`;
    actAs(staff);
    const counts = await reviewStatusCounts();
    expect(counts.pending).toBe(counts.FILED + counts.UNDER_REVIEW + counts.INFO_REQUESTED);
    expect(await prisma.requestStatusTally.count()).toBeLessThan(200);
    ({ tally, truth } = await tallyAndTruth());
    expect(tally).toEqual(truth);
  });
});

describe('who may see the queue', () => {
  it('employers and consultants, even delegated, get no queue, no counts, no review page and no register', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    const employer = await createEmployer(prisma, { ownerId: owner.id });
    await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
    const request = await prisma.request.create({ data: { employerId: employer.id, status: 'FILED', filedAt: new Date(), createdById: owner.id } });
    for (const user of [owner, consultant, null]) {
      actAs(user);
      await expect(listReviewQueue({ status: 'pending', sort: 'filed_asc' })).rejects.toThrow(/Accesso/);
      await expect(reviewStatusCounts()).rejects.toThrow(/Accesso/);
      await expect(listQueueComuni()).rejects.toThrow(/Accesso/);
      await expect(getRequestForReview(request.id)).rejects.toThrow(/Accesso/);
      await expect(listResolutions()).rejects.toThrow(/Accesso/);
    }
  });
});
