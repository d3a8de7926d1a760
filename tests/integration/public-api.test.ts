// The public API over real HTTP: a node:http server hands each request to the real route handlers
// (app/api/v1/...), whose rate limit counts in this run's PostgreSQL database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import * as simulations from '@/app/api/v1/simulations/route';
import * as parameters from '@/app/api/v1/parameters/route';
import * as openapi from '@/app/api/v1/openapi.json/route';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { prisma } from '@/lib/server/db';

const example = readFileSync(path.resolve(import.meta.dirname, '../../docs/rules/examples/scenario-t06-t07.json'), 'utf8');

type Handler = (request: Request) => Response | Promise<Response>;
const routes: Record<string, Partial<Record<'GET' | 'POST', Handler>>> = {
  '/api/v1/simulations': { POST: simulations.POST },
  '/api/v1/parameters': { GET: parameters.GET },
  '/api/v1/openapi.json': { GET: () => openapi.GET() },
};

async function toRequest(req: IncomingMessage, base: string): Promise<Request> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  // The test server reads the whole body before calling the handler, so an early answer (413/415/429)
  // never leaves unread bytes on a kept-alive socket.
  const chunks: Buffer[] = [];
  if (hasBody) for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Request(new URL(req.url ?? '/', base), { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const handler = routes[new URL(req.url ?? '/', 'http://x').pathname]?.[req.method as 'GET' | 'POST'];
    if (!handler) {
      res.writeHead(405).end();
      return;
    }
    const response = await handler(await toRequest(req, base));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  // Longer than undici's own keep-alive, so the client never reuses a socket the server just closed.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: `${RATE_LIMITS.publicSimulationPerIp.name}:test-` } } });
});

/** Each test has its own caller address, so their rate limits do not interfere. */
const caller = () => `test-${randomUUID()}`;
const post = (body: string, headers: Record<string, string> = {}, ip = caller()) =>
  fetch(`${base}/api/v1/simulations`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-real-ip': ip, ...headers }, body });

describe('POST /api/v1/simulations', () => {
  it('200: the digest’s T06/T07 workers get 1,404.03/1,322.05 and 1,009.94/950.96, with the trace and no caching', async () => {
    const res = await post(example);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const result = await res.json();
    expect(result.workers.map((w: { totals: { gross: string; net: string } }) => [w.totals.gross, w.totals.net])).toEqual([
      ['1404.03', '1322.05'],
      ['1009.94', '950.96'],
    ]);
    expect(result.trace.length).toBeGreaterThan(10);
  });

  it('400: a malformed scenario gets every error by field path, the same structure as the CLI, and no result', async () => {
    const bad = JSON.parse(example);
    bad.request.periodEnd = '2025-02-30';
    bad.workers[0].weeklyHours = '0';
    const res = await post(JSON.stringify(bad));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toEqual({
      error: 'INVALID_SCENARIO',
      message: 'Lo scenario non è valido: correggi i campi indicati',
      fieldErrors: {
        'request.periodEnd': ['La data di fine deve essere una data reale nel formato AAAA-MM-GG'],
        'workers.0.weeklyHours': ['L’orario settimanale deve essere maggiore di 0 e al massimo 60 ore'],
      },
      formErrors: [],
    });
  });

  it('400 in English when the caller prefers English', async () => {
    const bad = JSON.parse(example);
    delete bad.applicationDate;
    const body = await (await post(JSON.stringify(bad), { 'accept-language': 'en-GB,en;q=0.9' })).json();
    expect(body.fieldErrors).toEqual({ applicationDate: ['Enter the date the application is filed'] });
  });

  it('400: text that is not JSON', async () => {
    const res = await post('{"asOf": 2025-');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('INVALID_JSON');
  });

  it('415: a body that is not declared as application/json', async () => {
    const res = await post(example, { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('413: a body over 2 MB is refused before it is parsed', async () => {
    const res = await post(`{"padding":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('PAYLOAD_TOO_LARGE');
  });

  it('429 with Retry-After once an address exceeds its limit; another address is still served', async () => {
    const ip = caller();
    const { limit } = RATE_LIMITS.publicSimulationPerIp;
    for (let i = 0; i < limit; i++) {
      const res = await post('{}', {}, ip);
      expect(res.status).toBe(400);
    }
    const refused = await post(example, {}, ip);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(RATE_LIMITS.publicSimulationPerIp.windowSeconds);
    expect(await refused.json()).toMatchObject({ error: 'RATE_LIMITED', fieldErrors: {}, formErrors: [] });
    expect((await post(example)).status).toBe(200);
  }, 60_000);

  it('never answers with a stack trace', async () => {
    for (const body of ['[', '{"workers": [null]}', '{"units": {"__proto__": 1}}', 'null', '"x"']) {
      const text = await (await post(body)).text();
      expect(text).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });
});

describe('GET /api/v1/parameters', () => {
  it('200: every parameter in force on 2025-06-30, as { KEY: { value, from, citation } }', async () => {
    const res = await fetch(`${base}/api/v1/parameters?asOf=2025-06-30`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.AIS_CAP_GROSS).toEqual({ value: '1404.03', from: '2025-01-01', citation: expect.objectContaining({ label: 'INPS circ. 25/2025' }) });
    expect(body.ORDINARY_RATE.value).toEqual({ C1: '0.0050', C2: '0.0080', C3: '0.0090' });
  });

  it('400: a missing or impossible date', async () => {
    expect((await fetch(`${base}/api/v1/parameters`)).status).toBe(400);
    const res = await fetch(`${base}/api/v1/parameters?asOf=2025-02-29`);
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.asOf).toHaveLength(1);
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('serves the OpenAPI 3.1 document with the three operations', async () => {
    const res = await fetch(`${base}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/api/v1/simulations', '/api/v1/parameters', '/api/v1/openapi.json']);
    expect(doc.components.schemas.SimulationScenario.properties.workers.type).toBe('array');
  });
});
