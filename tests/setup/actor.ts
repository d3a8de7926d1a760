// Integration tests call server actions and data functions directly, outside a Next request.
// integration-env.ts replaces the session lookup with this in-process actor, so a test says who
// is calling (`actAs(user)`) and the real guards (roles, memberships, delegations) then decide.
// Two callers at the same moment (a race between an employer and the Committee) each run inside
// `asActor(user, fn)`: the actor follows the call through every await (AsyncLocalStorage).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { CurrentUser } from '@/lib/server/auth/session';

type ActorInput = { id: string; email: string; name?: string; role: CurrentUser['role']; locale?: string };

let actor: CurrentUser | null = null;
const scoped = new AsyncLocalStorage<CurrentUser>();

const toActor = (user: ActorInput): CurrentUser => ({ id: user.id, email: user.email, name: user.name ?? user.email, role: user.role, locale: user.locale ?? 'it' });

export function actAs(user: ActorInput | null): void {
  actor = user ? toActor(user) : null;
}

/** Runs `fn` as `user`, whatever actAs() says meanwhile (for concurrent callers). */
export function asActor<T>(user: ActorInput, fn: () => Promise<T>): Promise<T> {
  return scoped.run(toActor(user), fn);
}

export function currentActor(): CurrentUser | null {
  return scoped.getStore() ?? actor;
}
