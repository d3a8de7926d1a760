// `npm run demo`: the whole product on this machine with demo data, no database server needed.
// Without DATABASE_URL it starts the embedded PostgreSQL (PGlite) in .data/pglite; it migrates,
// seeds, builds the app when the sources changed, then runs the web server and the job worker.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from './db/embedded';
import { migrate } from './db/migrate';
import { createPrismaClient } from '@/lib/server/db-client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../prisma/seed';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const children: ChildProcess[] = [];
let stopDatabase: (() => Promise<void>) | undefined;

function persistentSecret(): string {
  const file = path.join(root, '.data/nextauth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'generated' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, '.next/BUILD_ID');
  if (!existsSync(buildId) || process.argv.includes('--rebuild')) return false;
  const built = statSync(buildId).mtimeMs;
  return ['app', 'components', 'lib', 'public'].every((d) => newestSourceMtime(path.join(root, d)) < built);
}

/** Resolves when the child has exited, or after `ms` (then it is killed). */
function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  // Web server and worker first, so they close their connections before the database goes away.
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => exited(child, 10_000)));
  await stopDatabase?.().catch(() => undefined);
  process.exit(code);
}

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log('Nessuna DATABASE_URL: avvio il database incorporato (PGlite) in .data/pglite …');
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(root, '.data/pglite') });
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // PGlite serves one backend at a time: keep pools small there.
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (stopDatabase ? '4' : '10'),
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const { applied } = await migrate(databaseUrl);
  console.log(applied.length ? `Migrazioni applicate: ${applied.join(', ')}` : 'Database già aggiornato.');
  const prisma = createPrismaClient(databaseUrl);
  await seedDemo(prisma, new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date()));
  await prisma.$disconnect();

  if (!buildIsCurrent()) {
    console.log('Compilo l’applicazione (next build) …');
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' });
    if (build.status !== 0) return shutdown(build.status ?? 1);
  }

  const web = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], { cwd: root, env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' });
  children.push(web);
  if (existsSync(path.join(root, 'scripts/worker.ts'))) {
    const worker = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', path.join(root, 'scripts/worker.ts')], { cwd: root, env: { ...env, DATABASE_POOL_SIZE: '2' }, stdio: 'inherit' });
    children.push(worker);
  }
  web.on('exit', (code) => shutdown(code ?? 0));

  console.log(`\nFondo di solidarietà del Trentino — http://localhost:${port}\n`);
  console.log(`Account dimostrativi (password per tutti: ${DEMO_PASSWORD}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
  console.log('\nCtrl+C per fermare.');
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void shutdown(1);
});
