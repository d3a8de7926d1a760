import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';

/**
 * localizedZodResolver with the schema (and zod, and the resolver itself) loaded on the first
 * validation instead of in the page's first-load JavaScript: `load` is a dynamic import of the
 * same schema module the server action uses, so both sides still validate with one schema.
 * For pages whose form is secondary (the request page's message form, the withdrawal), where
 * zod's ~32 KB gzip would otherwise push the page over the 180 KB budget (docs/performance.md).
 */
export function lazyLocalizedZodResolver<T extends FieldValues>(load: () => Promise<z.ZodType<T, FieldValues>>, locale: Locale): Resolver<T> {
  let resolver: Promise<Resolver<T>> | null = null;
  return async (values, context, options) => {
    resolver ??= Promise.all([load(), import('./localized-resolver')]).then(([schema, m]) => m.localizedZodResolver(schema, locale));
    return (await resolver)(values, context, options);
  };
}
