// Small helpers shared by the benchmarks in scripts/bench (issue 8): command-line options, the
// --scale factor, percentiles, and "is this file the entry point" so every benchmark is both a
// module that returns its figures (for scripts/bench/all.ts) and a CLI that prints them.
import os from 'node:os';
import { pathToFileURL } from 'node:url';

/** `--name=value` from the command line, or undefined. */
export function arg(name: string, argv: readonly string[] = process.argv): string | undefined {
  const prefix = `--${name}=`;
  return argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

export function flag(name: string, argv: readonly string[] = process.argv): boolean {
  return argv.includes(`--${name}`);
}

/** `--scale=F` (default 1 = the scale; 0.1 for a quick run). Counts are multiplied by it. */
export function scaleArg(argv: readonly string[] = process.argv): number {
  const raw = arg('scale', argv) ?? process.env.BENCH_SCALE;
  const scale = raw === undefined ? 1 : Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`--scale must be a number in (0, 10], not ${raw}`);
  return scale;
}

/** `n × scale`, rounded, at least `min`. */
export function scaled(n: number, scale: number, min = 1): number {
  return Math.max(min, Math.round(n * scale));
}

/** True when `metaUrl` (import.meta.url) is the script node/tsx was started with. */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  return !!entry && metaUrl === pathToFileURL(entry).href;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export type Stats = { p50: number; p95: number; mean: number; min: number; max: number; n: number };

export function stats(samples: readonly number[], digits = 2): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { p50: round(percentile(s, 50), digits), p95: round(percentile(s, 95), digits), mean: round(mean, digits), min: round(s[0] ?? NaN, digits), max: round(s.at(-1) ?? NaN, digits), n: s.length };
}

export const median = (samples: readonly number[]) => percentile([...samples].sort((a, b) => a - b), 50);

/** Today's date in Trento, or FSTN_TODAY (the app reads the same variable). */
export function benchToday(): string {
  return process.env.FSTN_TODAY ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

/** What the figures were measured on. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    loadAverage1m: round(os.loadavg()[0]!, 2),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
