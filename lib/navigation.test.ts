import { describe, expect, it } from 'vitest';
import { mainNavigation, roleHome, safeReturnPath } from './navigation';

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

describe('mainNavigation', () => {
  it('starts each role on its own home and offers visitors only the public simulator', () => {
    expect(mainNavigation(null).map((i) => i.href)).toEqual(['/simulatore']);
    for (const role of ['EMPLOYER', 'CONSULTANT', 'STAFF', 'ADMIN'] as const) {
      expect(mainNavigation(role)[0]?.href).toBe(roleHome[role]);
    }
  });
});
