// Issue 7 §4: FUZZ_RUNS (default 10,000) generated inputs into EVERY zod-validated server action —
// each defineAction (found like the authorisation matrix finds them, so a new action is fuzzed
// without editing this file) and the public/sign-in server functions — called in-process against
// the real PostgreSQL of the run, as an actor the matrix allows, with inputs that are mutations
// of the matrix's valid call (tests/security/fuzz/support/arbitraries.ts). The checks are in
// tests/security/fuzz/support/runner.ts. Run: `npx vitest run --project fuzz`.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.MAIL_DIR = `${process.env.TMPDIR ?? '/tmp'}/fstn-mail-fuzz-${process.pid}-${Date.now()}`;
});
// The caller is the actor set with actAs(), without re-reading the user row on every call as the
// integration setup does: the fuzz is about input handling, and 400,000 extra lookups would be
// most of its time. Roles, memberships and delegations are still checked by the real guards.
vi.mock('@/lib/server/auth/session', async () => {
  const { currentActor } = await import('../../setup/actor');
  return { getCurrentUser: async () => currentActor() };
});
vi.mock('next-intl/server', () => ({
  getLocale: async () => 'it',
  // The sign-in action's own texts (credentials, limits): any non-empty sentence; checked as free text.
  getTranslations: async () => (key: string) => `testo ${key}`,
}));

import { rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { prisma } from '@/lib/server/db';
import { actionNames, actionRegistry } from '@/lib/server/actions/define-action';
import { formDataToObject } from '@/lib/forms/form-data';
import { signInSchema } from '@/lib/schemas/auth';
import { cleanInput } from '@/lib/schemas/clean-text';
import { lr5SimulationSchema } from '@/lib/schemas/lr5-simulation';
import { quickSimulationSchema } from '@/lib/schemas/quick-simulation';
import { actAs } from '../../setup/actor';
import { ACTIONS, OTHER_SERVER_FUNCTIONS } from '../authorization-matrix';
import { ACTION_CALLS, OTHER_CALLS } from '../support/calls';
import { ROOT, scanSources } from '../support/discover';
import { toFormData } from '../support/form-data';
import { createWorld, type ActorKey, type World } from '../support/world';
import { mutationsOf, type FuzzCase } from './support/arbitraries';
import { installWriteCounter } from './support/db-watch';
import { catalogueTexts, formatStats, runFuzz, type FuzzStats, type FuzzTarget, type Verdict } from './support/runner';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
type AnyFunction = (...args: unknown[]) => Promise<unknown>;

// Every 'use server' export, by registry name (defineAction) or by file#export (the others).
const actionFns = new Map<string, AnyFunction>();
const otherFns = new Map<string, AnyFunction>();
for (const file of scanSources().actionModules) {
  const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(mod)) {
    if (typeof value !== 'function') continue;
    const name = actionNames.get(value);
    if (name) actionFns.set(name, value as AnyFunction);
    else otherFns.set(`${file}#${exportName}`, value as AnyFunction);
  }
}

/** The first actor the matrix allows, in this order (so the call passes the guards and reaches the work). */
function allowedActor(name: string): ActorKey {
  const cells = ACTIONS[name]!.trim().split(/\s+/);
  const order: Array<[ActorKey, number]> = [['employer', 1], ['consultant', 3], ['staff', 7], ['admin', 8], ['otherEmployer', 2], ['consultantNotDelegated', 4]];
  const found = order.find(([, i]) => cells[i] === 'A');
  if (!found) throw new Error(`no allowed actor for ${name}`);
  return found[0];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Blob);

/** What the action receives: the object itself, or the FormData a browser would post for it. */
function payload(c: FuzzCase): unknown {
  if (!c.asForm) return c.input;
  return isRecord(c.input) ? toFormData(c.input) : new FormData();
}
/** What the action's schema sees (defineAction turns FormData into an object and cleans its text first). */
const raw = (sent: unknown) => cleanInput(sent instanceof FormData ? formDataToObject(sent) : sent);

function thrownVerdict(error: unknown): Verdict {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return { kind: 'accepted' };
  if (typeof digest === 'string' && /^NEXT_HTTP_ERROR_FALLBACK;(403|404)$/.test(digest)) return { kind: 'rejected', validation: false, fieldErrors: {}, formErrors: [digest], freeText: true };
  throw error;
}

