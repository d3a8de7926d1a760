// Issue 7 §3, cookies: behind HTTPS (NEXTAUTH_URL https://…) the session cookie is __Secure-
// prefixed and Secure, always HttpOnly and SameSite=Lax on the whole site. The e2e run is plain
// http://localhost, so the Secure half is checked here, on the options both next-auth and the
// sign-in form use (lib/server/auth/options.ts SESSION_COOKIE).
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

async function sessionCookieWith(nextAuthUrl: string) {
  vi.resetModules();
  vi.stubEnv('NEXTAUTH_URL', nextAuthUrl);
  const { SESSION_COOKIE, authOptions } = await import('@/lib/server/auth/options');
  return { SESSION_COOKIE, authOptions };
}

afterEach(() => vi.unstubAllEnvs());

describe('the session cookie', () => {
  it('behind HTTPS: __Secure- prefix, Secure, HttpOnly, SameSite=Lax, path /', async () => {
    const { SESSION_COOKIE, authOptions } = await sessionCookieWith('https://fstn.example.it');
    expect(SESSION_COOKIE).toEqual({ name: '__Secure-next-auth.session-token', options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true } });
    expect(authOptions.useSecureCookies).toBe(true);
    expect(authOptions.cookies?.sessionToken).toBe(SESSION_COOKIE);
  });

  it('on plain http (local development and the e2e run): HttpOnly and SameSite=Lax, not Secure', async () => {
    const { SESSION_COOKIE } = await sessionCookieWith('http://localhost:3000');
    expect(SESSION_COOKIE).toEqual({ name: 'next-auth.session-token', options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false } });
  });
});
