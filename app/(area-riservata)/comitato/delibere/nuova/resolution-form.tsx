'use client';
import { useActionState, useEffect } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { ErrorSummary } from '@/components/form/error-summary';
import { Select } from '@/components/form/select';
import { Textarea } from '@/components/form/textarea';
import { TextInput } from '@/components/form/text-input';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button, ButtonGroup } from '@/components/ui/button';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import { COMMITTEE_PARAMETER_KEYS } from '@/lib/rules/parameters/committee';
import { createResolutionSchema, type CreateResolutionInput } from '@/lib/schemas/review';
import { createResolutionAction } from '@/lib/server/actions/review';

/** The form's values: the schema's input with the optional date as its three boxes. */
type ResolutionValues = Omit<CreateResolutionInput, 'effectiveFrom'> & { effectiveFrom: { day: string; month: string; year: string } };

export function ResolutionForm() {
  const t = useTranslations('review.resolutions');
  const locale = useLocale();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(createResolutionAction, null);
  const form = useForm<ResolutionValues>({
    ...FORM_OPTIONS,
    resolver: localizedZodResolver(createResolutionSchema as never, locale),
    defaultValues: { number: '', date: { day: '', month: '', year: '' }, subject: '', parameterKey: '', parameterValue: '', effectiveFrom: { day: '', month: '', year: '' } },
  });
  const server = state?.status === 'error' ? state : null;
  const { errorFor, summary, focusKey } = useFormErrors(form, server, { formErrorField: 'number' });
  const onSubmit = useValidatedSubmit(form, formAction);
  const created = state?.status === 'success';

  useEffect(() => {
    if (created) router.push('/comitato/delibere?registrata=1');
  }, [created, router]);

  if (created) return <Link href="/comitato/delibere?registrata=1">{t('form.created')}</Link>;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary items={summary} focusKey={focusKey} />
      <TextInput label={t('form.number')} hint={t('form.numberHint')} width={10} error={errorFor('number')} {...form.register('number')} />
      <DateInput name="date" legend={t('form.date')} hint={t('form.dateHint')} error={errorFor('date')} partProps={(part) => form.register(`date.${part}`)} />
      <Textarea label={t('form.subject')} rows={3} error={errorFor('subject')} {...form.register('subject')} />
      <Select
        label={t('form.parameterKey')}
        hint={t('form.parameterKeyHint')}
        optional
        placeholder={t('form.none')}
        error={errorFor('parameterKey')}
        options={COMMITTEE_PARAMETER_KEYS.map((key) => ({ value: key, label: t(`parameters.${key}`) }))}
        {...form.register('parameterKey')}
      />
      <TextInput label={t('form.parameterValue')} hint={t('form.parameterValueHint')} optional inputMode="decimal" width={10} error={errorFor('parameterValue')} {...form.register('parameterValue')} />
      <DateInput name="effectiveFrom" legend={t('form.effectiveFrom')} hint={t('form.effectiveFromHint')} error={errorFor('effectiveFrom')} partProps={(part) => form.register(`effectiveFrom.${part}`)} />
      <ButtonGroup>
        <Button disabled={pending}>{t('form.submit')}</Button>
        <Link href="/comitato/delibere">{t('title')}</Link>
      </ButtonGroup>
    </form>
  );
}
