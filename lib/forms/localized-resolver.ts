import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { config } from 'zod/v4/core';
import type { Locale } from '@/lib/i18n/config';
import { translateValidationMessages } from '@/lib/schemas/messages/lazy';

// zod 4 probes whether it may compile fast object parsers with `new Function('')`; under the
// Content-Security-Policy (no 'unsafe-eval', proxy.ts) the browser blocks that probe and reports a
// CSP violation. Interpreted parsing is correct and fast enough for forms. Set here, where every
// client form's parsing starts, rather than in instrumentation-client.ts, which put zod's core
// (5.3 KB gzip) into the first load of every page, forms or not (tests/e2e/security-headers.spec.ts
// watches for reports). Browser only: the server has no such policy and keeps compiled parsers.
if (typeof window !== 'undefined') config({ jitless: true });

type MessageNode = { message: string; type: string };

function messageNodes(errors: Record<string, unknown>, out: MessageNode[] = []): MessageNode[] {
  for (const [key, value] of Object.entries(errors)) {
    // `ref` is the field's DOM element: walking into it recurses through the whole document.
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    const node = value as { message?: unknown; type?: unknown };
    if (typeof node.message === 'string' && typeof node.type === 'string') out.push(node as MessageNode);
    messageNodes(value as Record<string, unknown>, out);
  }
  return out;
}

/**
 * react-hook-form resolver for our zod schemas: the same schema the server action uses, with
 * its message keys turned into the page's language (style.md §6: same schema on both sides).
 * The texts come from the catalogues of the keys in error only, loaded on the first error
 * (lib/schemas/messages/lazy.ts), so forms do not carry every catalogue in their first load.
 */
export function localizedZodResolver<T extends FieldValues>(schema: z.ZodType<T, FieldValues>, locale: Locale): Resolver<T> {
  const base = zodResolver(schema as never) as unknown as Resolver<T>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const nodes = messageNodes(result.errors as FieldErrors<T> as Record<string, unknown>);
    if (nodes.length === 0) return result;
    const texts = await translateValidationMessages(
      nodes.map((n) => n.message),
      locale,
    );
    for (const node of nodes) node.message = texts.get(node.message) ?? node.message;
    return result;
  };
}
