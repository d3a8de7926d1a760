// The consultant's radar against PostgreSQL. Expected figures come from the digest's rules and
// worked examples (D-1…D-4, D-6, D-8, G-1, G-2, G-6), computed by hand below, not from the code.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { AccessDeniedError } from '@/lib/server/auth/guards';
import { getRadar } from '@/lib/server/data/radar';
import { latestCompanyHeadcounts } from '@/lib/server/data/deadlines';
import { companyHeadcount, loadEmployerFacts } from '@/lib/server/data/scenario';
import { parseRadarQuery } from '@/lib/schemas/radar';
import { actAs } from '../setup/actor';
import { createDelegation, createEmployer, createHeadcounts, createUser, day } from '../fixtures/factories';
import { seedRadarClients } from '../../scripts/bench/radar-seed';

const TODAY = '2025-09-01';
afterEach(() => {
  actAs(null);
  delete process.env.FSTN_TODAY;
});

/** Six months before September 2025 (B-1: the semester before the month of the application). */
const SEMESTER = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'];
const months = (heads: number) => Object.fromEntries(SEMESTER.map((m) => [m, heads]));

type Entry = { kind: 'HISTORY' | 'RESERVED' | 'AUTHORISED'; cause: string; start: string; end: string; weeks: string; neutralised?: boolean; requestId?: string };
async function ledger(employerId: string, unitId: string, entries: Entry[]) {
  await prisma.windowEntry.createMany({
    data: entries.map((e) => ({
      employerId,
      productionUnitId: unitId,
      requestId: e.requestId ?? null,
      kind: e.kind,
      cause: e.cause as 'ORDINARY_MARKET',
      periodStart: day(e.start),
      periodEnd: day(e.end),
      weeks: e.weeks,
      neutralised: e.neutralised ?? false,
    })),
  });
}

async function request(employerId: string, createdById: string, data: Record<string, unknown>) {
  return prisma.request.create({ data: { employerId, createdById, ...data } as never });
}

let consultant: { id: string; email: string; role: 'CONSULTANT' };
let ids: { a: string; b: string; c: string; outsider: string; revoked: string; expired: string; future: string };
let requests: { draftFiling: string; draftUnion: string; conguaglioEarly: string };

