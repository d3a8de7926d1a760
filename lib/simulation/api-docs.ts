// JSON Schemas and the OpenAPI 3.1 document, generated from THE zod schemas (lib/schemas). The
// same functions write docs/rules/*.schema.json (scripts/rules-docs.ts; a test fails when the
// committed files are stale) and serve GET /api/v1/openapi.json. Pure: no I/O.
import { z } from 'zod';
import { RULES_VERSION } from '@/lib/rules/version';
import { simulationScenarioSchema } from '@/lib/schemas/simulation';
import { parametersInForceSchema, simulationErrorSchema, simulationResultSchema } from '@/lib/schemas/simulation-result';

type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output', title: string): JsonSchema {
  const json = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return { $schema: json.$schema, title, ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')) };
}

export function scenarioJsonSchema(): JsonSchema {
  return toJsonSchema(simulationScenarioSchema, 'input', 'FSTN simulation scenario');
}
export function resultJsonSchema(): JsonSchema {
  return toJsonSchema(simulationResultSchema, 'output', 'FSTN simulation result');
}
export function errorJsonSchema(): JsonSchema {
  return toJsonSchema(simulationErrorSchema, 'output', 'FSTN simulation error');
}
export function parametersJsonSchema(): JsonSchema {
  return toJsonSchema(parametersInForceSchema, 'output', 'FSTN parameters in force');
}

/** The committed documentation files: path under docs/rules → content. */
export function generatedDocFiles(): Record<string, string> {
  const file = (schema: JsonSchema) => `${JSON.stringify(schema, null, 2)}\n`;
  return {
    'simulation-scenario.schema.json': file(scenarioJsonSchema()),
    'simulation-result.schema.json': file(resultJsonSchema()),
    'simulation-error.schema.json': file(errorJsonSchema()),
    'parameters.schema.json': file(parametersJsonSchema()),
    'openapi.json': file(openApiDocument()),
  };
}

const component = (schema: JsonSchema) => Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema'));
const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const errorResponse = (description: string, headers?: Record<string, unknown>) => ({ description, content: json('SimulationError'), ...(headers ? { headers } : {}) });

export function openApiDocument(): JsonSchema {
  const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } } };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Fondo di solidarietà del Trentino — API pubblica di simulazione',
      version: RULES_VERSION,
      description:
        'Simulazione di una domanda di assegno di integrazione salariale (AIS) del Fondo di solidarietà del Trentino con le regole di lib/rules, e parametri in vigore a una data. Nessun dato viene salvato. Ogni risultato spiega se stesso (trace) e segnala le letture non confermate (warnings). Importi in euro come stringhe decimali; date AAAA-MM-GG.',
      license: { name: 'Proprietary' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/v1/simulations': {
        post: {
          operationId: 'simulate',
          summary: 'Simula una domanda AIS',
          description:
            'Pubblica, senza accesso, limitata per indirizzo IP. Corpo: lo scenario (application/json, al massimo 2 MB). Lingua dei messaggi di errore: Accept-Language (it, en).',
          tags: ['simulazione'],
          requestBody: { required: true, content: json('SimulationScenario') },
          responses: {
            '200': { description: 'Il risultato della simulazione', content: json('SimulationResult') },
            '400': errorResponse('Scenario non valido o JSON non valido: ogni errore per percorso del campo'),
            '413': errorResponse('Corpo troppo grande'),
            '415': errorResponse('Content-Type diverso da application/json'),
            '429': errorResponse('Troppe richieste da questo indirizzo', retryAfter),
            '500': errorResponse('Errore interno (senza dettagli)'),
          },
        },
      },
      '/api/v1/parameters': {
        get: {
          operationId: 'parametersInForce',
          summary: 'Parametri in vigore a una data',
          tags: ['parametri'],
          parameters: [{ name: 'asOf', in: 'query', required: true, description: 'Giorno AAAA-MM-GG', schema: { type: 'string', format: 'date' } }],
          responses: {
            '200': { description: '{ CHIAVE: { value, from, citation } } per ogni parametro in vigore', content: json('ParametersInForce') },
            '400': errorResponse('Data mancante o non valida'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: { operationId: 'openApi', summary: 'Questo documento', tags: ['documentazione'], responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } } },
      },
    },
    components: {
      schemas: {
        SimulationScenario: component(scenarioJsonSchema()),
        SimulationResult: component(resultJsonSchema()),
        SimulationError: component(errorJsonSchema()),
        ParametersInForce: component(parametersJsonSchema()),
      },
    },
  };
}
