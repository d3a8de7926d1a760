import 'server-only';
import { env } from '@/lib/env.js';
import { createPrismaClient, type PrismaClient } from '@/lib/server/db-client';

// One client per process, kept on globalThis so that dev-mode hot reloads reuse its pool
// instead of opening a new one per edit (create-t3-app's pattern).
const globalForPrisma = globalThis as typeof globalThis & { fstnPrisma?: PrismaClient };

function getPrisma(): PrismaClient {
  if (globalForPrisma.fstnPrisma) return globalForPrisma.fstnPrisma;
  // Checked on first use, not at import: `next build` imports route modules without a database.
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL non impostata: esporta la variabile (vedi .env.example) oppure usa `npm run demo`.');
  }
  const client = createPrismaClient(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE, applicationName: 'fstn-web' });
  globalForPrisma.fstnPrisma = client;
  return client;
}

/** The application's Prisma client, created on first use from DATABASE_URL and DATABASE_POOL_SIZE. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
