// Web server for Playwright: a fresh database for this run (migrated with the production
// migrate script, seeded with the demo data), then `next start` on the production build.
// The database URL is written to .data/e2e.json so fixtures can create their own rows.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase, dropTestDatabase } from '../../setup/test-database';
import { createPrismaClient } from '@/lib/server/db-client';
import { seedDemo } from '../../../prisma/seed';

const root = path.resolve(import.meta.dirname, '../../..');
const port = process.env.E2E_PORT ?? '3100';

async function main() {
  const database = await createTestDatabase('e2e');
  const prisma = createPrismaClient(database.url);
  await seedDemo(prisma, new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date()));
  await prisma.$disconnect();
  mkdirSync(path.join(root, '.data'), { recursive: true });
  writeFileSync(path.join(root, '.data/e2e.json'), JSON.stringify({ databaseUrl: database.url, baseURL: `http://localhost:${port}` }));

  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64'),
      NEXTAUTH_URL: `http://localhost:${port}`,
      MAIL_DIR: path.join(root, '.data/e2e-mail'),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const stop = async () => {
    server.kill('SIGTERM');
    if (!process.env.KEEP_TEST_DB) await dropTestDatabase(database).catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  server.on('exit', (code) => process.exit(code ?? 1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
