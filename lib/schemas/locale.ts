import { z } from 'zod';
import { locales } from '@/lib/i18n/config';

export const setLocaleSchema = z.object({
  locale: z.enum(locales, 'common.invalid'),
  // Where to go back to: only a path on this site (no open redirect).
  returnTo: z
    .string()
    .max(2000)
    .regex(/^\/(?!\/)[^\s]*$/, 'common.invalid')
    .default('/'),
});
