// Prior use of accrued holidays and other flexibility tools — art. 6 c. 10 D.I. 103593/2019 as
// reported by Unione CTS Trento (3 Apr 2020), suspended by the Fund President for the COVID-19
// causal from 23 Feb 2020 (digest G-7). R2023: no source mentions it, so it is not required by
// default and the employer only gets an informational prompt (J-17 [U]). The library cannot see
// holiday balances: the step informs, it never blocks.
import type { CalendarDate } from '../core/calendar-date';
import type { RuleContext } from '../context';
import { HOLIDAYS_FIRST_REQUIRED } from '../parameters/fstn/procedure';

export function holidaysFirst(input: { parameterDate: CalendarDate }, ctx: RuleContext): { required: boolean } {
  const { value: required, citation } = ctx.cited(HOLIDAYS_FIRST_REQUIRED, input.parameterDate);
  ctx.add(
    'G-7',
    citation,
    required ? 'warn' : 'info',
    required
      ? 'Prima dell’assegno vanno fruite le ferie maturate e gli altri strumenti di flessibilità (regime 2019, art. 6 c. 10)'
      : 'Fruizione preventiva delle ferie non richiesta nel regime 2023 (da confermare): valutare comunque ferie e flessibilità residue',
  );
  return { required };
}
