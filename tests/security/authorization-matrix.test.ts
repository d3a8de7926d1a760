// Issue 7 §1: every server action and every route handler, called as every actor, against real
// PostgreSQL; the expected answer of each cell is declared in tests/security/authorization-matrix.ts.
// The actions and routes are found on disk (tests/security/support/discover.ts), so one added
// without a row fails here. A refused call must also leave company A's data exactly as it was, and
// no answer may carry a password hash.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.MAIL_DIR = `${process.env.TMPDIR ?? '/tmp'}/fstn-mail-matrix-${process.pid}-${Date.now()}`;
});
// The sign-in action reads its texts through next-intl, which needs Next's request config.
vi.mock('next-intl/server', () => ({
  getLocale: async () => 'it',
  getTranslations: async () => (key: string) => key,
}));

import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { prisma } from '@/lib/server/db';
import { actionNames, actionRegistry } from '@/lib/server/actions/define-action';
import { translateValidationMessage } from '@/lib/schemas/messages';
import { actAs } from '../setup/actor';
import { ACTIONS, OTHER_SERVER_FUNCTIONS, ROUTES } from './authorization-matrix';
import { ACTION_CALLS, OTHER_CALLS, ROUTE_CALLS, type ActionInput } from './support/calls';
import { ROOT, exportedMethods, routePath, scanSources } from './support/discover';
import { toFormData } from './support/form-data';
import { withRequest } from './support/request-scope';
import { ACTORS, createWorld, fingerprint, type ActorKey, type World } from './support/world';

const MATRIX_FILE = 'tests/security/authorization-matrix.ts';
const CALLS_FILE = 'tests/security/support/calls.ts';

// ---- discovery (at import time, so the cells below can be generated) ----------------------------

const scan = scanSources();
type AnyFunction = (...args: unknown[]) => Promise<unknown>;
const actionExports: Array<{ file: string; exportName: string; fn: AnyFunction; registryName?: string }> = [];
for (const file of scan.actionModules) {
  const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(mod)) {
    if (typeof value !== 'function') continue;
    actionExports.push({ file, exportName, fn: value as AnyFunction, registryName: actionNames.get(value) });
  }
}
const routeHandlers: Array<{ key: string; file: string; handler: AnyFunction }> = [];
for (const file of scan.routeFiles) {
  const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  for (const method of exportedMethods(mod)) routeHandlers.push({ key: `${method} ${routePath(file)}`, file, handler: mod[method] as AnyFunction });
}

// Refusals that answer "not found" for someone else's record (so that ids cannot be probed).
const notFoundTexts = new Set<string>();
for (const file of readdirSync(path.join(ROOT, 'lib/schemas/messages'))) {
  const mod = (await import(path.join(ROOT, 'lib/schemas/messages', file))) as Record<string, { it?: Record<string, string> }>;
  for (const catalogue of Object.values(mod)) {
    for (const key of Object.keys(catalogue?.it ?? {})) if (/\.notFound$/.test(key)) notFoundTexts.add(translateValidationMessage(key, 'it'));
  }
}

// ---- the matrix rows ----------------------------------------------------------------------------

type Expected = 'A' | 'D';
function parseRow(key: string, row: string): Record<ActorKey, Expected> {
  const cells = row.trim().split(/\s+/);
  if (cells.length !== ACTORS.length || cells.some((c) => c !== 'A' && c !== 'D')) {
    throw new Error(`${MATRIX_FILE}: the row of "${key}" must have ${ACTORS.length} cells of A or D (${ACTORS.join(' ')}), got "${row}"`);
  }
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, cells[i] as Expected])) as Record<ActorKey, Expected>;
}

type Outcome = { kind: 'allowed' | 'denied' | 'unexpected'; detail: string; body?: unknown };

function classifyThrown(error: unknown): Outcome {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) {
    const target = digest.split(';')[2] ?? '';
    return target.startsWith('/accedi') ? { kind: 'denied', detail: `redirect to ${target}` } : { kind: 'allowed', detail: `redirect to ${target}` };
  }
  if (typeof digest === 'string' && /^NEXT_HTTP_ERROR_FALLBACK;(401|403|404)$/.test(digest)) return { kind: 'denied', detail: digest };
  return { kind: 'unexpected', detail: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
}

