import { describe, expect, it } from 'vitest';
import { cleanInput, cleanText } from './clean-text';

describe('cleanText (the text policy of docs/security.md)', () => {
  it('removes bidi overrides, isolates and marks', () => {
    expect(cleanText('Rossi\u202Eilegna')).toBe('Rossiilegna');
    expect(cleanText('\u2066Maria\u2069 \u200FBianchi\u200E')).toBe('Maria Bianchi');
    expect(cleanText('\u061CAli')).toBe('Ali');
  });

  it('removes zero-width characters, the BOM and the soft hyphen', () => {
    expect(cleanText('Ro\u200Bs\u200Cs\u200Di\u2060\uFEFF')).toBe('Rossi');
    expect(cleanText('Dell\u00ADai')).toBe('Dellai');
  });

  it('removes NUL and other control characters but keeps tab and line breaks', () => {
    expect(cleanText('Anna\u0000\u0007\u001B\u007F\u009B')).toBe('Anna');
    expect(cleanText('riga 1\r\nriga 2\tfine')).toBe('riga 1\r\nriga 2\tfine');
    expect(cleanText('a\u2028b\u2029c')).toBe('abc');
  });

  it('puts text in NFC, also when an invisible character sat between a letter and its accent', () => {
    expect(cleanText('Nicolo\u0300')).toBe('Nicolò');
    expect(cleanText('Nicolo\u0300')).toHaveLength(6);
    expect(cleanText('Nicolo\u200B\u0300')).toBe('Nicolò');
  });

  it('keeps look-alike letters of other scripts (they are letters) and ordinary accents', () => {
    expect(cleanText('Rоssi')).toBe('R\u043Essi');
    expect(cleanText('Società Cooperativa «Né»')).toBe('Società Cooperativa «Né»');
  });
});

describe('cleanInput', () => {
  it('cleans every string of nested objects and arrays, but not passwords or files', () => {
    const file = new File(['a\u0000'], 'a.csv');
    const out = cleanInput({ name: 'A\u202E', workers: [{ lastName: 'B\u0000' }], password: 'pw\u200B', newPassword: '\u202E', file }) as Record<string, unknown>;
    expect(out).toEqual({ name: 'A', workers: [{ lastName: 'B' }], password: 'pw\u200B', newPassword: '\u202E', file });
    expect(out.file).toBe(file);
  });

  it('keeps a __proto__ key as data, never as the prototype', () => {
    const out = cleanInput(JSON.parse('{"__proto__":{"polluted":"x\\u0000"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'x' });
  });
});
