'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextInput } from '@/components/form/text-input';
import { useActionForm } from '@/components/form/use-action-form';
import { Button, ButtonGroup } from '@/components/ui/button';
import { companyIdentitySchema } from '@/lib/schemas/company';
import { type IdentityValues } from './identity-values';
import { createCompanyAction, updateCompanyIdentityAction } from '@/lib/server/actions/company';

/**
 * Who the company is (design.md journey step 1): name, tax codes with their checksums, INPS
 * matricola, start of activity. Registers a new company (then the sector page) or, with
 * `employerId`, corrects an existing one (then back to the company page).
 */
export function IdentityForm({ employerId, defaults, cancelHref }: { employerId?: string; defaults: IdentityValues; cancelHref: string }) {
  const t = useTranslations('company.identity');
  const f = useActionForm(employerId ? updateCompanyIdentityAction : createCompanyAction, companyIdentitySchema, defaults);
  const dateProps = (part: 'day' | 'month' | 'year') => f.form.register(`activityStartDate.${part}`);
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary items={f.summary} focusKey={f.focusKey} />
      <input type="hidden" name="ritorno" value="1" />
      {employerId ? <input type="hidden" name="employerId" value={employerId} /> : null}
      <TextInput {...f.form.register('legalName')} label={t('legalName')} hint={t('legalNameHint')} autoComplete="organization" defaultValue={f.initial.legalName} error={f.errorFor('legalName')} />
      <TextInput
        {...f.form.register('codiceFiscale')}
        label={t('codiceFiscale')}
        hint={t('codiceFiscaleHint')}
        width={20}
        spellCheck={false}
        autoComplete="off"
        defaultValue={f.initial.codiceFiscale}
        error={f.errorFor('codiceFiscale')}
      />
      <TextInput
        {...f.form.register('partitaIva')}
        label={t('partitaIva')}
        hint={t('partitaIvaHint')}
        optional
        width={20}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        defaultValue={f.initial.partitaIva}
        error={f.errorFor('partitaIva')}
      />
      <TextInput
        {...f.form.register('matricolaInps')}
        label={t('matricolaInps')}
        hint={t('matricolaInpsHint')}
        width={10}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        defaultValue={f.initial.matricolaInps}
        error={f.errorFor('matricolaInps')}
      />
      <DateInput name="activityStartDate" legend={t('activityStartDate')} hint={t('activityStartDateHint')} defaultValue={f.initial.activityStartDate} partProps={dateProps} error={f.errorFor('activityStartDate')} />
      <ButtonGroup>
        <Button disabled={f.pending}>{employerId ? t('save') : t('continue')}</Button>
        <Link href={cancelHref}>{t('cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
