// Every rules version has its CHANGELOG entry (openfisca-france practice): the version a result
// carries can be looked up, with the periods and areas it changed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_VERSION } from '@/lib/rules';

const changelog = readFileSync(path.resolve(import.meta.dirname, '../../CHANGELOG.md'), 'utf8');

describe('CHANGELOG.md', () => {
  it(`has an entry for the current rules version ${RULES_VERSION}, first`, () => {
    const versions = [...changelog.matchAll(/^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})$/gm)].map((m) => m[1]);
    expect(versions[0]).toBe(RULES_VERSION);
  });

  it('every entry names the areas it touches as paths', () => {
    for (const section of changelog.split(/^## /m).slice(1)) expect(section).toMatch(/Aree: `lib\/rules\//);
  });
});
