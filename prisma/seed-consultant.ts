// Demo portfolio of the demo consultant (consulente@demo.fstn.it), added by prisma/seed.ts: clients
// whose windows and deadlines differ, so the radar, the reminders and the delegations pages show
// every case. Dates are relative to `today`. Idempotent: a company that exists is left alone.
// Built with the test factories (epic-stack habit).
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { addDays, lastDayOfMonth, type CalendarDate } from '@/lib/rules/core/calendar-date';
import { createDelegation, createEmployer, createFiledRequest, createHeadcounts, createUser, createWorker, day, DEMO_PASSWORD } from '../tests/fixtures/factories';
import { makePartitaIva } from '../tests/fixtures/tax-codes';

type Db = PrismaClient | Prisma.TransactionClient;

/** Owner of the demo consultant's extra clients (not a sign-in account the demo advertises). */
export const PORTFOLIO_OWNER_EMAIL = 'titolari@demo.fstn.it';

const previousMonths = (today: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const index = y * 12 + (m - 1) - (count - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });

type Client = {
  key: number;
  legalName: string;
  unit: { name: string; comuneCode: string; comuneName: string };
  /** Heads for the last 13 months (null: no headcounts, the size class is unknown). */
  heads: number | null;
  workers: number;
  delegation: { startsOn: string; endsOn?: string | null; status?: 'ACTIVE' | 'REVOKED' } | { invitation: true };
  build?: (ctx: { db: Db; employerId: string; unitId: string; ownerId: string; staffId: string; workerIds: string[] }) => Promise<void>;
};

async function history(db: Db, employerId: string, unitId: string, entries: Array<{ cause: Prisma.WindowEntryCreateManyInput['cause']; start: string; end: string; weeks: string }>) {
  await db.windowEntry.createMany({
    data: entries.map((e) => ({ employerId, productionUnitId: unitId, kind: 'HISTORY' as const, cause: e.cause, periodStart: day(e.start), periodEnd: day(e.end), weeks: e.weeks, neutralised: e.cause === 'COVID19' })),
  });
}

/** A draft as the wizard saves it (lib/schemas/request-draft.ts): period and union communication. */
async function draft(db: Db, opts: { employerId: string; unitId: string; ownerId: string; start: string; end: string; unionCommunicationDate?: string }) {
  return db.request.create({
    data: {
      employerId: opts.employerId,
      productionUnitId: opts.unitId,
      createdById: opts.ownerId,
      status: 'DRAFT',
      cause: 'ORDINARY_MARKET',
      reductionType: 'REDUCTION',
      periodStart: day(opts.start),
      periodEnd: day(opts.end),
      draft: {
        causePeriod: {
          productionUnitId: opts.unitId,
          cause: 'ORDINARY_MARKET',
          crisisDueToCessation: false,
          causeDescription: 'Calo degli ordini della stagione',
          reductionType: 'REDUCTION',
          periodStart: opts.start,
          periodEnd: opts.end,
          weekDays: 5,
          paymentMode: 'CONGUAGLIO',
          directPaymentGrounds: [],
        },
        ...(opts.unionCommunicationDate
          ? { procedure: { unionCommunicationDate: opts.unionCommunicationDate, unavoidableEvent: false, weeklyReductionHours: null, jointExamRequestDate: null, agreementDate: null, unionRecipients: 'RSU aziendale' } }
          : {}),
      },
    },
  });
}

