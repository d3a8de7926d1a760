import { describe, expect, it } from 'vitest';
import { refillValues } from './refill-values';

describe('refillValues', () => {
  const defaults = { name: 'Sede', kind: '', date: { day: '', month: '', year: '' }, months: [{ month: '2025-12', heads: '' }, { month: '2026-01', heads: '4' }] };

  it('shows what was posted, in the defaults’ shape', () => {
    const posted = { name: 'Albergo', kind: 'yes', date: { day: '31', month: '2', year: '2020' }, months: [{ month: '2025-12', heads: 'nove' }, { month: '2026-01', heads: '5' }] };
    expect(refillValues(defaults, posted)).toEqual(posted);
  });

  it('empties a box the post left out (an unticked radio) and ignores what the form does not have', () => {
    expect(refillValues(defaults, { name: 'Albergo', extra: 'x', months: [{ month: '2025-12' }] })).toEqual({
      name: 'Albergo',
      kind: '',
      date: { day: '', month: '', year: '' },
      months: [
        { month: '2025-12', heads: '' },
        { month: '', heads: '' },
      ],
    });
  });

  it('never puts a non-text value (a file, an array for a box) into a text box', () => {
    expect(refillValues({ name: '', date: { day: '' } }, { name: ['a', 'b'], date: 'x' })).toEqual({ name: '', date: { day: '' } });
  });
});
