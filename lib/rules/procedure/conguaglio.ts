// Offset or reimbursement deadline — D.I. 103593/2019 art. 7 c. 3; art. 7 c. 3 d.lgs. 148/2015
// (digest G-6; R2023 presumed unchanged [I]): on pain of forfeiture, within 6 months from the end
// of the pay period running when the authorised period expires, or from the authorisation if later.
// Pay periods are calendar months.
import { addMonths, lastDayOfMonth, maxDate, type CalendarDate } from '../core/calendar-date';
import type { RuleContext } from '../context';
import { CONGUAGLIO_DEADLINE } from '../parameters/fstn/procedure';

export type Conguaglio = { from: CalendarDate; deadline: CalendarDate; dependsOnAuthorisation: boolean };

export function conguaglioDeadline(input: { authorisedEnd: CalendarDate; authorisationDate?: CalendarDate | null }, ctx: RuleContext): Conguaglio {
  const { value: months, citation } = ctx.cited(CONGUAGLIO_DEADLINE, input.authorisedEnd);
  const payPeriodEnd = lastDayOfMonth(input.authorisedEnd);
  const from = input.authorisationDate ? maxDate(payPeriodEnd, input.authorisationDate) : payPeriodEnd;
  const deadline = addMonths(from, months);
  ctx.add(
    'G-6',
    citation,
    'info',
    input.authorisationDate
      ? `Conguaglio o rimborso entro il ${deadline} (${months} mesi dal ${from})`
      : `Conguaglio o rimborso entro il ${deadline} (${months} mesi dalla fine del periodo di paga), o ${months} mesi dall’autorizzazione se successiva`,
  );
  return { from, deadline, dependsOnAuthorisation: !input.authorisationDate };
}
