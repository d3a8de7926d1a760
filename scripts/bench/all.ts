// `npm run bench`: every benchmark of issue 8, one JSON object on stdout (progress on stderr).
// Each figure is measured in the same run as its baseline, so the ratios hold on a noisy machine:
//   rules     simulate() of 500 workers × 26 weeks, next to a plain decimal.js loop (rules.ts)
//   filing    N = 10, 50 concurrent filers next to pgbench running the same transaction in SQL,
//             then a race on units near their limit, then every window checked (filing.ts)
//   pages     the province (50,000 employers, 1,000,000 requests, their workers) on `next start`:
//             TTFB of staff queue, review page, radar (500 clients), employer home next to a
//             static route (site.ts, pages.ts)
//   frontend  first-load JS (KB gzip) of the wizard's pages and Lighthouse of the public
//             simulator and a wizard step, on the same server (frontend.ts)
// Needs PostgreSQL at 127.0.0.1:5432 (trust auth, or TEST_DATABASE_URL), pgbench
// (postgresql-contrib), Debian's chromium (CHROME_PATH) for Lighthouse, and builds the app with
// `next build` first unless --skip-build (and a build exists). Throw-away databases are dropped.
// Options: --scale=F (default 1 = the scale; 0.05 for a quick run), --only=rules,filing,…,
// --skip-build, --keep (keep the databases), --port=3108, --rounds=N, --lighthouse-runs=N,
// --out=FILE (the JSON is also written there; default .data/bench.json). `npm run -s bench` keeps
// npm's banner off stdout.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchFiling } from './filing';
import { lighthouseRuns, weighPages, type PageToWeigh } from './frontend';
import { arg, benchToday, flag, log, machine, round, scaleArg, scaled } from './lib';
import { benchPages } from './pages';
import { benchRules } from './rules';
import { buildApp, hasBuild, ROOT } from './server';
import { prepareSite, type Site } from './site';

const PARTS = ['rules', 'filing', 'pages', 'frontend'] as const;
type Part = (typeof PARTS)[number];

/** The wizard's pages: [name, path under /aziende/:employer/domande/:request, route entry]. */
export const WIZARD_STEPS = ['causale-periodo', 'lavoratori', 'procedura', 'riepilogo'] as const;

function wizardPages(site: Site): PageToWeigh[] {
  const employer = site.ids.homeEmployerId;
  const request = site.ids.wizardRequestId;
  return WIZARD_STEPS.map((step) => ({
    name: step,
    url: `${site.base}/aziende/${employer}/domande/${request}/${step}`,
    routeEntry: `(area-riservata)/aziende/[employerId]/domande/[requestId]/${step}/page`,
    cookie: site.cookies.employer,
  }));
}

