'use client';
import { useActionState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useLocale } from 'next-intl';
import type { z } from 'zod';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import { refillValues } from '@/lib/forms/refill-values';
import type { Locale } from '@/lib/i18n/config';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from './use-form-errors';

/** The part of a `defineAction` result this hook reads (the action's `values` refill the boxes). */
type Failure = { status: 'error'; fieldErrors: Record<string, string[]>; formErrors: string[]; values?: Record<string, unknown> };
type ActionState = { status: 'success'; data: unknown } | Failure | null;
/** Any defineAction action (they all take `(previous, formData)`); the hook only reads the failure part. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormAction = (previous: any, formData: FormData) => Promise<ActionState>;

/**
 * A GOV.UK form bound to a server action (defineAction): react-hook-form validates on submit with
 * the page's zod schema, then the form's own FormData goes to the action — the very post a browser
 * without JavaScript sends. Errors from either side fill the summary and the inline messages.
 *
 * ```tsx
 * const f = useActionForm(createUnitAction, unitSchema, { name: '', comuneCode: '' });
 * <form action={f.formAction} onSubmit={f.onSubmit} noValidate>
 *   <ErrorSummary items={f.summary} focusKey={f.focusKey} />
 *   <TextInput {...f.form.register('name')} defaultValue={f.initial.name} error={f.errorFor('name')} label="…" />
 * ```
 */
export function useActionForm<V extends FieldValues>(
  action: FormAction,
  schema: z.ZodType<unknown, FieldValues>,
  defaults: V,
  options: { formErrorField?: string } = {},
) {
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const failed: Failure | null = state?.status === 'error' ? state : null;
  const initial = failed?.values ? refillValues(defaults, failed.values) : defaults;
  const form = useForm<V>({ ...FORM_OPTIONS, resolver: localizedZodResolver(schema as never, locale), defaultValues: initial as DefaultValues<V> });
  const errors = useFormErrors(form, failed, options);
  const onSubmit = useValidatedSubmit(form, formAction);
  return { form, initial, state, formAction, pending, onSubmit, ...errors };
}
