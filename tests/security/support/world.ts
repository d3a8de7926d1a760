// The actors of the authorisation matrix and the two companies they act on, created once per
// test file in the real database:
//   - company A (the target): an owner, units, headcounts, two workers, a history period;
//   - company B: another owner, who must never reach A;
//   - consultants: one with an active delega on A, one with a delega on B only, one whose delega
//     on A was revoked, one whose delega on A ended yesterday;
//   - the Committee's staff and an administrator.
// Per-call resources (a fresh draft, a filed request, a reminder, an invitation…) are made by
// the helpers below, so that a cell that is allowed and changes state does not disturb the next.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { addDays, parseDate } from '@/lib/rules/core/calendar-date';
import { todayInRome } from '@/lib/server/clock';
import { createDelegation, createEmployer, createFiledRequest, createResolutionRow, createUser, createWorker, day } from '../../fixtures/factories';
import { makeCodiceFiscale } from '../../fixtures/tax-codes';
import { createCompleteDraft, createReadyEmployer, mondayOnOrAfter, type ReadyEmployer } from '../../integration/support/journey';

export const ACTORS = [
  'anonymous',
  'employer',
  'otherEmployer',
  'consultant',
  'consultantNotDelegated',
  'consultantRevoked',
  'consultantExpired',
  'staff',
  'admin',
] as const;
export type ActorKey = (typeof ACTORS)[number];

export type WorldUser = { id: string; email: string; name: string; role: 'EMPLOYER' | 'CONSULTANT' | 'STAFF' | 'ADMIN' };

export type World = Awaited<ReturnType<typeof createWorld>>;

