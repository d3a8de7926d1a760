// `npm test`: the whole suite, in the order that fails fastest and builds once.
// typecheck → lint → unit (with lib/rules coverage) → integration (real PostgreSQL) → fuzz →
// production build → Playwright e2e (Debian chromium). Every step runs even if an earlier
// one failed (except e2e, which needs the build), and a summary with timings is printed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const only = process.argv.slice(2);

type Step = { name: string; cmd: string; args: string[]; env?: NodeJS.ProcessEnv; needs?: string };
const steps: Step[] = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit'] },
  { name: 'lint', cmd: bin('eslint'), args: ['--max-warnings=0', '.'] },
  { name: 'unit', cmd: bin('vitest'), args: ['run', '--project', 'unit', '--coverage'] },
  { name: 'integration', cmd: bin('vitest'), args: ['run', '--project', 'integration'] },
  // Issue 7 §4: 10,000 generated inputs per action and API (FUZZ_RUNS to change; docs/security.md).
  { name: 'fuzz', cmd: bin('vitest'), args: ['run', '--project', 'fuzz'] },
  { name: 'build', cmd: bin('next'), args: ['build'], env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } },
  { name: 'e2e', cmd: bin('playwright'), args: ['test'], needs: 'build' },
];

const results: Array<{ name: string; ok: boolean; seconds: number; skipped?: boolean }> = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  if (step.needs && results.some((r) => r.name === step.needs && !r.ok)) {
    results.push({ name: step.name, ok: false, seconds: 0, skipped: true });
    continue;
  }
  console.log(`\n━━ ${step.name} ━━ ${[path.basename(step.cmd), ...step.args].join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'ok  ' : r.skipped ? 'skip' : 'FAIL'}  ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