type ErrorResult = { status: 'error'; code?: string; fieldErrors: Record<string, unknown>; formErrors: unknown };
const isError = (r: unknown): r is ErrorResult => isRecord(r) && r.status === 'error';

let world: World;
const known = await catalogueTexts(ROOT);
const stats: FuzzStats[] = [];
const sent = new WeakMap<FuzzCase, unknown>();
const sentOf = (c: FuzzCase) => {
  if (!sent.has(c)) sent.set(c, payload(c));
  return sent.get(c);
};

beforeAll(async () => {
  world = await createWorld(prisma);
  await installWriteCounter(prisma);
}, 120_000);
afterAll(() => {
  actAs(null);
  rmSync(process.env.MAIL_DIR!, { recursive: true, force: true });
  console.info(`\nfuzz: server actions\n${formatStats(stats)}`);
});

describe('defineAction actions', () => {
  it('finds every action of the registry', () => {
    expect([...actionRegistry.keys()].filter((name) => !actionFns.has(name))).toEqual([]);
    expect(actionFns.size).toBeGreaterThan(30);
  });

  it.each([...actionRegistry.keys()].sort())('%s', async (name) => {
    const fn = actionFns.get(name)!;
    const meta = actionRegistry.get(name)!;
    const actor = allowedActor(name);
    const user = world.users[actor]!;
    const base = await ACTION_CALLS[name]!(world, actor);
    const target: FuzzTarget = {
      name: `action ${name}`,
      arbitrary: mutationsOf(base),
      predictValid: (c) => meta.input.safeParse(raw(sentOf(c))).success,
      // Abuse limits (CSV imports, invitations, codes) would otherwise answer instead of the action.
      beforeValid: () => prisma.rateLimitBucket.deleteMany({}),
      call: async (c) => {
        actAs(user);
        try {
          const body = sentOf(c);
          const result = body instanceof FormData ? await fn(null, body) : await fn(body);
          if (isRecord(result) && result.status === 'success') return { kind: 'accepted' };
          if (!isError(result)) throw new Error(`answered ${JSON.stringify(result)}`);
          return { kind: 'rejected', validation: result.code === 'VALIDATION', fieldErrors: result.fieldErrors, formErrors: result.formErrors };
        } catch (error) {
          return thrownVerdict(error);
        } finally {
          actAs(null);
        }
      },
    };
    stats.push(await runFuzz(target, prisma, known, RUNS));
  }, 600_000);
});

describe('server functions outside defineAction', () => {
  const asObject = (c: FuzzCase) => (sentOf(c) instanceof FormData ? formDataToObject(sentOf(c) as FormData) : {});
  const form = (c: FuzzCase) => (sentOf(c) instanceof FormData ? (sentOf(c) as FormData) : new FormData());
  const simulatorVerdict = (result: unknown): Verdict => {
    if (isRecord(result) && (result.status === 'success' || result.status === 'edit')) return { kind: 'accepted' };
    if (!isError(result)) throw new Error(`answered ${JSON.stringify(result)}`);
    // A form error alone is the per-IP limit or a date the rules do not cover (free text).
    const validation = Object.keys(result.fieldErrors).length > 0;
    return { kind: 'rejected', validation, fieldErrors: result.fieldErrors, formErrors: result.formErrors, freeText: !validation };
  };

  const targets: Array<{ key: string; predict: ((c: FuzzCase) => boolean) | undefined; neverWrites?: boolean; verdict: (result: unknown) => Verdict; twoArgs: boolean }> = [
    {
      key: 'lib/server/actions/session.ts#signInAction',
      predict: (c) => signInSchema.safeParse(asObject(c)).success,
      verdict: (result) => {
        if (!isError(result)) throw new Error(`answered ${JSON.stringify(result)}`);
        const validation = Object.keys(result.fieldErrors).length > 0;
        return { kind: 'rejected', validation, fieldErrors: result.fieldErrors, formErrors: result.formErrors, freeText: !validation };
      },
      twoArgs: true,
    },
    { key: 'lib/server/actions/simulator.ts#quickSimulationAction', predict: (c) => quickSimulationSchema.safeParse(asObject(c)).success, verdict: simulatorVerdict, twoArgs: true },
    { key: 'lib/server/actions/simulator.ts#lr5SimulationAction', predict: (c) => lr5SimulationSchema.safeParse(asObject(c)).success, verdict: simulatorVerdict, twoArgs: true },
    {
      // Never refuses: a bad choice falls back to Italian and the home page, and a visitor's choice
      // is a cookie only (nothing written). Checked: it always redirects, and stays on this site.
      key: 'lib/server/actions/locale.ts#setLocaleAction',
      predict: undefined,
      neverWrites: true,
      verdict: () => {
        throw new Error('returned instead of redirecting');
      },
      twoArgs: false,
    },
  ];

  it.each(targets.map((t) => [t.key, t] as const))('%s', async (key, t) => {
    const fn = otherFns.get(key);
    expect(fn, `${key} exists`).toBeTypeOf('function');
    const base = await OTHER_CALLS[key]!(world, 'anonymous');
    const target: FuzzTarget = {
      name: key.split('#')[1]!,
      arbitrary: mutationsOf(base, { formOnly: true }),
      predictValid: t.predict,
      neverWrites: t.neverWrites,
      call: async (c) => {
        actAs(null);
        try {
          return t.verdict(t.twoArgs ? await fn!(null, form(c)) : await fn!(form(c)));
        } catch (error) {
          const digest = (error as { digest?: unknown } | null)?.digest;
          if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) {
            // Every redirect of a public form stays on this site (no open redirect).
            const to = digest.split(';')[2] ?? '';
            expect(to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\'), `${key} redirected to ${to}`).toBe(true);
          }
          return thrownVerdict(error);
        }
      },
    };
    stats.push(await runFuzz(target, prisma, known, RUNS));
  }, 600_000);
});

