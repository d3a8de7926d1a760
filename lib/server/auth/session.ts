import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { prisma } from '@/lib/server/db';
import { SESSION_COOKIE, authOptions } from './options';
import type { AppRole } from './types';

export type CurrentUser = { id: string; email: string; name: string; role: AppRole; locale: string };

/**
 * Tokens already decoded, by value: a session sends the same cookie with every page, and deriving
 * the key and decrypting cost ~0.2 ms each time. Only verified tokens are kept, with their expiry
 * checked again on every use; the oldest go first past MAX_DECODED.
 */
const decoded = new Map<string, { uid: string; expiresAt: number }>();
const MAX_DECODED = 1000;
/** next-auth's decode allows this much clock skew on the expiry. */
const CLOCK_TOLERANCE_MS = 15_000;

/**
 * The user id in the session cookie, or null (no cookie, tampered, expired: next-auth's decode
 * checks the encryption and the expiry). This is what getServerSession returned as session.user.id
 * (authOptions' session callback), without its detour through next-auth's request handler, which
 * also re-encrypted a fresh token on every page only to drop it (a server component cannot set
 * cookies).
 */
async function sessionUserId(): Promise<string | null> {
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
    if (Date.now() < known.expiresAt) return known.uid;
    decoded.delete(token);
    return null;
  }
  const decodeToken = authOptions.jwt?.decode ?? decode;
  try {
    const payload = await decodeToken({ token, secret: authOptions.secret });
    if (typeof payload?.uid !== 'string') return null;
    if (typeof payload.exp === 'number') {
      if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
      decoded.set(token, { uid: payload.uid, expiresAt: payload.exp * 1000 + CLOCK_TOLERANCE_MS });
    }
    return payload.uid;
  } catch {
    return null;
  }
}

/**
 * The signed-in user, re-read from the database once per request: a disabled account or a
 * changed role takes effect at once, not when the JWT expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId();
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, locale: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
});
