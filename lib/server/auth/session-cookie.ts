import 'server-only';
import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';
import type { JWT } from 'next-auth/jwt';
import { env } from '@/lib/env.js';
import type { AuthenticatedUser } from './authenticate';
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, authOptions } from './options';
import { revokeSession } from './revocation';
import { sessionClaims } from './session';

// The sign-in and sign-out forms are server actions, so they work without JavaScript and are
// protected by Next's same-origin check. They write and clear exactly the cookie next-auth's
// credentials callback would: same token (authOptions' jwt callback), same encoding, name and
// flags. getCurrentUser (session.ts) then reads it with next-auth's decode, like any next-auth session (ADR 003).

/** Starts a signed-in session for a user that `authenticate()` has just accepted. */
export async function startSession(user: AuthenticatedUser): Promise<void> {
  const jwtCallback = authOptions.callbacks?.jwt;
  if (!jwtCallback) throw new Error('authOptions.callbacks.jwt is required');
  const defaults: JWT = { name: user.name, email: user.email, picture: null, sub: user.id } as JWT;
  const token = await jwtCallback({
    token: defaults,
    user,
    account: { provider: 'credentials', type: 'credentials', providerAccountId: user.id },
    trigger: 'signIn',
  });
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is required to sign sessions');
  const value = await encode({ token, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(SESSION_COOKIE.name, value, {
    ...SESSION_COOKIE.options,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}

/**
 * Ends the session: its id is recorded as revoked until the token's own expiry, so a copy of the
 * cookie (another tab, a stolen token) stops working too; then the cookie (and any chunks of it)
 * is expired.
 */
export async function endSession(): Promise<void> {
  const claims = await sessionClaims();
  if (claims) await revokeSession(claims);
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (cookie.name === SESSION_COOKIE.name || cookie.name.startsWith(`${SESSION_COOKIE.name}.`)) {
      jar.set(cookie.name, '', { ...SESSION_COOKIE.options, maxAge: 0 });
    }
  }
}
