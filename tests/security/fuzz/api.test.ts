// Issue 7 §4 for HTTP: FUZZ_RUNS (default 10,000) generated requests into each route handler that
// validates input with zod — the public simulation API (JSON bodies: mutated scenarios, broken
// JSON, wrong and missing content types, bodies over 2 MB, invalid UTF-8), the parameters API, the
// attachment upload (multipart) and the CSV exports (query strings) — called in-process with a
// real PostgreSQL. No 5xx; every 4xx a structured answer; no database change on rejection.
import { afterAll, beforeAll, describe, it, vi } from 'vitest';

vi.mock('@/lib/server/auth/session', async () => {
  const { currentActor } = await import('../../setup/actor');
  return { getCurrentUser: async () => currentActor() };
});
vi.mock('next-intl/server', () => ({ getLocale: async () => 'it', getTranslations: async () => (key: string) => `testo ${key}` }));

import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { prisma } from '@/lib/server/db';
import * as simulations from '@/app/api/v1/simulations/route';
import * as parameters from '@/app/api/v1/parameters/route';
import * as attachments from '@/app/api/allegati/route';
import * as auditExport from '@/app/(area-riservata)/comitato/audit/export/route';
import * as reportExport from '@/app/(area-riservata)/comitato/report/export/route';
import * as radarExport from '@/app/(area-riservata)/consulente/esporta/route';
import * as requestsExport from '@/app/(area-riservata)/aziende/[employerId]/domande/esporta/route';
import { MAX_SIMULATION_BODY_BYTES } from '@/lib/server/api/public-simulation';
import { auditFiltersSchema } from '@/lib/schemas/review';
import { radarQuerySchema } from '@/lib/schemas/radar';
import { reportRange } from '@/app/(area-riservata)/comitato/report/report-range';
import { actAs } from '../../setup/actor';
import { ROOT } from '../support/discover';
import { withRequest } from '../support/request-scope';
import { createWorld, type World, type WorldUser } from '../support/world';
import { fuzzString, mutationsOf, type FuzzCase } from './support/arbitraries';
import { installWriteCounter } from './support/db-watch';
import { catalogueTexts, formatStats, runFuzz, type FuzzStats, type FuzzTarget, type Verdict } from './support/runner';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const BASE = 'http://localhost:3000';
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

let world: World;
const known = await catalogueTexts(ROOT);
const stats: FuzzStats[] = [];
let ipSerial = 0;

beforeAll(async () => {
  world = await createWorld(prisma);
  await installWriteCounter(prisma);
}, 120_000);
afterAll(() => {
  actAs(null);
  console.info(`\nfuzz: route handlers\n${formatStats(stats)}`);
});

const LEAK = /\n\s+at |node_modules|prisma|Invalid input|expected .* received/i;

