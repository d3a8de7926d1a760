'use client';
import { startTransition, useCallback, useState, type FormEvent } from 'react';
import type { FieldErrors, FieldValues, UseFormProps, UseFormReturn } from 'react-hook-form';
import type { ErrorSummaryItem } from './error-summary';
import { fieldId } from './ids';

/**
 * The options every form uses (GOV.UK): validate when the user submits, not while typing;
 * do not focus the first field on error, because the error summary takes focus instead.
 */
export const FORM_OPTIONS = { mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false } as const satisfies Partial<UseFormProps>;

/** Errors from the server: the `{ fieldErrors, formErrors }` of an action's error result. */
export type ServerErrors = { fieldErrors?: Record<string, string[]>; formErrors?: string[] } | null | undefined;

/** react-hook-form's nested errors as `[path, message]` pairs, in form order. */
export function flattenFieldErrors(errors: FieldErrors | Record<string, unknown>, prefix = ''): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const path = key === 'root' ? prefix : prefix ? `${prefix}.${key}` : key;
    const node = value as { type?: unknown; message?: unknown };
    if (typeof node.type === 'string') {
      if (typeof node.message === 'string' && node.message) out.push([path, node.message]);
      continue;
    }
    out.push(...flattenFieldErrors(value as Record<string, unknown>, path));
  }
  return out;
}

export type FormErrors = {
  /** The error to show under a field: the browser's check first, else the server's. */
  errorFor: (name: string) => string | undefined;
  /** Items for `<ErrorSummary>`: form-level errors first, then each field's, linking to it. */
  summary: ErrorSummaryItem[];
  /** Pass to `<ErrorSummary focusKey>` so the summary takes focus after every submit. */
  focusKey: string;
};

/**
 * Puts client (zod via react-hook-form) and server (`defineAction`'s `{ fieldErrors, formErrors }`)
 * errors together, so the summary and the inline messages always say the same thing.
 * Server errors count until the next submit. Works on the first render too, so a page re-rendered
 * after a no-JavaScript post shows them.
 *
 * ```tsx
 * const form = useForm({ ...FORM_OPTIONS, resolver: localizedZodResolver(schema, locale) });
 * const { errorFor, summary, focusKey } = useFormErrors(form, state, { formErrorField: 'email' });
 * <ErrorSummary items={summary} focusKey={focusKey} />
 * <TextInput label="…" {...form.register('email')} error={errorFor('email')} />
 * ```
 * @param formErrorField the field that form-level errors link to (default: the first field in error, else none)
 */
export function useFormErrors<T extends FieldValues>(form: UseFormReturn<T>, server: ServerErrors, options: { formErrorField?: string } = {}): FormErrors {
  const { errors, submitCount } = form.formState;
  // Remember on which submit the server answered: a newer submit hides that answer.
  const [answered, setAnswered] = useState({ server, submitCount });
  if (answered.server !== server) setAnswered({ server, submitCount });
  const current = server && answered.submitCount === submitCount ? server : null;

  const fieldEntries = new Map(flattenFieldErrors(errors));
  for (const [name, messages] of Object.entries(current?.fieldErrors ?? {})) {
    if (!fieldEntries.has(name) && messages[0]) fieldEntries.set(name, messages[0]);
  }
  const formTarget = options.formErrorField ?? [...fieldEntries.keys()][0];
  const summary: ErrorSummaryItem[] = [
    ...(current?.formErrors ?? []).map((text) => ({ text, href: formTarget ? `#${fieldId(formTarget)}` : '#' })),
    ...[...fieldEntries].map(([name, text]) => ({ text, href: `#${fieldId(name)}` })),
  ];
  return {
    errorFor: (name) => fieldEntries.get(name),
    summary,
    focusKey: `${submitCount}:${current ? 'server' : 'client'}`,
  };
}

/**
 * onSubmit for `<form action={formAction} noValidate>`: react-hook-form validates first; when
 * valid, the form's own FormData goes to the action, exactly what a no-JavaScript post sends.
 */
export function useValidatedSubmit<T extends FieldValues>(form: UseFormReturn<T>, formAction: (data: FormData) => void) {
  return useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const element = event.currentTarget;
      void form.handleSubmit(() => {
        startTransition(() => formAction(new FormData(element)));
      })(event);
    },
    [form, formAction],
  );
}
