// Runs one fuzz target: `runs` generated inputs through fast-check, each checked for
//   1. no thrown error (a Next redirect counts as an answer) and no 5xx;
//   2. a rejection is structured: field errors by path and/or form errors, every text a
//      translated message of the catalogues (never a zod default, a raw key or a stack trace);
//   3. an input the target's own schema refuses is refused as a validation error;
//   4. no committed database change on rejection (db-watch.ts: write counter checked around
//      every input the schema accepts and every 200 inputs otherwise; digest before and after
//      when the whole run was refused).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { digest, writeCount } from './db-watch';
import type { FuzzCase } from './arbitraries';

export type Verdict =
  | { kind: 'accepted' }
  | { kind: 'rejected'; validation: boolean; fieldErrors: Record<string, unknown>; formErrors: unknown; /** texts that need not be catalogued (limits, credentials) */ freeText?: boolean };

export type FuzzTarget = {
  name: string;
  arbitrary: fc.Arbitrary<FuzzCase>;
  /** The target's own schema on the same raw input: false → it must answer with a validation error. */
  predictValid?: (c: FuzzCase) => boolean;
  call: (c: FuzzCase) => Promise<Verdict>;
  /** Inputs for this target when not FUZZ_RUNS (documented where used). */
  runs?: number;
  /** Writes nothing even when it accepts (public simulation): the counter must never move. */
  neverWrites?: boolean;
  /** Runs before each input the schema accepts (e.g. clearing abuse limits so the work is reached). */
  beforeValid?: () => Promise<unknown>;
};

export type FuzzStats = { name: string; runs: number; accepted: number; rejected: number; validation: number; ms: number; valid?: number; /** CPU of this process (the app code and the checks; not PostgreSQL's) */ cpuMs?: number };
const MAX_VALID = Number(process.env.FUZZ_MAX_VALID ?? 300);

/** Every Italian and English validation text of lib/schemas/messages. */
export async function catalogueTexts(root: string): Promise<Set<string>> {
  const texts = new Set<string>();
  const dir = path.join(root, 'lib/schemas/messages');
  for (const file of readdirSync(dir)) {
    const mod = (await import(path.join(dir, file))) as Record<string, { it?: Record<string, string>; en?: Record<string, string> }>;
    for (const catalogue of Object.values(mod)) {
      for (const lang of ['it', 'en'] as const) for (const text of Object.values(catalogue?.[lang] ?? {})) if (typeof text === 'string') texts.add(text);
    }
  }
  return texts;
}

const LEAKS = /\n\s+at |node_modules|prisma|Invalid input|expected .* received|Too (big|small)|Unrecognized key/i;

