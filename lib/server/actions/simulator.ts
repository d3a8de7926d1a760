'use server';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { simulateLr5_2009, windowTimeline, type Lr5Result, type SimulationResult, type TimelineWindow } from '@/lib/rules';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { localizeZodError, type FieldErrors } from '@/lib/schemas/errors';
import { lr5SimulationSchema } from '@/lib/schemas/lr5-simulation';
import { QUICK_MAX_WORKERS, quickScenario, quickSimulationSchema } from '@/lib/schemas/quick-simulation';
import { runSimulation } from '@/lib/simulation/run';
import { clientIp } from '@/lib/server/client-ip';
import { todayInRome } from '@/lib/server/clock';
import { markFormErrors } from '@/lib/server/form-error-title';
import { logError } from '@/lib/server/log';
import { consumeRateLimit, RATE_LIMITS } from '@/lib/server/rate-limit';
import { formDataToObject } from '@/lib/forms/form-data';

// The public simulators (/simulatore, /simulatore/lr-5-2009). Open to visitors, so they cannot go
// through defineAction (which requires a session): like the sign-in action they validate their
// input with the same schema as the form, touch no employer data and store nothing. They share
// the per-IP limit of the public API (Postgres-backed, every instance).

type Values = Record<string, unknown>;
export type SimulatorError = { status: 'error'; fieldErrors: FieldErrors; formErrors: string[]; values: Values };
export type QuickSimulationState =
  | { status: 'edit'; values: Values; workers: number }
  | SimulatorError
  | { status: 'success'; values: Values; result: SimulationResult; timeline: TimelineWindow[] };
export type Lr5SimulationState = SimulatorError | { status: 'success'; values: Values; result: Lr5Result } | null;

const TEXT = {
  it: { rateLimited: 'Troppe simulazioni da questo indirizzo: riprova tra qualche minuto', unavailable: 'Il simulatore non è disponibile in questo momento: riprova tra qualche minuto' },
  en: { rateLimited: 'Too many simulations from this address: try again in a few minutes', unavailable: 'The simulator is not available right now: try again in a few minutes' },
} as const;

async function locale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : 'it';
}

/** null when allowed, else the message to show. */
async function rateLimited(lang: Locale): Promise<string | null> {
  try {
    const outcome = await consumeRateLimit(RATE_LIMITS.publicSimulationPerIp, clientIp(await headers()));
    return outcome.allowed ? null : TEXT[lang].rateLimited;
  } catch (error) {
    logError('public simulator: rate limiter unavailable', error);
    return TEXT[lang].unavailable;
  }
}

/** The answer with errors; the page re-rendered without JavaScript says "Errore: " in its title. */
async function failure(values: Values, fieldErrors: FieldErrors, formErrors: string[]): Promise<SimulatorError> {
  await markFormErrors();
  return { status: 'error', fieldErrors, formErrors, values };
}

function workerCount(values: Values): number {
  return Math.min(Math.max(Array.isArray(values.workers) ? values.workers.length : 1, 1), QUICK_MAX_WORKERS);
}

/**
 * The quick estimate: validate the answers, build the scenario, run lib/rules through the same
 * runSimulation() as the API and the CLI. Without JavaScript, "Aggiungi un lavoratore" and
 * "Rimuovi" post here too (field `intent`) and only change the number of worker rows.
 */
export async function quickSimulationAction(_previous: QuickSimulationState | null, formData: FormData): Promise<QuickSimulationState> {
  const values = formDataToObject(formData);
  const intent = typeof values.intent === 'string' ? values.intent : '';
  delete values.intent;
  if (intent === 'add-worker') return { status: 'edit', values, workers: Math.min(workerCount(values) + 1, QUICK_MAX_WORKERS) };
  const removed = /^remove-worker:(\d+)$/.exec(intent);
  if (removed && Array.isArray(values.workers)) {
    const workers = values.workers.filter((_, i) => i !== Number(removed[1]));
    return { status: 'edit', values: { ...values, workers }, workers: Math.max(workers.length, 1) };
  }

  const lang = await locale();
  const parsed = quickSimulationSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = localizeZodError(parsed.error, lang);
    return failure(values, fieldErrors, formErrors);
  }
  const limited = await rateLimited(lang);
  if (limited) return failure(values, {}, [limited]);
  const scenario = quickScenario(parsed.data, todayInRome());
  const outcome = runSimulation(scenario, lang);
  // The form's schema and the scenario schema agree; a refusal here is a rules input error
  // (e.g. a date the parameters do not cover), shown as a form error.
  if (!outcome.ok) return failure(values, {}, [...outcome.body.formErrors, ...Object.values(outcome.body.fieldErrors).flat()]);
  const result = outcome.result;
  const timeline = result.windows
    ? windowTimeline({
        windows: result.windows.items,
        ledger: scenario.ledger,
        productionUnitId: scenario.request.productionUnitId,
        sizeClass: result.sizeClass?.class ?? null,
        proposal: result.grantedPeriod ? { start: result.grantedPeriod.start, end: result.grantedPeriod.end, cause: scenario.request.cause, weeks: result.weeksGranted } : null,
      })
    : [];
  return { status: 'success', values, result, timeline };
}

/** The regional indemnity of L.R. 5/2009 (2009–2010): its own small simulator. */
export async function lr5SimulationAction(_previous: Lr5SimulationState, formData: FormData): Promise<Lr5SimulationState> {
  const values = formDataToObject(formData);
  const lang = await locale();
  const parsed = lr5SimulationSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = localizeZodError(parsed.error, lang);
    return failure(values, fieldErrors, formErrors);
  }
  const limited = await rateLimited(lang);
  if (limited) return failure(values, {}, [limited]);
  return { status: 'success', values, result: simulateLr5_2009(parsed.data) };
}
