// Direct payment by INPS — INPS circ. 112/2025 (R2023), D.I. 103593/2019 art. 7 c. 4 (digest C-4,
// G-5): authorised by the Comitato amministratore, on the employer's express request, only for
// insolvency or serious and documented financial difficulty. The employer then sends the payment
// data (SR41) by the end of the 2nd month after the month of the integration period, or within 60
// days of the authorisation if later (art. 7 c. 5-bis d.lgs. 148/2015 [U] on the figures).
import { addMonths, lastDayOfMonth, type CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import type { RuleContext } from '../context';
import { DIRECT_PAYMENT_SR41 } from '../parameters/fstn/procedure';
import { SOURCES } from '../parameters/sources';
import type { DirectPaymentGround, PaymentMode } from '../types';

export type DirectPayment = {
  requested: boolean;
  admissible: boolean;
  needsCommitteeAuthorisation: boolean;
  /** SR41 deadline for the last month of the period, before any later authorisation. */
  sr41By: CalendarDate | null;
  detail: string;
};

export function directPayment(
  input: { paymentMode: PaymentMode; grounds?: ReadonlyArray<DirectPaymentGround> | null; periodEnd: CalendarDate },
  ctx: RuleContext,
): DirectPayment {
  const citation = cite(SOURCES.C112);
  if (input.paymentMode !== 'DIRECT') {
    const detail = 'Pagamento a conguaglio: il datore anticipa l’assegno alla fine di ogni periodo di paga';
    ctx.add('C-4', citation, 'info', detail);
    return { requested: false, admissible: true, needsCommitteeAuthorisation: false, sr41By: null, detail };
  }
  const admissible = (input.grounds ?? []).length > 0;
  let sr41By: CalendarDate | null = null;
  if (admissible && input.periodEnd >= DIRECT_PAYMENT_SR41.values[0]!.from) {
    const sr41 = ctx.use(DIRECT_PAYMENT_SR41, input.periodEnd);
    sr41By = lastDayOfMonth(addMonths(input.periodEnd, sr41.monthsAfterPeriodMonth));
  }
  const detail = admissible
    ? `Pagamento diretto richiesto per ${input.grounds!.map((g) => (g === 'INSOLVENCY' ? 'insolvenza' : 'gravi e documentate difficoltà finanziarie')).join(' e ')}: serve l’autorizzazione del Comitato${sr41By ? `; dati SR41 entro il ${sr41By} (o 60 giorni dall’autorizzazione)` : ''}`
    : 'Pagamento diretto non ammesso: solo per insolvenza o gravi e documentate difficoltà finanziarie, autorizzato dal Comitato';
  ctx.add('G-5', citation, admissible ? 'pass' : 'fail', detail);
  return { requested: true, admissible, needsCommitteeAuthorisation: admissible, sr41By, detail };
}