beforeAll(async () => {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const staff = await createUser(prisma, { role: 'STAFF' });
  consultant = (await createUser(prisma, { role: 'CONSULTANT' })) as typeof consultant;
  const other = await createUser(prisma, { role: 'CONSULTANT' });
  const units = [
    { name: 'Sede di Trento', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' },
    { name: 'Sede di Rovereto', comuneCode: 'H612', comuneName: 'Rovereto', provinceCode: 'TN' },
  ];

  // A — class C1 (4 employees on average), two units.
  const a = await createEmployer(prisma, { legalName: 'Àlbergo Alpino S.r.l.', ownerId: owner.id, units });
  const [a1, a2] = [a.units.find((u) => u.name === 'Sede di Trento')!, a.units.find((u) => u.name === 'Sede di Rovereto')!];
  await createHeadcounts(prisma, a.id, a1.id, months(3));
  await createHeadcounts(prisma, a.id, a2.id, months(1));
  const pendingA = await request(a.id, owner.id, { status: 'FILED', protocolNumber: `T-${randomUUID()}`, cause: 'ORDINARY_MARKET', periodStart: day('2025-08-04'), periodEnd: day('2025-10-12') });
  await ledger(a.id, a1.id, [
    // Inside the biennium 2 Sep 2023 – 1 Sep 2025: 20 authorised + 10 reserved (pending) = 30.
    { kind: 'AUTHORISED', cause: 'ORDINARY_MARKET', start: '2024-02-05', end: '2024-06-23', weeks: '20' },
    { kind: 'RESERVED', cause: 'ORDINARY_MARKET', start: '2025-08-04', end: '2025-10-12', weeks: '10', requestId: pendingA.id },
    // Before the biennium: not counted there (D-6).
    { kind: 'HISTORY', cause: 'ORDINARY_MARKET', start: '2022-01-10', end: '2022-04-10', weeks: '13' },
    // COVID-19: neutralised (D-8).
    { kind: 'HISTORY', cause: 'COVID19', start: '2024-01-08', end: '2024-01-28', weeks: '3', neutralised: true },
  ]);
  // Unit 2 has used 40 of its 52 weeks: the tightest unit, 12 weeks left.
  await ledger(a.id, a2.id, [{ kind: 'HISTORY', cause: 'ORDINARY_MARKET', start: '2024-09-02', end: '2025-06-08', weeks: '40' }]);
  // Drafts: period starting 10 Sep 2025 → filing closes 25 Sep (G-2: 15 days after the start);
  // union communication of 28 Aug 2025 with 4 employees → procedure over by 7 Sep (G-1: 10 days).
  const draftFiling = await request(a.id, owner.id, { status: 'DRAFT', cause: 'ORDINARY_MARKET', periodStart: day('2025-09-10'), periodEnd: day('2025-10-05') });
  const draftUnion = await request(a.id, owner.id, { status: 'DRAFT', draft: { procedure: { unionCommunicationDate: '2025-08-28' } }, cause: 'ORDINARY_MARKET' });
  await request(a.id, owner.id, { status: 'DISCARDED' });

  // B — class C3 (60 employees): 52 ordinary weeks per biennium, 12 crisis months per quinquennium, art. 4.
  const b = await createEmployer(prisma, { legalName: 'Brenta Impianti S.p.A.', ownerId: owner.id });
  await createHeadcounts(prisma, b.id, b.units[0]!.id, months(60));
  await ledger(b.id, b.units[0]!.id, [
    { kind: 'AUTHORISED', cause: 'CRISIS', start: '2022-03-07', end: '2022-09-04', weeks: '26' }, // 6 months
    { kind: 'AUTHORISED', cause: 'ORDINARY_MARKET', start: '2024-10-07', end: '2024-12-15', weeks: '10' },
  ]);
  // A draft whose union communication (20 Aug) with 60 employees ends the procedure on 14 Sep (25 days).
  await request(b.id, owner.id, { status: 'DRAFT', cause: 'CRISIS', draft: { procedure: { unionCommunicationDate: '2025-08-20' } } });

  // C — no headcounts (class unknown); two authorised requests paid by conguaglio (G-6 examples).
  const c = await createEmployer(prisma, { legalName: 'Caseificio di Cles Soc. coop.', ownerId: owner.id });
  const late = await request(c.id, owner.id, { status: 'APPROVED', protocolNumber: `T-${randomUUID()}`, cause: 'ORDINARY_MARKET', periodStart: day('2025-03-01'), periodEnd: day('2025-05-31') });
  await prisma.decision.create({ data: { requestId: late.id, kind: 'APPROVE', grantedStart: day('2025-03-01'), grantedEnd: day('2025-05-31'), decidedById: staff.id, decidedAt: new Date('2025-06-20T10:00:00Z') } });
  const early = await request(c.id, owner.id, { status: 'PARTIALLY_APPROVED', protocolNumber: `T-${randomUUID()}`, cause: 'ORDINARY_MARKET', periodStart: day('2025-03-01'), periodEnd: day('2025-06-30') });
  await prisma.decision.create({ data: { requestId: early.id, kind: 'APPROVE_PARTIAL', grantedStart: day('2025-03-01'), grantedEnd: day('2025-05-31'), decidedById: staff.id, decidedAt: new Date('2025-05-10T10:00:00Z') } });
  await request(c.id, owner.id, { status: 'REJECTED', protocolNumber: `T-${randomUUID()}` });

  const outsider = await createEmployer(prisma, { legalName: 'Azienda non delegata', ownerId: owner.id });
  const revoked = await createEmployer(prisma, { legalName: 'Azienda con delega revocata', ownerId: owner.id });
  const expired = await createEmployer(prisma, { legalName: 'Azienda con delega scaduta', ownerId: owner.id });
  const future = await createEmployer(prisma, { legalName: 'Azienda con delega futura', ownerId: owner.id });
  for (const e of [a, b, c]) await createDelegation(prisma, { employerId: e.id, consultantId: consultant.id, createdById: owner.id, startsOn: '2024-01-01' });
  await createDelegation(prisma, { employerId: outsider.id, consultantId: other.id, createdById: owner.id });
  await createDelegation(prisma, { employerId: revoked.id, consultantId: consultant.id, createdById: owner.id, status: 'REVOKED' });
  await createDelegation(prisma, { employerId: expired.id, consultantId: consultant.id, createdById: owner.id, startsOn: '2024-01-01', endsOn: '2025-08-31' });
  await createDelegation(prisma, { employerId: future.id, consultantId: consultant.id, createdById: owner.id, startsOn: '2025-09-02' });

  ids = { a: a.id, b: b.id, c: c.id, outsider: outsider.id, revoked: revoked.id, expired: expired.id, future: future.id };
  requests = { draftFiling: draftFiling.id, draftUnion: draftUnion.id, conguaglioEarly: early.id };
});

async function radar(params: Record<string, string> = {}) {
  process.env.FSTN_TODAY = TODAY;
  actAs(consultant);
  return getRadar(parseRadarQuery(params));
}

describe('the radar lists exactly the clients with an active delegation today', () => {
  it('shows the three delegated clients by name and none of the non-delegated, revoked, expired or not yet started', async () => {
    const page = await radar();
    expect(page.rows.map((r) => r.legalName)).toEqual(['Àlbergo Alpino S.r.l.', 'Brenta Impianti S.p.A.', 'Caseificio di Cles Soc. coop.']);
    expect(page.total).toBe(3);
    expect(page.summary.clients).toBe(3);
    for (const id of [ids.outsider, ids.revoked, ids.expired, ids.future]) expect(page.rows.some((r) => r.employerId === id)).toBe(false);
  });

  it('refuses anyone but a consultant', async () => {
    const employer = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(employer);
    await expect(getRadar(parseRadarQuery({}))).rejects.toBeInstanceOf(AccessDeniedError);
    actAs(null);
    await expect(getRadar(parseRadarQuery({}))).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('remaining capacity per window, the tightest production unit standing for the client', () => {
  it('counts a pending request’s reservation in full when its period runs beyond today: the window ends where the booked period ends', async () => {
    const row = (await radar({ q: 'Alpino' })).rows[0]!;
    expect(row.windows!.find((w) => w.key === 'BIENNIO_POOL')!.unitName).toBe('Sede di Rovereto');
    // Trento alone: a window 13 Oct 2023 – 12 Oct 2025 holds 20 authorised + 10 reserved weeks → 22 left.
    await prisma.productionUnit.updateMany({ where: { employerId: ids.a, name: 'Sede di Rovereto' }, data: { isActive: false } });
    try {
      const trento = (await radar({ q: 'Alpino' })).rows[0]!.windows!.find((w) => w.key === 'BIENNIO_POOL')!;
      expect(trento).toMatchObject({ unitName: 'Sede di Trento', used: '20', reserved: '10', remaining: '22', windowStart: '2023-10-13', windowEnd: '2025-10-12' });
    } finally {
      await prisma.productionUnit.updateMany({ where: { employerId: ids.a, name: 'Sede di Rovereto' }, data: { isActive: true } });
    }
  });

  it('C1 client: 52-week pool in the biennium, used 20 + reserved 10 at Trento but 40 at Rovereto → 12 weeks left at Rovereto; CDS 104 weeks untouched', async () => {
    const row = (await radar()).rows.find((r) => r.employerId === ids.a)!;
    expect(row.sizeClass).toBe('C1');
    const biennio = row.windows!.find((w) => w.key === 'BIENNIO_POOL')!;
    expect(biennio).toMatchObject({ limit: '52', remaining: '12', used: '40', reserved: '0', unitName: 'Sede di Rovereto', units: 2, windowStart: '2023-09-02', windowEnd: '2025-09-01' });
    expect(row.windows!.find((w) => w.key === 'CDS')).toMatchObject({ limit: '104', remaining: '104' });
    expect(row.windows!.map((w) => w.key)).toEqual(['BIENNIO_POOL', 'CDS', 'ART4_QUINQUENNIO']);
  });

  it('C3 client: 52 ordinary weeks (10 used → 42), crisis 12 months in the quinquennium (26 weeks = 6 months → 6), art. 4 24 months less 6 and 10 weeks (2.31 months) → 15.69', async () => {
    const row = (await radar()).rows.find((r) => r.employerId === ids.b)!;
    expect(row.sizeClass).toBe('C3');
    const by = Object.fromEntries(row.windows!.map((w) => [w.key, w]));
    expect(by.BIENNIO_POOL).toMatchObject({ limit: '52', used: '10', remaining: '42' });
    expect(by.CRISIS_QUINQUENNIO).toMatchObject({ unit: 'months', limit: '12', used: '6', remaining: '6' });
    expect(by.REORG_QUINQUENNIO).toMatchObject({ limit: '24', remaining: '24' });
    expect(by.ART4_QUINQUENNIO).toMatchObject({ unit: 'months', limit: '24', remaining: '15.69' });
  });
});

describe('next deadline of each kind', () => {
  it('filing window closing 15 days after the draft’s start (G-2) and the union procedure ending 10 days after the communication for ≤ 50 employees (G-1)', async () => {
    const row = (await radar()).rows.find((r) => r.employerId === ids.a)!;
    expect(row.deadlines.FILING_WINDOW_CLOSING).toMatchObject({ date: '2025-09-25', requestId: requests.draftFiling, inDays: 24 });
    expect(row.deadlines.UNION_PROCEDURE_END).toMatchObject({ date: '2025-09-07', requestId: requests.draftUnion, inDays: 6 });
    expect(row.nextDeadline).toMatchObject({ kind: 'UNION_PROCEDURE_END', date: '2025-09-07' });
    expect(row).toMatchObject({ drafts: 2, pending: 1, decided: 0 });
  });

  it('reads the company headcount exactly as the journey’s companyHeadcount() does, for many employers in one query', async () => {
    const batch = await latestCompanyHeadcounts([ids.a, ids.b, ids.c], TODAY);
    for (const id of [ids.a, ids.b, ids.c]) expect(batch.get(id) ?? null).toBe(companyHeadcount(await loadEmployerFacts(prisma, id), TODAY));
    expect([batch.get(ids.a), batch.get(ids.b), batch.has(ids.c)]).toEqual([4, 60, false]);
  });

  it('the union procedure takes 25 days above 50 employees (G-1)', async () => {
    const row = (await radar()).rows.find((r) => r.employerId === ids.b)!;
    expect(row.deadlines.UNION_PROCEDURE_END?.date).toBe('2025-09-14');
  });

  it('conguaglio: 6 months from the end of the pay period, or from a later authorisation (G-6 worked examples: 20 Dec and 30 Nov 2025); the earlier is next', async () => {
    const row = (await radar()).rows.find((r) => r.employerId === ids.c)!;
    expect(row.deadlines.CONGUAGLIO_DEADLINE).toMatchObject({ date: '2025-11-30', requestId: requests.conguaglioEarly });
    expect(row.sizeClass).toBeNull();
    expect(row).toMatchObject({ drafts: 0, pending: 0, decided: 3 });
  });
});

describe('sorting, filtering, searching and paging through URL parameters', () => {
  it('sorts by biennium capacity left (12, 42, 52 weeks), ascending and descending', async () => {
    expect((await radar({ ordina: 'biennio' })).rows.map((r) => r.employerId)).toEqual([ids.a, ids.b, ids.c]);
    expect((await radar({ ordina: 'biennio', verso: 'desc' })).rows.map((r) => r.employerId)).toEqual([ids.c, ids.b, ids.a]);
  });

  it('sorts by next deadline with the clients without one last', async () => {
    expect((await radar({ ordina: 'scadenza' })).rows.map((r) => r.employerId)).toEqual([ids.a, ids.b, ids.c]);
  });

  it('filters deadlines within 30 days, drafts, pending requests and low capacity (≤ 13 weeks)', async () => {
    expect((await radar({ filtro: 'scadenze-30' })).rows.map((r) => r.employerId)).toEqual([ids.a, ids.b]);
    expect((await radar({ filtro: 'bozze' })).rows.map((r) => r.employerId)).toEqual([ids.a, ids.b]);
    expect((await radar({ filtro: 'in-esame' })).rows.map((r) => r.employerId)).toEqual([ids.a]);
    const low = await radar({ filtro: 'capienza-bassa' });
    expect(low.rows.map((r) => r.employerId)).toEqual([ids.a]);
    expect(low.summary.lowCapacity).toBe(1);
  });

  it('searches by name regardless of case and accents, and by the start of the codice fiscale', async () => {
    expect((await radar({ q: 'ALBERGO alpino' })).rows.map((r) => r.employerId)).toEqual([ids.a]);
    const cf = (await prisma.employer.findUniqueOrThrow({ where: { id: ids.c } })).codiceFiscale;
    expect((await radar({ q: cf.slice(0, 8) })).rows.map((r) => r.employerId)).toEqual([ids.c]);
    expect((await radar({ q: 'non delegata' })).rows).toEqual([]);
  });

  it('ignores nonsense parameters instead of failing', async () => {
    expect((await radar({ ordina: 'DROP TABLE', verso: 'x', filtro: '?', pagina: '-4' })).rows).toHaveLength(3);
  });

  it('pages 25 clients at a time with the same query shape', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const staff = await createUser(prisma, { role: 'STAFF' });
    const big = (await createUser(prisma, { role: 'CONSULTANT' })) as typeof consultant;
    await seedRadarClients(prisma, { consultantId: big.id, ownerId: owner.id, staffId: staff.id, clients: 60, today: TODAY, serialBase: 3_000_000 + Math.floor(Math.random() * 900_000) });
    process.env.FSTN_TODAY = TODAY;
    actAs(big);
    const p1 = await getRadar(parseRadarQuery({}));
    const p3 = await getRadar(parseRadarQuery({ pagina: '3' }));
    const beyond = await getRadar(parseRadarQuery({ pagina: '99' }));
    expect([p1.total, p1.pageCount, p1.rows.length, p3.rows.length, beyond.page]).toEqual([60, 3, 25, 10, 3]);
    const names = [...p1.rows, ...(await getRadar(parseRadarQuery({ pagina: '2' }))).rows, ...p3.rows].map((r) => r.legalName);
    expect(new Set(names).size).toBe(60);
    expect(names).toEqual([...names].sort(new Intl.Collator('it', { sensitivity: 'base', numeric: true }).compare));
    // Every row on the page has its windows computed.
    expect(p3.rows.every((r) => r.windows && r.windows.length >= 2)).toBe(true);
  });
});
