'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/form/error-summary';
import { Select } from '@/components/form/select';
import { TextInput } from '@/components/form/text-input';
import { useActionForm } from '@/components/form/use-action-form';
import { Button, ButtonGroup } from '@/components/ui/button';
import { unitSchema } from '@/lib/schemas/units';
import { createUnitAction, updateUnitAction } from '@/lib/server/actions/company';

export type UnitValues = { name: string; address: string; provinceCode: string; comuneCode: string };

/**
 * A production unit: name, address and the comune, chosen from the ANPR list of the province
 * picked above the form (a plain select: works without JavaScript). The province is sent along
 * and checked with the comune on the server.
 */
export function UnitForm({
  employerId,
  unitId,
  defaults,
  comuni,
  cancelHref,
}: {
  employerId: string;
  unitId?: string;
  defaults: UnitValues;
  comuni: Array<{ value: string; label: string }>;
  cancelHref: string;
}) {
  const t = useTranslations('company.units');
  const f = useActionForm(unitId ? updateUnitAction : createUnitAction, unitSchema, defaults, { formErrorField: 'comuneCode' });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary items={f.summary} focusKey={f.focusKey} />
      <input type="hidden" name="ritorno" value="1" />
      <input type="hidden" name="employerId" value={employerId} />
      {unitId ? <input type="hidden" name="unitId" value={unitId} /> : null}
      <input type="hidden" {...f.form.register('provinceCode')} defaultValue={defaults.provinceCode} />
      <TextInput {...f.form.register('name')} label={t('name')} hint={t('nameHint')} defaultValue={f.initial.name} error={f.errorFor('name')} />
      <TextInput {...f.form.register('address')} label={t('address')} optional autoComplete="street-address" defaultValue={f.initial.address} error={f.errorFor('address')} />
      <Select
        {...f.form.register('comuneCode')}
        label={t('comune', { province: defaults.provinceCode })}
        hint={t('comuneHint')}
        placeholder={t('comunePlaceholder')}
        options={comuni}
        defaultValue={f.initial.comuneCode}
        error={f.errorFor('comuneCode') ?? f.errorFor('provinceCode')}
      />
      <ButtonGroup>
        <Button disabled={f.pending}>{unitId ? t('save') : t('add')}</Button>
        <Link href={cancelHref}>{t('cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
