// The filing code in a Node process of its own, for the crash-safety test
// (tests/security/crash-safety.test.ts), which SIGKILLs it while the filings are in flight.
//   DATABASE_URL=… node --import tsx --conditions=react-server tests/security/support/crash-filer.ts <jobs.json>
// jobs.json: { today, userId, jobs: [{ employerId, requestId, idempotencyKey }] }. Prints "ready"
// once the modules are loaded, then starts every filing at once and prints one line per outcome.
import { readFileSync } from 'node:fs';

type Jobs = { today: string; jobs: Array<{ userId: string; employerId: string; requestId: string; idempotencyKey: string }> };
const { today, jobs } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Jobs;
const { fileRequestAs } = await import('@/lib/server/data/filing-core');
const { prisma } = await import('@/lib/server/db');
await prisma.$queryRaw`SELECT 1`; // the pool is open before the clock starts
process.stdout.write('ready\n');

await Promise.all(
  jobs.map(async (job) => {
    try {
      const out = await fileRequestAs({ userId: job.userId, delegationId: null }, job.employerId, job.requestId, { idempotencyKey: job.idempotencyKey, acceptTrim: true }, today);
      process.stdout.write(`filed ${job.requestId} ${out.protocolNumber}\n`);
    } catch (error) {
      process.stdout.write(`refused ${job.requestId} ${(error as { messageKey?: string }).messageKey ?? String(error)}\n`);
    }
  }),
);
process.stdout.write('done\n');
await prisma.$disconnect();
