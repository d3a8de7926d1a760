// The page shell (issue 2): skip link, role navigation, language switch (with and without
// JavaScript), and an axe scan (WCAG 2.0/2.1 A and AA) of the sign-in page and every home.
import { expect, expectNoAxeViolations, errorSummary, test, type Role } from '../playwright-utils';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/accedi');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#contenuto')).toBeFocused();
});

test('the main navigation follows the role and marks the current section', async ({ page, loginAs }) => {
  await loginAs('CONSULTANT');
  await page.goto('/consulente');
  const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
  await expect(nav.getByRole('link')).toHaveText(['I miei clienti', 'Deleghe', 'Promemoria', 'Simulatore']);
  await expect(nav.getByRole('link', { name: 'I miei clienti' })).toHaveAttribute('aria-current', 'page');
});

test('the language switch turns the interface, validation messages included, into English and back', async ({ page }) => {
  await page.goto('/accedi');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL('/accedi');
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(errorSummary(page)).toContainText('There is a problem');
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Enter your email address', 'Enter your password']);
  await expect(page).toHaveTitle(/^Error: Sign in/);

  await page.getByRole('button', { name: "Passa all'italiano" }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('heading', { level: 1, name: 'Accedi' })).toBeVisible();
});

test('a signed-in user’s language choice is saved on the account', async ({ page, loginAs, newUser, db }) => {
  const user = await newUser('EMPLOYER');
  await loginAs(user);
  await page.goto('/aziende');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My companies' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Employer');
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe('en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the language switch still works', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Try the simulator' })).toBeVisible();
  });
});

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  test('landing page, sign-in page (empty and with errors), 404', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
    await page.goto('/accedi');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/non-esiste');
    await expectNoAxeViolations(page);
  });

  const homes: Array<[Role, string]> = [
    ['EMPLOYER', '/aziende'],
    ['CONSULTANT', '/consulente'],
    ['STAFF', '/comitato'],
    ['ADMIN', '/admin'],
  ];
  for (const [role, path] of homes) {
    test(`${role.toLowerCase()} home ${path}, sign-out page and 403 page`, async ({ page, loginAs }) => {
      await loginAs(role);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto('/esci');
      await expectNoAxeViolations(page);
      await page.goto(role === 'ADMIN' ? '/aziende' : '/admin');
      await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('company overview, in Italian and in English', async ({ page, loginAs, db }) => {
    const company = await db.employer.findFirstOrThrow({ where: { legalName: 'Bottega Adige S.n.c.' }, select: { id: true } });
    await loginAs('EMPLOYER');
    await page.goto(`/aziende/${company.id}`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Production units' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
