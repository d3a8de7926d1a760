import 'server-only';
import { prisma } from '@/lib/server/db';

/**
 * Fixed-window counters in PostgreSQL, so that limits hold across every app instance
 * (stateless servers: nothing in process memory). One upsert per attempt.
 */
export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

export const RATE_LIMITS = {
  signInPerAccount: { name: 'signin-account', limit: 10, windowSeconds: 15 * 60 },
  signInPerIp: { name: 'signin-ip', limit: 50, windowSeconds: 15 * 60 },
  publicSimulationPerIp: { name: 'simulation-ip', limit: 120, windowSeconds: 60 },
  invitationsPerUser: { name: 'invite-user', limit: 30, windowSeconds: 60 * 60 },
  /** Wrong delegation codes entered by one consultant account (codes must not be guessable). */
  delegationCodeAttempts: { name: 'delegation-code', limit: 10, windowSeconds: 15 * 60 },
  /** CSV uploads (preview and commit each count): parsing 5,000 rows is the heaviest thing a user can ask for. */
  csvImportPerUser: { name: 'csv-import-user', limit: 20, windowSeconds: 10 * 60 },
  /** PDFs rendered for one user (receipts, letters). */
  pdfPerUser: { name: 'pdf-user', limit: 60, windowSeconds: 60 },
  /** CSV exports generated for one user (radar, requests, audit, reports). */
  exportPerUser: { name: 'export-user', limit: 30, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

/** One attempt in this many also deletes counters that expired over an hour ago (no cron needed). */
const SWEEP_ONE_IN = 500;

export type RateLimitOutcome = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export async function consumeRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitOutcome> {
  const key = `${rule.name}:${subject}`;
  const rows = await prisma.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, now(), 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."expiresAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."expiresAt" <= now() THEN now() ELSE "RateLimitBucket"."windowStart" END,
      "expiresAt" = CASE WHEN "RateLimitBucket"."expiresAt" <= now()
        THEN now() + make_interval(secs => ${rule.windowSeconds}) ELSE "RateLimitBucket"."expiresAt" END
    RETURNING "count", "windowStart"`;
  if (Math.random() * SWEEP_ONE_IN < 1) {
    await prisma.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "expiresAt" < now() - interval '1 hour'`;
  }
  const row = rows[0];
  if (!row) return { allowed: true, remaining: rule.limit - 1 };
  if (row.count <= rule.limit) return { allowed: true, remaining: rule.limit - row.count };
  const elapsed = (Date.now() - row.windowStart.getTime()) / 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rule.windowSeconds - elapsed)) };
}

/** Clears a subject's counter, e.g. after a successful sign-in. */
export async function resetRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key: `${rule.name}:${subject}` } });
}