export async function createWorld(prisma: PrismaClient) {
  const today = todayInRome();
  const yesterday = addDays(parseDate(today), -1);
  const a: ReadyEmployer = await createReadyEmployer(prisma, { today, workers: 2, historyWeeks: '2' });
  const bOwner = await createUser(prisma, { role: 'EMPLOYER' });
  const b = await createEmployer(prisma, { ownerId: bOwner.id });

  const consultant = await createUser(prisma, { role: 'CONSULTANT' });
  const consultantNotDelegated = await createUser(prisma, { role: 'CONSULTANT' });
  const consultantRevoked = await createUser(prisma, { role: 'CONSULTANT' });
  const consultantExpired = await createUser(prisma, { role: 'CONSULTANT' });
  const staff = await createUser(prisma, { role: 'STAFF' });
  const admin = await createUser(prisma, { role: 'ADMIN' });

  const delegation = await createDelegation(prisma, { employerId: a.employer.id, consultantId: consultant.id, createdById: a.owner.id, startsOn: '2024-01-01' });
  await createDelegation(prisma, { employerId: b.id, consultantId: consultantNotDelegated.id, createdById: bOwner.id, startsOn: '2024-01-01' });
  await createDelegation(prisma, { employerId: a.employer.id, consultantId: consultantRevoked.id, createdById: a.owner.id, startsOn: '2024-01-01', status: 'REVOKED' });
  await createDelegation(prisma, { employerId: a.employer.id, consultantId: consultantExpired.id, createdById: a.owner.id, startsOn: '2024-01-01', endsOn: yesterday });

  const users: Record<ActorKey, WorldUser | null> = {
    anonymous: null,
    employer: a.owner,
    otherEmployer: bOwner,
    consultant,
    consultantNotDelegated,
    consultantRevoked,
    consultantExpired,
    staff,
    admin,
  };

  // ---- per-call resources on company A -------------------------------------------------------
  const lastMonth = addDays(parseDate(`${today.slice(0, 7)}-01`), -1).slice(0, 7);
  // With the site named: calls that add units to A may run before this one.
  const headcountsCsv = () => `sede;mese;dipendenti\n${a.unit.name};${lastMonth};3\n`;
  const serial = { n: 0 };
  const next = () => ++serial.n;

  return {
    prisma,
    today,
    a,
    b: { owner: bOwner, employer: b },
    delegationId: delegation.id,
    users,

    /** A draft of A holding every step (as saved through the wizard). */
    draft: () => createCompleteDraft(prisma, a, today),

    /** A request of A as the filing leaves it (protocol, snapshot, reservation), FILED by default. */
    filed: async (status: 'FILED' | 'UNDER_REVIEW' | 'INFO_REQUESTED' = 'FILED') => {
      // Inside the filing window (digest G-2: from 30 days before the start): next week.
      const start = mondayOnOrAfter(addDays(parseDate(today), 7));
      const { request } = await createFiledRequest(prisma, {
        employerId: a.employer.id,
        productionUnitId: a.unit.id,
        createdById: a.owner.id,
        workers: a.workers.map((w) => ({ id: w.id, hoursLost: '16' })),
        periodStart: start,
        periodEnd: addDays(parseDate(start), 4),
        applicationDate: today,
        status,
      });
      // Hundreds of cells file requests on A: release each reservation at once so that A's ledger
      // never fills up (the matrix is about who may call, not about capacity; filing.test.ts is).
      await prisma.windowEntry.updateMany({ where: { requestId: request.id }, data: { releasedAt: new Date() } });
      return request;
    },

    worker: () => createWorker(prisma, a.employer.id, a.unit.id),

    unit: async () =>
      prisma.productionUnit.create({ data: { employerId: a.employer.id, name: `Magazzino ${next()}`, comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' } }),

    history: async () =>
      prisma.windowEntry.create({
        data: {
          employerId: a.employer.id,
          productionUnitId: a.unit.id,
          kind: 'HISTORY',
          cause: 'ORDINARY_MARKET',
          periodStart: day('2019-03-04'),
          periodEnd: day('2019-03-08'),
          weeks: '1',
        },
      }),

    /** A scheduled reminder of A's deadline addressed to `userId`. */
    reminder: async (userId: string) =>
      prisma.reminder.create({
        data: {
          userId,
          employerId: a.employer.id,
          kind: 'FILING_WINDOW_CLOSING',
          deadlineKey: `FILING_WINDOW_CLOSING:matrix-${randomUUID()}:2099-01-01`,
          sendOn: day('2098-12-20'),
          deadline: day('2099-01-01'),
        },
      }),

    resolution: (createdById: string) => createResolutionRow(prisma, { createdById, number: `MATRIX-${randomUUID().slice(0, 8)}/2026` }),

    /**
     * A pending invitation by code from a third company (accepting it must not change anyone's
     * rights over A); returns the code to type.
     */
    invitationCode: async () => {
      const thirdOwner = await createUser(prisma, { role: 'EMPLOYER' });
      const third = await createEmployer(prisma, { ownerId: thirdOwner.id });
      const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
      const bytes = randomBytes(12);
      const code = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
      await prisma.delegation.create({
        data: {
          employerId: third.id,
          inviteCode: createHash('sha256').update(code).digest('hex'),
          inviteExpiresAt: new Date(Date.now() + 86_400_000),
          status: 'PENDING',
          startsOn: day(today),
          createdById: thirdOwner.id,
        },
      });
      return code;
    },

    /** A pending e-mail invitation from a third company addressed to `email` (accepting it leaves A alone). */
    invitationFor: async (email: string) => {
      const thirdOwner = await createUser(prisma, { role: 'EMPLOYER' });
      const third = await createEmployer(prisma, { ownerId: thirdOwner.id });
      return prisma.delegation.create({
        data: {
          employerId: third.id,
          inviteEmail: email.toLowerCase(),
          inviteCode: createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex'),
          inviteExpiresAt: new Date(Date.now() + 86_400_000),
          status: 'PENDING',
          startsOn: day(today),
          createdById: thirdOwner.id,
        },
      });
    },
    /** A one-row CSV of monthly headcounts for A's unit (last month), as the bulk import reads it. */
    headcountsCsv,
    /** A bulk-import preview of A kept for `userId` (a throw-away user when there is none). */
    importBatch: async (userId: string | null) => {
      const bytes = Buffer.from(headcountsCsv());
      const createdById = userId ?? (await createUser(prisma, { role: 'CONSULTANT' })).id;
      return prisma.importBatch.create({
        data: {
          employerId: a.employer.id,
          createdById,
          kind: 'HEADCOUNTS',
          fileName: 'dipendenti.csv',
          rowCount: 1,
          rows: { file: bytes.toString('base64'), sha256: createHash('sha256').update(bytes).digest('hex') },
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      });
    },
    /** A fresh active delega on A for a throw-away consultant (so revoking it changes nothing else). */
    spareDelegation: async () => {
      const spare = await createUser(prisma, { role: 'CONSULTANT' });
      return createDelegation(prisma, { employerId: a.employer.id, consultantId: spare.id, createdById: a.owner.id, startsOn: '2024-01-01' });
    },

    codiceFiscale: () => makeCodiceFiscale(800_000 + next()),
  };
}

/**
 * Everything of company A, plus the audit events and resolutions written by the actor, as one
 * digest computed by PostgreSQL: a refused call must leave it exactly as it was.
 */
export async function fingerprint(world: World, actorId: string | null): Promise<string> {
  const employerId = world.a.employer.id;
  const actor = actorId ?? '';
  const rows = await world.prisma.$queryRaw<Array<{ digest: string }>>`
    SELECT concat_ws('|',
      (SELECT md5(e::text) FROM "Employer" e WHERE e."id" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "ProductionUnit" t WHERE t."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "HeadcountMonth" t WHERE t."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "Worker" t WHERE t."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "Request" t WHERE t."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "RequestWorker" t JOIN "Request" r ON r."id" = t."requestId" WHERE r."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "RequestStatusChange" t JOIN "Request" r ON r."id" = t."requestId" WHERE r."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "Decision" t JOIN "Request" r ON r."id" = t."requestId" WHERE r."employerId" = ${employerId}),
      (SELECT count(*) FROM "RequestMessage" t JOIN "Request" r ON r."id" = t."requestId" WHERE r."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "WindowEntry" t WHERE t."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "Delegation" t WHERE t."employerId" = ${employerId}),
      (SELECT md5(string_agg(t::text, ',' ORDER BY t."id")) FROM "Reminder" t WHERE t."employerId" = ${employerId}),
      (SELECT count(*) FROM "AuditEvent" t WHERE t."onBehalfOfEmployerId" = ${employerId} OR t."actorUserId" = ${actor}),
      (SELECT count(*) FROM "CommitteeResolution" t WHERE t."createdById" = ${actor})
    ) AS "digest"`;
  return rows[0]!.digest;
}
