import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './navigation';

describe('safeReturnPath', () => {
  it('keeps a path on this site', () => {
    expect(safeReturnPath('/aziende/abc?x=1')).toBe('/aziende/abc?x=1');
  });
  it.each(['https://evil.example', '//evil.example', '/\\evil.example', '', null, undefined, 'aziende'])(
    'refuses %s and falls back to the home page',
    (value) => {
      expect(safeReturnPath(value)).toBe('/');
    },
  );
});
