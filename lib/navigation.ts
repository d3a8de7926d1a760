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

export type MainNavKey = 'simulator' | 'companies' | 'clients' | 'queue' | 'admin' | 'delegations' | 'reminders';

/** The header's main navigation for a role (or a visitor), as message keys of `common.nav` and paths. */
export function mainNavigation(role: AppRole | null): Array<{ key: MainNavKey; href: string }> {
  const simulator = { key: 'simulator' as const, href: '/simulatore' };
  switch (role) {
    case 'EMPLOYER':
      return [{ key: 'companies', href: roleHome.EMPLOYER }, { key: 'reminders', href: '/promemoria' }, simulator];
    case 'CONSULTANT':
      return [{ key: 'clients', href: roleHome.CONSULTANT }, { key: 'delegations', href: '/consulente/deleghe' }, { key: 'reminders', href: '/promemoria' }, simulator];
    case 'STAFF':
      return [{ key: 'queue', href: roleHome.STAFF }, { key: 'delegations', href: '/comitato/deleghe' }, simulator];
    case 'ADMIN':
      return [{ key: 'admin', href: roleHome.ADMIN }, { key: 'queue', href: roleHome.STAFF }];
    default:
      return [simulator];
  }
}
