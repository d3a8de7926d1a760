// Signing in and out (issue 2): each role lands on its own home, wrong credentials get one
// Italian message that does not reveal whether the account exists, callbackUrl stays on this
// site, the per-account limit tells the user how long to wait, and the form works without JS.
import type { Page } from '@playwright/test';
import { DEMO_LOGIN, errorSummary, expect, test, type Credentials, type Role } from '../playwright-utils';

const INVALID = 'L’indirizzo e-mail o la password non sono corretti';

async function signInWithForm(page: Page, { email, password }: Credentials) {
  await page.getByLabel('Indirizzo e-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
}

const HOMES: Array<{ role: Role; path: string; heading: string }> = [
  { role: 'EMPLOYER', path: '/aziende', heading: 'Le mie aziende' },
  { role: 'CONSULTANT', path: '/consulente', heading: 'I miei clienti' },
  { role: 'STAFF', path: '/comitato', heading: 'Coda delle domande' },
  { role: 'ADMIN', path: '/admin', heading: 'Utenti' },
];

for (const { role, path, heading } of HOMES) {
  test(`${role.toLowerCase()} signs in with the form and lands on ${path}`, async ({ page }) => {
    await page.goto('/accedi');
    await signInWithForm(page, DEMO_LOGIN[role]);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(DEMO_LOGIN[role].name);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Esci' })).toBeVisible();
  });
}

test('each home lists what belongs to that user', async ({ page, loginAs }) => {
  await loginAs('EMPLOYER');
  await page.goto('/aziende');
  const companies = page.getByRole('table');
  await expect(companies.getByRole('link')).toHaveText(['Bottega Adige S.n.c.', 'Hotel Dolomiti S.r.l.']);

  await page.context().clearCookies();
  await loginAs('CONSULTANT');
  await page.goto('/consulente');
  // Delegated by both demo employers: one company each, never the undelegated ones (the radar also
  // lists the demo consultant's other clients, prisma/seed-consultant.ts).
  const clients = page.getByRole('table').locator('tbody td:first-child a');
  await expect(clients.filter({ hasText: /Bottega Adige|Rifugi Val di Sole|Hotel Dolomiti|Logistica Garda/ })).toHaveText(['Bottega Adige S.n.c.', 'Rifugi Val di Sole S.r.l.']);
});

test('a wrong password and an unknown e-mail get the same Italian message, summarised and focused', async ({ page }) => {
  await page.goto('/accedi');
  await signInWithForm(page, { email: DEMO_LOGIN.EMPLOYER.email, password: 'password-sbagliata' });
  const summary = errorSummary(page);
  await expect(summary).toContainText("C'è un problema");
  await expect(summary.getByRole('link', { name: INVALID })).toBeVisible();
  await expect(page).toHaveTitle(/^Errore: Accedi/);
  await expect(page).toHaveURL('/accedi');
  // The summary has focus, so screen readers read it at once.
  await expect(page.locator(':focus')).toContainText(INVALID);
  // The typed e-mail is kept.
  await expect(page.getByLabel('Indirizzo e-mail')).toHaveValue(DEMO_LOGIN.EMPLOYER.email);

  await signInWithForm(page, { email: 'nessuno@example.it', password: 'password-sbagliata' });
  await expect(errorSummary(page).getByRole('link')).toHaveText([INVALID]);
});

test('an empty form is checked before it is sent, with the same text inline and in the summary', async ({ page }) => {
  await page.goto('/accedi');
  await page.getByRole('button', { name: 'Accedi' }).click();
  const summary = errorSummary(page);
  await expect(summary.getByRole('link')).toHaveText(['Inserisci il tuo indirizzo e-mail', 'Inserisci la password']);
  await expect(page.getByLabel('Indirizzo e-mail')).toHaveAccessibleDescription('Errore: Inserisci il tuo indirizzo e-mail');
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');

  await summary.getByRole('link', { name: 'Inserisci la password' }).click();
  await expect(page.getByLabel('Password')).toBeFocused();

  await page.getByLabel('Indirizzo e-mail').fill('non-una-email');
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Inserisci un indirizzo e-mail nel formato corretto, ad esempio nome@esempio.it',
    'Inserisci la password',
  ]);
});

