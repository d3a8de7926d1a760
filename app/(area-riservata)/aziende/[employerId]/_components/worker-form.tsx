'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { ErrorSummary } from '@/components/form/error-summary';
import { MoneyInput } from '@/components/form/money-input';
import { Radios } from '@/components/form/radios';
import { Select } from '@/components/form/select';
import { TextInput } from '@/components/form/text-input';
import { useActionForm } from '@/components/form/use-action-form';
import { Button, ButtonGroup } from '@/components/ui/button';
import { APPRENTICE_TYPES, CONTRACT_TYPES, PAY_BASES, WORKER_CATEGORIES } from '@/lib/rules/types';
import type { Parts, WorkerValues } from './worker-values';
import { workerSchema } from '@/lib/schemas/workers';
import { createWorkerAction, updateWorkerAction } from '@/lib/server/actions/workforce';

/**
 * A worker (design.md journey step 5): what eligibility (digest F-1…F-4) and the allowance (C-2,
 * C-3) need. Fields that only apply sometimes (apprenticeship type, end date, the pay of the other
 * basis) stay visible with a hint saying when, so the page works the same without JavaScript.
 */
export function WorkerForm({ employerId, workerId, defaults, units, cancelHref }: { employerId: string; workerId?: string; defaults: WorkerValues; units: Array<{ value: string; label: string }>; cancelHref: string }) {
  const t = useTranslations('company.workerForm');
  const tl = useTranslations('labels');
  const f = useActionForm(workerId ? updateWorkerAction : createWorkerAction, workerSchema, defaults);
  const date = (name: 'hireDate' | 'endDate') => (part: keyof Parts) => f.form.register(`${name}.${part}`);
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary items={f.summary} focusKey={f.focusKey} />
      <input type="hidden" name="ritorno" value="1" />
      <input type="hidden" name="employerId" value={employerId} />
      {workerId ? <input type="hidden" name="workerId" value={workerId} /> : null}
      <TextInput {...f.form.register('codiceFiscale')} label={t('codiceFiscale')} hint={t('codiceFiscaleHint')} width={20} spellCheck={false} autoComplete="off" defaultValue={f.initial.codiceFiscale} error={f.errorFor('codiceFiscale')} />
      <TextInput {...f.form.register('lastName')} label={t('lastName')} width={30} autoComplete="off" defaultValue={f.initial.lastName} error={f.errorFor('lastName')} />
      <TextInput {...f.form.register('firstName')} label={t('firstName')} width={30} autoComplete="off" defaultValue={f.initial.firstName} error={f.errorFor('firstName')} />
      <Select {...f.form.register('productionUnitId')} label={t('unit')} placeholder={t('choose')} options={units} defaultValue={f.initial.productionUnitId} error={f.errorFor('productionUnitId')} />
      <Radios
        {...f.form.register('category')}
        legend={t('category')}
        options={WORKER_CATEGORIES.map((value) => ({ value, label: tl(`category.${value}`) }))}
        defaultValue={f.initial.category}
        error={f.errorFor('category')}
      />
      <Select
        {...f.form.register('apprenticeType')}
        label={t('apprenticeType')}
        hint={t('apprenticeTypeHint')}
        placeholder={t('notApprentice')}
        options={APPRENTICE_TYPES.map((value) => ({ value, label: tl(`apprenticeType.${value}`) }))}
        defaultValue={f.initial.apprenticeType}
        error={f.errorFor('apprenticeType')}
      />
      <Radios
        {...f.form.register('contractType')}
        legend={t('contractType')}
        options={CONTRACT_TYPES.map((value) => ({ value, label: tl(`contractType.${value}`) }))}
        defaultValue={f.initial.contractType}
        error={f.errorFor('contractType')}
      />
      <DateInput name="hireDate" legend={t('hireDate')} hint={t('dateHint')} defaultValue={f.initial.hireDate} partProps={date('hireDate')} error={f.errorFor('hireDate')} />
      <DateInput name="endDate" legend={t('endDate')} hint={t('endDateHint')} defaultValue={f.initial.endDate} partProps={date('endDate')} error={f.errorFor('endDate')} />
      <TextInput {...f.form.register('effectiveDaysAtUnit')} label={t('effectiveDays')} hint={t('effectiveDaysHint')} inputMode="numeric" width={5} defaultValue={f.initial.effectiveDaysAtUnit} error={f.errorFor('effectiveDaysAtUnit')} />
      <TextInput {...f.form.register('weeklyHours')} label={t('weeklyHours')} hint={t('weeklyHoursHint')} inputMode="decimal" width={4} suffix={t('hours')} defaultValue={f.initial.weeklyHours} error={f.errorFor('weeklyHours')} />
      <Radios
        {...f.form.register('payBasis')}
        legend={t('payBasis')}
        hint={t('payBasisHint')}
        options={PAY_BASES.map((value) => ({ value, label: tl(`payBasis.${value}`) }))}
        inline
        defaultValue={f.initial.payBasis}
        error={f.errorFor('payBasis')}
      />
      <MoneyInput {...f.form.register('monthlyGlobalPay')} label={t('monthlyPay')} hint={t('monthlyPayHint')} defaultValue={f.initial.monthlyGlobalPay} error={f.errorFor('monthlyGlobalPay')} />
      <MoneyInput {...f.form.register('hourlyGlobalPay')} label={t('hourlyPay')} hint={t('hourlyPayHint')} defaultValue={f.initial.hourlyGlobalPay} error={f.errorFor('hourlyGlobalPay')} />
      <Radios
        {...f.form.register('householdWithoutChildren')}
        legend={t('household')}
        hint={t('householdHint')}
        options={[
          { value: 'yes', label: tl('yes') },
          { value: 'no', label: tl('no') },
        ]}
        inline
        defaultValue={f.initial.householdWithoutChildren}
        error={f.errorFor('householdWithoutChildren')}
      />
      <ButtonGroup>
        <Button disabled={f.pending}>{workerId ? t('save') : t('add')}</Button>
        <Link href={cancelHref}>{t('cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
