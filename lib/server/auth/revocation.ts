import 'server-only';
import { prisma } from '@/lib/server/db';

/**
 * Records a session as ended ("Esci"): its id is refused by getCurrentUser until `expiresAt`, when
 * the token would have expired anyway. Revocations already past their expiry are deleted in the
 * same statement, so the table holds at most eight hours of sign-outs.
 */
export async function revokeSession(session: { sid: string; uid: string; expiresAt: number }): Promise<void> {
  await prisma.$executeRaw`
    WITH expired AS (DELETE FROM "RevokedSession" WHERE "expiresAt" < now() AT TIME ZONE 'UTC')
    INSERT INTO "RevokedSession" ("sid", "userId", "expiresAt")
    VALUES (${session.sid}, ${session.uid}, (${new Date(session.expiresAt).toISOString()}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT ("sid") DO NOTHING`;
}
