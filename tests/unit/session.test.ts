// getCurrentUser reads the session cookie itself (lib/server/auth/session.ts) instead of going
// through getServerSession: the same answers for the cookies a browser can send — a token written
// by the sign-in form, one split into chunks, a tampered, expired or foreign one, none at all —
// and the account re-read from the database (a disabled account is signed out at once).
import { encode } from 'next-auth/jwt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('react', async (original) => ({ ...(await original<typeof import('react')>()), cache: <F>(fn: F) => fn }));

const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
}));

const users = new Map<string, { id: string; email: string; name: string; role: string; locale: string; disabledAt: Date | null }>();
vi.mock('@/lib/server/db', () => ({
  prisma: { user: { findUnique: async ({ where }: { where: { id: string } }) => users.get(where.id) ?? null } },
}));

const { getCurrentUser } = await import('@/lib/server/auth/session');
const { SESSION_COOKIE, authOptions } = await import('@/lib/server/auth/options');
const secret = authOptions.secret!;
const token = (uid: string, maxAge = 3600, key = secret) => encode({ token: { uid, role: 'EMPLOYER', locale: 'it', sub: uid }, secret: key, maxAge });

afterEach(() => vi.useRealTimers());

beforeEach(() => {
  jar.clear();
  users.clear();
  users.set('u1', { id: 'u1', email: 'anna@example.it', name: 'Anna', role: 'EMPLOYER', locale: 'it', disabledAt: null });
});

describe('getCurrentUser', () => {
  it('returns the account of the session cookie, as stored now', async () => {
    jar.set(SESSION_COOKIE.name, await token('u1'));
    expect(await getCurrentUser()).toEqual({ id: 'u1', email: 'anna@example.it', name: 'Anna', role: 'EMPLOYER', locale: 'it' });
  });

  it('reads a token split into chunks (name.0, name.1, …) in their order', async () => {
    const value = await token('u1');
    const cut = Math.floor(value.length / 2);
    jar.set(`${SESSION_COOKIE.name}.1`, value.slice(cut));
    jar.set(`${SESSION_COOKIE.name}.0`, value.slice(0, cut));
    expect((await getCurrentUser())?.id).toBe('u1');
  });

  it('is signed out without a cookie, with a tampered, foreign or expired token, or a disabled account', async () => {
    expect(await getCurrentUser()).toBeNull();

    const value = await token('u1');
    const middle = Math.floor(value.length / 2);
    jar.set(SESSION_COOKIE.name, `${value.slice(0, middle)}${value[middle] === 'A' ? 'B' : 'A'}${value.slice(middle + 1)}`);
    expect(await getCurrentUser()).toBeNull();

    jar.set(SESSION_COOKIE.name, await token('u1', 3600, 'another-secret-of-at-least-thirty-two-characters'));
    expect(await getCurrentUser()).toBeNull();

    // Expired a minute ago (next-auth allows 15 seconds of clock skew).
    jar.set(SESSION_COOKIE.name, await token('u1', -60));
    expect(await getCurrentUser()).toBeNull();

    jar.set(SESSION_COOKIE.name, await token('u1'));
    users.set('u1', { ...users.get('u1')!, disabledAt: new Date() });
    expect(await getCurrentUser()).toBeNull();
  });

  it('a token read before still expires on time (the decoded tokens are kept per process)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T09:00:00Z'));
    jar.set(SESSION_COOKIE.name, await token('u1', 600));
    expect((await getCurrentUser())?.id).toBe('u1');
    vi.setSystemTime(new Date('2026-11-25T09:10:10Z'));
    expect((await getCurrentUser())?.id).toBe('u1');
    vi.setSystemTime(new Date('2026-11-25T09:10:16Z'));
    expect(await getCurrentUser()).toBeNull();
  });
});
