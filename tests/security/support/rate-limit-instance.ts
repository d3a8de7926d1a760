// One "app instance" for the shared-limit test: a separate Node process with its own database
// pool, firing `attempts` concurrent attempts at one rule through lib/server/rate-limit.ts, then
// printing how many were allowed. Run with tsx --conditions=react-server (server-only modules).
// argv: <rule name> <limit> <window seconds> <subject> <attempts>
import { prisma } from '@/lib/server/db';
import { consumeRateLimit } from '@/lib/server/rate-limit';

const [name, limit, windowSeconds, subject, attempts] = process.argv.slice(2);
const rule = { name: name!, limit: Number(limit), windowSeconds: Number(windowSeconds) };
const outcomes = await Promise.all(Array.from({ length: Number(attempts) }, () => consumeRateLimit(rule, subject!)));
const allowed = outcomes.filter((o) => o.allowed).length;
const retryAfter = outcomes.flatMap((o) => (o.allowed ? [] : [o.retryAfterSeconds]));
process.stdout.write(`${JSON.stringify({ allowed, refused: outcomes.length - allowed, maxRetryAfter: Math.max(0, ...retryAfter) })}\n`);
await prisma.$disconnect();
