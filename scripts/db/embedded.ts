// Embedded PostgreSQL for machines without a server: PGlite (PostgreSQL compiled to WebAssembly,
// data in a folder) served over the wire protocol by `pglite-server`, so the app, migrate and
// tests use the same `pg` code path as in production (docs/decisions/005-embedded-postgresql.md).
// `npm run db:embedded [-- --port=54329 --data=.data/pglite]` keeps one running and prints its URL.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export type EmbeddedPostgres = {
  url: string;
  /** Stops the server this call started; a no-op for a reused instance (someone else owns it). */
  stop(): Promise<void>;
  /** True when an instance already serving this folder was found and reused. */
  reused: boolean;
  pid: number;
};

export type EmbeddedOptions = { dataDir?: string; port?: number; maxConnections?: number };

type ServerInfo = { pid: number; port: number; dataDir: string };

const urlFor = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;

/** Next to the data folder, not inside it: PGlite owns that folder's contents. */
const infoFileOf = (dataDir: string) => `${dataDir}.server.json`;

function serverScript(): string {
  const main = createRequire(import.meta.url).resolve('@electric-sql/pglite-socket');
  return path.join(path.dirname(main), 'scripts/server.js');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function isPglite(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(port), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    return rows[0]?.version.includes('PGlite') ?? false;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** An instance started earlier on the same folder (by another process) that still answers. */
async function runningInstance(dataDir: string): Promise<ServerInfo | null> {
  const file = infoFileOf(dataDir);
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as ServerInfo;
    if (info.dataDir === dataDir && isAlive(info.pid) && (await isPglite(info.port))) return info;
  } catch {
    // Unreadable or stale: start afresh below.
  }
  rmSync(file, { force: true });
  return null;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(ROOT, options.dataDir ?? '.data/pglite');
  const port = options.port ?? 54329;

  const existing = await runningInstance(dataDir);
  if (existing) {
    // Two servers on one PGlite folder would corrupt it: always share the running one.
    return { url: urlFor(existing.port), stop: async () => undefined, reused: true, pid: existing.pid };
  }
  if (await portAcceptsConnections(port)) {
    throw new Error(`Port ${port} is already in use by another program (not an embedded database on ${dataDir}). Choose another port.`);
  }

  mkdirSync(path.dirname(dataDir), { recursive: true });
  const child = spawn(
    process.execPath,
    [serverScript(), `--db=${dataDir}`, `--port=${port}`, '--host=127.0.0.1', `--max-connections=${options.maxConnections ?? 10}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Don't leave a server behind if this process ends without calling stop().
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const recent: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`pglite-server did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${recent.join('\n')}`));
    }
    // Keep draining its output (it logs every connection); remember the tail for error messages.
    const onOutput = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        if (line.includes('PGLiteSocketServer listening')) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`pglite-server exited (${signal ?? code}) before listening`)));
  });
  child.removeAllListeners('exit');

  const pid = child.pid!;
  const info: ServerInfo = { pid, port, dataDir };
  writeFileSync(infoFileOf(dataDir), JSON.stringify(info));

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      process.removeListener('exit', killOnExit);
      const done = () => {
        rmSync(infoFileOf(dataDir), { force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });
    return stopping;
  };
  return { url: urlFor(port), stop, reused: false, pid };
}

async function main(args: string[]) {
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const port = option('port') ? Number(option('port')) : undefined;
  const db = await startEmbeddedPostgres({ dataDir: option('data'), port });
  if (db.reused) {
    console.log(`An embedded database on this folder is already running (pid ${db.pid}):\n${db.url}`);
    return;
  }
  console.log(`Embedded PostgreSQL (PGlite) running (pid ${db.pid}):\n${db.url}\n`);
  console.log(`  DATABASE_URL=${db.url} npm run db:migrate\n\nCtrl+C to stop. Data stays in the folder for the next start.`);
  const shutdown = () => void db.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
