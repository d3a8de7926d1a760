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
// Options: --scale=F (default 1 = the issue's scale; 0.05 for a quick run), --only=rules,filing,…,
// --skip-build, --keep (keep the databases), --port=3108, --rounds=N, --lighthouse-runs=N,
// --out=FILE (the JSON is also written there; default .data/bench.json). `npm run -s bench` keeps
// npm's banner off stdout.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchFiling } from './filing';
import { appPageRoutes, lighthouseRuns, weighPages, type PageToWeigh } from './frontend';
import { arg, benchToday, flag, log, machine, round, scaleArg, scaled } from './lib';
import { benchPages } from './pages';
import { benchRules } from './rules';
import { buildApp, hasBuild, ROOT } from './server';
import { prepareSite, type Site } from './site';

const PARTS = ['rules', 'filing', 'pages', 'frontend'] as const;
type Part = (typeof PARTS)[number];

/**
 * The wizard's pages as the build has them (whatever is on the branch when the bench runs): every
 * page route under /aziende/[employerId]/domande/, with the bench's employer and its draft.
 */
function wizardPages(site: Site): PageToWeigh[] {
  return appPageRoutes(ROOT)
    .filter((r) => r.path.startsWith('/aziende/[employerId]/domande/'))
    .map((r) => ({
      name: r.path.slice('/aziende/[employerId]/domande/'.length).replace('[requestId]', ':draft') || 'list',
      url: site.base + r.path.replace('[employerId]', site.ids.homeEmployerId).replace('[requestId]', site.ids.wizardRequestId),
      routeEntry: r.entry,
      cookie: site.cookies.employer,
      wizard: true,
    }))
    .filter((p) => !p.url.includes('['));
}

/**
 * Pages weighed next to the wizard: the simulator and the sign-in page, and the landing page (no
 * form, no client component of its own): the floor every page's first load starts from.
 */
function publicPages(site: Site): PageToWeigh[] {
  return [
    { name: 'landing (floor)', url: `${site.base}/`, routeEntry: '(pubblico)/page', wizard: false },
    { name: 'simulatore', url: `${site.base}/simulatore`, routeEntry: '(pubblico)/simulatore/page', wizard: false },
    { name: 'accedi', url: `${site.base}/accedi`, routeEntry: '(auth)/accedi/page', wizard: false },
  ];
}

/**
 * The wizard step Lighthouse opens: the workers step if the build has it, else another question
 * step, else the draft's own page (its task list), else the first wizard page that answers.
 */
function lighthouseWizardStep(pages: PageToWeigh[], weighed: Record<string, unknown> | undefined): PageToWeigh | undefined {
  const ok = pages.filter((p) => (weighed?.[p.name] as { firstLoadJsKBGzip?: number } | undefined)?.firstLoadJsKBGzip !== undefined);
  for (const step of [':draft/lavoratori', ':draft/causale', ':draft/procedura', ':draft/riepilogo', ':draft', 'nuova']) {
    const found = ok.find((p) => p.name === step);
    if (found) return found;
  }
  return ok[0];
}