function classifyResult(result: unknown): Outcome {
  if (result === undefined) return { kind: 'allowed', detail: 'returned nothing' };
  const r = result as { status?: string; code?: string; formErrors?: string[]; fieldErrors?: Record<string, string[]> };
  if (r.status === 'success') return { kind: 'allowed', detail: 'success', body: result };
  if (r.code === 'UNAUTHENTICATED' || r.code === 'FORBIDDEN') return { kind: 'denied', detail: r.code };
  const texts = [...(r.formErrors ?? []), ...Object.values(r.fieldErrors ?? {}).flat()];
  if (r.code === 'DOMAIN' && texts.length > 0 && texts.every((t) => notFoundTexts.has(t))) return { kind: 'denied', detail: `not found: ${texts.join('; ')}` };
  return { kind: 'unexpected', detail: `answered ${JSON.stringify(result)}` };
}

async function callServerFunction(fn: AnyFunction, input: ActionInput, asForm: boolean): Promise<Outcome> {
  try {
    if (!asForm) return classifyResult(await fn(input));
    const form = toFormData(input);
    return classifyResult(fn.length >= 2 ? await fn(null, form) : await fn(form));
  } catch (error) {
    return classifyThrown(error);
  }
}

async function callRoute(handler: AnyFunction, request: Awaited<ReturnType<(typeof ROUTE_CALLS)[string]>>): Promise<Outcome> {
  let response: Response;
  try {
    const req = new NextRequest(new URL(request.path, 'http://localhost:3000'), request.init as ConstructorParameters<typeof NextRequest>[1]);
    response = (await withRequest(req, () => handler(req, { params: Promise.resolve(request.params ?? {}) }))) as Response;
  } catch (error) {
    return classifyThrown(error);
  }
  const status = response.status;
  const location = response.headers.get('location') ?? '';
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') || type.startsWith('text/') ? await response.text() : `<${type} ${(await response.arrayBuffer()).byteLength} bytes>`;
  if ([401, 403, 404].includes(status)) return { kind: 'denied', detail: `${status}` };
  if (status >= 300 && status < 400) {
    const to = location ? new URL(location, 'http://localhost:3000').pathname : '';
    return to.startsWith('/accedi') ? { kind: 'denied', detail: `${status} → ${location}` } : { kind: 'allowed', detail: `${status} → ${location}`, body };
  }
  if (status >= 200 && status < 300) return { kind: 'allowed', detail: `${status}`, body };
  return { kind: 'unexpected', detail: `${status} ${body.slice(0, 300)}` };
}

/** No answer carries a password hash (argon2id strings) or a field called passwordHash. */
function assertNoPasswordHash(key: string, body: unknown) {
  if (body === undefined) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof File ? '<file>' : v));
  expect(text, `${key} returned a password hash`).not.toMatch(/\$argon2|passwordHash/);
}

// ---- targets ------------------------------------------------------------------------------------

/** A target prepares its input (fresh resources included) as nobody, then is invoked as the actor. */
type Target = {
  key: string;
  where: string;
  expected: Record<ActorKey, Expected> | null;
  prepare: (w: World, actor: ActorKey) => Promise<() => Promise<Outcome>>;
};
const targets: Target[] = [];
const seenActionNames = new Map<string, AnyFunction>();

function missingCall(what: string): never {
  throw new Error(`no call for ${what} in ${CALLS_FILE}`);
}

for (const exp of actionExports) {
  const where = `${exp.file}#${exp.exportName}`;
  if (exp.registryName) {
    if (seenActionNames.has(exp.registryName) && seenActionNames.get(exp.registryName) !== exp.fn) continue; // reported below
    seenActionNames.set(exp.registryName, exp.fn);
    const name = exp.registryName;
    const row = ACTIONS[name];
    targets.push({
      key: `action ${name}`,
      where,
      expected: row ? parseRow(name, row) : null,
      prepare: async (w, actor) => {
        const input = await (ACTION_CALLS[name] ?? missingCall(name))(w, actor);
        return () => callServerFunction(exp.fn, input, false);
      },
    });
    continue;
  }
  const entry = OTHER_SERVER_FUNCTIONS[where];
  if (entry && 'wraps' in entry) {
    const row = ACTIONS[entry.wraps];
    targets.push({
      key: `form ${where} (wraps ${entry.wraps})`,
      where,
      expected: row ? parseRow(entry.wraps, row) : null,
      prepare: async (w, actor) => {
        const input = await (ACTION_CALLS[entry.wraps] ?? missingCall(entry.wraps))(w, actor);
        return () => callServerFunction(exp.fn, input, true);
      },
    });
    continue;
  }
  targets.push({
    key: `server function ${where}`,
    where,
    expected: entry && 'expect' in entry ? parseRow(where, entry.expect) : null,
    prepare: async (w, actor) => {
      const input = await (OTHER_CALLS[where] ?? missingCall(where))(w, actor);
      return () => callServerFunction(exp.fn, input, true);
    },
  });
}
for (const route of routeHandlers) {
  const row = ROUTES[route.key];
  targets.push({
    key: `route ${route.key}`,
    where: route.file,
    expected: row ? parseRow(route.key, row) : null,
    prepare: async (w, actor) => {
      const request = await (ROUTE_CALLS[route.key] ?? missingCall(route.key))(w, actor);
      return () => callRoute(route.handler, request);
    },
  });
}

