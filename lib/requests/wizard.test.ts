import { describe, expect, it } from 'vitest';
import { nextStepPath, RETURN_TO_SUMMARY, stepPath } from './wizard';

describe('the wizard’s "Salva e continua"', () => {
  it('goes to the next step in order, the riepilogo after the union procedure', () => {
    expect(nextStepPath('e1', 'r1', 'causale')).toBe('/aziende/e1/domande/r1/lavoratori');
    expect(nextStepPath('e1', 'r1', 'lavoratori')).toBe('/aziende/e1/domande/r1/procedura');
    expect(nextStepPath('e1', 'r1', 'procedura')).toBe('/aziende/e1/domande/r1/riepilogo');
  });

  it('returns to the riepilogo when the step was opened from its "Modifica" link', () => {
    expect(nextStepPath('e1', 'r1', 'causale', RETURN_TO_SUMMARY)).toBe(stepPath('e1', 'r1', 'riepilogo'));
    expect(nextStepPath('e1', 'r1', 'causale', 'elsewhere')).toBe('/aziende/e1/domande/r1/lavoratori');
  });
});
