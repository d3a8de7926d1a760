// Part-time workers in the semester average — INPS "limiti dimensionali" (d.lgs. 61/2000 art. 6,
// now art. 9 d.lgs. 81/2015 [U]) applied by analogy (digest B-2): part-time hours are summed into
// full-time units and a residual fraction above one half counts as one unit. Whether exactly one
// half is kept is not stated: dropped by default (setting partTimeResidual).
import { dec, sumDecimals, type Dec } from '../core/money';
import type { RuleContext } from '../context';

export type SizeUnitsInput = {
  fullTimeHeads: number;
  /** Each part-timer's hours as a fraction of full time ("0.5"). */
  partTimeRatios: ReadonlyArray<string>;
};

export type SizeUnits = { units: Dec; partTimeUnits: Dec; residualDropped: Dec };

export function computeSizeUnits(input: SizeUnitsInput, ctx: RuleContext): SizeUnits {
  const partTime = sumDecimals(input.partTimeRatios);
  const whole = partTime.floor();
  const residual = partTime.minus(whole);
  let partTimeUnits = partTime;
  if (ctx.settings.partTimeResidual === 'DROP_HALF_OR_LESS' && !residual.isZero()) {
    partTimeUnits = residual.gt('0.5') ? whole.plus(1) : whole;
    ctx.warnSetting('partTimeResidual');
  }
  return {
    units: dec(input.fullTimeHeads).plus(partTimeUnits),
    partTimeUnits,
    residualDropped: partTime.gt(partTimeUnits) ? partTime.minus(partTimeUnits) : dec(0),
  };
}