// ---- tests --------------------------------------------------------------------------------------

describe('the authorisation matrix covers every server action and route handler', () => {
  it('finds the server actions and routes on disk', () => {
    expect(scan.actionModules.length).toBeGreaterThan(0);
    expect(routeHandlers.length).toBeGreaterThan(0);
  });

  it('has no server action declared inside a function body (they could not be enumerated)', () => {
    expect(scan.inlineActions, "move inline 'use server' functions into a 'use server' module under lib/server/actions").toEqual([]);
  });

  it('has a row and a call for every action and route, and no row for anything that is gone', () => {
    const problems: string[] = [];
    for (const t of targets) {
      if (!t.expected) problems.push(`${t.key} (${t.where}): add its row to ${MATRIX_FILE}`);
    }
    for (const name of actionRegistry.keys()) {
      if (!ACTIONS[name]) problems.push(`action ${name}: add its row to ${MATRIX_FILE} (ACTIONS)`);
      if (!ACTION_CALLS[name]) problems.push(`action ${name}: add how to call it to ${CALLS_FILE} (ACTION_CALLS)`);
      if (!seenActionNames.has(name)) problems.push(`action ${name} is defined but not exported by any 'use server' module`);
    }
    for (const route of routeHandlers) if (!ROUTE_CALLS[route.key]) problems.push(`route ${route.key}: add how to call it to ${CALLS_FILE} (ROUTE_CALLS)`);
    for (const [where, entry] of Object.entries(OTHER_SERVER_FUNCTIONS)) {
      if (!actionExports.some((e) => `${e.file}#${e.exportName}` === where)) problems.push(`${MATRIX_FILE}: OTHER_SERVER_FUNCTIONS["${where}"] no longer exists`);
      if ('wraps' in entry && !ACTIONS[entry.wraps]) problems.push(`${MATRIX_FILE}: ${where} wraps unknown action ${entry.wraps}`);
      if ('expect' in entry && !OTHER_CALLS[where]) problems.push(`${where}: add how to call it to ${CALLS_FILE} (OTHER_CALLS)`);
    }
    for (const name of Object.keys(ACTIONS)) if (!actionRegistry.has(name)) problems.push(`${MATRIX_FILE}: ACTIONS["${name}"] is not a defined action any more`);
    for (const key of Object.keys(ROUTES)) if (!routeHandlers.some((r) => r.key === key)) problems.push(`${MATRIX_FILE}: ROUTES["${key}"] is not a route handler any more`);
    const duplicates = actionExports.filter((e) => e.registryName && seenActionNames.get(e.registryName) !== e.fn);
    for (const d of duplicates) problems.push(`two different actions are named ${d.registryName} (${d.file}#${d.exportName}): names must be unique`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

let world: World;
beforeAll(async () => {
  world = await createWorld(prisma);
}, 120_000);
afterEach(() => actAs(null));
afterAll(() => rmSync(process.env.MAIL_DIR!, { recursive: true, force: true }));

describe.each(targets.filter((t) => t.expected).map((t) => [t.key, t] as const))('%s', (_key, target) => {
  it.each(ACTORS.map((actor) => [actor, target.expected![actor]] as const))('as %s: %s', async (actor, expected) => {
    const user = world.users[actor];
    actAs(null);
    const invoke = await target.prepare(world, actor);
    const before = expected === 'D' ? await fingerprint(world, user?.id ?? null) : null;
    actAs(user);
    const outcome = await invoke();
    actAs(null);
    expect(outcome.kind, `${target.key} as ${actor}: ${outcome.detail}`).toBe(expected === 'A' ? 'allowed' : 'denied');
    if (before !== null) expect(await fingerprint(world, user?.id ?? null), `${target.key} as ${actor} was refused but changed company A's data`).toBe(before);
    assertNoPasswordHash(target.key, outcome.body);
  });
});
