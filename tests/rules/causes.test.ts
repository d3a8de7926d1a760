// Digest C-1 (causes), J-7 (bad weather), J-21 (cessation).
import { describe, expect, it } from 'vitest';
import { checkCause } from '@/lib/rules/causes/causes';
import type { Cause } from '@/lib/rules';
import { ctx, d, type Case } from './support';

const cases: Case<{ cause: Cause; cessation?: boolean }, boolean>[] = [
  { name: 'temporary market situations are an ordinary cause under R2023', asOf: '2025-03-01', input: { cause: 'ORDINARY_MARKET' }, expected: true, source: 'digest C-1; INPS circ. 112/2025' },
  { name: 'seasonal bad weather is admitted under R2023 by default (to be confirmed, J-7)', asOf: '2025-03-01', input: { cause: 'ORDINARY_BAD_WEATHER' }, expected: true, source: 'digest C-1 edge 1; J-7' },
  { name: 'seasonal bad weather was excluded under R2019', asOf: '2023-03-01', input: { cause: 'ORDINARY_BAD_WEATHER' }, expected: false, source: 'digest C-1 edge 1; INPS circ. 156/2020' },
  { name: 'company crisis is admitted', asOf: '2025-03-01', input: { cause: 'CRISIS' }, expected: true, source: 'digest C-1' },
  { name: 'a crisis due to cessation of activity is not an admissible cause (J-21)', asOf: '2025-03-01', input: { cause: 'CRISIS', cessation: true }, expected: false, source: 'digest C-1 edge 2; J-21' },
  { name: 'the COVID-19 causal cannot be requested any more', asOf: '2025-03-01', input: { cause: 'COVID19' }, expected: false, source: 'digest H-1' },
];

describe('causes', () => {
  it.each(cases)('$name', ({ asOf, input, expected }) => {
    const c = ctx();
    expect(checkCause({ cause: input.cause, parameterDate: d(asOf), crisisDueToCessation: input.cessation }, c).admitted).toBe(expected);
    if (input.cause === 'ORDINARY_BAD_WEATHER' && expected) expect(c.warnings.map((w) => w.code)).toContain('J-7');
  });
});
