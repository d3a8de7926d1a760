'use client';
import { useActionState } from 'react';
import type { ErrorSummaryItem } from '@/components/form/error-summary';
import { fieldId } from '@/components/form/ids';
import type { WizardFormAction, WizardFormState } from '@/lib/requests/wizard';

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
 * A wizard step's form state. The step's zod schema runs in the server action only (the same
 * schema, one place): the wizard's pages stay well under the first-load JavaScript target, and
 * with or without JavaScript the answer is the same — the errors for the summary and the fields
 * (identical texts, GOV.UK), and the answers as posted. `initial` builds the answers from what
 * was posted (after an error) or what is saved.
 */
export function useWizardForm<T>(action: WizardFormAction, initial: (posted: Record<string, unknown> | undefined) => T) {
  const [state, formAction, pending] = useActionState<WizardFormState, FormData>(action, null);
  const values = initial(state?.values);
  const fieldErrors = state?.fieldErrors ?? {};
  const errorFor = (name: string) => fieldErrors[name]?.[0];
  const firstField = Object.keys(fieldErrors)[0];
  const summary: ErrorSummaryItem[] = [
    ...(state?.formErrors ?? []).map((t) => ({ text: t, href: firstField ? `#${fieldId(firstField)}` : '#' })),
    ...Object.entries(fieldErrors).flatMap(([name, messages]) => (messages[0] ? [{ text: messages[0], href: `#${fieldId(name)}` }] : [])),
  ];
  return { values, formAction, pending, errorFor, summary, state };
}
