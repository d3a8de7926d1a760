// Web server for Playwright: a fresh database for this run (migrated with the production
// migrate script, seeded with the demo data), then two `next start` instances of the production
// build on E2E_PORT and E2E_PORT + 1000, sharing only the database and NEXTAUTH_SECRET. The second
// one proves sessions work across instances (nothing is kept in process memory).
// Where the servers and the database are is written to .data/e2e.json for the fixtures
// (tests/playwright-utils.ts), so specs can create their own rows.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase, dropTestDatabase } from '../../setup/test-database';
import { createPrismaClient } from '@/lib/server/db-client';
import { seedDemo } from '../../../prisma/seed';
import { e2eServerFile, type E2eServer } from './server-info';

const root = path.resolve(import.meta.dirname, '../../..');
const port = Number(process.env.E2E_PORT ?? 3100);
const secondPort = port + 1000;

async function main() {
  const database = await createTestDatabase('e2e');
  const prisma = createPrismaClient(database.url);
  await seedDemo(prisma, new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date()));
  await prisma.$disconnect();
  // Each instance's stdout and stderr are also kept in a file, so a spec can read what the server
  // logged (tests/e2e/data-protection.spec.ts: no personal data in the logs).
  const logFile = (p: number) => path.join(root, `.data/e2e-server-${p}.log`);
  const info: E2eServer = {
    databaseUrl: database.url,
    baseURL: `http://localhost:${port}`,
    secondBaseURL: `http://localhost:${secondPort}`,
    logFiles: [logFile(port), logFile(secondPort)],
  };
  mkdirSync(path.dirname(e2eServerFile(root)), { recursive: true });
  writeFileSync(e2eServerFile(root), JSON.stringify(info));

  const secret = process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64');
  const start = (p: number): ChildProcess => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(p)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        // Two instances share one database; the embedded fallback serves few connections.
        DATABASE_POOL_SIZE: database.kind === 'embedded' ? '3' : '8',
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://localhost:${p}`,
        MAIL_DIR: path.join(root, '.data/e2e-mail'),
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    const log = createWriteStream(logFile(p));
    for (const [from, to] of [[child.stdout!, process.stdout], [child.stderr!, process.stderr]] as const) {
      from.pipe(to);
      from.pipe(log);
    }
    return child;
  };
  const servers = [start(port), start(secondPort)];

  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    for (const server of servers) server.kill('SIGTERM');
    if (!process.env.KEEP_TEST_DB) await dropTestDatabase(database).catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  for (const server of servers) server.on('exit', (code) => void stop(code ?? 1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
