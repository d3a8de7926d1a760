import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { translateValidationMessage } from './messages';

/** Every field error by dotted path (`workers.3.hireDate`), plus errors about the whole form. */
export type FieldErrors = Record<string, string[]>;
export type LocalizedErrors = { fieldErrors: FieldErrors; formErrors: string[] };

/** Turns a ZodError into all its messages, translated, keyed by field path (style.md §6). */
export function localizeZodError(error: z.ZodError, locale: Locale): LocalizedErrors {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const text = translateValidationMessage(issue.message, locale);
    if (issue.path.length === 0) {
      formErrors.push(text);
      continue;
    }
    const key = issue.path.map(String).join('.');
    const list = (fieldErrors[key] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return { fieldErrors, formErrors };
}