test('an anonymous visitor to a reserved page is sent to sign in, then back to that page', async ({ page, db }) => {
  const company = await db.employer.findFirstOrThrow({ where: { legalName: 'Hotel Dolomiti S.r.l.' }, select: { id: true } });
  await page.goto(`/aziende/${company.id}`);
  await expect(page).toHaveURL(`/accedi?callbackUrl=${encodeURIComponent(`/aziende/${company.id}`)}`);
  await signInWithForm(page, DEMO_LOGIN.EMPLOYER);
  await expect(page).toHaveURL(`/aziende/${company.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hotel Dolomiti S.r.l.' })).toBeVisible();
});

test('a callbackUrl to another site is ignored: the user lands on their own home', async ({ page }) => {
  await page.goto(`/accedi?callbackUrl=${encodeURIComponent('https://evil.example/rubare')}`);
  await signInWithForm(page, DEMO_LOGIN.STAFF);
  await expect(page).toHaveURL('/comitato');
});

test('after ten failed attempts on one account the form says how long to wait', async ({ page, newUser }) => {
  const user = await newUser('EMPLOYER');
  await page.goto('/accedi');
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signInWithForm(page, { email: user.email, password: `sbagliata-${attempt}` });
    await expect(errorSummary(page)).toContainText(INVALID);
  }
  // Even the right password is refused now: the limit is per account, whatever is typed.
  await signInWithForm(page, user);
  await expect(errorSummary(page)).toContainText('Troppi tentativi di accesso. Riprova tra 15 minuti.');
  await expect(page).toHaveURL('/accedi');
});

test('signing out asks for confirmation, ends the session and leaves the reserved pages closed', async ({ page, browser, baseURL }) => {
  // A session of its own (loginAs shares one per account across the worker's tests).
  await page.goto('/accedi');
  await signInWithForm(page, DEMO_LOGIN.EMPLOYER);
  await expect(page).toHaveURL('/aziende');
  // A copy of the session cookie taken before "Esci" (another tab, or a stolen token).
  const copied = await page.context().cookies();
  await page.getByRole('banner').getByRole('link', { name: 'Esci' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Esci' })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Esci' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sei uscito dal servizio' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Accedi' })).toBeVisible();
  await page.goto('/aziende');
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Faziende$/);

  // The session itself has ended, not only this browser's cookie.
  const other = await browser.newContext({ baseURL });
  await other.addCookies(copied);
  const stolen = await other.newPage();
  await stolen.goto('/aziende');
  await expect(stolen).toHaveURL(/\/accedi\?callbackUrl=%2Faziende$/);
  await other.close();
});

test('next-auth’s own sign-out route ends the session too', async ({ page, browser, baseURL }) => {
  await page.goto('/accedi');
  await signInWithForm(page, DEMO_LOGIN.CONSULTANT);
  await expect(page).toHaveURL('/consulente');
  const copied = await page.context().cookies();
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const out = await page.request.post('/api/auth/signout', { form: { csrfToken, json: 'true' } });
  expect(out.ok()).toBe(true);
  const other = await browser.newContext({ baseURL });
  await other.addCookies(copied);
  const stolen = await other.newPage();
  const res = await stolen.request.get('/consulente', { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()['location']).toContain('/accedi');
  await other.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sign-in still works, errors included', async ({ page }) => {
    await page.goto('/accedi');
    await signInWithForm(page, { email: DEMO_LOGIN.CONSULTANT.email, password: 'password-sbagliata' });
    await expect(errorSummary(page).getByRole('link')).toHaveText([INVALID]);
    await expect(page.getByLabel('Indirizzo e-mail')).toHaveValue(DEMO_LOGIN.CONSULTANT.email);
    await page.getByLabel('Password').fill(DEMO_LOGIN.CONSULTANT.password);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'I miei clienti' })).toBeVisible();
  });
});