/** Throws (with the input) unless the rejection is structured and every text is a translated message. */
function checkRejection(name: string, v: Extract<Verdict, { kind: 'rejected' }>, known: Set<string>, c: FuzzCase) {
  // Plain checks, not expect(): this runs 400,000 times and expect() would be most of the time.
  const fail = (what: string) => {
    throw new Error(`${name}: ${what} — input ${describeCase(c)}`);
  };
  if (v.fieldErrors === null || typeof v.fieldErrors !== 'object' || Array.isArray(v.fieldErrors)) fail('fieldErrors is not an object');
  if (!Array.isArray(v.formErrors)) fail('formErrors is not a list');
  const texts: unknown[] = [...(v.formErrors as unknown[])];
  for (const [key, list] of Object.entries(v.fieldErrors)) {
    if (key.length === 0 || /undefined|\[object/.test(key)) fail(`field path "${key}"`);
    if (!Array.isArray(list) || list.length === 0) fail(`no errors listed for ${key}`);
    texts.push(...(list as unknown[]));
  }
  if (texts.length === 0) fail('a rejection without a reason');
  for (const text of texts) {
    if (typeof text !== 'string' || text.trim().length === 0) fail(`message ${JSON.stringify(text)}`);
    if (LEAKS.test(text as string)) fail(`message leaks internals: ${text as string}`);
    if (!v.freeText && !known.has(text as string)) fail(`"${text as string}" is not a translated catalogue message`);
  }
}

/** A short, printable description of a failing input (no 300 kB strings in the report). */
export function describeCase(c: FuzzCase): string {
  const text = JSON.stringify(c.input, (_k, v: unknown) =>
    typeof v === 'bigint' ? `${v}n` : v instanceof File ? `<File ${v.name} ${v.type} ${v.size}B>` : typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v === undefined ? '<undefined>' : v,
  );
  return `${c.asForm ? 'FormData ' : ''}${text?.slice(0, 1500)}`;
}

export async function runFuzz(target: FuzzTarget, prisma: PrismaClient, known: Set<string>, runs: number): Promise<FuzzStats> {
  const stats: FuzzStats & { valid: number } = { name: target.name, runs: 0, accepted: 0, rejected: 0, validation: 0, ms: 0, valid: 0 };
  const digestBefore = await digest(prisma);
  let baseline = await writeCount(prisma);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await fc.assert(
    fc.asyncProperty(target.arbitrary, async (c) => {
      const predicted = target.predictValid ? target.predictValid(c) : undefined;
      // Inputs the schema accepts run the real work (a filed request, an e-mail: ~10-40 ms each).
      // Past MAX_VALID of them per target they are skipped (not counted in `runs`), so the 10,000
      // fed inputs are mostly the cheap refusals the property is about. (A target whose inputs are
      // mostly valid must not declare predictValid: it would skip almost everything.)
      if (predicted === true && stats.valid >= MAX_VALID) {
        fc.pre(false);
      }
      if (predicted === true) stats.valid++;
      stats.runs++;
      const mayWrite = !target.neverWrites && predicted !== false;
      const unchanged = async (what: string) => {
        if ((await writeCount(prisma)) !== baseline) throw new Error(`${target.name}: ${what}: ${describeCase(c)}`);
      };
      if (mayWrite) await unchanged('an earlier rejected input changed the database (checked before)');
      if (predicted === true) await target.beforeValid?.();
      let verdict: Verdict;
      try {
        verdict = await target.call(c);
      } catch (error) {
        throw new Error(`${target.name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} on ${describeCase(c)}`, { cause: error });
      }
      if (verdict.kind === 'accepted') {
        stats.accepted++;
        if (predicted === false) throw new Error(`${target.name}: accepted an input its schema refuses: ${describeCase(c)}`);
        if (!target.neverWrites) baseline = await writeCount(prisma);
        else if (stats.runs % 200 === 0) await unchanged('wrote to the database');
        return;
      }
      stats.rejected++;
      if (verdict.validation) stats.validation++;
      if (predicted === false && !verdict.validation) throw new Error(`${target.name}: the schema refuses the input but the answer is not a validation error: ${describeCase(c)}`);
      checkRejection(target.name, verdict, known, c);
      if (mayWrite || stats.runs % 200 === 0) await unchanged('a rejected input changed the database');
    }),
    { numRuns: runs, endOnFailure: true, maxSkipsPerRun: 1_000, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
  );
  stats.ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  stats.cpuMs = (cpu.user + cpu.system) / 1000;
  expect(await writeCount(prisma), `${target.name}: the last rejected inputs changed the database`).toBe(baseline);
  if (stats.accepted === 0) expect(await digest(prisma), `${target.name}: every input was refused, yet the tables changed`).toBe(digestBefore);
  // One line per target as it finishes (a full run is long; the table is printed again at the end).
  process.stdout.write(`fuzz ${formatStats([stats]).split('\n')[0]}\n`);
  return stats;
}

export function formatStats(all: FuzzStats[]): string {
  if (all.length === 0) return '(no target ran)';
  const total = all.reduce((s, x) => ({ runs: s.runs + x.runs, ms: s.ms + x.ms, cpuMs: s.cpuMs + (x.cpuMs ?? x.ms) }), { runs: 0, ms: 0, cpuMs: 0 });
  const lines = all.map(
    (s) =>
      `${s.name.padEnd(48)} ${String(s.runs).padStart(6)} inputs  ${String(s.rejected).padStart(6)} refused (${s.validation} validation)  ${String(s.accepted).padStart(5)} accepted  ${(s.ms / 1000).toFixed(1).padStart(6)} s  ${Math.round((s.runs / s.ms) * 1000)}/s  cpu ${((s.cpuMs ?? s.ms) / 1000).toFixed(1)} s`,
  );
  return [...lines, `TOTAL ${total.runs} inputs in ${(total.ms / 1000).toFixed(1)} s (${Math.round((total.runs / total.ms) * 1000)}/s), cpu ${(total.cpuMs / 1000).toFixed(1)} s`].join('\n');
}
