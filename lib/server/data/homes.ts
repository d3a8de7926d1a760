import 'server-only';
import { prisma } from '@/lib/server/db';
import { activeDelegationWhere, requireEmployerAccess, requireRole } from '@/lib/server/auth/guards';
import { isoDate, todayInRome } from '@/lib/server/clock';
import type { AppRole } from '@/lib/server/auth/types';

// Minimal DTOs for each role's home page: only what the page shows (Next data-security guide).

export type EmployerSummary = { id: string; legalName: string; codiceFiscale: string; openRequests: number; drafts: number };

export async function listMyEmployers(): Promise<EmployerSummary[]> {
  const user = await requireRole('EMPLOYER');
  const rows = await prisma.employer.findMany({
    where: { members: { some: { userId: user.id } } },
    orderBy: { legalName: 'asc' },
    select: {
      id: true,
      legalName: true,
      codiceFiscale: true,
      requests: { where: { status: { in: ['DRAFT', 'FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'] } }, select: { status: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    legalName: r.legalName,
    codiceFiscale: r.codiceFiscale,
    drafts: r.requests.filter((q) => q.status === 'DRAFT').length,
    openRequests: r.requests.filter((q) => q.status !== 'DRAFT').length,
  }));
}

export type ClientSummary = { employerId: string; legalName: string; codiceFiscale: string; delegatedSince: string; delegatedUntil: string | null };

export async function listMyClients(): Promise<ClientSummary[]> {
  const user = await requireRole('CONSULTANT');
  const rows = await prisma.delegation.findMany({
    where: { consultantId: user.id, ...activeDelegationWhere(todayInRome()) },
    orderBy: { employer: { legalName: 'asc' } },
    select: { startsOn: true, endsOn: true, employer: { select: { id: true, legalName: true, codiceFiscale: true } } },
  });
  return rows.map((r) => ({
    employerId: r.employer.id,
    legalName: r.employer.legalName,
    codiceFiscale: r.employer.codiceFiscale,
    delegatedSince: isoDate(r.startsOn),
    delegatedUntil: r.endsOn ? isoDate(r.endsOn) : null,
  }));
}

// The Committee's home counts come from lib/server/data/review-queue.ts (status tally, no GROUP BY over Request).

export type UserSummary = { id: string; name: string; email: string; role: AppRole; disabled: boolean };

export async function listUsers(): Promise<UserSummary[]> {
  await requireRole('ADMIN');
  const rows = await prisma.user.findMany({
    orderBy: [{ role: 'asc' }, { email: 'asc' }],
    select: { id: true, name: true, email: true, role: true, disabledAt: true },
    take: 500,
  });
  return rows.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, disabled: u.disabledAt !== null }));
}

export type EmployerOverview = {
  id: string;
  legalName: string;
  codiceFiscale: string;
  matricolaInps: string | null;
  atecoCode: string | null;
  sectorDescription: string | null;
  units: Array<{ id: string; name: string; comuneName: string; provinceCode: string }>;
};

/** One company's overview page: identity and active production units. Members, delegated consultants and staff may read it. */
export async function getEmployerOverview(employerId: string): Promise<EmployerOverview> {
  await requireEmployerAccess(employerId, 'read');
  const row = await prisma.employer.findUniqueOrThrow({
    where: { id: employerId },
    select: {
      id: true,
      legalName: true,
      codiceFiscale: true,
      matricolaInps: true,
      atecoCode: true,
      sectorDescription: true,
      units: { where: { isActive: true }, orderBy: { name: 'asc' }, select: { id: true, name: true, comuneName: true, provinceCode: true } },
    },
  });
  return row;
}
