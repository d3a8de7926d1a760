// The real session lookup (lib/server/auth/session.ts) against the database: the cookie a browser
// sends — written by the sign-in form, split into chunks, tampered, foreign, expired, none — the
// account re-read (a disabled account is signed out at once), and "Esci" revoking the session so
// that a copy of the same cookie stops working while the user's other sessions go on.
// integration-env.ts replaces the session module with the test actor for every other file; this
// file puts the real one back and gives it a cookie jar of its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.unmock('@/lib/server/auth/session');
vi.mock('react', async (original) => ({ ...(await original<typeof import('react')>()), cache: <F>(fn: F) => fn }));
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string, opts?: { maxAge?: number }) => (opts?.maxAge === 0 ? jar.delete(name) : jar.set(name, value)),
    delete: (name: string) => jar.delete(name),
  }),
  headers: async () => new Headers({ 'x-forwarded-for': '127.0.0.1' }),
}));

const { encode } = await import('next-auth/jwt');
const { prisma } = await import('@/lib/server/db');
const { getCurrentUser } = await import('@/lib/server/auth/session');
const { startSession, endSession } = await import('@/lib/server/auth/session-cookie');
const { SESSION_COOKIE, authOptions } = await import('@/lib/server/auth/options');
const { createUser } = await import('../fixtures/factories');

const secret = authOptions.secret!;
const token = (uid: string, opts: { maxAge?: number; key?: string; sid?: string | null } = {}) =>
  encode({ token: { uid, role: 'EMPLOYER', locale: 'it', sub: uid, ...(opts.sid === null ? {} : { sid: opts.sid ?? `sid-${Math.random()}` }) } as never, secret: opts.key ?? secret, maxAge: opts.maxAge ?? 3600 });
const signIn = async (user: { id: string; email: string; name: string; role: 'EMPLOYER'; locale: string }) => {
  await startSession(user);
  return jar.get(SESSION_COOKIE.name)!;
};

let user: Awaited<ReturnType<typeof createUser>>;
beforeEach(async () => {
  jar.clear();
  user = await createUser(prisma, { role: 'EMPLOYER', name: 'Anna Rossi' });
});
afterEach(() => vi.useRealTimers());

describe('getCurrentUser', () => {
  it('returns the account of the session cookie written by the sign-in form, as stored now', async () => {
    await signIn({ id: user.id, email: user.email, name: user.name, role: 'EMPLOYER', locale: 'it' });
    expect(await getCurrentUser()).toEqual({ id: user.id, email: user.email, name: 'Anna Rossi', role: 'EMPLOYER', locale: 'it' });
    await prisma.user.update({ where: { id: user.id }, data: { name: 'Anna Bianchi', locale: 'en' } });
    expect(await getCurrentUser()).toMatchObject({ name: 'Anna Bianchi', locale: 'en' });
  });

  it('reads a token split into chunks (name.0, name.1, …) in their order', async () => {
    const value = await token(user.id);
    const cut = Math.floor(value.length / 2);
    jar.set(`${SESSION_COOKIE.name}.1`, value.slice(cut));
    jar.set(`${SESSION_COOKIE.name}.0`, value.slice(0, cut));
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it('is signed out without a cookie, with a tampered, foreign, expired or id-less token, or a disabled account', async () => {
    expect(await getCurrentUser()).toBeNull();

    const value = await token(user.id);
    const middle = Math.floor(value.length / 2);
    jar.set(SESSION_COOKIE.name, `${value.slice(0, middle)}${value[middle] === 'A' ? 'B' : 'A'}${value.slice(middle + 1)}`);
    expect(await getCurrentUser()).toBeNull();

    jar.set(SESSION_COOKIE.name, await token(user.id, { key: 'another-secret-of-at-least-thirty-two-characters' }));
    expect(await getCurrentUser()).toBeNull();

    // Expired a minute ago (next-auth allows 15 seconds of clock skew).
    jar.set(SESSION_COOKIE.name, await token(user.id, { maxAge: -60 }));
    expect(await getCurrentUser()).toBeNull();

    // Issued before sessions had an id: it could not be revoked, so it is not accepted.
    jar.set(SESSION_COOKIE.name, await token(user.id, { sid: null }));
    expect(await getCurrentUser()).toBeNull();

    jar.set(SESSION_COOKIE.name, await token(user.id));
    expect((await getCurrentUser())?.id).toBe(user.id);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });

  it('a token read before still expires on time (the decoded tokens are kept per process)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T09:00:00Z'));
    jar.set(SESSION_COOKIE.name, await token(user.id, { maxAge: 600 }));
    expect((await getCurrentUser())?.id).toBe(user.id);
    vi.setSystemTime(new Date('2026-11-25T09:10:10Z'));
    expect((await getCurrentUser())?.id).toBe(user.id);
    vi.setSystemTime(new Date('2026-11-25T09:10:16Z'));
    expect(await getCurrentUser()).toBeNull();
  });
});

describe('"Esci" (endSession)', () => {
  it('ends this session for every copy of its cookie, and only this session', async () => {
    const account = { id: user.id, email: user.email, name: user.name, role: 'EMPLOYER' as const, locale: 'it' };
    const office = await signIn(account);
    jar.clear();
    const phone = await signIn(account);
    expect(office).not.toBe(phone);

    await endSession();
    expect(jar.has(SESSION_COOKIE.name)).toBe(false);
    // The phone's cookie, copied before "Esci" (another tab, or someone who stole it): refused.
    jar.set(SESSION_COOKIE.name, phone);
    expect(await getCurrentUser()).toBeNull();
    // The office's session is another session: still signed in.
    jar.set(SESSION_COOKIE.name, office);
    expect((await getCurrentUser())?.id).toBe(user.id);

    const revoked = await prisma.revokedSession.findMany({ where: { userId: user.id } });
    expect(revoked).toHaveLength(1);
    // Kept until the token would have expired (8 hours after sign-in), not longer.
    expect(revoked[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(7.9 * 3600_000);
    expect(revoked[0]!.expiresAt.getTime() - Date.now()).toBeLessThan(8 * 3600_000 + 60_000);
  });

  it('deletes revocations whose tokens have expired anyway', async () => {
    await prisma.revokedSession.create({ data: { sid: `old-${user.id}`, userId: user.id, expiresAt: new Date(Date.now() - 60_000) } });
    await signIn({ id: user.id, email: user.email, name: user.name, role: 'EMPLOYER', locale: 'it' });
    await endSession();
    expect(await prisma.revokedSession.findUnique({ where: { sid: `old-${user.id}` } })).toBeNull();
    expect(await prisma.revokedSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it('without a session it only clears the cookie', async () => {
    jar.set(SESSION_COOKIE.name, 'not-a-token');
    await endSession();
    expect(jar.size).toBe(0);
  });
});
