// Front end (issue 8 §5): first-load JavaScript of pages in KB gzip, and Lighthouse scores.
//
// First-load JS, two ways, both from a production build (`next build`, Turbopack):
// - "loaded": the <script src> chunks of the page's HTML as `next start` serves it — what a browser
//   actually downloads before the page is interactive. The figure the target (≤ 180 KB) is read on.
// - "manifest": the build's rootMainFiles plus every chunk listed for the route in its
//   page_client-reference-manifest.js (layouts, page, error and not-found boundaries): an upper
//   bound that needs no server.
// Sizes are gzip level 9 of each file (what `gzip -9` and the old `next build` table reported),
// summed over distinct files. Polyfills (nomodule) are not counted: modern browsers skip them.
//
// Lighthouse 12 (the `lighthouse` npm package) drives Debian's chromium (CHROME_PATH, default
// /usr/bin/chromium) headless with its default mobile settings (simulated slow 4G and 4× CPU
// slowdown), categories performance and accessibility; signed-in pages get the session cookie.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from './lib';

const KB = 1024;

export type ChunkSizes = { files: number; rawKB: number; gzipKB: number; chunks: Array<{ file: string; gzipKB: number }> };

function sizeOf(root: string, files: Iterable<string>): ChunkSizes {
  const chunks: Array<{ file: string; gzipKB: number }> = [];
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const full = path.join(root, '.next', file);
    if (!existsSync(full)) continue;
    const bytes = readFileSync(full);
    const gz = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += gz;
    chunks.push({ file, gzipKB: round(gz / KB, 1) });
  }
  chunks.sort((a, b) => b.gzipKB - a.gzipKB);
  return { files: chunks.length, rawKB: round(raw / KB, 1), gzipKB: round(gzip / KB, 1), chunks };
}

/** Route (e.g. `/(area-riservata)/aziende/[employerId]/domande/[requestId]/lavoratori/page`) → its chunks per the build manifests. */
export function manifestFirstLoad(root: string, routeEntry: string): ChunkSizes | null {
  const manifestFile = path.join(root, '.next/server/app', `${routeEntry}_client-reference-manifest.js`);
  if (!existsSync(manifestFile)) return null;
  const build = JSON.parse(readFileSync(path.join(root, '.next/build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route].
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  new Function('globalThis', 'self', readFileSync(manifestFile, 'utf8'))(sandbox, sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  if (!manifest) return null;
  return sizeOf(root, [...build.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
}

/** The chunks a page's HTML loads (<script src="/_next/static/…">). */
export function loadedFirstLoad(root: string, html: string): ChunkSizes {
  const files = [...html.matchAll(/<script[^>]*\ssrc="\/_next\/(static\/[^"?]+\.js)[^"]*"[^>]*>/g)].filter((m) => !/\snoModule|\snomodule/.test(m[0])).map((m) => m[1]!);
  return sizeOf(root, files);
}

export type PageToWeigh = { name: string; url: string; routeEntry: string; cookie?: string; wizard?: boolean };

/** The app's page routes in the build: `{ path: '/aziende/[employerId]/…', entry: '(area-riservata)/aziende/[employerId]/…/page' }`. */
export function appPageRoutes(root: string): Array<{ path: string; entry: string }> {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([entry]) => entry.endsWith('/page'))
    .map(([entry, routePath]) => ({ path: routePath, entry: entry.replace(/^\//, '') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export async function weighPages(root: string, pages: PageToWeigh[]) {
  const out: Record<string, unknown> = {};
  for (const page of pages) {
    const res = await fetch(page.url, { headers: page.cookie ? { cookie: page.cookie } : {}, redirect: 'manual' });
    const html = await res.text();
    if (res.status !== 200) {
      out[page.name] = { path: new URL(page.url).pathname, wizard: !!page.wizard, error: `answered ${res.status}${res.headers.get('location') ? ` → ${res.headers.get('location')}` : ''}` };
      continue;
    }
    const loaded = loadedFirstLoad(root, html);
    const manifest = manifestFirstLoad(root, page.routeEntry);
    out[page.name] = {
      path: new URL(page.url).pathname,
      wizard: !!page.wizard,
      firstLoadJsKBGzip: loaded.gzipKB,
      files: loaded.files,
      manifestUpperBoundKBGzip: manifest?.gzipKB ?? null,
      largestChunks: loaded.chunks.slice(0, 4),
    };
  }
  return out;
}

export type LighthouseTarget = { name: string; url: string; cookie?: string };

export async function lighthouseRuns(targets: LighthouseTarget[], opts: { runs?: number } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const out: Record<string, unknown> = {};
  try {
    for (const target of targets) {
      try {
        out[target.name] = await lighthouseTarget(target);
      } catch (error) {
        out[target.name] = { path: new URL(target.url).pathname, error: error instanceof Error ? error.message : String(error) };
      }
    }
  } finally {
    await chrome.kill();
  }
  return out;

  async function lighthouseTarget(target: LighthouseTarget) {
    const runs: Array<{ performance: number; accessibility: number; metrics: Record<string, number>; failedAudits: string[] }> = [];
    for (let i = 0; i < (opts.runs ?? 1); i++) {
      const result = await lighthouse(target.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: target.cookie ? { Cookie: target.cookie } : undefined,
      });
      if (!result) throw new Error(`lighthouse gave no result for ${target.url}`);
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      runs.push({
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        metrics: {
          firstContentfulPaintMs: Math.round(audit('first-contentful-paint')),
          largestContentfulPaintMs: Math.round(audit('largest-contentful-paint')),
          totalBlockingTimeMs: Math.round(audit('total-blocking-time')),
          cumulativeLayoutShift: round(audit('cumulative-layout-shift'), 3),
          speedIndexMs: Math.round(audit('speed-index')),
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        },
        failedAudits: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings'))
          .map((a) => `${a.id} (${a.score})`)
          .slice(0, 12),
      });
    }
    // The median run by performance score (Lighthouse's own advice for noisy machines).
    runs.sort((a, b) => a.performance - b.performance);
    const median = runs[Math.floor(runs.length / 2)]!;
    return { path: new URL(target.url).pathname, runs: runs.length, ...median, performanceAllRuns: runs.map((r) => r.performance) };
  }
}
