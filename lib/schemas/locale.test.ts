import { describe, expect, it } from 'vitest';
import { setLocaleSchema } from './locale';

describe('language switch: where it returns to', () => {
  it('accepts a path on this site', () => {
    expect(setLocaleSchema.parse({ locale: 'en', returnTo: '/simulatore?x=1#a' })).toEqual({ locale: 'en', returnTo: '/simulatore?x=1#a' });
  });

  it.each(['//evil.example', '/\\evil.example', '/\\/evil.example', 'https://evil.example', '/ok\\..\\x', ' /x', '/a b'])('refuses %j (another site once a browser reads it)', (returnTo) => {
    expect(setLocaleSchema.safeParse({ locale: 'it', returnTo }).success).toBe(false);
  });
});
