import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireRole } from '@/lib/server/auth/guards';
import { isoDate } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import type { RequestStatus } from './requests';

// The employer home (/aziende): each of the caller's companies with its latest filed requests, by
// protocol number (issue 4 §7). Drafts are counted on the home already; the full list is the
// company's /domande page.

export const HOME_REQUESTS_PER_COMPANY = 5;

export type FiledRequestLine = { id: string; protocolNumber: string; status: RequestStatus; periodStart: string | null; periodEnd: string | null };
export type CompanyFiledRequests = { employerId: string; legalName: string; requests: FiledRequestLine[]; total: number };

/** The signed-in employer's companies (by name) with their newest filed requests and how many there are. */
export async function listMyFiledRequests(): Promise<CompanyFiledRequests[]> {
  const user = await requireRole('EMPLOYER');
  const filed = { protocolNumber: { not: null }, status: { notIn: ['DRAFT', 'DISCARDED'] } } satisfies Prisma.RequestWhereInput;
  const employers = await prisma.employer.findMany({
    where: { members: { some: { userId: user.id } } },
    orderBy: [{ legalName: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      legalName: true,
      requests: {
        where: filed,
        orderBy: [{ filedAt: 'desc' }, { id: 'desc' }],
        take: HOME_REQUESTS_PER_COMPANY,
        select: { id: true, protocolNumber: true, status: true, periodStart: true, periodEnd: true },
      },
    },
  });
  // Counted per company through the (employerId, status) index: the ORM's `_count` of a relation
  // with a filter grouped every filed request of the province before joining (890 ms at 1M
  // requests, docs/performance.md).
  const counts = await prisma.request.groupBy({ by: ['employerId'], where: { ...filed, employerId: { in: employers.map((e) => e.id) } }, _count: { _all: true } });
  const total = new Map(counts.map((c) => [c.employerId, c._count._all]));
  return employers.map((e) => ({
    employerId: e.id,
    legalName: e.legalName,
    total: total.get(e.id) ?? 0,
    requests: e.requests.map((r) => ({
      id: r.id,
      protocolNumber: r.protocolNumber!,
      status: r.status,
      periodStart: r.periodStart ? isoDate(r.periodStart) : null,
      periodEnd: r.periodEnd ? isoDate(r.periodEnd) : null,
    })),
  }));
}