/** Calls a handler as `user`; 5xx and thrown errors fail; 2xx/3xx count as accepted unless `refusedRedirect` says otherwise. */
async function send(handler: Handler, request: NextRequest, user: WorldUser | null, params: Record<string, string> = {}): Promise<Response> {
  actAs(user);
  try {
    const response = await withRequest(request, () => handler(request, { params: Promise.resolve(params) }));
    if (response.status >= 500) throw new Error(`answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return response;
  } finally {
    actAs(null);
  }
}

/** A refusal in plain text or JSON: non-empty, no internals. */
async function textRefusal(response: Response): Promise<Verdict> {
  const text = await response.text();
  if (!text.trim() || LEAK.test(text)) throw new Error(`refusal ${response.status} says ${JSON.stringify(text.slice(0, 300))}`);
  return { kind: 'rejected', validation: response.status === 400, fieldErrors: {}, formErrors: [text], freeText: true };
}

// ---- POST /api/v1/simulations -------------------------------------------------------------------

const scenario = JSON.parse(readFileSync(path.join(ROOT, 'docs/rules/examples/scenario-t06-t07.json'), 'utf8')) as Record<string, unknown>;
const toJson = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Map || v instanceof Set ? [...v] : v));
const validText = toJson(scenario);
const HUGE = `{"asOf":"2025-02-20","pad":"${'x'.repeat(MAX_SIMULATION_BODY_BYTES)}"}`;

type ApiRequest = { body: string | Uint8Array; contentType: string | null };
const apiRequest: fc.Arbitrary<ApiRequest> = fc.oneof(
  { weight: 40, arbitrary: mutationsOf(scenario, { objectOnly: true }).map((c) => ({ body: toJson(c.input) ?? 'undefined', contentType: 'application/json' })) },
  {
    weight: 10,
    arbitrary: fc.oneof(
      fc.nat(validText.length).map((n) => validText.slice(0, n)), // truncated
      fc.constantFrom('', 'null', '[]', '"x"', '1e999', '{"__proto__":{"x":1}}', '\uFEFF' + validText, `${'['.repeat(5_000)}${']'.repeat(5_000)}`, `{"a":${'{"a":'.repeat(2_000)}1${'}'.repeat(2_001)}`),
      fuzzString,
    ).map((body) => ({ body, contentType: 'application/json' })),
  },
  { weight: 4, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => ({ body: bytes, contentType: 'application/json' })) },
  { weight: 4, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/JSON', 'application/json; charset=latin1', 'application/jsonp', '', null).map((contentType) => ({ body: validText, contentType })) },
  // Over 2 MB: refused with 413 (about 1 case in 60 is enough).
  { weight: 1, arbitrary: fc.constant<ApiRequest>({ body: HUGE, contentType: 'application/json' }) },
);

function simulationRequest(r: ApiRequest): NextRequest {
  const headers = new Headers({ 'x-real-ip': `fuzz-${++ipSerial}` });
  if (r.contentType !== null) headers.set('content-type', r.contentType);
  return new NextRequest(`${BASE}/api/v1/simulations`, { method: 'POST', headers, body: typeof r.body === 'string' ? r.body : Buffer.from(r.body) });
}

describe('route handlers', () => {
  it('POST /api/v1/simulations', async () => {
    const target: FuzzTarget = {
      name: 'POST /api/v1/simulations',
      arbitrary: apiRequest.map((r) => ({ input: r, asForm: false }) satisfies FuzzCase),
      neverWrites: true,
      call: async (c) => {
        const response = await send(simulations.POST as unknown as Handler, simulationRequest(c.input as ApiRequest), null);
        if (response.status === 200) return { kind: 'accepted' };
        if (![400, 413, 415].includes(response.status)) throw new Error(`answered ${response.status}`);
        const body = (await response.json()) as { error?: unknown; message?: unknown; fieldErrors?: unknown; formErrors?: unknown };
        if (typeof body.error !== 'string' || typeof body.message !== 'string' || !body.message) throw new Error(`unstructured ${JSON.stringify(body).slice(0, 300)}`);
        const formErrors = [body.message, ...(Array.isArray(body.formErrors) ? (body.formErrors as unknown[]) : [null])];
        // Field errors from the scenario schema are catalogue texts; rule findings and JSON syntax positions are sentences of their own.
        return { kind: 'rejected', validation: response.status === 400, fieldErrors: body.fieldErrors as Record<string, unknown>, formErrors, freeText: true };
      },
    };
    stats.push(await runFuzz(target, prisma, known, RUNS));
  });

  it('GET /api/v1/parameters', async () => {
    const target: FuzzTarget = {
      name: 'GET /api/v1/parameters',
      arbitrary: fc.oneof(fuzzString, fc.constantFrom('2025-06-30', '1900-01-01', '2100-12-31')).map((asOf) => ({ input: { asOf }, asForm: false })),
      neverWrites: true,
      call: async (c) => {
        const url = new URL(`${BASE}/api/v1/parameters`);
        url.searchParams.set('asOf', (c.input as { asOf: string }).asOf);
        const response = await send(parameters.GET as unknown as Handler, new NextRequest(url), null);
        if (response.status === 200) return { kind: 'accepted' };
        if (response.status !== 400) throw new Error(`answered ${response.status}`);
        const body = (await response.json()) as { fieldErrors: Record<string, unknown>; formErrors: unknown };
        return { kind: 'rejected', validation: true, fieldErrors: body.fieldErrors, formErrors: body.formErrors, freeText: true };
      },
    };
    stats.push(await runFuzz(target, prisma, known, RUNS));
  });

  it('POST /api/allegati (multipart, as the Committee’s staff)', async () => {
    const request = await world.filed();
    const base = { requestId: request.id, returnTo: `/comitato/domande/${request.id}`, file: new File([Buffer.from('%PDF-1.4\nverbale\n%%EOF')], 'verbale.pdf', { type: 'application/pdf' }) };
    const target: FuzzTarget = {
      name: 'POST /api/allegati',
      arbitrary: mutationsOf(base, { formOnly: true }),
      call: async (c) => {
        const form = new FormData();
        for (const [k, v] of Object.entries(c.input && typeof c.input === 'object' ? (c.input as Record<string, unknown>) : {})) {
          if (v instanceof Blob) form.append(k, v);
          else if (v !== undefined && v !== null) form.append(k, typeof v === 'object' ? toJson(v) : String(v));
        }
        const response = await send(attachments.POST as unknown as Handler, new NextRequest(`${BASE}/api/allegati`, { method: 'POST', body: form }), world.users.staff);
        if (response.status === 303) {
          const location = new URL(response.headers.get('location') ?? '', BASE);
          if (location.origin !== BASE) throw new Error(`redirected off-site to ${location.href}`);
          const outcome = location.searchParams.get('allegato');
          return outcome === 'ok' ? { kind: 'accepted' } : { kind: 'rejected', validation: false, fieldErrors: {}, formErrors: [`allegato=${outcome}`], freeText: true };
        }
        if (response.status === 201) return { kind: 'accepted' };
        return textRefusal(response);
      },
    };
    stats.push(await runFuzz(target, prisma, known, RUNS));
  });

  // Exports: the query string is the input, parsed leniently (an unknown filter is dropped, never
  // refused), and every accepted call is a full CSV export (~30 ms). So the query parsers get
  // FUZZ_RUNS inputs in-process (they must never throw: the routes call .parse()), and the routes
  // FUZZ_RUNS / 20 each end to end. The per-user export limit is cleared before each call so that
  // the parser, not the limiter, answers. The company's export reads only its path id.
  const QUERY_PARSERS: Array<[string, (q: Record<string, string>) => unknown]> = [
    ['auditFiltersSchema (GET /comitato/audit/export)', (q) => auditFiltersSchema.parse(q)],
    ['reportRange (GET /comitato/report/export)', (q) => reportRange(q, '2026-11-25')],
    ['radarQuerySchema (GET /consulente/esporta)', (q) => radarQuerySchema.parse(q)],
  ];
  it.each(QUERY_PARSERS)('%s never throws on 10,000 query strings', (name, parse) => {
    const started = performance.now();
    const keys = fc.constantFrom('azienda', 'azione', 'tipo', 'oggetto', 'chi', 'dal', 'al', 'dopo', 'q', 'ordina', 'verso', 'filtro', 'pagina', 'vista', '__proto__', 'constructor');
    fc.assert(
      fc.property(fc.dictionary(keys, fuzzString, { maxKeys: 8 }), (query) => {
        const params = Object.fromEntries(new URL(`${BASE}/?${new URLSearchParams(query)}`).searchParams.entries());
        parse(params);
      }),
      { numRuns: RUNS },
    );
    stats.push({ name: `${name.split(' ')[0]} (parser only)`, runs: RUNS, accepted: RUNS, rejected: 0, validation: 0, ms: performance.now() - started });
  });

  const exportsToFuzz = [
    { name: 'GET /comitato/audit/export', route: auditExport, path: '/comitato/audit/export', who: 'staff', base: () => ({ azienda: world.a.employer.codiceFiscale, azione: 'request.file', dal: '2026-01-01', al: '2026-12-31', chi: 'x@example.it' }) },
    { name: 'GET /comitato/report/export', route: reportExport, path: '/comitato/report/export', who: 'staff', base: () => ({ dal: '2026-01', al: '2026-12', vista: 'mesi' }) },
    { name: 'GET /consulente/esporta', route: radarExport, path: '/consulente/esporta', who: 'consultant', base: () => ({ ordina: 'biennio', filtro: 'tutti', q: 'Rossi' }) },
    { name: 'GET /aziende/[employerId]/domande/esporta', route: requestsExport, path: '', who: 'employer', base: () => ({ employerId: world.a.employer.id }) },
  ] as const;

  it.each(exportsToFuzz.map((e) => [e.name, e] as const))('%s', async (_name, e) => {
    const target: FuzzTarget = {
      name: e.name,
      arbitrary: mutationsOf(e.base(), { objectOnly: true }),
      runs: Math.ceil(RUNS / 20),
      call: async (c) => {
        const url = new URL(e.path || `/aziende/${world.a.employer.id}/domande/esporta`, BASE);
        for (const [k, v] of Object.entries(c.input && typeof c.input === 'object' && !Array.isArray(c.input) ? (c.input as Record<string, unknown>) : { q: c.input })) {
          if (v !== undefined) url.searchParams.append(k, typeof v === 'string' ? v : toJson(v) ?? '');
        }
        await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: 'export-user:' } } });
        const input = c.input as Record<string, unknown> | null;
        const employerId = e.path ? world.a.employer.id : typeof input?.employerId === 'string' ? input.employerId : (toJson(input?.employerId) ?? '');
        const response = await send(e.route.GET as unknown as Handler, new NextRequest(url), world.users[e.who], { employerId });
        if (response.status === 200) {
          await response.arrayBuffer();
          return { kind: 'accepted' };
        }
        return textRefusal(response);
      },
    };
    stats.push(await runFuzz(target, prisma, known, target.runs ?? RUNS));
  });
});
