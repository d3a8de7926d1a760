'use client';
import { startTransition, useActionState, useCallback, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useLocale } from 'next-intl';
import type { z } from 'zod';
import { FORM_OPTIONS, useFormErrors } from '@/components/form/use-form-errors';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import type { Locale } from '@/lib/i18n/config';
import type { WizardFormAction, WizardFormState } from '@/lib/requests/wizard';

/**
 * onSubmit for a wizard step: react-hook-form validates with the step's zod schema first; when
 * valid, the form's own FormData goes to the action — with the button that was pressed
 * ("Salva e continua" or "Salva come bozza", `name="intent"`), exactly what a no-JavaScript post
 * sends. (useValidatedSubmit of components/form leaves the submitter out.)
 */
export function useWizardSubmit<T extends FieldValues>(form: UseFormReturn<T>, formAction: (data: FormData) => void) {
  return useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const element = event.currentTarget;
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      void form.handleSubmit(() => {
        startTransition(() => formAction(new FormData(element, submitter)));
      })(event);
    },
    [form, formAction],
  );
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
export type Parts = { day: string; month: string; year: string };

/** A posted value as text (no-JS re-render), or '' when absent. */
export const postedText = text;

/** Date parts from a posted object or an ISO date. */
export function postedParts(v: unknown): Parts {
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : { day: '', month: '', year: '' };
  }
  const p = (v && typeof v === 'object' ? v : {}) as Partial<Record<keyof Parts, unknown>>;
  return { day: text(p.day), month: text(p.month), year: text(p.year) };
}

/**
 * Everything a wizard step's form needs: the action's state (useActionState), react-hook-form with
 * the step's zod schema (the action's own), the errors for the summary and the fields, and the
 * submit handler. `initial` builds the answers from what was posted (no-JS re-render) or saved.
 */
export function useWizardForm<T extends FieldValues>(schema: z.ZodType, action: WizardFormAction, initial: (posted: Record<string, unknown> | undefined) => T) {
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState<WizardFormState, FormData>(action, null);
  const values = initial(state?.values);
  const form = useForm<T>({
    ...FORM_OPTIONS,
    resolver: localizedZodResolver(schema as never, locale) as unknown as Resolver<T>,
    defaultValues: values as DefaultValues<T>,
  });
  const errors = useFormErrors(form, state);
  const onSubmit = useWizardSubmit(form, formAction);
  return { form, values, formAction, pending, onSubmit, ...errors };
}
