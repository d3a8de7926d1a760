// lib/rules is pure (issue 3 §1, style.md §8): lint refuses clocks, Date arithmetic, the
// environment, globals, dynamic imports and every import outside lib/rules and decimal.js.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(code: string, file = 'lib/rules/amounts/probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-globals' || m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-require-imports').map((m) => m.message);
}

const forbidden: Array<[string, string]> = [
  ['the clock through new Date()', 'export const now = new Date();'],
  ['the clock through Date.now()', 'export const now = Date.now();'],
  ['the clock through Date()', 'export const now = Date();'],
  ['Date arithmetic on a fixed instant', "export const d = new Date('2024-01-27').getTime() + 86_400_000;"],
  ['Date.UTC', 'export const d = Date.UTC(2024, 0, 27);'],
  ['performance.now()', 'export const t = performance.now();'],
  ['Math.random()', 'export const r = Math.random();'],
  ['process.env', 'export const v = process.env.DATABASE_URL;'],
  ['globalThis.process', 'export const v = globalThis.process;'],
  ['window.location', 'export const l = window.location.href;'],
  ['fetch', "export const f = () => fetch('https://www.inps.it');"],
  ['a dynamic import', "export const f = () => import('node:fs');"],
  ['require', "export const f = require('fs');"],
  ['an fs import', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"],
  ['a bare fs import', "import fs from 'fs';\nexport const f = fs;"],
  ['a next import', "import { NextResponse } from 'next/server';\nexport const r = NextResponse;"],
  ['a react import', "import { useState } from 'react';\nexport const s = useState;"],
  ['a prisma import', "import { prisma } from '@/lib/server/db';\nexport const p = prisma;"],
  ['a zod import', "import { z } from 'zod';\nexport const s = z.string();"],
];

describe('lint keeps lib/rules pure', () => {
  it.each(forbidden)('refuses %s', async (_what, code) => {
    expect((await problems(code)).length).toBeGreaterThan(0);
  }, 20_000);

  it('accepts what the library is made of: decimal.js, relative and @/lib/rules imports, calendar dates', async () => {
    const code = [
      "import Decimal from 'decimal.js';",
      "import { addDays, type CalendarDate } from '../core/calendar-date';",
      "import { dec } from '@/lib/rules/core/money';",
      "export const f = (d: CalendarDate) => ({ next: addDays(d, 1), x: new Decimal(1).plus(dec(2)), process: 'ok' });",
      '// A local named like a global is not the global.',
      'export const g = (window: { start: string }) => window.start;',
    ].join('\n');
    expect(await problems(code)).toEqual([]);
  }, 20_000);

  it('the same code is allowed outside lib/rules (the rule is scoped to the library)', async () => {
    expect(await problems('export const now = Date.now();', 'scripts/probe.ts')).toEqual([]);
  }, 20_000);
});
