import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { prisma } from '@/lib/server/db';
import { SESSION_COOKIE, authOptions } from './options';
import { acceptedUntil } from './revocation';
import type { AppRole } from './types';

export type CurrentUser = { id: string; email: string; name: string; role: AppRole; locale: string };

/** What the session cookie says: the user, the session's own id (for "Esci") and its expiry. */
export type SessionClaims = { uid: string; sid: string; expiresAt: number };

/**
 * Tokens already decoded, by value: a session sends the same cookie with every page, and deriving
 * the key and decrypting cost ~0.2 ms each time. Only verified tokens are kept, with their expiry
 * checked again on every use; the oldest go first past MAX_DECODED. Revocation is not cached: it
 * is read from the database with the account on every request (getCurrentUser).
 */
const decoded = new Map<string, SessionClaims>();
const MAX_DECODED = 1000;

/**
 * The claims of the session cookie, or null (no cookie, tampered, expired: next-auth's decode
 * checks the encryption and the expiry; a token without a session id, from before sessions could
 * be revoked, counts as none). This is what getServerSession returned as session.user, without its
 * detour through next-auth's request handler, which also re-encrypted a fresh token on every page
 * only to drop it (a server component cannot set cookies).
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  // A token over 4 KB is split by next-auth into name.0, name.1, …; ours (id, role, locale) never
  // is, but it is read the way next-auth reads it.
  let token = jar.get(SESSION_COOKIE.name)?.value;
  if (!token) {
    const chunks = jar
      .getAll()
      .filter((c) => c.name.startsWith(`${SESSION_COOKIE.name}.`))
      .sort((a, b) => Number(a.name.slice(SESSION_COOKIE.name.length + 1)) - Number(b.name.slice(SESSION_COOKIE.name.length + 1)));
    token = chunks.map((c) => c.value).join('');
  }
  if (!token || !authOptions.secret) return null;
  const known = decoded.get(token);
  if (known) {
    if (Date.now() < known.expiresAt) return known;
    decoded.delete(token);
    return null;
  }
  const decodeToken = authOptions.jwt?.decode ?? decode;
  try {
    const payload = await decodeToken({ token, secret: authOptions.secret });
    if (typeof payload?.uid !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return null;
    const claims: SessionClaims = { uid: payload.uid, sid: payload.sid, expiresAt: acceptedUntil(payload.exp) };
    if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, claims);
    return claims;
  } catch {
    return null;
  }
}

type AccountRow = { id: string; email: string; name: string; role: AppRole; locale: string; disabledAt: Date | null; revoked: boolean };

/**
 * The signed-in user, re-read from the database once per request: a disabled account, a changed
 * role or a session ended with "Esci" (RevokedSession) takes effect at once, not when the JWT
 * expires. One statement: the account and whether this session was revoked.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const [user] = await prisma.$queryRaw<AccountRow[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale", u."disabledAt",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sid" = ${claims.sid}) AS "revoked"
      FROM "User" u WHERE u."id" = ${claims.uid}`;
  if (!user || user.disabledAt || user.revoked) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
});
