// A consultant reaches a company only through an ACTIVE delegation on today's date. For every
// action, data function and route of the consultant workspace: a non-delegated, an expired, a
// revoked and a not-yet-started delegation give nothing, and an active one gives what it should.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// Route handlers read the locale through next-intl, which needs Next's request config.
vi.mock('next-intl/server', () => ({ getLocale: async () => 'it' }));

import { prisma } from '@/lib/server/db';
import { AccessDeniedError } from '@/lib/server/auth/guards';
import { acceptInvitationAction, inviteConsultantAction, revokeDelegationAction } from '@/lib/server/actions/delegation';
import { listEmployerDelegations } from '@/lib/server/data/delegations';
import { clientRequestsCsv, radarCsv } from '@/lib/server/data/exports';
import { getRadar } from '@/lib/server/data/radar';
import { listMyReminders } from '@/lib/server/data/reminders';
import { parseRadarQuery } from '@/lib/schemas/radar';
import { actAs } from '../setup/actor';
import { createDelegation, createEmployer, createUser, day } from '../fixtures/factories';

const TODAY = '2026-05-04';
afterEach(() => {
  actAs(null);
  delete process.env.FSTN_TODAY;
});

type User = Awaited<ReturnType<typeof createUser>>;
let employer: { id: string; legalName: string };
let owner: User;
let consultants: Record<'active' | 'none' | 'expired' | 'revoked' | 'future', User>;
let delegationOfActive: string;

beforeAll(async () => {
  owner = await createUser(prisma, { role: 'EMPLOYER' });
  employer = await createEmployer(prisma, { ownerId: owner.id, legalName: `=cmd|' /C calc'!A0 Officina ${Date.now()}` });
  consultants = {
    active: await createUser(prisma, { role: 'CONSULTANT' }),
    none: await createUser(prisma, { role: 'CONSULTANT' }),
    expired: await createUser(prisma, { role: 'CONSULTANT' }),
    revoked: await createUser(prisma, { role: 'CONSULTANT' }),
    future: await createUser(prisma, { role: 'CONSULTANT' }),
  };
  delegationOfActive = (await createDelegation(prisma, { employerId: employer.id, consultantId: consultants.active.id, createdById: owner.id, startsOn: '2026-01-01' })).id;
  await createDelegation(prisma, { employerId: employer.id, consultantId: consultants.expired.id, createdById: owner.id, startsOn: '2025-01-01', endsOn: '2026-05-03' });
  await createDelegation(prisma, { employerId: employer.id, consultantId: consultants.revoked.id, createdById: owner.id, startsOn: '2026-01-01', status: 'REVOKED' });
  await createDelegation(prisma, { employerId: employer.id, consultantId: consultants.future.id, createdById: owner.id, startsOn: '2026-05-05' });
  await prisma.request.create({ data: { employerId: employer.id, createdById: owner.id, status: 'FILED', protocolNumber: `T-ACCESS-${Date.now()}`, periodStart: day('2026-05-10'), periodEnd: day('2026-06-10') } });
  // Reminders addressed to every consultant (as if created while each had access).
  for (const c of Object.values(consultants)) {
    await prisma.reminder.create({ data: { userId: c.id, employerId: employer.id, kind: 'FILING_WINDOW_CLOSING', deadlineKey: `k:${c.id}`, deadline: day('2026-05-20'), sendOn: day('2026-05-15') } });
  }
});

const outsiders = ['none', 'expired', 'revoked', 'future'] as const;

describe.each(outsiders)('a consultant with %s delegation', (which) => {
  it('does not see the company on its radar, in its radar CSV or among its reminders', async () => {
    process.env.FSTN_TODAY = TODAY;
    actAs(consultants[which]);
    expect((await getRadar(parseRadarQuery({}))).rows.map((r) => r.employerId)).not.toContain(employer.id);
    expect((await radarCsv(parseRadarQuery({}), 'it')).body).not.toContain(employer.legalName.slice(-20));
    expect((await listMyReminders()).reminders.map((r) => r.employerId)).not.toContain(employer.id);
  });

  it('cannot export the company’s requests, list or manage its delegations', async () => {
    process.env.FSTN_TODAY = TODAY;
    actAs(consultants[which]);
    await expect(clientRequestsCsv(employer.id, 'it')).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listEmployerDelegations(employer.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: { day: '4', month: '5', year: '2026' } })).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
    expect(await revokeDelegationAction({ delegationId: delegationOfActive })).toMatchObject({ status: 'error', formErrors: ['Delega non trovata'] });
    expect(await acceptInvitationAction({ delegationId: delegationOfActive })).toMatchObject({ status: 'error', formErrors: ['Delega non trovata'] });
  });
});

describe('a consultant with an active delegation', () => {
  it('sees the company on the radar and exports its requests as CSV, neutralising formula injection, with an audit event naming both', async () => {
    process.env.FSTN_TODAY = TODAY;
    actAs(consultants.active);
    expect((await getRadar(parseRadarQuery({}))).rows.map((r) => r.employerId)).toContain(employer.id);
    const radar = await radarCsv(parseRadarQuery({}), 'it');
    expect(radar.body).toContain(`\r\n'=cmd|' /C calc'!A0 Officina`);
    expect(radar.fileName).toBe(`radar-clienti-${TODAY}.csv`);

    const csv = await clientRequestsCsv(employer.id, 'it');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Protocollo;Stato;Causale;Tipo;Inizio periodo;Fine periodo;Settimane richieste;Settimane concesse;Importo lordo (euro);Pagamento;Presentata il;Ultima decisione;Data decisione');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^T-ACCESS-\d+;Presentata;;;2026-05-10;2026-06-10;/);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'requests.export', entityId: employer.id }, orderBy: { id: 'desc' } });
    expect([audit.actorUserId, audit.onBehalfOfEmployerId, (audit.after as { via: string }).via]).toEqual([consultants.active.id, employer.id, 'delegation']);
  });

  it('still cannot invite or revoke other consultants for the client: that is the employer’s own act', async () => {
    process.env.FSTN_TODAY = TODAY;
    actAs(consultants.active);
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: { day: '4', month: '5', year: '2026' } })).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
    const other = await prisma.delegation.findFirstOrThrow({ where: { employerId: employer.id, consultantId: consultants.future.id } });
    expect(await revokeDelegationAction({ delegationId: other.id })).toMatchObject({ status: 'error', formErrors: ['Delega non trovata'] });
  });
});

describe('exports are limited per user (shared in PostgreSQL)', () => {
  it('allows 30 CSV exports a minute and answers the 31st with 429, Retry-After and an Italian sentence', async () => {
    process.env.FSTN_TODAY = TODAY;
    const exporter = await createUser(prisma, { role: 'CONSULTANT' });
    await createDelegation(prisma, { employerId: employer.id, consultantId: exporter.id, createdById: owner.id, startsOn: '2026-01-01' });
    actAs(exporter);
    const { GET } = await import('@/app/(area-riservata)/consulente/esporta/route');
    const { NextRequest } = await import('next/server');
    const call = () => GET(new NextRequest('http://localhost/consulente/esporta'));
    for (let i = 0; i < 30; i++) expect((await call()).status).toBe(200);
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^Troppe richieste in poco tempo: riprova tra/);
  });
});