async function main() {
  const scale = scaleArg();
  const only = (arg('only')?.split(',') ?? [...PARTS]) as Part[];
  const today = benchToday();
  const started = performance.now();
  const out: Record<string, unknown> = { benchmark: 'FSTN — issue 8', startedAt: new Date().toISOString(), today, scale, machine: machine() };
  const errors: Record<string, string> = {};
  const attempt = async <T>(part: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (error) {
      errors[part] = error instanceof Error ? error.message : String(error);
      log(`${part} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  };

  if (only.includes('rules')) {
    log('rules');
    out.rules = await attempt('rules', async () => benchRules({ workers: 500, runs: 200 }));
  }
  if (only.includes('filing')) {
    log('filing');
    out.filing = await attempt('filing', () => benchFiling({ today, filings: scaled(2000, scale, 100), keep: flag('keep') }));
  }
  if (only.includes('pages') || only.includes('frontend')) {
    if (!flag('skip-build') || !hasBuild()) {
      log('next build');
      out.buildSeconds = round(buildApp(), 1);
    }
    const site = await attempt('site', () => prepareSite({ scale, today, port: Number(arg('port') ?? 3108), keep: flag('keep') }));
    if (site) {
      try {
        out.generation = site.generation;
        if (only.includes('pages')) out.pages = await attempt('pages', () => benchPages(site, { rounds: Number(arg('rounds') ?? 3) }));
        if (only.includes('frontend')) {
          log('frontend: first-load JS');
          const bundles = await attempt('bundles', () => weighPages(ROOT, [...wizardPages(site), { name: 'simulatore', url: `${site.base}/simulatore`, routeEntry: '(pubblico)/simulatore/page' }]));
          log('frontend: lighthouse');
          const lighthouse = await attempt('lighthouse', () =>
            lighthouseRuns(
              [
                { name: 'simulatore', url: `${site.base}/simulatore` },
                { name: 'wizardStep', url: wizardPages(site)[1]!.url, cookie: site.cookies.employer },
              ],
              { runs: Number(arg('lighthouse-runs') ?? 3) },
            ),
          );
          const wizardKB = WIZARD_STEPS.map((s) => (bundles?.[s] as { firstLoadJsKBGzip?: number } | undefined)?.firstLoadJsKBGzip ?? NaN);
          out.frontend = {
            firstLoadJs: bundles,
            lighthouse,
            targets: { maxWizardFirstLoadKBGzip: 180, minPerformance: 95, accessibility: 100 },
            met:
              wizardKB.every((kb) => kb <= 180) &&
              Object.values(lighthouse ?? {}).length === 2 &&
              Object.values(lighthouse ?? {}).every((l) => (l as { performance: number }).performance >= 95 && (l as { accessibility: number }).accessibility === 100),
          };
        }
      } finally {
        await site.stop();
      }
    }
  }
  out.summary = summary(out);
  if (Object.keys(errors).length) out.errors = errors;
  out.totalSeconds = round((performance.now() - started) / 1000, 1);
  const json = JSON.stringify(out, null, 2);
  const file = path.resolve(arg('out') ?? path.join(ROOT, '.data/bench.json'));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, json);
  log(`written to ${path.relative(process.cwd(), file)}`);
  console.log(json);
  process.exit(Object.keys(errors).length ? 1 : 0);
}

type Fig = { figure: string; value: number | string | null; baseline?: number | string | null; ratio?: number | null; target: string; met: boolean | null };

/** One line per figure of the issue, with its baseline, ratio and target. */
function summary(out: Record<string, unknown>): Fig[] {
  const figs: Fig[] = [];
  const rules = out.rules as ReturnType<typeof benchRules> | undefined;
  if (rules) {
    figs.push({ figure: 'rules: median ms, 500 workers × 26 weeks', value: rules.medianMsPerScenario, baseline: rules.baseline.medianMs, ratio: rules.ratioToBaseline, target: '≤ 5 ms', met: rules.medianMsPerScenario <= 5 });
    figs.push({ figure: 'rules: worker-months per second', value: rules.workerMonthsPerSecond, target: '≥ 200,000', met: rules.workerMonthsPerSecond >= 200_000 });
  }
  const filing = out.filing as Awaited<ReturnType<typeof benchFiling>> | undefined;
  if (filing) {
    for (const [n, run] of Object.entries(filing.runs) as Array<[string, { app: { perSecond: number; latencyMs: { p50: number; p95: number } }; pgbench: { tps: number }; ratio: number }]>) {
      figs.push({ figure: `filing ${n}: filings/s (p50/p95 ms ${run.app.latencyMs.p50}/${run.app.latencyMs.p95})`, value: run.app.perSecond, baseline: run.pgbench.tps, ratio: run.ratio, target: 'ratio ≥ 0.5 of pgbench', met: run.ratio >= 0.5 });
    }
    figs.push({ figure: 'filing: windows over their limit after the runs', value: filing.windows.overReserved, baseline: filing.windows.windowsChecked, target: '0', met: filing.windows.overReserved === 0 });
  }
  const pages = out.pages as Awaited<ReturnType<typeof benchPages>> | undefined;
  if (pages) {
    const staticP50 = (pages.pages.staticRoute as { ttfbMs: { p50: number } }).ttfbMs.p50;
    for (const [name, p] of Object.entries(pages.pages)) {
      if (name === 'staticRoute') continue;
      const page = p as { ttfbMs: { p50: number; p95: number }; ratioToStaticP50: number };
      figs.push({ figure: `TTFB ${name} p50 ms (p95 ${page.ttfbMs.p95})`, value: page.ttfbMs.p50, baseline: staticP50, ratio: page.ratioToStaticP50, target: '≤ 2× static route', met: page.ratioToStaticP50 <= 2 });
    }
  }
  const frontend = out.frontend as { firstLoadJs?: Record<string, { firstLoadJsKBGzip: number }>; lighthouse?: Record<string, { performance: number; accessibility: number }> } | undefined;
  if (frontend?.firstLoadJs) {
    for (const [name, b] of Object.entries(frontend.firstLoadJs)) {
      figs.push({ figure: `first-load JS ${name} (KB gzip)`, value: b.firstLoadJsKBGzip, target: WIZARD_STEPS.includes(name as (typeof WIZARD_STEPS)[number]) ? '≤ 180' : '(public page, no target)', met: WIZARD_STEPS.includes(name as (typeof WIZARD_STEPS)[number]) ? b.firstLoadJsKBGzip <= 180 : null });
    }
  }
  if (frontend?.lighthouse) {
    for (const [name, l] of Object.entries(frontend.lighthouse)) {
      figs.push({ figure: `Lighthouse ${name} performance`, value: l.performance, target: '≥ 95', met: l.performance >= 95 });
      figs.push({ figure: `Lighthouse ${name} accessibility`, value: l.accessibility, target: '100', met: l.accessibility === 100 });
    }
  }
  return figs;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
