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
      // Scope-aware: a local variable called `window` is fine, the global one is not.
      'no-restricted-globals': [
        'error',
        ...['Date', 'performance'].map((name) => ({ name, message: 'No clock or Date in lib/rules: use core/calendar-date and pass the "as of" date in.' })),
        ...['process', 'globalThis', 'global', 'window', 'self', 'document'].map((name) => ({ name, message: 'No environment or global object access in lib/rules.' })),
        ...['fetch', 'XMLHttpRequest', 'WebSocket'].map((name) => ({ name, message: 'No network in lib/rules.' })),
        ...['setTimeout', 'setInterval', 'queueMicrotask'].map((name) => ({ name, message: 'lib/rules is synchronous and deterministic.' })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'lib/rules is deterministic: no Math.random().' },
        { selector: 'ImportExpression', message: 'lib/rules may import only lib/rules and decimal.js, statically.' },
        { selector: "CallExpression[callee.name='require']", message: 'lib/rules may import only lib/rules and decimal.js, statically.' },
      ],
    },
  },
  {
    files: ['lib/schemas/**/*.ts', 'components/**/*.{ts,tsx}', 'lib/forms/**/*.ts', 'lib/i18n/messages/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServerImports] }] },
  },
  {
    // components/ also render inside client components (the simulator's result): a value from the
    // rules library's index brings the whole engine and decimal.js into that bundle (+27 KB gzip
    // once). Types are free; values come from a leaf module (e.g. lib/rules/windows/window-labels).
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@/lib/rules', allowTypeImports: true, message: 'Import types only from @/lib/rules in components/, or a value from its leaf module.' }] },
      ],
    },
  },
  {
    // The one async server component of components/ that loads its own data (the request page of
    // another feature renders it with just the ids): it may read the requests and company-overview DAL, nothing else.
    files: ['components/requests/wizard/draft-task-list.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)lib/server/(?!data/(requests|homes)$)', message: noServerImports.message }] },
      ],
    },
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