describe('form wrappers around actions (the matrix\'s `wraps` entries)', () => {
  const wrappers = Object.entries(OTHER_SERVER_FUNCTIONS).flatMap(([key, entry]) => ('wraps' in entry ? [[key, entry.wraps] as const] : []));

  it.each(wrappers)('%s', async (key, wraps) => {
    const fn = otherFns.get(key);
    expect(fn, `${key} exists`).toBeTypeOf('function');
    const meta = actionRegistry.get(wraps)!;
    const user = world.users[allowedActor(wraps)]!;
    const base = await ACTION_CALLS[wraps]!(world, allowedActor(wraps));
    const target: FuzzTarget = {
      name: `form ${key.split('#')[1]} (${wraps})`,
      arbitrary: mutationsOf(base, { formOnly: true }),
      predictValid: (c) => meta.input.safeParse(raw(sentOf(c))).success,
      beforeValid: () => prisma.rateLimitBucket.deleteMany({}),
      call: async (c) => {
        actAs(user);
        try {
          const result = await fn!(null, sentOf(c));
          if (!isError(result)) throw new Error(`answered ${JSON.stringify(result)?.slice(0, 300)}`);
          return { kind: 'rejected', validation: result.code === 'VALIDATION', fieldErrors: result.fieldErrors, formErrors: result.formErrors };
        } catch (error) {
          const digest = (error as { digest?: unknown } | null)?.digest;
          if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) {
            // Post/Redirect/Get to the next page: always a path on this site, whatever was posted.
            const to = digest.split(';')[2] ?? '';
            expect(to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\'), `${key} redirected to ${to}`).toBe(true);
          }
          return thrownVerdict(error);
        } finally {
          actAs(null);
        }
      },
    };
    stats.push(await runFuzz(target, prisma, known, RUNS));
  }, 600_000);
});

// fast-check's own sanity: the arbitraries produce the unicode tricks they claim to.
it('the generated names include bidi overrides, zero-width characters, NFD and homoglyphs', () => {
  const samples = fc.sample(mutationsOf({ lastName: 'Rossi' }, { objectOnly: true }), 5_000).map((c) => (c.input as { lastName?: unknown } | null)?.lastName).filter((v): v is string => typeof v === 'string');
  expect(samples.some((s) => s.includes('\u202E'))).toBe(true);
  expect(samples.some((s) => s.includes('\u200B'))).toBe(true);
  expect(samples.some((s) => s.includes('о') || s.includes('і'))).toBe(true);
  expect(samples.some((s) => s !== s.normalize('NFC'))).toBe(true);
});
