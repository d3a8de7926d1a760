'use client';
import { useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { ErrorSummary } from '@/components/form/error-summary';
import { Select } from '@/components/form/select';
import { TextInput } from '@/components/form/text-input';
import { useActionForm } from '@/components/form/use-action-form';
import { Button } from '@/components/ui/button';
import { CAUSES } from '@/lib/rules/types';
import { historyEntrySchema } from '@/lib/schemas/history';
import { addHistoryAction } from '@/lib/server/actions/workforce';

type Parts = { day: string; month: string; year: string };
const empty: Parts = { day: '', month: '', year: '' };

/**
 * A period of allowance used before this service (digest D-6, J-11): unit, cause, first and last
 * day, weeks counted. COVID-19 periods are kept but neutralised (D-8) by the server.
 */
export function HistoryForm({ employerId, units }: { employerId: string; units: Array<{ value: string; label: string }> }) {
  const t = useTranslations('company.history');
  const tl = useTranslations('labels');
  const f = useActionForm(addHistoryAction, historyEntrySchema, { productionUnitId: units.length === 1 ? units[0]!.value : '', cause: '', periodStart: empty, periodEnd: empty, weeks: '' });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary items={f.summary} focusKey={f.focusKey} />
      <input type="hidden" name="ritorno" value="1" />
      <input type="hidden" name="employerId" value={employerId} />
      <Select {...f.form.register('productionUnitId')} label={t('unit')} placeholder={t('chooseUnit')} options={units} defaultValue={f.initial.productionUnitId} error={f.errorFor('productionUnitId')} />
      <Select
        {...f.form.register('cause')}
        label={t('cause')}
        hint={t('causeHint')}
        placeholder={t('chooseCause')}
        options={CAUSES.map((value) => ({ value, label: tl(`cause.${value}`) }))}
        defaultValue={f.initial.cause}
        error={f.errorFor('cause')}
      />
      <DateInput name="periodStart" legend={t('periodStart')} hint={t('dateHint')} defaultValue={f.initial.periodStart} partProps={(part) => f.form.register(`periodStart.${part}`)} error={f.errorFor('periodStart')} />
      <DateInput name="periodEnd" legend={t('periodEnd')} hint={t('dateHint')} defaultValue={f.initial.periodEnd} partProps={(part) => f.form.register(`periodEnd.${part}`)} error={f.errorFor('periodEnd')} />
      <TextInput {...f.form.register('weeks')} label={t('weeks')} hint={t('weeksHint')} inputMode="decimal" width={5} defaultValue={f.initial.weeks} error={f.errorFor('weeks')} />
      <Button disabled={f.pending}>{t('add')}</Button>
    </form>
  );
}
