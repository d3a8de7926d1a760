import { getTranslations } from 'next-intl/server';
import { formatDay } from '@/components/rules/format';
import { Button } from '@/components/ui/button';
import type { StoredCausePeriod } from '@/lib/schemas/request-draft';
import { saveCausePeriodFormAction } from '@/lib/server/actions/request-wizard';

/**
 * "Accorcia il periodo": saves the step's answers as they are, with the end date moved to the last
 * grantable day (digest J-8). A plain form of hidden fields: works without JavaScript.
 */
export async function TrimForm({ employerId, requestId, saved, end }: { employerId: string; requestId: string; saved: StoredCausePeriod; end: string }) {
  const t = await getTranslations('wizard.figures');
  const fields: Array<[string, string]> = [
    ['employerId', employerId],
    ['requestId', requestId],
    ['intent', 'trim'],
    ['productionUnitId', saved.productionUnitId],
    ['cause', saved.cause],
    ['crisisDueToCessation', saved.crisisDueToCessation ? 'yes' : 'no'],
    ['causeDescription', saved.causeDescription],
    ['reductionType', saved.reductionType],
    ['periodStart', saved.periodStart],
    ['periodEnd', end],
    ['weekDays', String(saved.weekDays)],
    ['paymentMode', saved.paymentMode],
    ...saved.directPaymentGrounds.map((g): [string, string] => ['directPaymentGrounds', g]),
  ];
  return (
    <form action={saveCausePeriodFormAction as unknown as (data: FormData) => Promise<void>}>
      {fields.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <Button variant="secondary">{t('trimButton', { end: formatDay(end) })}</Button>
    </form>
  );
}
