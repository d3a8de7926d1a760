// Bad input (issue 2): an invalid environment stops the production server, naming the variable.
// No browser: starts `next start` on the production build with a broken environment.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '../playwright-utils';

const root = path.resolve(import.meta.dirname, '../..');

function startServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', '0'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('the production server refuses to start without NEXTAUTH_SECRET and says so', async () => {
  const { code, output } = await startServer({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' });
  expect(code).not.toBe(0);
  expect(output).toContain('NEXTAUTH_SECRET: obbligatoria in produzione');
});

test('the production server refuses a malformed variable, naming it', async () => {
  const { code, output } = await startServer({ NEXTAUTH_SECRET: 'x'.repeat(32), DATABASE_URL: 'mysql://db/fstn' });
  expect(code).not.toBe(0);
  expect(output).toContain('DATABASE_URL: deve essere un URL PostgreSQL');
});
