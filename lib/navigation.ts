import type { AppRole } from '@/lib/server/auth/types';

/** Where each role lands after signing in (issue: each role has its own home). */
export const roleHome: Record<AppRole, string> = {
  EMPLOYER: '/aziende',
  CONSULTANT: '/consulente',
  STAFF: '/comitato',
  ADMIN: '/admin',
};

/** Accepts only a path on this site, so `callbackUrl` cannot send users elsewhere. */
export function safeReturnPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}
