// The JSON that simulate() returns (lib/rules/simulate/types.ts SimulationResult), as a zod schema
// for the generated JSON Schema (docs/rules/simulation-result.schema.json) and the OpenAPI
// document. It is not used to validate our own output at run time; tests keep it in step with the
// TypeScript type: compile-time assignability here, and strict parsing of real results in
// tests/rules/json-schemas.test.ts (a field added to the result without adding it here fails).
import { z } from 'zod';
import type { SimulationResult } from '@/lib/rules';
import { INSTRUMENTS } from '@/lib/rules/types';

const date = z.string().meta({ format: 'date' });
const money = z.string().regex(/^-?\d+\.\d{2}$/).meta({ description: 'EUR amount as a decimal string with 2 decimals' });
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/).meta({ description: 'Decimal string' });
const obj = <T extends z.core.$ZodLooseShape>(shape: T, description?: string) => z.strictObject(shape).meta(description ? { description } : {});

export const citationSchema = obj(
  {
    act: z.string(),
    article: z.string().optional(),
    url: z.string().optional(),
    status: z.enum(['P', 'S', 'I', 'U']).meta({ description: 'Digest §0.1: P primary text, S secondary source, I inferred, U unconfirmed' }),
    label: z.string(),
  },
  'A legal citation',
);

export const traceStepSchema = obj(
  {
    rule: z.string().meta({ description: 'Digest paragraph, e.g. "A-6" or "D-6/BIENNIO_POOL"' }),
    citation: citationSchema,
    outcome: z.enum(['pass', 'fail', 'warn', 'info']),
    detail: z.string().meta({ description: 'Italian explanation, with the figures used' }),
  },
  'One step of the explanation ("perché?")',
);

export const ruleWarningSchema = obj(
  {
    code: z.string().meta({ description: '"SETTING:<key>", "PARAM:<KEY>" or a digest rule id' }),
    digest: z.string().optional(),
    status: z.enum(['P', 'S', 'I', 'U']),
    message: z.string(),
    citation: citationSchema,
  },
  'A reading the result depends on that is inferred [I] or unconfirmed [U]: the UI shows it as a warning',
);

const allowanceMonthSchema = obj({
  month: z.string(),
  hoursLost: decimal,
  workableHours: decimal,
  uncappedGross: money,
  gross: money,
  net: money,
  capped: z.boolean(),
  lostPay: money,
  alternative: obj({ reading: z.enum(['HOURLY_RAGGUAGLIO', 'MONTHLY_ONLY']), gross: money, net: money }, 'The other J-3 reading, when it gives another amount').optional(),
});

const totalsSchema = obj({ hoursLost: decimal, gross: money, net: money, lostPay: money });

const workerResultSchema = obj({
  id: z.string(),
  eligible: z.boolean(),
  reasons: z.array(obj({ code: z.string(), message: z.string() })),
  seniorityDays: z.number().int(),
  anf: z.boolean(),
  notionalContributions: z.boolean(),
  apprenticeshipExtensionHours: decimal.nullable(),
  hourlyPay: decimal.nullable(),
  hoursClipped: z.boolean(),
  months: z.array(allowanceMonthSchema),
  totals: totalsSchema,
});

const windowUsageSchema = obj({
  key: z.enum(['BIENNIO_POOL', 'CDS', 'CRISIS_QUINQUENNIO', 'REORG_QUINQUENNIO', 'ART4_QUINQUENNIO']),
  label: z.string(),
  unit: z.enum(['weeks', 'months']),
  windowStart: date,
  windowEnd: date,
  limit: decimal,
  used: decimal,
  reserved: decimal,
  proposed: decimal,
  remaining: decimal,
  neutralisedExcluded: decimal,
  citation: citationSchema,
});

const unionProcedureSchema = obj({
  kind: z.enum(['ORDINARY', 'UNAVOIDABLE_EVENT', 'EXTRAORDINARY']),
  jointExamRequired: z.boolean(),
  jointExamRequestBy: date.nullable(),
  jointExamRequestInTime: z.boolean().nullable(),
  endsBy: date.nullable(),
  agreementRequired: z.boolean(),
  outcome: z.enum(['pass', 'warn', 'fail']),
  detail: z.string(),
});

