import 'server-only';
import { requireRole } from '@/lib/server/auth/guards';
import { prisma } from '@/lib/server/db';
import { recordAudit } from './audit';
import { AUDIT_EXPORT_MAX } from './audit-log';

// Everything the Fund holds about one employer, for the Committee's staff (issue 7 §6: a data
// subject or an inspector asks "what do you have on this company?"). One JSON document: company,
// members, units, monthly headcounts, workers, requests (draft, filing snapshot, worker lines,
// history, decisions, messages, attachment metadata), ledger, delegations, reminders, import
// batches and the audit events about them. Never a password hash, a delegation code hash, an
// attachment's bytes or an import's raw file: every user is selected field by field. The export
// itself is an audit event.

const person = { select: { id: true, name: true, email: true, role: true } } as const;

/** Calendar-date columns (PostgreSQL `date`) as YYYY-MM-DD, not as midnight UTC timestamps. */
const DATE_ONLY = new Set(['month', 'hireDate', 'endDate', 'periodStart', 'periodEnd', 'startsOn', 'endsOn', 'grantedStart', 'grantedEnd', 'activityStartDate', 'optInDate', 'exitDate', 'sendOn', 'deadline', 'date', 'effectiveFrom']);

/** JSON text of the export: decimals as strings (exact), dates as days, timestamps in ISO 8601. */
export function employerExportJson(data: unknown): string {
  return JSON.stringify(
    data,
    function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      if (raw instanceof Date) return DATE_ONLY.has(key) ? raw.toISOString().slice(0, 10) : raw.toISOString();
      if (typeof value === 'bigint') return value.toString();
      return value;
    },
    2,
  );
}

export type EmployerExport = NonNullable<Awaited<ReturnType<typeof exportEmployerData>>>;

/** The whole record of one employer (staff and administrators only); null when there is none. */
export async function exportEmployerData(employerId: string) {
  const user = await requireRole('STAFF', 'ADMIN');
  const employer = await prisma.employer.findUnique({
    where: { id: employerId },
    select: {
      id: true,
      legalName: true,
      codiceFiscale: true,
      partitaIva: true,
      matricolaInps: true,
      atecoCode: true,
      sectorDescription: true,
      inCigoScope: true,
      inCigsScope: true,
      bilateralFund: true,
      optInDate: true,
      exitDate: true,
      activityStartDate: true,
      createdAt: true,
      updatedAt: true,
      members: { select: { role: true, createdAt: true, user: person }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!employer) return null;

  const [units, headcounts, workers, requests, ledger, delegations, reminders, importBatches] = await Promise.all([
    prisma.productionUnit.findMany({ where: { employerId }, orderBy: { createdAt: 'asc' } }),
    prisma.headcountMonth.findMany({ where: { employerId }, orderBy: [{ productionUnitId: 'asc' }, { month: 'asc' }] }),
    prisma.worker.findMany({ where: { employerId }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }] }),
    prisma.request.findMany({
      where: { employerId },
      orderBy: { createdAt: 'asc' },
      include: {
        createdBy: person,
        workers: { orderBy: { id: 'asc' } },
        statusChanges: { orderBy: { at: 'asc' }, include: { byUser: person } },
        decisions: { orderBy: { decidedAt: 'asc' }, include: { decidedBy: person, resolution: { select: { number: true, date: true, subject: true } } } },
        messages: { orderBy: { createdAt: 'asc' }, include: { author: person } },
        attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, filename: true, mimeType: true, sizeBytes: true, sha256: true, createdAt: true, uploadedBy: person } },
      },
    }),
    prisma.windowEntry.findMany({ where: { employerId }, orderBy: [{ productionUnitId: 'asc' }, { periodStart: 'asc' }] }),
    prisma.delegation.findMany({
      where: { employerId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, status: true, inviteEmail: true, inviteExpiresAt: true, acceptedAt: true, startsOn: true, endsOn: true, createdAt: true, revokedAt: true, consultant: person, createdBy: person, revokedById: true },
    }),
    prisma.reminder.findMany({ where: { employerId }, orderBy: { sendOn: 'asc' }, select: { id: true, kind: true, requestId: true, sendOn: true, deadline: true, status: true, sentAt: true, mutedAt: true, user: person } }),
    prisma.importBatch.findMany({ where: { employerId }, orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, fileName: true, rowCount: true, status: true, createdAt: true, committedAt: true, createdBy: person } }),
  ]);

  const entityIds = [employerId, ...units.map((u) => u.id), ...workers.map((w) => w.id), ...requests.map((r) => r.id), ...delegations.map((d) => d.id)];
  const audit = await prisma.auditEvent.findMany({
    where: { OR: [{ onBehalfOfEmployerId: employerId }, { entityId: { in: entityIds } }] },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    take: AUDIT_EXPORT_MAX,
  });
  const actors = await prisma.user.findMany({ where: { id: { in: [...new Set(audit.map((a) => a.actorUserId).filter((id): id is string => !!id))] } }, ...person });
  const actorById = new Map(actors.map((a) => [a.id, a]));

  await recordAudit(prisma, { actorUserId: user.id, action: 'employer.export', entityType: 'Employer', entityId: employerId, after: { auditEvents: audit.length, requests: requests.length, workers: workers.length } });

  return {
    exportedAt: new Date(),
    exportedBy: { id: user.id, name: user.name, role: user.role },
    employer,
    units,
    headcounts,
    workers,
    requests,
    ledger,
    delegations,
    reminders,
    importBatches,
    audit: {
      truncated: audit.length === AUDIT_EXPORT_MAX,
      events: audit.map((a) => ({ ...a, actor: a.actorUserId ? (actorById.get(a.actorUserId) ?? null) : null })),
    },
  };
}