async function main() {
  const scale = scaleArg();
  const only = (arg('only')?.split(',') ?? [...PARTS]) as Part[];
  const today = benchToday();
  const started = performance.now();
  const out: Record<string, unknown> = { benchmark: 'FSTN — issue 8', startedAt: new Date().toISOString(), today, scale, machine: machine() };
  const errors: Record<string, string> = {};
  // The machine is shared: the 1-minute load average when each part starts and ends goes with its figures.
  const load: Record<string, { start: number; end?: number }> = {};
  out.loadAverage1m = load;
  const attempt = async <T>(part: string, fn: () => Promise<T>): Promise<T | undefined> => {
    load[part] = { start: round(os.loadavg()[0]!, 2) };
    try {
      return await fn();
    } finally {
      load[part].end = round(os.loadavg()[0]!, 2);
    }
  };
  const tryPart = async <T>(part: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await attempt(part, fn);
    } catch (error) {
      errors[part] = error instanceof Error ? error.message : String(error);
      log(`${part} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  };

  if (only.includes('rules')) {
    log('rules');
    out.rules = await tryPart('rules', async () => benchRules({ workers: 500, runs: 200 }));
  }
  if (only.includes('filing')) {
    log('filing');
    out.filing = await tryPart('filing', () => benchFiling({ today, filings: scaled(2000, scale, 100), keep: flag('keep') }));
  }
  if (only.includes('pages') || only.includes('frontend')) {
    if (!flag('skip-build') || !hasBuild()) {
      log('next build');
      out.buildSeconds = round(buildApp(), 1);
    }
    const site = await tryPart('site', () => prepareSite({ scale, today, port: Number(arg('port') ?? 3108), keep: flag('keep') }));
    if (site) {
      try {
        out.generation = site.generation;
        if (only.includes('pages')) out.pages = await tryPart('pages', () => benchPages(site, { rounds: Number(arg('rounds') ?? 3) }));
        if (only.includes('frontend')) out.frontend = await tryPart('frontend', () => benchFrontend(site));
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

async function benchFrontend(site: Site) {
  log('frontend: first-load JS');
  const wizard = wizardPages(site);
  const bundles = await weighPages(ROOT, [...wizard, ...publicPages(site)]);
  const step = lighthouseWizardStep(wizard, bundles);
  log(`frontend: lighthouse (simulatore${step ? `, ${step.name}` : ''})`);
  const lighthouse = await lighthouseRuns(
    [{ name: 'simulatore', url: `${site.base}/simulatore` }, ...(step ? [{ name: `wizard ${step.name}`, url: step.url, cookie: step.cookie }] : [])],
    { runs: Number(arg('lighthouse-runs') ?? 3) },
  );
  // Pages that redirect the bench's draft elsewhere (e.g. the confirmation of a filed request)
  // have no first load of their own: they are listed with their redirect and left out of `met`.
  const wizardWeighed = wizard.map((p) => bundles[p.name] as { firstLoadJsKBGzip?: number; error?: string }).filter((b) => !/^answered 30[1278]/.test(b.error ?? ''));
  const scores = Object.values(lighthouse) as Array<{ performance?: number; accessibility?: number }>;
  return {
    firstLoadJs: bundles,
    wizardPagesInBuild: wizard.length,
    lighthouse,
    targets: { maxWizardFirstLoadKBGzip: 180, minPerformance: 95, accessibility: 100 },
    met:
      wizard.length > 0 &&
      wizardWeighed.every((b) => b.firstLoadJsKBGzip !== undefined && b.firstLoadJsKBGzip <= 180) &&
      scores.length === 2 &&
      scores.every((l) => (l.performance ?? 0) >= 95 && l.accessibility === 100),
  };
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
      const page = p as { ttfbMs: { p50: number; p95: number }; ratioToStaticP50: number; ratioToPublicPageP50?: number };
      if (name === 'publicPage') {
        figs.push({ figure: 'TTFB publicPage p50 ms (signed-out landing page: the dynamic floor)', value: page.ttfbMs.p50, baseline: staticP50, ratio: page.ratioToStaticP50, target: '(second baseline)', met: null });
        continue;
      }
      const vsPublic = page.ratioToPublicPageP50 === undefined ? '' : `, ${page.ratioToPublicPageP50}× the public page`;
      figs.push({ figure: `TTFB ${name} p50 ms (p95 ${page.ttfbMs.p95}${vsPublic})`, value: page.ttfbMs.p50, baseline: staticP50, ratio: page.ratioToStaticP50, target: '≤ 2× static route', met: page.ratioToStaticP50 <= 2 });
    }
  }
  const frontend = out.frontend as Awaited<ReturnType<typeof benchFrontend>> | undefined;
  if (frontend) {
    if (frontend.wizardPagesInBuild === 0) figs.push({ figure: 'first-load JS of the wizard pages (KB gzip)', value: 'no wizard page in this build', target: '≤ 180', met: null });
    for (const [name, b] of Object.entries(frontend.firstLoadJs) as Array<[string, { firstLoadJsKBGzip?: number; error?: string; wizard: boolean }]>) {
      const kb = b.firstLoadJsKBGzip;
      const redirected = /^answered 30[1278]/.test(b.error ?? '');
      figs.push({ figure: `first-load JS ${name} (KB gzip)`, value: kb ?? b.error ?? null, target: b.wizard ? '≤ 180' : '(no target)', met: b.wizard && !redirected ? kb !== undefined && kb <= 180 : null });
    }
    for (const [name, l] of Object.entries(frontend.lighthouse) as Array<[string, { performance?: number; accessibility?: number; error?: string }]>) {
      if (l.error !== undefined) {
        figs.push({ figure: `Lighthouse ${name}`, value: l.error, target: 'performance ≥ 95, accessibility 100', met: false });
        continue;
      }
      figs.push({ figure: `Lighthouse ${name} performance`, value: l.performance ?? null, target: '≥ 95', met: (l.performance ?? 0) >= 95 });
      figs.push({ figure: `Lighthouse ${name} accessibility`, value: l.accessibility ?? null, target: '100', met: l.accessibility === 100 });
    }
  }
  return figs;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
