import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { translateValidationMessage } from './messages';

/** Every field error by dotted path (`workers.3.hireDate`), plus errors about the whole form. */
export type FieldErrors = Record<string, string[]>;
export type LocalizedErrors = { fieldErrors: FieldErrors; formErrors: string[] };

/** Turns a ZodError into all its messages, translated, keyed by field path (style.md §6). */
export function localizeZodError(error: z.ZodError, locale: Locale): LocalizedErrors {
  // A Map, not an object: a user-supplied key such as "constructor" or "__proto__" is just a path.
  const byPath = new Map<string, string[]>();
  const formErrors: string[] = [];
  const add = (path: PropertyKey[], text: string) => {
    if (path.length === 0) {
      if (!formErrors.includes(text)) formErrors.push(text);
      return;
    }
    const key = path.map(String).join('.');
    const list = byPath.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    byPath.set(key, list);
  };
  for (const issue of error.issues) {
    const text = translateValidationMessage(issue.message, locale);
    // An unknown key is reported at its own path (`request.periodStrat`), not at its parent's.
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add([...issue.path, key], text);
    else add(issue.path, text);
  }
  return { fieldErrors: Object.fromEntries(byPath), formErrors };
}
