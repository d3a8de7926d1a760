// Issue 7 §6: personal data (codici fiscali, names, pay) and passwords never reach the server
// logs. The production servers' stdout and stderr are kept in files by serve.ts; this spec sends
// unique "canary" values through the flows that handle them — sign-in with a wrong and a right
// password (form and next-auth endpoint), a workers CSV refused for a bad row and then imported,
// the public simulation API with valid and broken bodies — and then searches both instances' logs.
import { randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createDelegation, createEmployer, createUser } from '../fixtures/factories';
import { makeCodiceFiscale } from '../fixtures/tax-codes';
import { expect, test } from '../playwright-utils';

const HEADING = 'codice_fiscale;cognome;nome;sede;categoria;contratto;tipo_apprendistato;data_assunzione;data_cessazione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli';
const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + randomInt(26))).join('');

test('codici fiscali, names, pay and passwords sent through sign-in, CSV import and the API never appear in the server logs', async ({ page, request, db, newUser, e2eServer }) => {
  const serial = 7_100_000 + randomInt(800_000);
  const canary = {
    wrongPassword: `Canarino-${randomUUID()}`,
    codiciFiscali: [makeCodiceFiscale(serial), makeCodiceFiscale(serial + 1)],
    lastName: `Zanzotto${letters(8)}`,
    firstName: `Eleuterio${letters(8)}`,
    pay: `${4000 + randomInt(5000)},${10 + randomInt(89)}`, // Italian, e.g. 7654,32
  };
  const payDot = canary.pay.replace(',', '.');
  const payThousands = `${canary.pay.slice(0, 1)}.${canary.pay.slice(1)}`; // 7.654,32
  const consultant = await newUser('CONSULTANT');
  const owner = await createUser(db, { role: 'EMPLOYER' });
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Segheria Canarino ${Date.now()} S.r.l.` });
  await createDelegation(db, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });

  // Sign-in form: a wrong password, then the right one.
  await page.goto('/accedi');
  await page.getByLabel('Indirizzo e-mail').fill(consultant.email);
  await page.getByLabel('Password').fill(canary.wrongPassword);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page.getByRole('alert').first()).toContainText('non sono corretti');
  await page.getByLabel('Password').fill(consultant.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page).toHaveURL('/consulente');

  // next-auth's endpoint with the wrong password.
  const csrf = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await request.post('/api/auth/callback/credentials', { form: { csrfToken: csrf.csrfToken, email: consultant.email, password: canary.wrongPassword, json: 'true' }, maxRedirects: 0 });

  // A workers CSV refused for a bad row (the error path), then imported.
  const [cfA, cfB] = canary.codiciFiscali as [string, string];
  const row = (cf: string, hire: string) => `${cf};${canary.lastName};${canary.firstName};;operaio;indeterminato;;${hire};;400;40;mensile;${payThousands};no`;
  await page.goto('/consulente/importa');
  await page.getByLabel('Cliente').selectOption({ label: `${employer.legalName} (${employer.codiceFiscale})` });
  await page.getByRole('radio', { name: 'Lavoratori' }).check();
  await page.getByLabel('File CSV').setInputFiles({ name: 'lavoratori.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADING}\n${row(cfA, '07/01/2020')}\n${row(cfB, '31/02/2020')}\n`) });
  await page.getByRole('button', { name: 'Controlla il file' }).click();
  await expect(page.getByRole('heading', { name: 'Il file non è stato importato' })).toBeVisible();
  await page.getByLabel('File CSV').setInputFiles({ name: 'lavoratori.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADING}\n${row(cfA, '07/01/2020')}\n${row(cfB, '07/01/2021')}\n`) });
  await page.getByRole('button', { name: 'Controlla il file' }).click();
  await page.getByRole('button', { name: 'Importa 2 righe' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Importazione completata' })).toBeVisible();
  expect(await db.worker.count({ where: { codiceFiscale: { in: canary.codiciFiscali } } })).toBe(2);

  // The public API: a valid scenario carrying the canaries as worker ids and pay, and broken ones.
  const scenario = JSON.parse(readFileSync('docs/rules/examples/scenario-t06-t07.json', 'utf8')) as { workers: Array<Record<string, unknown>> };
  scenario.workers[0]!.id = `${canary.lastName} ${cfA}`;
  scenario.workers[0]!.monthlyGlobalPay = payDot;
  const headers = { 'content-type': 'application/json', 'x-real-ip': `canary-${randomUUID()}` };
  expect((await request.post('/api/v1/simulations', { headers, data: JSON.stringify(scenario) })).status()).toBe(200);
  scenario.workers[0]!.monthlyGlobalPay = `${canary.firstName}`;
  expect((await request.post('/api/v1/simulations', { headers, data: JSON.stringify(scenario) })).status()).toBe(400);
  expect((await request.post('/api/v1/simulations', { headers, data: `{"workers":[{"id":"${cfB}","pay":${payDot}` })).status()).toBe(400);

  // Everything both instances wrote so far (stdout and stderr are piped asynchronously).
  await page.waitForTimeout(500);
  const logs = e2eServer.logFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  expect(logs, 'the log capture works (next start announces itself)').toContain('Ready');
  const needles = [canary.wrongPassword, consultant.password, ...canary.codiciFiscali, canary.lastName, canary.firstName, canary.pay, payDot, payThousands, consultant.email];
  for (const needle of needles) expect(logs.includes(needle), `the server logs contain "${needle}"`).toBe(false);
});
