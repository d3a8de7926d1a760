import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { AccessDeniedError, requireEmployerAccess, requireRole, requireUser, type EmployerAccessMode } from './guards';
import type { AppRole } from './types';

// Pages: an anonymous visitor is sent to sign in; a signed-in user without rights gets 403.
async function guardPage<T>(check: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      if (error.reason === 'UNAUTHENTICATED') redirect(`/accedi?callbackUrl=${encodeURIComponent(returnTo)}`);
      forbidden();
    }
    throw error;
  }
}

export const pageUser = (returnTo: string) => guardPage(() => requireUser(), returnTo);
export const pageRole = (returnTo: string, ...roles: AppRole[]) => guardPage(() => requireRole(...roles), returnTo);
export const pageEmployerAccess = (returnTo: string, employerId: string, mode: EmployerAccessMode = 'read') =>
  guardPage(() => requireEmployerAccess(employerId, mode), returnTo);
