// The documented JSON (docs/rules/*.schema.json, openapi.json) is generated from the zod schemas
// and must match them; the result schema must describe every field simulate() really returns.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { simulate, type Scenario } from '@/lib/rules';
import { simulationScenarioSchema } from '@/lib/schemas/simulation';
import { simulationResultSchema } from '@/lib/schemas/simulation-result';
import { generatedDocFiles, openApiDocument } from '@/lib/simulation/api-docs';
import { baseScenario } from './support';

const docs = path.resolve(import.meta.dirname, '../../docs/rules');

describe('generated JSON documentation', () => {
  it.each(Object.entries(generatedDocFiles()))('docs/rules/%s is up to date (regenerate with `npx tsx scripts/rules-docs.ts`)', (name, content) => {
    expect(readFileSync(path.join(docs, name), 'utf8')).toBe(content);
  });

  it('the OpenAPI document is 3.1 and every $ref points at a component', () => {
    const doc = openApiDocument() as { openapi: string; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(Object.keys(doc.components.schemas)).toContain(ref);
  });

  it('the example scenario of the docs is valid', () => {
    const example = JSON.parse(readFileSync(path.join(docs, 'examples/scenario-t06-t07.json'), 'utf8'));
    expect(simulationScenarioSchema.safeParse(example).success).toBe(true);
  });
});

const worker = baseScenario().workers[0]!;
const variants: Array<[string, Scenario]> = [
  ['an eligible C2 request', baseScenario()],
  ['a request routed to the CIGO', baseScenario({ employer: { inCigoScope: true, inCigsScope: false, bilateralFund: 'NONE' } })],
  [
    'a trimmed request',
    baseScenario({ ledger: [{ productionUnitId: 'u1', kind: 'AUTHORISED', cause: 'ORDINARY_MARKET', periodStart: '2024-06-03', periodEnd: '2025-05-25', weeks: '48', neutralised: false }] }),
  ],
  ['a late application', baseScenario({ applicationDate: '2025-10-06', procedure: { unionCommunicationDate: '2025-09-01' } })],
  ['the "monthly cap only" reading with an alternative', baseScenario({ settings: { capMode: 'MONTHLY_ONLY' }, workers: [{ ...worker, hoursLost: '10' }] })],
  ['direct payment for insolvency, an apprentice, a payroll month', baseScenario({
    request: { paymentMode: 'DIRECT', directPaymentGrounds: ['INSOLVENCY'] },
    workers: [{ ...worker, category: 'APPRENTICE', apprenticeType: 'TYPE1_QUALIFICATION' }],
    payroll: [{ month: '2025-09', taxablePay: '20000.00' }],
    headcounts: [...baseScenario().headcounts, { productionUnitId: 'u1', month: '2025-08', heads: 8, sizeUnits: '8' }],
  })],
  ['an R2019 request', baseScenario({ applicationDate: '2023-03-01', request: { periodStart: '2023-03-06', periodEnd: '2023-03-31' }, procedure: { unionCommunicationDate: '2023-02-20' } })],
  ['an ineligible worker', baseScenario({ workers: [{ ...worker, category: 'DIRIGENTE' }] })],
];

describe('the result schema describes real results', () => {
  it.each(variants)('%s parses strictly with the documented result schema', (_name, scenario) => {
    const parsed = simulationResultSchema.safeParse(JSON.parse(JSON.stringify(simulate(scenario))));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
