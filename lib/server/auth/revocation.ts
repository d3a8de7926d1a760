import 'server-only';
import { prisma } from '@/lib/server/db';

/** next-auth's decode allows this much clock skew on a token's expiry. */
const CLOCK_TOLERANCE_MS = 15_000;

/** Until when a token with this `exp` (seconds) is accepted: its expiry plus next-auth's clock skew. */
export const acceptedUntil = (exp: number) => exp * 1000 + CLOCK_TOLERANCE_MS;

/**
 * Records a session as ended ("Esci"): its id is refused by getCurrentUser until `expiresAt`
 * (acceptedUntil of the token), after which the token is refused anyway. Revocations already
 * past their expiry are deleted in the same statement, so the table holds at most eight hours of
 * sign-outs.
 */
export async function revokeSession(session: { sid: string; uid: string; expiresAt: number }): Promise<void> {
  await prisma.$executeRaw`
    WITH expired AS (DELETE FROM "RevokedSession" WHERE "expiresAt" < now() AT TIME ZONE 'UTC')
    INSERT INTO "RevokedSession" ("sid", "userId", "expiresAt")
    VALUES (${session.sid}, ${session.uid}, (${new Date(session.expiresAt).toISOString()}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT ("sid") DO NOTHING`;
}
