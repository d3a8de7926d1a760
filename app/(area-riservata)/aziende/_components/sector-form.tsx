'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { ErrorSummary } from '@/components/form/error-summary';
import { Radios } from '@/components/form/radios';
import { TextInput } from '@/components/form/text-input';
import { useActionForm } from '@/components/form/use-action-form';
import { Button, ButtonGroup } from '@/components/ui/button';
import { BILATERAL_FUND_COVERS } from '@/lib/rules/types';
import { companySectorSchema } from '@/lib/schemas/company';
import { type SectorValues } from './sector-values';
import { updateCompanySectorAction } from '@/lib/server/actions/company';

/**
 * The sector and the instruments that may cover the company instead of the Fund (digest A-2…A-5):
 * ATECO code, CIGO and CIGS scope, bilateral fund and, for those coming from one, the opt-in date.
 */
export function SectorForm({ employerId, defaults, cancelHref }: { employerId: string; defaults: SectorValues; cancelHref: string }) {
  const t = useTranslations('company.sector');
  const tl = useTranslations('labels');
  const f = useActionForm(updateCompanySectorAction, companySectorSchema, defaults);
  const yesNoOptions = [
    { value: 'yes', label: tl('yes') },
    { value: 'no', label: tl('no') },
  ];
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary items={f.summary} focusKey={f.focusKey} />
      <input type="hidden" name="ritorno" value="1" />
      <input type="hidden" name="employerId" value={employerId} />
      <TextInput {...f.form.register('atecoCode')} label={t('atecoCode')} hint={t('atecoCodeHint')} width={10} spellCheck={false} autoComplete="off" defaultValue={f.initial.atecoCode} error={f.errorFor('atecoCode')} />
      <TextInput {...f.form.register('sectorDescription')} label={t('sectorDescription')} hint={t('sectorDescriptionHint')} defaultValue={f.initial.sectorDescription} error={f.errorFor('sectorDescription')} />
      <Radios {...f.form.register('inCigoScope')} legend={t('inCigoScope')} hint={t('inCigoScopeHint')} options={yesNoOptions} inline defaultValue={f.initial.inCigoScope} error={f.errorFor('inCigoScope')} />
      <Radios {...f.form.register('inCigsScope')} legend={t('inCigsScope')} hint={t('inCigsScopeHint')} options={yesNoOptions} inline defaultValue={f.initial.inCigsScope} error={f.errorFor('inCigsScope')} />
      <Radios
        {...f.form.register('bilateralFund')}
        legend={t('bilateralFund')}
        hint={t('bilateralFundHint')}
        options={BILATERAL_FUND_COVERS.map((value) => ({ value, label: tl(`bilateralFund.${value}`) }))}
        defaultValue={f.initial.bilateralFund}
        error={f.errorFor('bilateralFund')}
      />
      <DateInput
        name="optInDate"
        legend={t('optInDate')}
        hint={t('optInDateHint')}
        defaultValue={f.initial.optInDate}
        partProps={(part) => f.form.register(`optInDate.${part}`)}
        error={f.errorFor('optInDate')}
      />
      <ButtonGroup>
        <Button disabled={f.pending}>{t('save')}</Button>
        <Link href={cancelHref}>{t('cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
