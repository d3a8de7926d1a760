'use client';
import { useActionState, useEffect, type ReactNode } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ErrorSummary } from '@/components/form/error-summary';
import { Checkboxes } from '@/components/form/checkboxes';
import { Select } from '@/components/form/select';
import { Textarea } from '@/components/form/textarea';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit, type FormErrors } from '@/components/form/use-form-errors';
import { Button, ButtonGroup } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import { reasonCodesFor, type ReasonUse } from '@/lib/review/reason-codes';
import type { ActionResult } from '@/lib/server/actions/define-action';

export type ResolutionChoice = { id: string; number: string; date: string; subject: string };
type DecisionResult = { requestId: string; status: string; version: number };
export type DecisionAction = (previous: ActionResult<DecisionResult> | null | undefined, formData: FormData) => Promise<ActionResult<DecisionResult>>;

/**
 * The frame every decision form shares: react-hook-form with the action's own zod schema, the
 * error summary, the hidden request id and version (optimistic concurrency), the submit button,
 * and on success the way back to the request page (a link when JavaScript is off).
 */
export function DecisionForm<T extends FieldValues>({
  schema,
  action,
  defaultValues,
  requestId,
  version,
  submitLabel,
  variant = 'primary',
  formErrorField,
  children,
}: {
  schema: z.ZodType<T, FieldValues>;
  action: DecisionAction;
  defaultValues: T;
  requestId: string;
  version: number;
  submitLabel: string;
  variant?: 'primary' | 'warning';
  formErrorField?: string;
  children: (form: UseFormReturn<T>, errors: FormErrors) => ReactNode;
}) {
  const t = useTranslations('review');
  const locale = useLocale();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  const form = useForm<T>({ ...FORM_OPTIONS, resolver: localizedZodResolver(schema, locale), defaultValues: defaultValues as never });
  const server = state?.status === 'error' ? state : null;
  const errors = useFormErrors(form, server, { formErrorField });
  const onSubmit = useValidatedSubmit(form, formAction);
  const done = state?.status === 'success' ? state.data : null;

  useEffect(() => {
    if (done) router.push(`/comitato/domande/${requestId}?esito=${done.status}`);
  }, [done, requestId, router]);

  if (done) {
    return (
      <NotificationBanner type="success" title={t('request.done.title')}>
        <Link href={`/comitato/domande/${requestId}?esito=${done.status}`}>{t('decision.backToRequest')}</Link>
      </NotificationBanner>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="ritorno" value="1" />
      {children(form, errors)}
      <ButtonGroup>
        <Button variant={variant} disabled={pending}>
          {submitLabel}
        </Button>
        <Link href={`/comitato/domande/${requestId}`}>{t('decision.backToRequest')}</Link>
      </ButtonGroup>
    </form>
  );
}

/** The resolution the decision cites, from the register (or how to add one when it is empty). */
export function ResolutionField({ resolutions, error, register, optional, hint }: { resolutions: ResolutionChoice[]; error?: string; register: ReturnType<UseFormReturn['register']>; optional?: boolean; hint?: string }) {
  const t = useTranslations('review.decision');
  return (
    <>
      <Select
        label={optional ? t('resolutionOptional') : t('resolution')}
        optional={optional}
        hint={hint ?? t('resolutionHint')}
        placeholder={t('choose')}
        error={error}
        options={resolutions.map((r) => ({ value: r.id, label: `n. ${r.number} del ${r.date} – ${r.subject}`.slice(0, 140) }))}
        {...register}
      />
      {resolutions.length === 0 ? (
        <p className="mb-6">
          {t('noResolutions')} <Link href="/comitato/delibere/nuova">{t('addResolution')}</Link>
        </p>
      ) : null}
    </>
  );
}

/** The reason codes valid for a decision, each with the rule it cites as hint. */
export function ReasonField({ use, legend, error, register }: { use: ReasonUse; legend: string; error?: string; register: ReturnType<UseFormReturn['register']> }) {
  const t = useTranslations('review.decision');
  const locale = useLocale();
  return (
    <Checkboxes
      legend={legend}
      error={error}
      options={reasonCodesFor(use).map((r) => ({
        value: r.code,
        label: locale === 'en' ? r.label.en : r.label.it,
        hint: t('reasonCitation', { citation: r.citation.label, digest: r.digest }),
      }))}
      {...register}
    />
  );
}

/** The note for the employer (optional). */
export function NoteField({ error, register }: { error?: string; register: ReturnType<UseFormReturn['register']> }) {
  const t = useTranslations('review.decision');
  return <Textarea label={t('note')} hint={t('noteHint')} optional rows={4} error={error} {...register} />;
}
