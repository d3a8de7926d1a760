'use client';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { useLocale } from 'next-intl';
import type { z } from 'zod';
import type { ErrorSummaryItem } from '@/components/form/error-summary';
import { fieldId } from '@/components/form/ids';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import type { WizardFormAction, WizardFormState } from '@/lib/requests/wizard';
import type { LocalizedErrors } from '@/lib/schemas/errors';

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

/** The step's zod schema (the one its server action parses), imported on demand: `() => import('@/lib/schemas/…').then((m) => m.…)`. */
export type SchemaLoader = () => Promise<z.ZodType>;

/** The browser's answer to one submit; `attempt` changes on every invalid submit so the summary takes focus again. */
type BrowserErrors = LocalizedErrors & { attempt: number };

/**
 * A wizard step's form state. The step's zod schema is checked twice, as style.md §6 asks: in the
 * browser on submit (JavaScript on), then in the server action (always: the only check without
 * JavaScript, and the one that counts). The browser's check is loaded on the first submit
 * (`loadSchema` and lib/forms/browser-validation.ts are dynamic imports), so zod stays out of the
 * wizard's first-load JavaScript. Both checks give the same errors for the summary and the fields
 * (identical texts, GOV.UK). `initial` builds the answers from what was posted (after a server
 * error) or what is saved; after a browser error the fields keep what was typed (nothing remounts).
 */
export function useWizardForm<T>(action: WizardFormAction, initial: (posted: Record<string, unknown> | undefined) => T, loadSchema: SchemaLoader) {
  const [state, formAction, pending] = useActionState<WizardFormState, FormData>(action, null);
  const [browserErrors, setBrowserErrors] = useState<BrowserErrors | null>(null);
  const [checking, setChecking] = useState(false);
  const locale = useLocale();
  const values = initial(state?.values);
  const shown = browserErrors ?? state;
  const fieldErrors = shown?.fieldErrors ?? {};
  const errorFor = (name: string) => fieldErrors[name]?.[0];
  const firstField = Object.keys(fieldErrors)[0];
  const summary: ErrorSummaryItem[] = [
    ...(shown?.formErrors ?? []).map((t) => ({ text: t, href: firstField ? `#${fieldId(firstField)}` : '#' })),
    ...Object.entries(fieldErrors).flatMap(([name, messages]) => (messages[0] ? [{ text: messages[0], href: `#${fieldId(name)}` }] : [])),
  ];
  const focusKey = browserErrors ? `browser-${browserErrors.attempt}` : state ? JSON.stringify(state.values) : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // React does not run the form's action when onSubmit prevents the default; it is dispatched
    // below once the browser's check passes. The submitter keeps the clicked button's `intent`.
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    setChecking(true);
    void check(data).then(
      (errors) => {
        setChecking(false);
        if (errors) return setBrowserErrors((previous) => ({ ...errors, attempt: (previous?.attempt ?? 0) + 1 }));
        setBrowserErrors(null);
        startTransition(() => formAction(data));
      },
      // The check could not be loaded (offline, a new deployment): post, the server validates anyway.
      () => {
        setChecking(false);
        startTransition(() => formAction(data));
      },
    );
  }

  async function check(data: FormData): Promise<LocalizedErrors | null> {
    const [{ validateFormData }, schema] = await Promise.all([import('@/lib/forms/browser-validation'), loadSchema()]);
    return validateFormData(schema, data, isLocale(locale) ? locale : defaultLocale);
  }

  return { values, formAction, onSubmit, pending: pending || checking, errors: { fieldErrors, formErrors: shown?.formErrors ?? [] }, errorFor, summary, focusKey };
}
