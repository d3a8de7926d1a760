import pg from 'pg';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';

const url = inject('databaseUrl');
const globalForPrisma = globalThis as typeof globalThis & { fstnPrisma?: { $disconnect(): Promise<void> } };

afterEach(async () => {
  await globalForPrisma.fstnPrisma?.$disconnect();
  delete globalForPrisma.fstnPrisma;
  process.env.DATABASE_URL = url;
  vi.resetModules();
});

describe('the application Prisma client (lib/server/db.ts)', () => {
  it('connects on first use to the database named by DATABASE_URL', async () => {
    const { prisma } = await import('@/lib/server/db');
    const [viaApp] = await prisma.$queryRaw<Array<{ db: string }>>`SELECT current_database() AS db`;
    const direct = new pg.Client(url);
    await direct.connect();
    const { rows } = await direct.query<{ db: string }>('SELECT current_database() AS db');
    await direct.end();
    expect(viaApp!.db).toBe(rows[0]!.db);
  });

  it('is one client per process, kept across module reloads (dev-mode hot reload) instead of a new pool each time', async () => {
    const first = await import('@/lib/server/db');
    await first.prisma.$queryRaw`SELECT 1`;
    const client = globalForPrisma.fstnPrisma;
    expect(client).toBeDefined();
    vi.resetModules();
    const second = await import('@/lib/server/db');
    await second.prisma.user.count();
    expect(globalForPrisma.fstnPrisma).toBe(client);
  });

  it('can be imported without DATABASE_URL (as `next build` does) and fails on first use, naming the variable', async () => {
    delete process.env.DATABASE_URL;
    const { prisma } = await import('@/lib/server/db');
    expect(() => prisma.user).toThrow(/DATABASE_URL/);
  });
});
