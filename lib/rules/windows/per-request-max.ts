// Maximum weeks per single request — INPS circ. 112/2025 (R2023: C1 13, C2 26, C3 none stated — J-10)
// and D.I. 103593/2019 art. 6 c. 2 (R2019: 13). A longer request is refused (split it), not trimmed.
import type { CalendarDate } from '../core/calendar-date';
import { dec, decimalString, type Dec } from '../core/money';
import type { RuleContext } from '../context';
import { MAX_WEEKS_PER_REQUEST } from '../parameters/fstn/durations';
import type { FstnRegimeId } from '../regimes/select-regime';
import { isOrdinaryCause, type Cause, type SizeClass } from '../types';

export type PerRequestMax = { limit: string | null; requestedWeeks: string; passed: boolean };

export function perRequestMax(
  input: { regimeId: FstnRegimeId; sizeClass: SizeClass | null; cause: Cause; parameterDate: CalendarDate; requestedWeeks: Dec },
  ctx: RuleContext,
): PerRequestMax {
  const requested = decimalString(input.requestedWeeks);
  if (input.regimeId === 'R2016') {
    ctx.add('D-5', { act: 'D.I. 96077/2016', status: 'U', label: 'D.I. 96077/2016' }, 'info', 'Regime 2016: massimo per domanda non noto');
    return { limit: null, requestedWeeks: requested, passed: true };
  }
  const { value, citation } = ctx.cited(MAX_WEEKS_PER_REQUEST, input.parameterDate);
  const sizeClass = input.sizeClass ?? 'C1';
  let limit = value[sizeClass];
  if (limit === null) {
    ctx.warnSetting('c3MaxWeeksPerRequest');
    if (isOrdinaryCause(input.cause)) limit = ctx.settings.c3MaxWeeksPerRequest;
  }
  if (limit === null) {
    ctx.add('D-3', citation, 'info', `Classe ${sizeClass}: nessun massimo per singola domanda`);
    return { limit: null, requestedWeeks: requested, passed: true };
  }
  const passed = input.requestedWeeks.lte(limit);
  ctx.add(
    sizeClass === 'C1' ? 'D-1' : sizeClass === 'C2' ? 'D-2' : 'D-3',
    citation,
    passed ? 'pass' : 'fail',
    passed
      ? `${requested} settimane richieste ≤ ${limit} per singola domanda`
      : `${requested} settimane richieste superano il massimo di ${limit} per singola domanda: dividere la richiesta`,
  );
  return { limit: dec(limit).toFixed(0), requestedWeeks: requested, passed };
}
