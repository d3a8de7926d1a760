// The wizard steps' browser-side check (style.md §6: the same zod schema in the browser and in
// the server action). Loaded with import() on the first submit, never in a page's first load:
// zod and the validation texts cost ~32 KB gzip, and the wizard's pages must stay ≤ 180 KB.
import type { z } from 'zod';
import { config } from 'zod/v4/core';
import type { Locale } from '@/lib/i18n/config';
import { cleanInput } from '@/lib/schemas/clean-text';
import { localizeZodError, type LocalizedErrors } from '@/lib/schemas/errors';
import { formDataToObject } from './form-data';

// Under the Content-Security-Policy (no 'unsafe-eval') zod's `new Function` probe is a reported
// violation: interpreted parsing, as in ./localized-resolver.ts. This module only runs in the browser.
config({ jitless: true });

/**
 * The errors the server action would answer for this post, or null when it would accept it: the
 * input is built exactly as defineAction builds it (formDataToObject, then cleanInput) and the
 * texts come from the same localizeZodError, so both paths show the same words.
 */
export function validateFormData(schema: z.ZodType, data: FormData, locale: Locale): LocalizedErrors | null {
  const parsed = schema.safeParse(cleanInput(formDataToObject(data)));
  return parsed.success ? null : localizeZodError(parsed.error, locale);
}
