'use client';
import { useActionState, useEffect, useRef } from 'react';
import { useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { ErrorSummary } from '@/components/form/error-summary';
import { Radios } from '@/components/form/radios';
import { Select } from '@/components/form/select';
import { TextInput } from '@/components/form/text-input';
import { MoneyInput } from '@/components/form/money-input';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button, ButtonGroup } from '@/components/ui/button';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import type { Locale } from '@/lib/i18n/config';
import { BILATERAL_FUND_COVERS, REDUCTION_TYPES, WORKER_CATEGORIES } from '@/lib/rules/types';
import { dateParts } from '@/lib/schemas/fields';
import { emptyQuickWorker, QUICK_CAUSES, QUICK_MAX_WORKERS, quickSimulationSchema } from '@/lib/schemas/quick-simulation';
import { quickSimulationAction } from '@/lib/server/actions/simulator';
import { QuickResult } from './quick-result';

type Parts = { day: string; month: string; year: string };
type WorkerValues = ReturnType<typeof emptyQuickWorker>;
export type QuickFormValues = {
  inCigoScope: string;
  inCigsScope: string;
  bilateralFund: string;
  trentoHeads: string;
  otherHeads: string;
  averageEmployees: string;
  cause: string;
  reductionType: string;
  periodStart: Parts;
  periodEnd: Parts;
  applicationDate: Parts;
  weeksUsed: string;
  workers: WorkerValues[];
};

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const parts = (v: unknown): Parts => {
  const p = (v && typeof v === 'object' ? v : {}) as Partial<Parts>;
  return { day: text(p.day), month: text(p.month), year: text(p.year) };
};

/** The form's values from what was posted (no-JS round trip) or a fresh form. */
function formValues(posted: Record<string, unknown> | undefined, today: string, rows?: number): QuickFormValues {
  const v = posted ?? {};
  const postedWorkers = Array.isArray(v.workers) ? (v.workers as Array<Record<string, unknown>>) : [];
  const count = Math.min(Math.max(rows ?? postedWorkers.length, 1), QUICK_MAX_WORKERS);
  const workers = Array.from({ length: count }, (_, i) => {
    const w = postedWorkers[i] ?? {};
    const empty = emptyQuickWorker();
    return Object.fromEntries(Object.keys(empty).map((k) => [k, text(w[k])])) as WorkerValues;
  });
  const todayParts = dateParts(today);
  return {
    inCigoScope: text(v.inCigoScope),
    inCigsScope: text(v.inCigsScope),
    bilateralFund: text(v.bilateralFund),
    trentoHeads: text(v.trentoHeads),
    otherHeads: text(v.otherHeads),
    averageEmployees: text(v.averageEmployees),
    cause: text(v.cause),
    reductionType: text(v.reductionType),
    periodStart: parts(v.periodStart),
    periodEnd: parts(v.periodEnd),
    applicationDate: posted ? parts(v.applicationDate) : { day: todayParts.day ?? '', month: todayParts.month ?? '', year: todayParts.year ?? '' },
    weeksUsed: text(v.weeksUsed),
    workers,
  };
}

/**
 * The quick estimate (GOV.UK form: error summary and inline errors with the same text, validated on
 * submit with the same zod schema as the server action). Works without JavaScript: the action
 * answers with the errors or the result, and the worker rows are added and removed by posting.
 */
