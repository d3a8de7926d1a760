// Additional contribution — D.I. 103593/2019 art. 12 c. 1 lett. b); INPS circ. 112/2025 (digest E-3):
// 4 % of the taxable pay lost by the workers receiving the benefit, employer only, flat (not the
// 9/12/15 % ladder of art. 5). Base: the pay the worker would have earned for the hours of AIS [U].
// No additional contribution for the COVID-19 causal (D.L. 18/2020).
import type { CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import { dec, moneyString, roundCents } from '../core/money';
import type { RuleContext } from '../context';
import { ADDITIONAL_RATE } from '../parameters/fstn/contribution';
import { SOURCES } from '../parameters/sources';

export type AdditionalContribution = { base: string; rate: string; amount: string };

export function additionalContribution(input: { lostPay: string; parameterDate: CalendarDate; covid?: boolean }, ctx: RuleContext): AdditionalContribution {
  if (input.covid) {
    ctx.add('E-3', cite(SOURCES.DL18, 'art. 19'), 'info', 'Causale COVID-19: nessun contributo addizionale');
    return { base: moneyString(input.lostPay), rate: '0', amount: '0.00' };
  }
  const { value: rate, citation } = ctx.cited(ADDITIONAL_RATE, input.parameterDate);
  const amount = roundCents(dec(input.lostPay).times(rate));
  ctx.warn({
    code: 'E-3',
    digest: 'E-3',
    status: 'U',
    message: 'Base del contributo addizionale: retribuzione teorica delle ore integrate (non confermato)',
    citation: cite(SOURCES.C112, undefined, 'U'),
  });
  ctx.add('E-3', citation, 'info', `Contributo addizionale: ${moneyString(input.lostPay)} × ${dec(rate).times(100).toFixed(2)} % = ${moneyString(amount)}, a carico del solo datore`);
  return { base: moneyString(input.lostPay), rate, amount: moneyString(amount) };
}
