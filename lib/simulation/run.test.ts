// runSimulation(): untrusted JSON in, a result or ONE error body out — never a throw, never a raw
// message key, never a partial result.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { simulationValidation } from '@/lib/schemas/messages/simulation';
import { parseJsonText, runSimulation } from './run';

const example = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../docs/rules/examples/scenario-t06-t07.json'), 'utf8')) as unknown;

/** Replaces the value at a random path of a JSON value. */
function mutate(value: unknown, pathChoice: number[], replacement: unknown): unknown {
  if (pathChoice.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [head, ...rest] = pathChoice;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = head! % value.length;
    return value.map((v, j) => (j === i ? mutate(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[head! % keys.length]!;
  return { ...(value as Record<string, unknown>), [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}

describe('runSimulation on untrusted input', () => {
  it('the digest example (T06/T07) runs', () => {
    const outcome = runSimulation(example);
    expect(outcome.ok).toBe(true);
  });

  it('arbitrary JSON never throws: it is a result or an INVALID_SCENARIO body', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const outcome = runSimulation(value);
        if (!outcome.ok) expect(outcome.body.error).toBe('INVALID_SCENARIO');
      }),
      { numRuns: 300 },
    );
  });

  it('a valid scenario with any one value replaced never throws, and every message is translated', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('it' as const, 'en' as const), (where, replacement, locale) => {
        const outcome = runSimulation(mutate(example, where, replacement), locale);
        if (outcome.ok) return;
        expect(outcome.body.error).toBe('INVALID_SCENARIO');
        const messages = [...Object.values(outcome.body.fieldErrors).flat(), ...outcome.body.formErrors];
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) expect(m).not.toMatch(/^simulation\./);
      }),
      { numRuns: 400 },
    );
  });

  it('a wrong type at each kind of field gives a precise, translated message at that path', () => {
    const s = structuredClone(example) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    s.employer.inCigoScope = 'no';
    s.units[0].provinceCode = 'Trento';
    s.headcounts[0].month = '2024-13';
    s.request.weekDays = 7;
    s.workers[0].effectiveDaysAtUnit = -1;
    s.extra = true;
    const outcome = runSimulation(s, 'en');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.body.fieldErrors).toEqual({
      'employer.inCigoScope': ['Say whether the employer is within the CIGO (yes or no)'],
      'units.0.provinceCode': ['Enter the province as its two-letter code, for example TN'],
      'headcounts.0.month': ['Enter the headcount month in the format YYYY-MM'],
      'request.weekDays': ['Say whether the working week has 5 or 6 days'],
      'workers.0.effectiveDaysAtUnit': ['The days of effective work at the unit must be a whole number, 0 or more'],
      extra: ['Unexpected field: check its name (the scenario does not accept unknown fields)'],
    });
  });

  it('cross-field checks name the field: hours for a month outside the period, an unknown unit', () => {
    const s = structuredClone(example) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    s.workers[1].hoursLost = { '2025-04': '10' };
    s.request.productionUnitId = 'u9';
    const outcome = runSimulation(s, 'it');
    expect(outcome.ok ? {} : outcome.body.fieldErrors).toEqual({
      'request.productionUnitId': ['L’unità produttiva della domanda non è tra le unità inserite'],
      'workers.1.hoursLost.2025-04': ['Le ore mensili vanno indicate per i mesi del periodo richiesto, nel formato AAAA-MM'],
    });
  });

  it('a JSON syntax error names the problem without echoing the input', () => {
    const parsed = parseJsonText('{"codiceFiscale": "RSSMRA80A01L378X", oops}', 'it');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.body.error).toBe('INVALID_JSON');
    expect(JSON.stringify(parsed.body)).not.toContain('RSSMRA80A01L378X');
  });

  it('the Italian and English message catalogues have the same keys', () => {
    expect(Object.keys(simulationValidation.en).sort()).toEqual(Object.keys(simulationValidation.it).sort());
  });
});