const range = obj({ from: date, to: date });

export const simulationResultSchema = obj(
  {
    rulesVersion: z.string(),
    asOf: date,
    eligible: z.boolean(),
    reasons: z.array(z.string()).meta({ description: 'Why the request cannot be granted (empty when eligible)' }),
    instrument: z.enum(INSTRUMENTS).meta({ description: 'The instrument that covers the request; not FSTN → see routing.whereToGo' }),
    routing: obj({ reason: z.string(), whereToGo: z.string() }),
    regime: obj({ id: z.string(), label: z.string(), parameterDate: date, citation: citationSchema }).nullable(),
    workforceTest: obj({ referenceMonth: z.string(), trentoHeads: z.number().int(), totalHeads: z.number().int(), sharePercent: decimal, passed: z.boolean() }).nullable(),
    sizeClass: obj({ class: z.enum(['C1', 'C2', 'C3']), average: decimal, months: z.array(obj({ month: z.string(), units: decimal })) }).nullable(),
    cause: obj({ admitted: z.boolean(), reason: z.string() }).nullable(),
    weeksRequested: decimal,
    weeksCounted: decimal,
    weeksGranted: decimal,
    grantedPeriod: obj({ start: date, end: date }).nullable(),
    perRequestMax: obj({ limit: decimal.nullable(), requestedWeeks: decimal, passed: z.boolean() }).nullable(),
    windows: obj({ items: z.array(windowUsageSchema), maxGrantableWeeks: decimal, outcome: z.enum(['ok', 'trim', 'refuse']) }).nullable(),
    workers: z.array(workerResultSchema),
    totals: obj({ workersEligible: z.number().int(), hoursLost: decimal, gross: money, net: money }),
    employerCosts: obj({
      additionalContribution: obj({ base: money, rate: decimal, amount: money }).nullable(),
      ordinaryContribution: z.array(obj({ month: z.string(), base: money, rate: decimal, reduction: decimal, total: money, employer: money, worker: money })),
      employerOwes: range.nullable(),
    }),
    deadlines: obj({
      filingWindow: obj({
        earliest: date,
        latest: date,
        status: z.enum(['TOO_EARLY', 'IN_TIME', 'LATE']),
        benefitFrom: date.nullable(),
        employerOwes: range.nullable(),
      }).nullable(),
      unionProcedure: unionProcedureSchema.nullable(),
      conguaglio: obj({ from: date, deadline: date, dependsOnAuthorisation: z.boolean() }).nullable(),
      directPayment: obj({ requested: z.boolean(), admissible: z.boolean(), needsCommitteeAuthorisation: z.boolean(), sr41By: date.nullable(), detail: z.string() }).nullable(),
    }),
    holidaysFirstRequired: z.boolean().nullable(),
    warnings: z.array(ruleWarningSchema),
    trace: z.array(traceStepSchema),
  },
  'The result of simulate(): eligibility, instrument, class, windows, per-worker amounts, employer costs, deadlines, warnings and the trace',
);

/** `{ KEY: { value, from, citation } }` of the parameters in force on a day (CLI `params`, GET /api/v1/parameters). */
export const parametersInForceSchema = z
  .record(z.string(), obj({ value: z.unknown(), from: date, citation: citationSchema }))
  .meta({ description: 'Every parameter in force on the day asked, by its digest key' });


// Compile-time guard: every real result fits the documented schema (see the file header).
type Fits<A, B> = A extends B ? true : false;
export const RESULT_FITS_SCHEMA: Fits<SimulationResult, z.input<typeof simulationResultSchema>> = true;

/** The error body of the CLI (stderr, exit 2) and of the API (HTTP 400, 413, 415, 429). */
export const simulationErrorSchema = obj(
  {
    error: z.enum(['INVALID_JSON', 'INVALID_SCENARIO', 'INVALID_ARGUMENTS', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'INTERNAL']),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).meta({ description: 'Every error by dotted field path, e.g. "workers.0.hireDate"' }),
    formErrors: z.array(z.string()).meta({ description: 'Errors about the input as a whole' }),
  },
  'Bad input: every error by field path; never a stack trace, never a partial result',
);
