// A production server for the page benchmarks: `next build` when asked, `next start` on a given
// database and port, and real sign-ins through next-auth's credentials endpoint (the session
// cookie a browser would hold).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../tests/fixtures/factories';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');

export function hasBuild(): boolean {
  return existsSync(path.join(ROOT, '.next/BUILD_ID'));
}

/** `next build` (production); returns the seconds it took. */
export function buildApp(): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  // The build's report goes to stdout, which is the benchmark's JSON: show its tail on failure only.
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}):\n${result.stdout.toString().split('\n').slice(-30).join('\n')}`);
  return (performance.now() - started) / 1000;
}

export type RunningServer = { base: string; process: ChildProcess; stop: () => Promise<void> };

export async function startServer(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  if (!hasBuild()) throw new Error('no production build: run `npx next build` (or npm run bench without --skip-build)');
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, process: child, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error('next start did not answer in 120 s');
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header to send. */
export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  };
  const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    redirect: 'manual',
  });
  keep(res);
  const session = [...jar.entries()].find(([k]) => k.includes('session-token'));
  if (!session) throw new Error(`sign-in of ${email} failed (${res.status})`);
  // Only the session cookie: what a signed-in browser sends on a page view.
  return `${session[0]}=${session[1]}`;
}
