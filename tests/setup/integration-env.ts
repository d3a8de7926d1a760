// Runs in every integration worker before the test file is imported: points DATABASE_URL (read
// by lib/env.js and lib/server/db.ts) at this run's database created by global-setup.ts.
import { inject, vi } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
// Each test file gets its own module graph, hence its own pool: keep pools small.
process.env.DATABASE_POOL_SIZE ??= '4';

// `server-only` throws outside React Server Components; integration tests exercise lib/server
// modules directly, as the server would.
vi.mock('server-only', () => ({}));

// Outside a Next request there is no session cookie, no cookie store and no cache store: the
// caller is whoever the test set with actAs() (re-read from the database like the real lookup,
// so a disabled user is refused), cookies are empty and cache revalidation is a no-op.
vi.mock('@/lib/server/auth/session', async () => {
  const { currentActor } = await import('./actor');
  const { prisma } = await import('@/lib/server/db');
  return {
    // No cookie outside a Next request: sign-out has no session to revoke (tests/integration/session.test.ts runs the real module).
    sessionClaims: async () => null,
    getCurrentUser: async () => {
      const actor = currentActor();
      if (!actor) return null;
      const row = await prisma.user.findUnique({ where: { id: actor.id }, select: { role: true, disabledAt: true, locale: true, name: true } });
      if (!row || row.disabledAt) return null;
      return { ...actor, role: row.role, name: row.name, locale: row.locale };
    },
  };
});
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ 'x-forwarded-for': '127.0.0.1' }),
}));
vi.mock('next/cache', () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
  unstable_cache: <T>(fn: T) => fn,
}));
