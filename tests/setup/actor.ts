// Integration tests call server actions and data functions directly, outside a Next request.
// integration-env.ts replaces the session lookup with this in-process actor, so a test says who
// is calling (`actAs(user)`) and the real guards (roles, memberships, delegations) then decide.
import type { CurrentUser } from '@/lib/server/auth/session';

let actor: CurrentUser | null = null;

export function actAs(user: { id: string; email: string; name?: string; role: CurrentUser['role']; locale?: string } | null): void {
  actor = user ? { id: user.id, email: user.email, name: user.name ?? user.email, role: user.role, locale: user.locale ?? 'it' } : null;
}

export function currentActor(): CurrentUser | null {
  return actor;
}
