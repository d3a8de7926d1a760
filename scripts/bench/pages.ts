// Pages at scale (issue 8 §4): time to first byte of the staff queue, a request review page, the
// consultant radar (500 clients) and the employer home, next to a static Next.js route, on the
// province (site.ts) served by `next start` of a production build, signed in with real session
// cookies. Load tool: autocannon on loopback; TTFB is taken per request from the client's
// 'request' event to its 'headers' event (the status line and headers arrive with the first
// bytes of the streamed HTML), next to autocannon's own latency (the whole response).
// The pages are measured round-robin — a few requests of each, then again — so that load from
// other processes on a shared machine falls on every page alike, and each page is compared
// with the static route measured in the same rounds.
//   npx tsx --conditions=react-server scripts/bench/pages.ts [--scale=0.1] [--keep] [--skip-build]
import os from 'node:os';
import autocannon from 'autocannon';
import { arg, benchToday, flag, isMain, log, machine, round, scaleArg, stats } from './lib';
import { buildApp, hasBuild } from './server';
import { prepareSite, type Site } from './site';

export type PageTarget = { name: string; paths: string[]; cookie?: string };

export function pageTargets(site: Site): PageTarget[] {
  return [
    // The static route: prerendered at build time (○ in the build output), served by the same
    // server, through the same proxy. Every HTML page of the app is dynamic (the layout reads the
    // session and the locale cookie), so the floor is the app's static icon route.
    { name: 'staticRoute', paths: ['/icon.svg'] },
    // A second floor: the public landing page, signed out — the root layout and a page with no
    // query, rendered per request. What any HTML page of this app costs before its own data.
    { name: 'publicPage', paths: ['/'] },
    { name: 'staffQueue', paths: ['/comitato/domande'], cookie: site.cookies.staff },
    { name: 'reviewPage', paths: site.ids.reviewRequestIds.map((id) => `/comitato/domande/${id}`), cookie: site.cookies.staff },
    { name: 'consultantRadar', paths: ['/consulente'], cookie: site.cookies.consultant },
    // The employer's home (/aziende, their companies with drafts and open requests) and the
    // company's own page, for the generated employer with the most requests.
    { name: 'employerHome', paths: ['/aziende'], cookie: site.cookies.employer },
    { name: 'employerCompany', paths: [`/aziende/${site.ids.homeEmployerId}`], cookie: site.cookies.employer },
  ];
}

const BASELINES = new Set(['staticRoute', 'publicPage']);

type Samples = { ttfb: number[]; total: number[]; non2xx: number; errors: number; requests: number; seconds: number; bytes: number };

async function fire(base: string, target: PageTarget, amount: number, connections: number, samples: Samples) {
  const sent = new WeakMap<object, number>();
  const result = await autocannon({
    url: base,
    connections,
    amount,
    timeout: 60,
    headers: target.cookie ? { cookie: target.cookie } : {},
    requests: target.paths.map((p) => ({ method: 'GET', path: p })),
    setupClient: (client: import('node:events').EventEmitter) => {
      client.on('request', () => sent.set(client, performance.now()));
      client.on('headers', () => samples.ttfb.push(performance.now() - (sent.get(client) ?? performance.now())));
      client.on('response', (_status: number, _bytes: number, duration: number) => samples.total.push(duration));
    },
  });
  samples.non2xx += result.non2xx;
  samples.errors += result.errors + result.timeouts;
  samples.requests += result.requests.total;
  samples.seconds += result.duration;
  samples.bytes += result.throughput.total;
}

export type PagesOptions = { rounds?: number; perRound?: number; connections?: number };

export async function benchPages(site: Site, opts: PagesOptions = {}) {
  const rounds = opts.rounds ?? 3;
  const perRound = opts.perRound ?? 30;
  const connections = opts.connections ?? 1;
  const targets = pageTargets(site);
  const samples = new Map(targets.map((t) => [t.name, { ttfb: [], total: [], non2xx: 0, errors: 0, requests: 0, seconds: 0, bytes: 0 } as Samples]));
  // Warm-up: every route compiled/loaded and the database caches filled.
  for (const t of targets) await fire(site.base, t, Math.max(10, t.paths.length * 2), 1, { ttfb: [], total: [], non2xx: 0, errors: 0, requests: 0, seconds: 0, bytes: 0 });
  for (let r = 0; r < rounds; r++) {
    for (const t of targets) {
      log(`pages: round ${r + 1}/${rounds} ${t.name}`);
      await fire(site.base, t, perRound, connections, samples.get(t.name)!);
    }
  }
  const staticTtfb = stats(samples.get('staticRoute')!.ttfb);
  const publicTtfb = stats(samples.get('publicPage')!.ttfb);
  const out: Record<string, unknown> = {};
  for (const t of targets) {
    const s = samples.get(t.name)!;
    const ttfb = stats(s.ttfb);
    out[t.name] = {
      path: t.paths.length > 1 ? `${t.paths[0]} (+${t.paths.length - 1} more)` : t.paths[0],
      ttfbMs: ttfb,
      fullResponseMs: stats(s.total),
      kBPerResponse: round(s.bytes / Math.max(1, s.requests) / 1024, 1),
      non2xx: s.non2xx,
      errors: s.errors,
      ...(t.name === 'staticRoute' ? {} : { ratioToStaticP50: round(ttfb.p50 / staticTtfb.p50, 2), ratioToStaticP95: round(ttfb.p95 / staticTtfb.p95, 2) }),
      ...(BASELINES.has(t.name) ? {} : { ratioToPublicPageP50: round(ttfb.p50 / publicTtfb.p50, 2) }),
    };
  }
  const pages = targets.filter((t) => !BASELINES.has(t.name)).map((t) => out[t.name] as { ratioToStaticP50: number; non2xx: number; errors: number });
  return {
    benchmark: 'pages at scale (TTFB)',
    method: `autocannon, ${connections} connection(s), ${rounds} rounds × ${perRound} requests per page (after a warm-up), loopback, next start (production build)`,
    data: {
      employers: (site.generation.rows.employers ?? 0) + site.ids.radarClients,
      requests: site.generation.rows.requests,
      workers: site.generation.rows.workers,
      requestWorkers: site.generation.rows.requestWorkers,
      radarClients: site.ids.radarClients,
      homeEmployerRequests: site.ids.homeEmployerRequests,
      reviewPagesOfRealFilings: site.ids.reviewRequestIds.length,
    },
    pages: out,
    loadAverage1m: round(os.loadavg()[0]!, 2),
    target: { maxRatioToStatic: 2 },
    met: pages.every((p) => p.ratioToStaticP50 <= 2 && p.non2xx === 0 && p.errors === 0),
  };
}

if (isMain(import.meta.url)) {
  const scale = scaleArg();
  (async () => {
    if (!flag('skip-build') || !hasBuild()) buildApp();
    const site = await prepareSite({ scale, today: benchToday(), port: Number(arg('port') ?? 3108), keep: flag('keep') });
    try {
      const pages = await benchPages(site, { rounds: Number(arg('rounds') ?? 3), perRound: Number(arg('per-round') ?? 30), connections: Number(arg('connections') ?? 1) });
      console.log(JSON.stringify({ machine: machine(), generation: site.generation, ...pages }, null, 2));
    } finally {
      await site.stop();
    }
    process.exit(0);
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
