// Who may see what (issue 2): a user without rights gets 403 and never data; a forged cookie
// gets the sign-in page; sessions live in a signed cookie, so a second app instance honours them.
import { DEMO_LOGIN, expect, test } from '../playwright-utils';

const companyId = async (db: import('@/lib/server/db-client').PrismaClient, legalName: string) =>
  (await db.employer.findFirstOrThrow({ where: { legalName }, select: { id: true } })).id;

test('an employer opening the Committee queue gets 403', async ({ page, loginAs }) => {
  await loginAs('EMPLOYER');
  const response = await page.goto('/comitato');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
  await expect(page.getByText('Da esaminare')).toHaveCount(0);
});

test('an employer opening another employer’s company gets 403 and none of its data', async ({ page, loginAs, db }) => {
  const othersCompany = await companyId(db, 'Rifugi Val di Sole S.r.l.'); // datore2's
  await loginAs('EMPLOYER');
  const response = await page.goto(`/aziende/${othersCompany}`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
  await expect(page.getByText('Rifugi Val di Sole')).toHaveCount(0);
  await expect(page.getByText('Peio')).toHaveCount(0);
});

test('a company page shows its owner the company and its units', async ({ page, loginAs, db }) => {
  await loginAs('EMPLOYER');
  await page.goto(`/aziende/${await companyId(db, 'Hotel Dolomiti S.r.l.')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hotel Dolomiti S.r.l.' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Percorso di navigazione' }).getByRole('link', { name: 'Le mie aziende' })).toHaveAttribute('href', '/aziende');
  await expect(page.getByRole('table', { name: 'Unità produttive' }).getByRole('row')).toHaveCount(2); // header + Albergo di Trento
  await expect(page.getByRole('table', { name: 'Unità produttive' }).getByRole('cell', { name: 'Albergo di Trento', exact: true })).toBeVisible();
});

test('a consultant reads delegated companies only', async ({ page, loginAs, db }) => {
  await loginAs('CONSULTANT');
  expect((await page.goto(`/aziende/${await companyId(db, 'Bottega Adige S.n.c.')}`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Bottega Adige S.n.c.' })).toBeVisible();
  expect((await page.goto(`/aziende/${await companyId(db, 'Hotel Dolomiti S.r.l.')}`))?.status()).toBe(403);
});

test('Committee staff may read any company but not the employers’ or the administrator’s homes', async ({ page, loginAs, db }) => {
  await loginAs('STAFF');
  expect((await page.goto(`/aziende/${await companyId(db, 'Logistica Garda Verona S.p.A.')}`))?.status()).toBe(200);
  expect((await page.goto('/aziende'))?.status()).toBe(403);
  expect((await page.goto('/admin'))?.status()).toBe(403);
});

test('an unknown company id is refused like a forbidden one, so ids cannot be probed', async ({ page, loginAs }) => {
  await loginAs('EMPLOYER');
  expect((await page.goto('/aziende/cnonexistent0000000000000'))?.status()).toBe(403);
});

test('a forged session cookie passes the optimistic proxy check but not the page guard', async ({ page, context, e2eServer }) => {
  await context.addCookies([{ name: 'next-auth.session-token', value: 'forged', url: e2eServer.baseURL }]);
  await page.goto('/comitato');
  await expect(page).toHaveURL('/accedi?callbackUrl=%2Fcomitato');
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/pagina-che-non-esiste');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeVisible();
});

test('a session started on one app instance is honoured by another: nothing is kept in process memory', async ({ page, request, e2eServer }) => {
  await expect.poll(async () => (await request.get(`${e2eServer.secondBaseURL}/api/health`).catch(() => null))?.status(), { timeout: 90_000 }).toBe(200);
  await page.goto('/accedi');
  await page.getByLabel('Indirizzo e-mail').fill(DEMO_LOGIN.CONSULTANT.email);
  await page.getByLabel('Password').fill(DEMO_LOGIN.CONSULTANT.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page).toHaveURL('/consulente');

  // Same browser, other process (cookies are per host, not per port).
  await page.goto(`${e2eServer.secondBaseURL}/consulente`);
  await expect(page.getByRole('heading', { level: 1, name: 'I miei clienti' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(DEMO_LOGIN.CONSULTANT.name);

  // Signing out there ends the session everywhere: the revocation is in the database both read.
  await page.goto(`${e2eServer.secondBaseURL}/esci`);
  await page.getByRole('main').getByRole('button', { name: 'Esci' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sei uscito dal servizio' })).toBeVisible();
  await page.goto(`${e2eServer.baseURL}/consulente`);
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fconsulente$/);
});
