'use client';
import { useActionState, useEffect, useRef } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/form/error-summary';
import { MoneyInput } from '@/components/form/money-input';
import { Radios } from '@/components/form/radios';
import { Select } from '@/components/form/select';
import { TextInput } from '@/components/form/text-input';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { RuleTrace } from '@/components/rules/rule-trace';
import { formatEuro } from '@/components/rules/format';
import { Button, ButtonGroup } from '@/components/ui/button';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import type { Locale } from '@/lib/i18n/config';
import { LR5_EXCLUSIONS, LR5_KINDS, LR5_MONTHS, LR5_PROVINCES, lr5SimulationSchema } from '@/lib/schemas/lr5-simulation';
import { lr5SimulationAction } from '@/lib/server/actions/simulator';

const FIELDS = [
  'supportMonth',
  'province',
  'kind',
  'excludedStatus',
  'residenceProvince',
  'domicileProvince',
  'lastEmploymentProvince',
  'availableForOffers',
  'seniorityDaysWithLastEmployer',
  'agencyDaysLast12Months',
  'monthsInLast24',
  'consecutiveMonthsBeforeTermination',
  'singleClient',
  'monthlyIncome',
  'pensionFundMonths',
  'stateIndemnity',
  'regionalIndemnityComputed',
] as const;
type Lr5FormValues = Record<(typeof FIELDS)[number], string>;

const monthLabel = (key: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));

/** The L.R. 5/2009 check: requirements of art. 2–4 of the regulation and the 1,065.00 € ceiling. */
export function Lr5Form() {
  const t = useTranslations('simulator');
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState(lr5SimulationAction, null);
  const posted = (state?.values ?? {}) as Record<string, unknown>;
  const initial = Object.fromEntries(FIELDS.map((f) => [f, typeof posted[f] === 'string' ? posted[f] : ''])) as Lr5FormValues;
  const form = useForm<Lr5FormValues>({
    ...FORM_OPTIONS,
    resolver: localizedZodResolver(lr5SimulationSchema as never, locale) as unknown as Resolver<Lr5FormValues>,
    defaultValues: initial,
  });
  const server = state?.status === 'error' ? state : null;
  const { errorFor, summary, focusKey } = useFormErrors(form, server);
  const onSubmit = useValidatedSubmit(form, formAction);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state?.status === 'success') resultRef.current?.focus();
  }, [state]);
  const yesNo = [
    { value: 'yes', label: t('yes') },
    { value: 'no', label: t('no') },
  ];
  const provinces = LR5_PROVINCES.map((value) => ({ value, label: t(`lr5.provinces.${value}`) }));
  const field = (name: (typeof FIELDS)[number]) => ({ ...form.register(name), defaultValue: initial[name], error: errorFor(name) });
  const radio = (name: (typeof FIELDS)[number]) => ({ ...form.register(name), defaultValue: initial[name], error: errorFor(name) });

  return (
    <>
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <ErrorSummary items={summary} focusKey={focusKey} />
        <Select {...field('supportMonth')} label={t('lr5.supportMonth')} placeholder={t('worker.choose')} options={LR5_MONTHS.map((m) => ({ value: m, label: monthLabel(m, locale) }))} />
        <Radios {...radio('province')} legend={t('lr5.province')} inline options={(['TN', 'BZ'] as const).map((value) => ({ value, label: t(`lr5.provinces.${value}`) }))} />
        <Radios {...radio('kind')} legend={t('lr5.kind')} options={LR5_KINDS.map((value) => ({ value, label: t(`lr5.kinds.${value}`) }))} />
        <Radios {...radio('excludedStatus')} legend={t('lr5.excludedStatus')} options={(['NONE', ...LR5_EXCLUSIONS] as const).map((value) => ({ value, label: t(`lr5.exclusions.${value}`) }))} />
        <Select {...field('residenceProvince')} label={t('lr5.residenceProvince')} placeholder={t('worker.choose')} options={provinces} />
        <Select {...field('domicileProvince')} label={t('lr5.domicileProvince')} placeholder={t('worker.choose')} options={provinces} />
        <Select {...field('lastEmploymentProvince')} label={t('lr5.lastEmploymentProvince')} placeholder={t('worker.choose')} options={provinces} />
        <Radios {...radio('availableForOffers')} legend={t('lr5.availableForOffers')} inline options={yesNo} />

        <h2 className="mb-4 mt-10 text-2xl">{t('lr5.employeeSection')}</h2>
        <TextInput {...field('seniorityDaysWithLastEmployer')} label={t('lr5.seniorityDays')} inputMode="numeric" width={5} />
        <TextInput {...field('agencyDaysLast12Months')} label={t('lr5.agencyDays')} optional inputMode="numeric" width={5} />

        <h2 className="mb-4 mt-10 text-2xl">{t('lr5.collaboratorSection')}</h2>
        <TextInput {...field('monthsInLast24')} label={t('lr5.monthsInLast24')} inputMode="numeric" width={4} />
        <TextInput {...field('consecutiveMonthsBeforeTermination')} label={t('lr5.consecutiveMonths')} inputMode="numeric" width={4} />
        <Radios {...radio('singleClient')} legend={t('lr5.singleClient')} inline options={yesNo} />
        <MoneyInput {...field('monthlyIncome')} label={t('lr5.monthlyIncome')} />

        <h2 className="mb-4 mt-10 text-2xl">{t('lr5.amountsSection')}</h2>
        <TextInput {...field('pensionFundMonths')} label={t('lr5.pensionFundMonths')} optional inputMode="numeric" width={4} />
        <MoneyInput {...field('stateIndemnity')} label={t('lr5.stateIndemnity')} />
        <MoneyInput {...field('regionalIndemnityComputed')} label={t('lr5.regionalIndemnity')} />
        <ButtonGroup>
          <Button disabled={pending}>{t('lr5.submit')}</Button>
        </ButtonGroup>
      </form>
      {state?.status === 'success' ? (
        <section aria-labelledby="risultato-lr5" className="mt-12 max-w-3xl border-t-4 border-primary pt-8">
          <h2 id="risultato-lr5" ref={resultRef} tabIndex={-1} className="mb-4 text-3xl">
            {state.result.eligible ? t('lr5.eligible') : t('lr5.notEligible')}
          </h2>
          {state.result.eligible ? (
            <>
              <p className="mb-2">{t('lr5.paid', { regional: formatEuro(state.result.regionalPaid, locale), total: formatEuro(state.result.total, locale) })}</p>
              <p className="mb-4">{t('lr5.pension', { answer: state.result.pensionContribution ? t('yes') : t('no') })}</p>
            </>
          ) : (
            <ul className="mb-4 list-disc space-y-1 pl-6">
              {state.result.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <RuleTrace steps={state.result.trace} problemsFirst open />
        </section>
      ) : null}
    </>
  );
}
