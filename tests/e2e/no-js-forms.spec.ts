// Forms whose hidden ids and pre-filled values come from react-hook-form's `register`: the browser
// fills them only after hydration, so without JavaScript the server-rendered HTML must carry them
// itself (defaultValue). Each test posts the form with JavaScript off and checks the outcome.
import type { Page } from '@playwright/test';
import { createEmployer, createFiledRequest, createResolutionRow, createWorker } from '../fixtures/factories';
import { DEMO_LOGIN, expect, test } from '../playwright-utils';

test.use({ javaScriptEnabled: false });

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

async function fillDate(page: Page, legend: string, iso: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Giorno').fill(String(Number(iso.slice(8, 10))));
  await group.getByLabel('Mese').fill(String(Number(iso.slice(5, 7))));
  await group.getByLabel('Anno').fill(iso.slice(0, 4));
}

test('an employer creates a delegation code and a consultant accepts it, without JavaScript', async ({ page, context, db, newUser, loginAs }) => {
  test.setTimeout(120_000);
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Segheria Primiero ${Date.now()} S.r.l.` });
  const consultant = await newUser('CONSULTANT');

  await loginAs(owner);
  await page.goto(`/aziende/${employer.id}/deleghe`);
  await page.getByRole('radio', { name: 'Con un codice da comunicare' }).check();
  await fillDate(page, 'Da quando vale la delega?', today());
  await page.getByRole('button', { name: 'Crea l’invito' }).click();
  const code = (await page.getByTestId('delegation-code').textContent())!;
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await context.clearCookies();
  await loginAs(consultant);
  await page.goto('/consulente/deleghe');
  await page.getByLabel('Codice di delega').fill(code);
  await page.getByRole('button', { name: 'Usa il codice' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Delega accettata' })).toContainText(employer.legalName);
  const delegation = await db.delegation.findFirstOrThrow({ where: { employerId: employer.id, consultantId: consultant.id } });
  expect(delegation.status).toBe('ACTIVE');
});

test('a staff member approves a request in part without JavaScript: the hours of each worker are pre-filled and kept', async ({ page, db, newUser, loginAs }) => {
  test.setTimeout(120_000);
  const staff = await db.user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.STAFF.email } });
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Malga Lagorai ${Date.now()}` });
  const unit = employer.units[0]!;
  const worker = await createWorker(db, employer.id, unit.id, { firstName: 'Carla', lastName: 'Senzajs', monthlyGlobalPay: '1800.00' });
  const filed = await createFiledRequest(db, { employerId: employer.id, createdById: owner.id, workers: [{ id: worker.id }], applicationDate: '2026-03-02', periodStart: '2026-03-09', periodEnd: '2026-05-29' });
  const resolution = await createResolutionRow(db, { createdById: staff.id, date: '2026-06-05', subject: 'Seduta senza JavaScript' });
  const line = await db.requestWorker.findFirstOrThrow({ where: { requestId: filed.request.id } });

  await loginAs('STAFF');
  await page.goto(`/comitato/domande/${filed.request.id}/approva-in-parte`);
  // The server-rendered page already holds the worker's line id and its requested hours.
  await expect(page.locator('input[name="workers.0.requestWorkerId"]')).toHaveValue(line.id);
  const hoursBox = page.getByLabel(/Ore riconosciute a Senzajs Carla/);
  await expect(hoursBox).not.toHaveValue('');
  await fillDate(page, 'Primo giorno concesso', '2026-04-01');
  await fillDate(page, 'Ultimo giorno concesso', '2026-04-30');
  await page.getByLabel('Ore di sospensione o riduzione ridotte a quelle documentate').check();
  await page.getByLabel('Delibera del Comitato').selectOption({ label: `n. ${resolution.number} del 05/06/2026 – Seduta senza JavaScript` });
  await page.getByRole('button', { name: 'Approva in parte' }).click();
  await expect(page).toHaveURL(new RegExp(`/comitato/domande/${filed.request.id}\\?esito=PARTIALLY_APPROVED`));
  expect((await db.request.findUniqueOrThrow({ where: { id: filed.request.id } })).status).toBe('PARTIALLY_APPROVED');
  const granted = await db.requestWorker.findUniqueOrThrow({ where: { id: line.id } });
  expect(granted.hoursGranted).not.toBeNull();
});
