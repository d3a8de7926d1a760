import { describe, expect, it } from 'vitest';
import { atecoSection } from './ateco';

describe('ATECO 2007 sections from the division', () => {
  it.each([
    ['55', 'I'], // 55.10.00 alberghi
    ['56', 'I'],
    ['47', 'G'], // commercio al dettaglio
    ['49', 'H'], // 49.39.01 impianti a fune: trasporto terrestre
    ['10', 'C'],
    ['33', 'C'],
    ['01', 'A'],
    ['99', 'U'],
  ])('division %s is in section %s', (division, section) => {
    expect(atecoSection(division)?.code).toBe(section);
  });

  it('divisions that ATECO 2007 leaves empty (04, 34, 40, 44…) have no section', () => {
    for (const d of ['04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']) expect(atecoSection(d)).toBeNull();
    expect(atecoSection(null)).toBeNull();
    expect(atecoSection('xx')).toBeNull();
  });
});
