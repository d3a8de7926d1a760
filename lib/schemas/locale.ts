import { z } from 'zod';
import { locales } from '@/lib/i18n/config';

export const setLocaleSchema = z.object({
  locale: z.enum(locales, 'common.invalid'),
  // Where to go back to: only a path on this site (no open redirect). Browsers read a backslash
  // as a slash, so "/\\evil.example" would be "//evil.example": backslashes are refused too.
  returnTo: z
    .string()
    .max(2000)
    .regex(/^\/(?![/\\])[^\s\\]*$/, 'common.invalid')
    .default('/'),
});
