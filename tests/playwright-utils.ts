// Playwright fixtures for every e2e spec (epic-stack's playwright-utils). Import `test` and
// `expect` from here instead of '@playwright/test':
//
//   import { expect, test } from '../playwright-utils';
//
//   test('an employer sees its companies', async ({ page, loginAs }) => {
//     await loginAs('EMPLOYER');                       // demo account of that role (seed)
//     await page.goto('/aziende');
//     await expect(page.getByRole('heading', { level: 1, name: 'Le mie aziende' })).toBeVisible();
//   });
//
//   test('a new company starts empty', async ({ page, db, newUser, loginAs }) => {
//     const owner = await newUser('EMPLOYER');          // a fresh account, so the test owns its data
//     const employer = await createEmployer(db, { ownerId: owner.id }); // tests/fixtures/factories.ts
//     await loginAs(owner);
//     await page.goto(`/aziende/${employer.id}`);
//     await expectNoAxeViolations(page);
//   });
//
// The run's database is created, migrated and seeded by tests/e2e/support/serve.ts and dropped
// at the end, so rows a test creates need no cleanup; use fresh users and employers (newUser,
// factories) whenever a test changes data, so parallel tests never see each other's rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Cookie, type Page } from '@playwright/test';
import { createPrismaClient, type PrismaClient } from '@/lib/server/db-client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../prisma/seed';
import { createUser } from './fixtures/factories';
import { e2eServerFile, type E2eServer } from './e2e/support/server-info';

export { expect };

export type Role = 'EMPLOYER' | 'CONSULTANT' | 'STAFF' | 'ADMIN';
export type Credentials = { email: string; password: string };

/** The seeded demo account `loginAs(role)` uses for each role (datore@, consulente@, comitato@, admin@). */
export const DEMO_LOGIN: Record<Role, Credentials & { name: string }> = Object.fromEntries(
  (['EMPLOYER', 'CONSULTANT', 'STAFF', 'ADMIN'] as const).map((role) => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
    return [role, { email: account.email, password: DEMO_PASSWORD, name: account.name }];
  }),
) as Record<Role, Credentials & { name: string }>;

const SESSION_COOKIE = 'next-auth.session-token';

type TestFixtures = {
  /**
   * Signs the page's browser context in, as a role's demo account or as given credentials. Goes
   * through next-auth's real credentials endpoint once per account and worker, then reuses the
   * session cookie: fast, and still the production sign-in path.
   */
  loginAs: (who: Role | Credentials) => Promise<void>;
  /** Creates a fresh account (password DEMO_PASSWORD) for a test that needs its own data. */
  newUser: (role: Role, opts?: { name?: string; locale?: string }) => Promise<{ id: string; email: string; password: string; name: string }>;
};

type WorkerFixtures = {
  /** Where this run's servers and database are (written by serve.ts). */
  e2eServer: E2eServer;
  /** Prisma client on the run's database, for creating rows with tests/fixtures/factories.ts. */
  db: PrismaClient;
  sessionCookies: Map<string, Cookie[]>;
};

// Fixture callbacks name Playwright's `use` "provide", so React's hook lint rule does not mistake it for a hook.
export const test = base.extend<TestFixtures, WorkerFixtures>({
  e2eServer: [
    async ({}, provide) => {
      const file = e2eServerFile(path.resolve(import.meta.dirname, '..'));
      await provide(JSON.parse(readFileSync(file, 'utf8')) as E2eServer);
    },
    { scope: 'worker' },
  ],
  db: [
    async ({ e2eServer }, provide) => {
      const prisma = createPrismaClient(e2eServer.databaseUrl, { poolSize: 2, applicationName: 'fstn-e2e-fixtures' });
      await provide(prisma);
      await prisma.$disconnect();
    },
    { scope: 'worker' },
  ],
  sessionCookies: [
    async ({}, provide) => provide(new Map()),
    { scope: 'worker' },
  ],

  loginAs: async ({ context, playwright, e2eServer, db, sessionCookies }, provide) => {
    await provide(async (who) => {
      const credentials = typeof who === 'string' ? DEMO_LOGIN[who] : who;
      let cookies = sessionCookies.get(credentials.email);
      if (!cookies) {
        cookies = await signInThroughNextAuth(playwright.request, e2eServer.baseURL, credentials);
        sessionCookies.set(credentials.email, cookies);
        // The whole suite signs in from one address: keep the per-IP sign-in limit (50 per
        // 15 minutes) for the tests about it, not for fixtures. The per-account limit stays.
        await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: 'signin-ip:' } } });
      }
      await context.addCookies(cookies);
    });
  },

  newUser: async ({ db }, provide) => {
    await provide(async (role, opts = {}) => {
      const user = await createUser(db, { role, name: opts.name, locale: opts.locale });
      return { id: user.id, email: user.email, name: user.name, password: DEMO_PASSWORD };
    });
  },
});

/** next-auth's own flow: CSRF token, then the credentials callback; returns the session cookie. */
async function signInThroughNextAuth(request: typeof import('@playwright/test').request, baseURL: string, credentials: Credentials): Promise<Cookie[]> {
  const api = await request.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await api.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: credentials.email, password: credentials.password, callbackUrl: baseURL, json: 'true' },
      maxRedirects: 0,
    });
    const session = (await api.storageState()).cookies.filter((c) => c.name === SESSION_COOKIE);
    if (session.length === 0) {
      throw new Error(`loginAs(${credentials.email}) failed: next-auth answered ${response.status()} ${await response.text()}`);
    }
    return session;
  } finally {
    await api.dispose();
  }
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules on the page as it is now; fails listing each violation. */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  // Next streams the metadata of dynamic pages: <title> can arrive a moment after the body. Scan
  // the page once it has one (a page that never gets a title still fails, here, after 5 s).
  await expect(page, `no <title> on ${page.url()}`).toHaveTitle(/\S/, { timeout: 5_000 });
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The GOV.UK error summary at the top of a form (Next's route announcer is another role="alert"). */
export function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) });
}
