// Forms whose hidden ids and pre-filled values come from react-hook-form's `register`: the browser
// fills them only after hydration, so without JavaScript the server-rendered HTML must carry them
// itself (defaultValue). Each test posts the form with JavaScript off and checks the outcome; the
// last one, the "Errore: " page titles of the answers with errors.
import type { Page } from '@playwright/test';
import { createEmployer, createFiledRequest, createResolutionRow, createWorker } from '../fixtures/factories';
import { DEMO_LOGIN, errorSummary, expect, test } from '../playwright-utils';

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

// GOV.UK / Designers Italia: a page that comes back with errors says "Errore: " first in its title,
// so that a screen reader announces it before anything else. With JavaScript the error summary
// does it in the browser; without, the server (lib/server/form-error-title.ts).
const PRODUCT = 'Fondo di solidarietà del Trentino';

test('a form posted without JavaScript that comes back with errors has "Errore: " first in the page title, and only that answer', async ({ page, db, newUser, loginAs, context, e2eServer }) => {
  test.setTimeout(120_000);
  // Sign-in (no session yet, its own action).
  await page.goto('/accedi');
  await page.getByRole('main').getByRole('button', { name: 'Accedi' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(page).toHaveTitle(`Errore: Accedi – ${PRODUCT}`);
  await page.goto('/accedi');
  await expect(page).toHaveTitle(`Accedi – ${PRODUCT}`);

  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Caseificio Senza Script ${Date.now()}` });
  const worker = await createWorker(db, employer.id, employer.units[0]!.id, { monthlyGlobalPay: '1700.00' });
  const { request } = await createFiledRequest(db, { employerId: employer.id, createdById: owner.id, workers: [{ id: worker.id }], applicationDate: '2026-09-07', periodStart: '2026-09-14', periodEnd: '2026-10-09' });
  await loginAs(owner);

  // Company set-up: a worker without any answer.
  await page.goto(`/aziende/${employer.id}/lavoratori/nuovo`);
  await page.getByRole('button', { name: 'Aggiungi il lavoratore' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(page).toHaveTitle(`Errore: Aggiungi un lavoratore – ${PRODUCT}`);

  // A refused CSV file: its problems by row and column are the form's errors.
  await page.goto(`/aziende/${employer.id}/lavoratori/importa`);
  await expect(page).toHaveTitle(`Importa lavoratori da un file CSV – ${PRODUCT}`);
  await page.getByLabel('File CSV').setInputFiles({ name: 'lavoratori.csv', mimeType: 'text/csv', buffer: Buffer.from('codice_fiscale;cognome\nX;Rossi\n') });
  await page.getByRole('button', { name: 'Importa i lavoratori' }).click();
  await expect(page.getByRole('heading', { name: 'Il file non è stato importato' })).toBeVisible();
  await expect(page).toHaveTitle(`Errore: Importa lavoratori da un file CSV – ${PRODUCT}`);

  // The request wizard: "Causale e periodo" saved without a cause.
  await page.goto(`/aziende/${employer.id}/domande/nuova`);
  await page.getByRole('button', { name: 'Inizia la domanda' }).click();
  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  await expect(page).toHaveTitle(/^Causale e periodo/);
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await expect(errorSummary(page)).toContainText('Scegli la causale della sospensione o riduzione');
  await expect(page).toHaveTitle(/^Errore: Causale e periodo/);

  // Withdrawal without the confirmation.
  await page.goto(`/aziende/${employer.id}/domande/${request.id}/ritira`);
  await page.getByRole('button', { name: 'Ritira la domanda' }).click();
  await expect(errorSummary(page)).toContainText('Conferma di voler ritirare la domanda');
  await expect(page).toHaveTitle(`Errore: Ritira la domanda – ${PRODUCT}`);
  // A successful post is no error: the page it goes to keeps its title.
  await page.getByLabel(`Voglio ritirare la domanda ${request.protocolNumber}`).check();
  await page.getByRole('button', { name: 'Ritira la domanda' }).click();
  await expect(page.getByRole('region', { name: 'Domanda ritirata' })).toBeVisible();
  await expect(page).toHaveTitle(`Ritira la domanda – ${PRODUCT}`);

  // In English, "Error: ".
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: e2eServer.baseURL }]);
  await page.goto(`/aziende/${employer.id}/lavoratori/nuovo`);
  await page.getByRole('button', { name: 'Add the worker' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Add a worker – /);
});
