import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Import boundaries from style.md §8: the folder layout is the architecture, and lint keeps it so.
const noServerImports = {
  group: ['@/lib/server/*', '@/lib/server/**', '**/lib/server/**'],
  message: 'lib/server is server-only: reach data through an action or a server component.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'lib/generated/**', 'coverage/**', '.data/**', 'playwright-report/**', 'test-results/**']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The rules library is pure: no framework, database, file, network or clock.
    files: ['lib/rules/**/*.ts'],
    // Unit tests next to the pure modules import vitest and fast-check.
    ignores: ['lib/rules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!decimal\\.js$|\\.{1,2}/|@/lib/rules/).+', message: 'lib/rules may import only lib/rules and decimal.js.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in lib/rules: pass the "as of" date in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in lib/rules: pass the "as of" date in.' },
        { selector: "MemberExpression[object.name='process']", message: 'No environment access in lib/rules.' },
      ],
    },
  },
  {
    files: ['lib/schemas/**/*.ts', 'components/**/*.{ts,tsx}', 'lib/forms/**/*.ts', 'lib/i18n/messages/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServerImports] }] },
  },
  {
    // Pages and route handlers reach data only through the DAL and actions, never the client.
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/lib/server/db', '@/lib/server/db-client', '@/lib/generated/**'], message: 'app/ uses lib/server/data (DAL) and lib/server/actions, not the database client.' }] },
      ],
    },
  },
]);