export async function seedConsultantPortfolio(prisma: PrismaClient, today: string, consultantId: string): Promise<void> {
  const t = today as CalendarDate;
  const owner = await createUser(prisma, { role: 'EMPLOYER', email: PORTFOLIO_OWNER_EMAIL, name: 'Titolari demo', password: DEMO_PASSWORD });
  const staff = await prisma.user.findFirst({ where: { role: 'STAFF' }, select: { id: true } });
  const consultant = await prisma.user.findUniqueOrThrow({ where: { id: consultantId }, select: { email: true } });
  const months = previousMonths(today, 13);

  const clients: Client[] = [
    {
      // C1 with little room left: 40 of 52 weeks used in the biennium; a draft to file within 19 days
      // and a union procedure ending in 7 days (10 days for firms up to 50 employees, G-1).
      key: 1101,
      legalName: 'Panificio Primiero S.n.c.',
      unit: { name: 'Laboratorio di Levico', comuneCode: 'E565', comuneName: 'Levico Terme' },
      heads: 4,
      workers: 4,
      delegation: { startsOn: '2024-06-01' },
      build: async ({ db, employerId, unitId, ownerId }) => {
        await history(db, employerId, unitId, [
          { cause: 'ORDINARY_MARKET', start: addDays(t, -420), end: addDays(t, -420 + 26 * 7 - 1), weeks: '26' },
          { cause: 'ORDINARY_TRANSITORY_EVENT', start: addDays(t, -150), end: addDays(t, -150 + 14 * 7 - 1), weeks: '14' },
          { cause: 'COVID19', start: '2020-11-02', end: '2021-01-31', weeks: '13' },
        ]);
        await draft(db, { employerId, unitId, ownerId, start: addDays(t, 4), end: addDays(t, 4 + 8 * 7 - 1), unionCommunicationDate: addDays(t, -3) });
      },
    },
    {
      // C3: crisis months in the quinquennium, an authorised request whose conguaglio deadline (G-6)
      // falls in about six weeks.
      key: 1102,
      legalName: 'Impianti Paganella S.p.A.',
      unit: { name: 'Stabilimento di Cles', comuneCode: 'C794', comuneName: 'Cles' },
      heads: 24,
      workers: 6,
      delegation: { startsOn: '2023-01-01' },
      build: async ({ db, employerId, unitId, ownerId, staffId, workerIds }) => {
        await history(db, employerId, unitId, [{ cause: 'CRISIS', start: addDays(t, -1100), end: addDays(t, -1100 + 26 * 7 - 1), weeks: '26' }]);
        // Authorised period ending five months ago, decided a month after it ended.
        const end = lastDayOfMonth(addDays(t, -150));
        const start = addDays(end, -8 * 7 + 1);
        const filed = await createFiledRequest(db, { employerId, productionUnitId: unitId, createdById: ownerId, workers: workerIds.map((id) => ({ id })), periodStart: start, periodEnd: end, applicationDate: addDays(start, -10), heads: 24 });
        const decidedAt = new Date(`${addDays(end, 10)}T10:00:00.000Z`);
        await db.request.update({ where: { id: filed.request.id }, data: { status: 'APPROVED', weeksGranted: filed.result.weeksGranted } });
        await db.requestStatusChange.create({ data: { requestId: filed.request.id, fromStatus: 'FILED', toStatus: 'APPROVED', byUserId: staffId, at: decidedAt } });
        await db.decision.create({ data: { requestId: filed.request.id, kind: 'APPROVE', weeksGranted: filed.result.weeksGranted, grantedStart: day(start), grantedEnd: day(end), decidedById: staffId, decidedAt } });
        await db.windowEntry.create({
          data: { employerId, productionUnitId: unitId, requestId: filed.request.id, kind: 'AUTHORISED', cause: 'ORDINARY_MARKET', periodStart: day(start), periodEnd: day(end), weeks: filed.result.weeksGranted },
        });
      },
    },
    {
      // C2 with a request under review (its weeks are reserved) and a delegation ending in 90 days.
      key: 1103,
      legalName: 'Agritur Val di Non S.a.s.',
      unit: { name: 'Agritur di Predaia', comuneCode: 'M314', comuneName: 'Predaia' },
      heads: 9,
      workers: 5,
      delegation: { startsOn: '2025-01-01', endsOn: addDays(t, 90) },
      build: async ({ db, employerId, unitId, ownerId, workerIds }) => {
        await history(db, employerId, unitId, [{ cause: 'ORDINARY_BAD_WEATHER', start: addDays(t, -300), end: addDays(t, -300 + 6 * 7 - 1), weeks: '6' }]);
        const start = addDays(t, 10);
        await createFiledRequest(db, { employerId, productionUnitId: unitId, createdById: ownerId, workers: workerIds.slice(0, 3).map((id) => ({ id })), periodStart: start, periodEnd: addDays(start, 6 * 7 - 1), applicationDate: addDays(t, -3), status: 'UNDER_REVIEW', heads: 9 });
      },
    },
    {
      // No headcounts yet (class unknown), a draft whose filing window closes in 2 days.
      key: 1104,
      legalName: 'Caseificio di Cles Soc. coop.',
      unit: { name: 'Caseificio di Cles', comuneCode: 'C794', comuneName: 'Cles' },
      heads: null,
      workers: 0,
      delegation: { startsOn: '2025-03-01' },
      build: async ({ db, employerId, unitId, ownerId }) => {
        await draft(db, { employerId, unitId, ownerId, start: addDays(t, -13), end: addDays(t, 30) });
      },
    },
    // Not on the radar: a delegation that ended, one revoked, and an e-mail invitation to accept.
    { key: 1105, legalName: 'Officina Rendena S.r.l.', unit: { name: 'Officina di Tione', comuneCode: 'L174', comuneName: 'Tione di Trento' }, heads: 3, workers: 1, delegation: { startsOn: '2024-01-01', endsOn: addDays(t, -10) } },
    { key: 1106, legalName: 'Trasporti Adamello S.r.l.', unit: { name: 'Deposito di Pinzolo', comuneCode: 'G681', comuneName: 'Pinzolo' }, heads: 7, workers: 1, delegation: { startsOn: '2024-01-01', status: 'REVOKED' } },
    { key: 1107, legalName: 'Hotel Lagorai S.r.l.', unit: { name: 'Albergo di Cavalese', comuneCode: 'C372', comuneName: 'Cavalese' }, heads: 6, workers: 2, delegation: { invitation: true } },
  ];

  for (const client of clients) {
    const codiceFiscale = makePartitaIva(client.key);
    if (await prisma.employer.findUnique({ where: { codiceFiscale }, select: { id: true } })) continue;
    await prisma.$transaction(
      async (tx) => {
        const employer = await createEmployer(tx, { legalName: client.legalName, codiceFiscale, ownerId: owner.id, units: [{ ...client.unit, provinceCode: 'TN' }] });
        const unitId = employer.units[0]!.id;
        if (client.heads !== null) await createHeadcounts(tx, employer.id, unitId, Object.fromEntries(months.map((m) => [m, client.heads!])));
        const workerIds: string[] = [];
        for (let i = 0; i < client.workers; i++) workerIds.push((await createWorker(tx, employer.id, unitId, { monthlyGlobalPay: String(1600 + i * 120) + '.00' })).id);
        if ('invitation' in client.delegation) {
          // Only the hash is stored; the token is thrown away (the demo consultant accepts it from its list).
          await tx.delegation.create({
            data: {
              employerId: employer.id,
              inviteEmail: consultant.email,
              inviteCode: createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex'),
              inviteExpiresAt: new Date(Date.now() + 14 * 86_400_000),
              startsOn: day(today),
              createdById: owner.id,
            },
          });
        } else {
          await createDelegation(tx, { employerId: employer.id, consultantId, createdById: owner.id, ...client.delegation });
        }
        await client.build?.({ db: tx, employerId: employer.id, unitId, ownerId: owner.id, staffId: staff?.id ?? owner.id, workerIds });
      },
      { timeout: 30_000 },
    );
  }
}
