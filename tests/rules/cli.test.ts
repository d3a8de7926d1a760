// The CLI as a process (issue 3 §7): `npm run -s rules -- simulate < scenario.json` prints the
// result; `params --as-of` prints the parameters in force; bad input → JSON on stderr, exit 2.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const example = path.join(root, 'docs/rules/examples/scenario-t06-t07.json');
const scenario = () => JSON.parse(readFileSync(example, 'utf8')) as Record<string, unknown>;

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/rules-cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const T = 30_000;

describe('rules CLI', () => {
  it('`simulate` reads the scenario on stdin and prints the result: the digest’s T06 and T07 workers (March 2025, 168 h)', () => {
    const run = cli(['simulate'], readFileSync(example, 'utf8'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.eligible).toBe(true);
    // T06: 2,000.00 → capped 1,404.03 gross / 1,322.05 net; T07: 1,300.00 → 1,009.94 / 950.96.
    expect(result.workers.map((w: { id: string; totals: { gross: string; net: string } }) => [w.id, w.totals.gross, w.totals.net])).toEqual([
      ['T06', '1404.03', '1322.05'],
      ['T07', '1009.94', '950.96'],
    ]);
  }, T);

  it('`simulate` also reads a file given as argument', () => {
    const run = cli(['simulate', example]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).instrument).toBe('FSTN');
  }, T);

  it('a malformed scenario gives every error by field path on stderr, exit code 2, nothing on stdout and no stack trace', () => {
    const bad = scenario();
    (bad.request as Record<string, unknown>).periodEnd = '2025-02-30';
    (bad.workers as Array<Record<string, unknown>>)[1]!.monthlyGlobalPay = '1.300,00';
    (bad.request as Record<string, unknown>).periodStrat = '2025-03-03';
    const run = cli(['simulate'], JSON.stringify(bad));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const body = JSON.parse(run.stderr);
    expect(body.error).toBe('INVALID_SCENARIO');
    expect(body.fieldErrors['request.periodEnd']).toEqual(['La data di fine deve essere una data reale nel formato AAAA-MM-GG']);
    expect(body.fieldErrors['workers.1.monthlyGlobalPay']).toEqual(['La retribuzione mensile va indicata in euro con al massimo due decimali, ad esempio 1850.00']);
    expect(body.fieldErrors['request.periodStrat']).toEqual(['Campo non previsto: controlla il nome (lo scenario non ammette campi sconosciuti)']);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, T);

  it('errors are in English with --lang en, with the same paths', () => {
    const bad = scenario();
    bad.applicationDate = 'yesterday';
    const body = JSON.parse(cli(['simulate', '--lang', 'en'], JSON.stringify(bad)).stderr);
    expect(body.fieldErrors).toEqual({ applicationDate: ['The application date must be a real date in the format YYYY-MM-DD'] });
  }, T);

  it('an input error the rules find (a missing headcount month) has the same structure', () => {
    const bad = scenario();
    bad.headcounts = (bad.headcounts as Array<{ month: string }>).filter((h) => h.month !== '2024-10');
    const run = cli(['simulate'], JSON.stringify(bad));
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stderr)).toMatchObject({ error: 'INVALID_SCENARIO', fieldErrors: { headcounts: [expect.stringContaining('2024-10')] } });
  }, T);

  it('text that is not JSON is refused with exit code 2', () => {
    const run = cli(['simulate'], '{ "asOf": ');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stderr).error).toBe('INVALID_JSON');
  }, T);

  it('`params --as-of 2025-06-30` prints every parameter in force as { KEY: { value, from, citation } }', () => {
    const run = cli(['params', '--as-of', '2025-06-30']);
    expect(run.code).toBe(0);
    const params = JSON.parse(run.stdout);
    expect(params.AIS_CAP_GROSS).toEqual({ value: '1404.03', from: '2025-01-01', citation: expect.objectContaining({ label: 'INPS circ. 25/2025' }) });
    expect(params.SENIORITY_DAYS).toMatchObject({ value: 30, from: '2024-01-27' });
    for (const entry of Object.values(params) as Array<Record<string, unknown>>) expect(Object.keys(entry).sort()).toEqual(['citation', 'from', 'value']);
  }, T);

  it('`params` on 2024-01-26 gives the R2019 values (13 weeks per request, 0.45 %)', () => {
    const params = JSON.parse(cli(['params', '--as-of', '2023-06-30']).stdout);
    expect(params.MAX_WEEKS_PER_REQUEST.value).toEqual({ C1: 13, C2: 13, C3: 13 });
    expect(params.ORDINARY_RATE.value).toEqual({ C1: '0.0045', C2: '0.0045', C3: '0.0045' });
  }, T);

  it('a bad --as-of or an unknown command exits 2 with a JSON error', () => {
    const bad = cli(['params', '--as-of', '2025-13-01']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr).fieldErrors.asOf).toBeDefined();
    const unknown = cli(['explode']);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stderr).error).toBe('INVALID_ARGUMENTS');
  }, T);

  it('runs through the npm script as documented (`npm run -s rules -- …`)', () => {
    const run = spawnSync('npm', ['run', '-s', 'rules', '--', 'params', '--as-of', '2026-02-01'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).AIS_CAP_NET.value).toBe('1340.56');
  }, T);
});
