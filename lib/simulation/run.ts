// One way to run a simulation from untrusted JSON, shared by the CLI (scripts/rules-cli.ts), the
// public API (app/api/v1/simulations) and the public simulator page: parse with THE scenario
// schema, run lib/rules, and turn every failure into the same error body — all field errors by
// path, never a stack trace, never a partial result. Pure: no server imports, no I/O.
import type { z } from 'zod';
import { ParameterNotInForceError, ScenarioError, simulate, type Scenario, type SimulationResult } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/config';
import { localizeZodError, type FieldErrors } from '@/lib/schemas/errors';
import { simulationScenarioSchema } from '@/lib/schemas/simulation';

export type SimulationErrorCode = 'INVALID_JSON' | 'INVALID_SCENARIO' | 'INTERNAL';

/** The error body of the CLI (stderr, exit code 2) and of the API (HTTP 400). */
export type SimulationErrorBody = {
  error: SimulationErrorCode;
  message: string;
  /** Every error by dotted field path, e.g. `workers.0.hireDate`. */
  fieldErrors: FieldErrors;
  /** Errors about the input as a whole. */
  formErrors: string[];
};

export type SimulationOutcome = { ok: true; result: SimulationResult } | { ok: false; body: SimulationErrorBody };

const TEXT = {
  it: {
    INVALID_JSON: 'Il corpo della richiesta non è JSON valido',
    INVALID_SCENARIO: 'Lo scenario non è valido: correggi i campi indicati',
    INTERNAL: 'Errore interno durante la simulazione',
    notInForce: (key: string, day: string) => `Il parametro ${key} non ha un valore in vigore il ${day}: la simulazione non copre questa data`,
  },
  en: {
    INVALID_JSON: 'The request body is not valid JSON',
    INVALID_SCENARIO: 'The scenario is not valid: fix the fields listed',
    INTERNAL: 'Internal error while simulating',
    notInForce: (key: string, day: string) => `Parameter ${key} has no value in force on ${day}: the simulation does not cover this date`,
  },
} as const;

export function errorBody(error: SimulationErrorCode, locale: Locale, fieldErrors: FieldErrors = {}, formErrors: string[] = []): SimulationErrorBody {
  return { error, message: TEXT[locale][error], fieldErrors, formErrors };
}

/** Parses a JSON text; a syntax error becomes an INVALID_JSON body (position only, no echo of the input). */
export function parseJsonText(text: string, locale: Locale): { ok: true; value: unknown } | { ok: false; body: SimulationErrorBody } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof SyntaxError ? e.message.replace(/, "[\s\S]*$/, '').slice(0, 200) : '';
    return { ok: false, body: errorBody('INVALID_JSON', locale, {}, detail ? [detail] : []) };
  }
}

/** Validates the scenario with the schema; the typed scenario or every error by path. */
export function parseScenario(input: unknown, locale: Locale): { ok: true; scenario: Scenario } | { ok: false; body: SimulationErrorBody } {
  const parsed = simulationScenarioSchema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = localizeZodError(parsed.error as z.ZodError, locale);
    return { ok: false, body: errorBody('INVALID_SCENARIO', locale, fieldErrors, formErrors) };
  }
  return { ok: true, scenario: parsed.data as Scenario };
}

/** Validate, then simulate. Input errors found by the rules (a missing month…) use the same body. */
export function runSimulation(input: unknown, locale: Locale = 'it'): SimulationOutcome {
  const parsed = parseScenario(input, locale);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, result: simulate(parsed.scenario) };
  } catch (e) {
    if (e instanceof ScenarioError) {
      const byPath = new Map<string, string[]>();
      const formErrors: string[] = [];
      for (const issue of e.issues) {
        if (!issue.path) formErrors.push(issue.message);
        else byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue.message]);
      }
      return { ok: false, body: errorBody('INVALID_SCENARIO', locale, Object.fromEntries(byPath) as FieldErrors, formErrors) };
    }
    if (e instanceof ParameterNotInForceError) {
      return { ok: false, body: errorBody('INVALID_SCENARIO', locale, {}, [TEXT[locale].notInForce(e.key, e.asOf)]) };
    }
    throw e;
  }
}
