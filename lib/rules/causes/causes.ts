// Causes (causali) — d.lgs. 148/2015 art. 11 (ordinary) and art. 21 (extraordinary), as applied to
// the FSTN by INPS circ. 112/2025 (R2023) and circ. 156/2020 (R2019) (digest C-1, J-7, J-21).
// R2023: every class may use ordinary and extraordinary causes (their windows differ, see
// windows/window-specs.ts); seasonal bad weather is admitted by default [U]; crisis due to
// cessation of activity is not (J-21). R2019: bad weather excluded.
import { cite } from '../core/citation';
import type { CalendarDate } from '../core/calendar-date';
import type { RuleContext } from '../context';
import { BAD_WEATHER_ADMITTED, CRISIS_CESSATION_ADMITTED } from '../parameters/fstn/eligibility';
import { SOURCES } from '../parameters/sources';
import type { Cause } from '../types';

export const CAUSE_LABELS: Record<Cause, string> = {
  ORDINARY_TRANSITORY_EVENT: 'evento transitorio non imputabile',
  ORDINARY_MARKET: 'situazione temporanea di mercato',
  ORDINARY_BAD_WEATHER: 'intemperie stagionali',
  CRISIS: 'crisi aziendale',
  REORGANISATION: 'riorganizzazione aziendale',
  SOLIDARITY_CONTRACT: 'contratto di solidarietà',
  COVID19: 'emergenza COVID-19',
};

export type CauseCheck = { admitted: boolean; reason: string };

export function checkCause(
  input: { cause: Cause; parameterDate: CalendarDate; crisisDueToCessation?: boolean },
  ctx: RuleContext,
): CauseCheck {
  const { cause, parameterDate } = input;
  const label = CAUSE_LABELS[cause];
  let result: CauseCheck;
  let citation = cite(SOURCES.C112);
  if (cause === 'COVID19') {
    citation = cite(SOURCES.DL18, 'art. 19 c. 1');
    result = { admitted: false, reason: 'La causale "emergenza COVID-19" valeva solo per il 2020: i suoi periodi restano nello storico e non si computano' };
  } else if (cause === 'ORDINARY_BAD_WEATHER') {
    const found = ctx.cited(BAD_WEATHER_ADMITTED, parameterDate);
    citation = found.citation;
    if (found.value) ctx.warn({ code: 'J-7', digest: 'J-7', status: 'U', message: 'Intemperie stagionali ammesse per default nel regime 2023: da confermare', citation });
    result = found.value
      ? { admitted: true, reason: `Causale ordinaria ammessa: ${label}` }
      : { admitted: false, reason: 'Le intemperie stagionali sono escluse dall’assegno del Fondo in questo regime' };
  } else if (cause === 'CRISIS' && input.crisisDueToCessation) {
    const found = ctx.cited(CRISIS_CESSATION_ADMITTED, parameterDate);
    citation = found.citation;
    result = found.value
      ? { admitted: true, reason: `Causale straordinaria ammessa: ${label}` }
      : { admitted: false, reason: 'La crisi per cessazione di attività non è una causale ammessa dal Fondo' };
  } else {
    result = { admitted: true, reason: `Causale ammessa: ${label}` };
  }
  ctx.add('C-1', citation, result.admitted ? 'pass' : 'fail', result.reason);
  return result;
}
