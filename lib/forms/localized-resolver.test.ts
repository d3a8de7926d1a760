import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localizedZodResolver } from './localized-resolver';

const schema = z.object({ email: z.string().min(1, 'auth.email.required') });

describe('localizedZodResolver', () => {
  it('translates message keys and leaves the field refs (DOM elements, circular) alone', async () => {
    const element: Record<string, unknown> = { name: 'email' };
    element.ownerDocument = { body: element }; // a DOM node reaches itself through the document
    const resolver = localizedZodResolver(schema, 'en');
    const result = await resolver({ email: '' }, undefined, {
      fields: { email: { ref: element as never, name: 'email' } },
      shouldUseNativeValidation: false,
    });
    expect(result.errors.email?.message).toBe('Enter your email address');
    expect(result.errors.email?.ref).toBe(element);
  });
});
