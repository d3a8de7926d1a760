import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { translateValidationMessage } from '@/lib/schemas/messages';

function translateErrors(errors: Record<string, unknown>, locale: Locale): void {
  for (const [key, value] of Object.entries(errors)) {
    // `ref` is the field's DOM element: walking into it recurses through the whole document.
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    const node = value as { message?: unknown; type?: unknown };
    if (typeof node.message === 'string' && typeof node.type === 'string') node.message = translateValidationMessage(node.message, locale);
    translateErrors(value as Record<string, unknown>, locale);
  }
}

/**
 * react-hook-form resolver for our zod schemas: the same schema the server action uses, with
 * its message keys turned into the page's language (style.md §6: same schema on both sides).
 */
export function localizedZodResolver<T extends FieldValues>(schema: z.ZodType<T, FieldValues>, locale: Locale): Resolver<T> {
  const base = zodResolver(schema as never) as unknown as Resolver<T>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    translateErrors(result.errors as FieldErrors<T> as Record<string, unknown>, locale);
    return result;
  };
}
