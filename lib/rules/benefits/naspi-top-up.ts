// Benefits integrating NASpI — D.I. 103593/2019 art. 8 c. 2-3 (R2019, primary text); INPS circ.
// 112/2025 (R2023: seasonal workers and workers aged 58+, amounts and durations not found — only
// by Committee resolution, J-18) (digest C-5).
// R2019: 58+ at termination with NASpI used in full → 1 month at the last NASpI instalment.
// Seasonal workers in tourism/spas, retail, restaurants, ski lifts with ≥ 26 weeks of seasonal work
// (in the 12 months before the application; since 2021 from 10 Aug 2018) and NASpI ≤ 4 months →
// (4 − NASpI months), at most 1 month, at the last instalment.
import { addDays, addMonths, type CalendarDate } from '../core/calendar-date';
import { dec, moneyString } from '../core/money';
import type { RuleContext } from '../context';
import { NASPI_SEASONAL_SECTORS, NASPI_TOP_UP, NASPI_TOP_UP_SEASONAL_WINDOW } from '../parameters/fstn/benefits';
import { selectFstnRegime } from '../regimes/select-regime';

export type NaspiTopUpInput = {
  asOf: CalendarDate;
  applicationDate: CalendarDate;
  kind: 'OLDER_WORKER' | 'SEASONAL';
  naspiExhausted: boolean;
  lastNaspiInstalment: string;
  ageAtTermination?: number;
  /** NASpI duration in months (decimal string). */
  naspiMonths?: string;
  sector?: (typeof NASPI_SEASONAL_SECTORS)[number] | 'OTHER';
  /** Weeks of seasonal work counted in the window the rules set. */
  seasonalWeeks?: number;
  /** Start of the seasonal weeks counted by the caller, to check the window. */
  seasonalWeeksFrom?: CalendarDate;
};

export type NaspiTopUp = { eligible: boolean; months: string; amount: string | null; reasons: string[] };

export function naspiTopUp(input: NaspiTopUpInput, ctx: RuleContext): NaspiTopUp {
  const regime = selectFstnRegime(input.asOf, ctx);
  if (regime?.regime.id === 'R2023') return naspiTopUpByResolution(input, ctx);
  const { value: p, citation } = ctx.cited(NASPI_TOP_UP, input.asOf);
  const reasons: string[] = [];
  if (!input.naspiExhausted) reasons.push('La NASpI deve essere stata fruita per l’intera durata');
  let months = dec(0);
  if (input.kind === 'OLDER_WORKER') {
    if ((input.ageAtTermination ?? 0) < p.minAge) reasons.push(`Età alla cessazione inferiore a ${p.minAge} anni`);
    months = dec(p.olderWorkerMonths);
  } else {
    const window = ctx.use(NASPI_TOP_UP_SEASONAL_WINDOW, input.asOf);
    const windowStart = window.mode === 'SINCE' ? window.date : addDays(addMonths(input.applicationDate, -12), 1);
    if (!input.sector || input.sector === 'OTHER') reasons.push('Settore non ammesso (turismo e terme, commercio, ristorazione, impianti a fune)');
    if ((input.seasonalWeeks ?? 0) < p.seasonalMinWeeks) reasons.push(`Meno di ${p.seasonalMinWeeks} settimane di lavoro stagionale`);
    if (input.seasonalWeeksFrom && input.seasonalWeeksFrom < windowStart) reasons.push(`Le settimane stagionali si contano dal ${windowStart}`);
    const naspi = dec(input.naspiMonths ?? '0');
    months = dec(p.seasonalMaxNaspiMonths).minus(naspi);
    if (months.gt(p.seasonalMaxMonths)) months = dec(p.seasonalMaxMonths);
    if (months.lte(0)) {
      months = dec(0);
      reasons.push(`NASpI di ${naspi.toString()} mesi: nessuna integrazione (massimo ${p.seasonalMaxNaspiMonths} mesi)`);
    }
  }
  const eligible = reasons.length === 0;
  const result = {
    eligible,
    months: eligible ? months.toString() : '0',
    amount: eligible ? moneyString(dec(input.lastNaspiInstalment).times(months)) : null,
    reasons,
  };
  ctx.add('C-5', citation, eligible ? 'pass' : 'fail', eligible ? `Integrazione NASpI: ${result.months} mesi all’ultima rata (${result.amount})` : reasons.join('; '));
  return result;
}

function naspiTopUpByResolution(input: NaspiTopUpInput, ctx: RuleContext): NaspiTopUp {
  const amount = ctx.committee('NASPI_TOP_UP_MONTHLY_AMOUNT');
  const months = ctx.committee('NASPI_TOP_UP_MONTHS');
  const a = amount.values.filter((v) => v.from <= input.asOf).at(-1);
  const m = months.values.filter((v) => v.from <= input.asOf).at(-1);
  if (!a?.value || !m?.value) {
    const reason = 'Regime 2023: importi e durate della prestazione integrativa NASpI non deliberati dal Comitato';
    ctx.add('C-5', { act: 'INPS circolare 16 luglio 2025 n. 112', status: 'U', label: 'INPS circ. 112/2025' }, 'warn', reason);
    return { eligible: false, months: '0', amount: null, reasons: [reason] };
  }
  const total = moneyString(dec(a.value).times(m.value));
  ctx.add('C-5', a.citation, 'pass', `Prestazione integrativa NASpI da delibera: ${m.value} mesi × ${a.value}`);
  return { eligible: true, months: m.value, amount: total, reasons: [] };
}
