import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/server/db';
import { todayInRome } from '@/lib/server/clock';
import { activeDelegationWhere } from './delegation-where';
import { getCurrentUser, type CurrentUser } from './session';
import type { AppRole } from './types';

export { activeDelegationWhere };

/** Thrown by guards; pages turn it into a redirect or 403, actions into an error state. */
export class AccessDeniedError extends Error {
  constructor(readonly reason: 'UNAUTHENTICATED' | 'FORBIDDEN') {
    super(reason === 'UNAUTHENTICATED' ? 'Accesso richiesto' : 'Accesso non consentito');
    this.name = 'AccessDeniedError';
  }
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AccessDeniedError('UNAUTHENTICATED');
  return user;
}

export async function requireRole(...roles: AppRole[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new AccessDeniedError('FORBIDDEN');
  return user;
}

export type EmployerAccessMode = 'read' | 'write';
export type EmployerAccess = {
  user: CurrentUser;
  employerId: string;
  /** How the right arises: membership of the company, a delega, or the Committee's review role. */
  via: 'member' | 'delegation' | 'staff';
  delegationId?: string;
};

const findAccess = cache(async (userId: string, role: AppRole, employerId: string) => {
  if (role === 'EMPLOYER') {
    const member = await prisma.employerMember.findUnique({
      where: { userId_employerId: { userId, employerId } },
      select: { employerId: true },
    });
    return member ? ({ via: 'member' } as const) : null;
  }
  if (role === 'CONSULTANT') {
    const delegation = await prisma.delegation.findFirst({
      where: { employerId, consultantId: userId, ...activeDelegationWhere(todayInRome()) },
      select: { id: true },
    });
    return delegation ? ({ via: 'delegation', delegationId: delegation.id } as const) : null;
  }
  const exists = await prisma.employer.findUnique({ where: { id: employerId }, select: { id: true } });
  return exists ? ({ via: 'staff' } as const) : null;
});

/**
 * The one check every DAL function and action makes before touching an employer's data.
 * Staff and admins may read every employer but never act as one.
 */
export async function requireEmployerAccess(employerId: string, mode: EmployerAccessMode = 'write'): Promise<EmployerAccess> {
  const user = await requireUser();
  const access = await findAccess(user.id, user.role, employerId);
  if (!access) throw new AccessDeniedError('FORBIDDEN');
  if (access.via === 'staff' && mode === 'write') throw new AccessDeniedError('FORBIDDEN');
  return { user, employerId, ...access };
}