export function QuickSimulationForm({ today }: { today: string }) {
  const t = useTranslations('simulator');
  const tl = useTranslations('labels');
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState(quickSimulationAction, null);
  const initial = formValues(state?.values, today, state?.status === 'edit' ? state.workers : undefined);
  const form = useForm<QuickFormValues>({
    ...FORM_OPTIONS,
    resolver: localizedZodResolver(quickSimulationSchema as never, locale) as unknown as Resolver<QuickFormValues>,
    defaultValues: initial,
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'workers' });
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
  const dateProps = (name: 'periodStart' | 'periodEnd' | 'applicationDate') => (part: keyof Parts) => form.register(`${name}.${part}`);

  return (
    <>
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        {/* Enter in a box submits with the first submit button: make it "Calcola", not "Aggiungi". */}
        <button type="submit" className="hidden" tabIndex={-1} aria-hidden="true" />
        <ErrorSummary items={summary} focusKey={focusKey} />

        <h2 className="mb-4 text-3xl">{t('sections.company')}</h2>
        <Radios {...form.register('inCigoScope')} legend={t('inCigoScope.legend')} hint={t('inCigoScope.hint')} options={yesNo} inline defaultValue={initial.inCigoScope} error={errorFor('inCigoScope')} />
        <Radios
          {...form.register('bilateralFund')}
          legend={t('bilateralFund.legend')}
          options={BILATERAL_FUND_COVERS.map((value) => ({ value, label: tl(`bilateralFund.${value}`) }))}
          defaultValue={initial.bilateralFund}
          error={errorFor('bilateralFund')}
        />
        <Radios {...form.register('inCigsScope')} legend={t('inCigsScope.legend')} hint={t('inCigsScope.hint')} options={yesNo} inline defaultValue={initial.inCigsScope} error={errorFor('inCigsScope')} />

        <h2 className="mb-4 mt-10 text-3xl">{t('sections.workforce')}</h2>
        <TextInput {...form.register('trentoHeads')} label={t('trentoHeads.label')} hint={t('trentoHeads.hint')} inputMode="numeric" width={5} defaultValue={initial.trentoHeads} error={errorFor('trentoHeads')} />
        <TextInput {...form.register('otherHeads')} label={t('otherHeads.label')} hint={t('otherHeads.hint')} inputMode="numeric" width={5} defaultValue={initial.otherHeads} error={errorFor('otherHeads')} />
        <TextInput {...form.register('averageEmployees')} label={t('averageEmployees.label')} hint={t('averageEmployees.hint')} inputMode="decimal" width={5} defaultValue={initial.averageEmployees} error={errorFor('averageEmployees')} />

        <h2 className="mb-4 mt-10 text-3xl">{t('sections.causePeriod')}</h2>
        <Radios
          {...form.register('cause')}
          legend={t('cause.legend')}
          options={QUICK_CAUSES.map((value) => ({ value, label: tl(`cause.${value}`) }))}
          defaultValue={initial.cause}
          error={errorFor('cause')}
        />
        <Radios
          {...form.register('reductionType')}
          legend={t('reductionType.legend')}
          options={REDUCTION_TYPES.map((value) => ({ value, label: tl(`reductionType.${value}`) }))}
          defaultValue={initial.reductionType}
          error={errorFor('reductionType')}
        />
        <DateInput name="periodStart" legend={t('periodStart.legend')} hint={t('periodStart.hint')} defaultValue={initial.periodStart} partProps={dateProps('periodStart')} error={errorFor('periodStart')} />
        <DateInput name="periodEnd" legend={t('periodEnd.legend')} hint={t('periodEnd.hint')} defaultValue={initial.periodEnd} partProps={dateProps('periodEnd')} error={errorFor('periodEnd')} />
        <DateInput name="applicationDate" legend={t('applicationDate.legend')} hint={t('applicationDate.hint')} defaultValue={initial.applicationDate} partProps={dateProps('applicationDate')} error={errorFor('applicationDate')} />
        <TextInput {...form.register('weeksUsed')} label={t('weeksUsed.label')} hint={t('weeksUsed.hint')} optional inputMode="decimal" width={5} defaultValue={initial.weeksUsed} error={errorFor('weeksUsed')} />

        <h2 className="mb-4 mt-10 text-3xl">{t('sections.workers')}</h2>
        {fields.map((field, i) => {
          const name = (key: keyof WorkerValues) => `workers.${i}.${key}` as const;
          return (
            <fieldset key={field.id} className="mb-8 border-l-4 border-subtle pl-4">
              <legend className="mb-4 text-2xl font-bold">{t('worker.heading', { number: i + 1 })}</legend>
              <TextInput {...form.register(name('label'))} label={t('worker.label')} hint={t('worker.labelHint')} optional width={20} defaultValue={field.label} error={errorFor(name('label'))} />
              <Select
                {...form.register(name('category'))}
                label={t('worker.category')}
                placeholder={t('worker.choose')}
                options={WORKER_CATEGORIES.map((value) => ({ value, label: tl(`category.${value}`) }))}
                defaultValue={field.category}
                error={errorFor(name('category'))}
              />
              <TextInput {...form.register(name('effectiveDaysAtUnit'))} label={t('worker.effectiveDays')} hint={t('worker.effectiveDaysHint')} inputMode="numeric" width={5} defaultValue={field.effectiveDaysAtUnit} error={errorFor(name('effectiveDaysAtUnit'))} />
              <TextInput {...form.register(name('weeklyHours'))} label={t('worker.weeklyHours')} inputMode="decimal" width={4} suffix={t('worker.hours')} defaultValue={field.weeklyHours} error={errorFor(name('weeklyHours'))} />
              <MoneyInput {...form.register(name('monthlyGlobalPay'))} label={t('worker.monthlyPay')} hint={t('worker.monthlyPayHint')} defaultValue={field.monthlyGlobalPay} error={errorFor(name('monthlyGlobalPay'))} />
              <TextInput {...form.register(name('hoursLost'))} label={t('worker.hoursLost')} hint={t('worker.hoursLostHint')} inputMode="decimal" width={5} suffix={t('worker.hours')} defaultValue={field.hoursLost} error={errorFor(name('hoursLost'))} />
              {fields.length > 1 ? (
                <Button
                  variant="secondary"
                  name="intent"
                  value={`remove-worker:${i}`}
                  formNoValidate
                  onClick={(event) => {
                    event.preventDefault();
                    remove(i);
                  }}
                >
                  {t('worker.remove', { number: i + 1 })}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        {fields.length < QUICK_MAX_WORKERS ? (
          <Button
            variant="secondary"
            name="intent"
            value="add-worker"
            formNoValidate
            onClick={(event) => {
              event.preventDefault();
              append(emptyQuickWorker());
            }}
          >
            {t('worker.add')}
          </Button>
        ) : (
          <p className="text-muted">{t('worker.max')}</p>
        )}
        <ButtonGroup>
          <Button disabled={pending}>{pending ? t('submitting') : t('submit')}</Button>
        </ButtonGroup>
      </form>
      {state?.status === 'success' ? (
        <QuickResult result={state.result} timeline={state.timeline} labels={(state.values.workers as Array<{ label?: string }> | undefined)?.map((w) => w?.label ?? '') ?? []} headingRef={resultRef} />
      ) : null}
    </>
  );
}
