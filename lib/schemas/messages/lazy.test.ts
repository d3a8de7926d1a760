import { describe, expect, it } from 'vitest';
import { catalogues, translateValidationMessage } from './index';
import { catalogueLoaders, translateValidationMessages } from './lazy';

const prefixOf = (key: string) => key.slice(0, key.indexOf('.'));

describe('validation catalogues loaded per prefix', () => {
  it('finds every key of every catalogue in the catalogue its prefix loads', async () => {
    const missing: string[] = [];
    for (const catalogue of catalogues) {
      for (const key of Object.keys(catalogue.it)) {
        const load = catalogueLoaders[prefixOf(key)];
        const loaded = load ? await load() : null;
        if (!loaded || loaded.it[key] !== catalogue.it[key] || loaded.en[key] !== catalogue.en[key]) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives the same texts as the server dictionary, in both languages', async () => {
    const keys = catalogues.flatMap((c) => Object.keys(c.it));
    expect(keys.length).toBeGreaterThan(100);
    for (const locale of ['it', 'en'] as const) {
      const texts = await translateValidationMessages(keys, locale);
      for (const key of keys) expect(texts.get(key), key).toBe(translateValidationMessage(key, locale));
    }
  });

  it('returns a text that is not a known key as written', async () => {
    const texts = await translateValidationMessages(['Invalid input', 'nothing.here', 'auth.email.required'], 'en');
    expect(texts.get('Invalid input')).toBe('Invalid input');
    expect(texts.get('nothing.here')).toBe('nothing.here');
    expect(texts.get('auth.email.required')).toBe('Enter your email address');
  });
});
