// The consultant's radar (issue 5): the demo consultant sees its delegated clients with their
// windows and deadlines, searches, filters, sorts and pages through URL parameters (also without
// JavaScript), clicks through to a client, and downloads the view as CSV. Axe on the page.
import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from '../playwright-utils';
import { createDelegation, createEmployer, createUser } from '../fixtures/factories';

test('the demo consultant sees its delegated clients with windows, deadlines and requests, and no one else’s', async ({ page, loginAs }) => {
  await loginAs('CONSULTANT');
  await page.goto('/consulente');
  await expect(page.getByRole('heading', { level: 1, name: 'I miei clienti' })).toBeVisible();
  const table = page.getByRole('table', { name: /Clienti, pagina 1 di 1/ });
  const rows = table.getByRole('row');
  // Seeded portfolio (prisma/seed.ts + prisma/seed-consultant.ts): six active delegations, by name.
  await expect(rows.locator('td:first-child a')).toHaveText([
    'Agritur Val di Non S.a.s.',
    'Bottega Adige S.n.c.',
    'Caseificio di Cles Soc. coop.',
    'Impianti Paganella S.p.A.',
    'Panificio Primiero S.n.c.',
    'Rifugi Val di Sole S.r.l.',
  ]);
  // Ended, revoked, pending and never-delegated companies are not there.
  for (const name of ['Officina Rendena', 'Trasporti Adamello', 'Hotel Lagorai', 'Hotel Dolomiti']) await expect(table).not.toContainText(name);

  const panificio = rows.filter({ hasText: 'Panificio Primiero' });
  // C1: 52 weeks in the biennium, 26 + 14 used → 12 left (digest D-1).
  await expect(panificio).toContainText('Biennio mobile: 12 di 52 sett.');
  await expect(panificio).toContainText('classe C1');
  await expect(panificio).toContainText('Presentazione domanda:');
  await expect(panificio).toContainText('Fine procedura sindacale:');
  await expect(panificio.getByRole('link', { name: /tra 7 giorni/ })).toBeVisible();
  const paganella = rows.filter({ hasText: 'Impianti Paganella' });
  await expect(paganella).toContainText('Crisi (quinquennio): 6 di 12 mesi');
  await expect(paganella).toContainText('Conguaglio:');
  await expect(rows.filter({ hasText: 'Caseificio di Cles' })).toContainText('classe non determinabile');
  await expectNoAxeViolations(page);

  // Click-through: the company, and the draft behind a deadline.
  await panificio.getByRole('link', { name: 'Panificio Primiero S.n.c.' }).click();
  await expect(page).toHaveURL(/\/aziende\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Panificio Primiero S.n.c.' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search, filter and sort are a GET form: the view lives in the URL', async ({ page, loginAs }) => {
    await loginAs('CONSULTANT');
    await page.goto('/consulente');
    await page.getByLabel('Cerca per ragione sociale o codice fiscale').fill('paganella');
    await page.getByRole('button', { name: 'Applica' }).click();
    await expect(page).toHaveURL(/\/consulente\?q=paganella/);
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByRole('table')).toContainText('Impianti Paganella S.p.A.');

    await page.getByRole('link', { name: 'Mostra tutti' }).click();
    await page.getByLabel('Mostra', { exact: true }).selectOption('capienza-bassa');
    await page.getByLabel('Ordina per', { exact: true }).selectOption('biennio');
    await page.getByRole('button', { name: 'Applica' }).click();
    await expect(page).toHaveURL(/filtro=capienza-bassa/);
    await expect(page.getByRole('table').locator('tbody tr td:first-child a')).toHaveText(['Panificio Primiero S.n.c.']);

    await page.goto('/consulente?ordina=scadenza');
    // Caseificio's filing window closes in 2 days: first by next deadline.
    await expect(page.getByRole('table').locator('tbody tr').first()).toContainText('Caseificio di Cles');
    await expect(page.getByRole('columnheader', { name: /Prossime scadenze/ })).toHaveAttribute('aria-sort', 'ascending');
  });
});

test('pages 25 clients at a time with links that keep the view', async ({ page, loginAs, newUser, db }) => {
  const consultant = await newUser('CONSULTANT');
  const owner = await createUser(db, { role: 'EMPLOYER' });
  for (let i = 1; i <= 27; i++) {
    const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Cliente ${String(i).padStart(2, '0')} S.r.l.` });
    await createDelegation(db, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
  }
  await loginAs(consultant);
  await page.goto('/consulente?verso=desc');
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(25);
  await expect(page.getByRole('table').locator('tbody tr').first()).toContainText('Cliente 27');
  await page.getByRole('navigation', { name: 'Pagine' }).getByRole('link', { name: /Successiva/ }).click();
  await expect(page).toHaveURL(/verso=desc&pagina=2/);
  await expect(page.getByRole('table').locator('tbody tr td:first-child a')).toHaveText(['Cliente 02 S.r.l.', 'Cliente 01 S.r.l.']);
});

test('downloads the radar as a CSV for Italian spreadsheets, with formula injection neutralised', async ({ page, loginAs, newUser, db }) => {
  const consultant = await newUser('CONSULTANT');
  const owner = await createUser(db, { role: 'EMPLOYER' });
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: '=HYPERLINK("http://evil.example";"clic")' });
  await createDelegation(db, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
  await loginAs(consultant);
  await page.goto('/consulente');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Scarica questa vista in CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^radar-clienti-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFFRagione sociale;Codice fiscale;')).toBe(true);
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"";""clic"")";${employer.codiceFiscale};`);
});
