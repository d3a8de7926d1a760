// The one way to build a Prisma client (Prisma 7, generator `prisma-client`, driver adapter `pg`).
// Deliberately without `import 'server-only'`: tsx scripts (seed, worker, benchmarks, demo) and
// integration tests create their own clients with it. App code uses the singleton in ./db.ts.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type { PrismaClient };

export type DbClientOptions = {
  /** Connections in this client's pool (per process). */
  poolSize?: number;
  /** Shows in pg_stat_activity, to tell web, worker and scripts apart. */
  applicationName?: string;
};

export const DEFAULT_POOL_SIZE = 10;

export function createPrismaClient(connectionString: string, options: DbClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    application_name: options.applicationName ?? 'fstn',
    // Fail fast when the database is unreachable instead of hanging a request.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
