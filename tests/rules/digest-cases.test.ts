// Every test case T01–T62 of digest §I appears in a case table of tests/rules.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

describe('digest §I test cases', () => {
  it('T01–T62 are all encoded', () => {
    const dir = import.meta.dirname;
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== path.basename(import.meta.filename))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    const missing = Array.from({ length: 62 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`).filter((id) => !new RegExp(`\\b${id}\\b`).test(text));
    expect(missing).toEqual([]);
  });
});
