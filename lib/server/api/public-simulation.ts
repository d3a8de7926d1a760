import 'server-only';
// The public JSON API over the rules (issue 3 §7): POST /api/v1/simulations, GET
// /api/v1/parameters, GET /api/v1/openapi.json. No login and nothing stored; the simulation is
// rate-limited per IP with the Postgres-backed counters (stateless instances). Same JSON in and
// out as the CLI (lib/simulation/run.ts): 400 carries every field error by path; no response ever
// carries a stack trace or a partial result, and request bodies are never logged.
import { isCalendarDate, listParametersInForce, RULES_VERSION, type CalendarDate } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/config';
import { errorBody, parseJsonText, runSimulation, type SimulationErrorBody } from '@/lib/simulation/run';
import { openApiDocument } from '@/lib/simulation/api-docs';
import { clientIp } from '@/lib/server/client-ip';
import { logError } from '@/lib/server/log';
import { consumeRateLimit, RATE_LIMITS } from '@/lib/server/rate-limit';

/** Largest accepted body: 5,000 workers of a big unit fit with room to spare. */
export const MAX_SIMULATION_BODY_BYTES = 2 * 1024 * 1024;

type ApiError = Omit<SimulationErrorBody, 'error'> & { error: SimulationErrorBody['error'] | 'INVALID_ARGUMENTS' | 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };

const TEXT = {
  it: {
    RATE_LIMITED: 'Troppe simulazioni da questo indirizzo: riprova tra poco',
    UNSUPPORTED_MEDIA_TYPE: 'Invia lo scenario come application/json',
    PAYLOAD_TOO_LARGE: 'Lo scenario supera la dimensione massima (2 MB)',
    UNAVAILABLE: 'Servizio temporaneamente non disponibile',
    asOfMissing: 'Indica il giorno con il parametro asOf (AAAA-MM-GG)',
    asOfInvalid: 'Il giorno asOf deve essere una data reale nel formato AAAA-MM-GG',
    INVALID_ARGUMENTS: 'Parametri della richiesta non validi',
  },
  en: {
    RATE_LIMITED: 'Too many simulations from this address: try again shortly',
    UNSUPPORTED_MEDIA_TYPE: 'Send the scenario as application/json',
    PAYLOAD_TOO_LARGE: 'The scenario is larger than the maximum size (2 MB)',
    UNAVAILABLE: 'Service temporarily unavailable',
    asOfMissing: 'Give the day with the asOf parameter (YYYY-MM-DD)',
    asOfInvalid: 'The asOf day must be a real date in the format YYYY-MM-DD',
    INVALID_ARGUMENTS: 'The request parameters are not valid',
  },
} as const;

/** Italian unless the caller prefers English (Accept-Language). */
export function requestLocale(headers: Headers): Locale {
  const first = headers.get('accept-language')?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'it';
}

const baseHeaders = { 'Cache-Control': 'no-store', 'X-Rules-Version': RULES_VERSION, 'X-Content-Type-Options': 'nosniff' };

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...baseHeaders, ...headers } });
}

function apiError(status: number, error: ApiError['error'], locale: Locale, headers?: Record<string, string>, fields: Partial<Pick<ApiError, 'fieldErrors' | 'formErrors'>> = {}): Response {
  const message = error in TEXT[locale] ? TEXT[locale][error as keyof (typeof TEXT)['it']] : errorBody(error as SimulationErrorBody['error'], locale).message;
  const body: ApiError = { error, message, fieldErrors: fields.fieldErrors ?? {}, formErrors: fields.formErrors ?? [] };
  return json(body, status, headers);
}

/** Reads at most `limit` bytes of the body; null when it is larger. */
async function readBody(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

export async function postSimulation(request: Request): Promise<Response> {
  const locale = requestLocale(request.headers);
  try {
    // Every attempt counts, valid or not: the limit protects the CPU, not the validator.
    let limit;
    try {
      limit = await consumeRateLimit(RATE_LIMITS.publicSimulationPerIp, clientIp(request.headers));
    } catch (e) {
      logError('public simulation: rate limiter unavailable', e);
      return apiError(503, 'UNAVAILABLE', locale, { 'Retry-After': '30' });
    }
    if (!limit.allowed) return apiError(429, 'RATE_LIMITED', locale, { 'Retry-After': String(limit.retryAfterSeconds) });
    const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return apiError(415, 'UNSUPPORTED_MEDIA_TYPE', locale, { Accept: 'application/json' });
    const text = await readBody(request, MAX_SIMULATION_BODY_BYTES);
    if (text === null) return apiError(413, 'PAYLOAD_TOO_LARGE', locale);
    const parsed = parseJsonText(text, locale);
    if (!parsed.ok) return json(parsed.body, 400);
    const outcome = runSimulation(parsed.value, locale);
    if (!outcome.ok) return json(outcome.body, 400);
    return json(outcome.result, 200, { 'X-RateLimit-Remaining': String(limit.remaining) });
  } catch (e) {
    logError('public simulation failed', e);
    return apiError(500, 'INTERNAL', locale);
  }
}

export function getParameters(request: Request): Response {
  const locale = requestLocale(request.headers);
  try {
    const asOf = new URL(request.url).searchParams.get('asOf');
    if (!asOf) return apiError(400, 'INVALID_ARGUMENTS', locale, undefined, { fieldErrors: { asOf: [TEXT[locale].asOfMissing] } });
    if (!isCalendarDate(asOf)) return apiError(400, 'INVALID_ARGUMENTS', locale, undefined, { fieldErrors: { asOf: [TEXT[locale].asOfInvalid] } });
    // Same day, same rules version → same answer: cacheable.
    return json(listParametersInForce(asOf as CalendarDate), 200, { 'Cache-Control': 'public, max-age=3600' });
  } catch (e) {
    logError('parameters listing failed', e);
    return apiError(500, 'INTERNAL', locale);
  }
}

let openApi: string | null = null;
export function getOpenApi(): Response {
  openApi ??= JSON.stringify(openApiDocument());
  return new Response(openApi, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600', 'X-Rules-Version': RULES_VERSION } });
}
