import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { isValidationKey, translateValidationMessage } from './messages';

/** Every field error by dotted path (`workers.3.hireDate`), plus errors about the whole form. */
export type FieldErrors = Record<string, string[]>;
export type LocalizedErrors = { fieldErrors: FieldErrors; formErrors: string[] };

/**
 * The key of an issue's message. A zod default message (a schema without its own key, or a value
 * of the wrong type where an object was expected) is English and names internals ("Invalid input:
 * expected object, received array"): it is never shown, the closest generic message is.
 */
function messageKey(issue: z.core.$ZodIssue): string {
  if (isValidationKey(issue.message)) return issue.message;
  if (issue.code === 'too_big' && issue.origin === 'string') return 'common.tooLong';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'common.required';
  return 'common.invalid';
}

/** Turns a ZodError into all its messages, translated, keyed by field path (style.md §6). */
export function localizeZodError(error: z.ZodError, locale: Locale): LocalizedErrors {
  // A Map, not an object: a user-supplied key such as "constructor" or "__proto__" is just a path.
  const byPath = new Map<string, string[]>();
  const formErrors: string[] = [];
  const add = (path: PropertyKey[], text: string) => {
    // A key that is the empty string (`{"": 1}`) is about the form, not a field without a name.
    if (path.length === 0 || (path.length === 1 && path[0] === '')) {
      if (!formErrors.includes(text)) formErrors.push(text);
      return;
    }
    const key = path.map(String).join('.');
    const list = byPath.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    byPath.set(key, list);
  };
  for (const issue of error.issues) {
    const text = translateValidationMessage(messageKey(issue), locale);
    // An unknown key is reported at its own path (`request.periodStrat`), not at its parent's.
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add([...issue.path, key], text);
    else add(issue.path, text);
  }
  return { fieldErrors: Object.fromEntries(byPath), formErrors };
}
