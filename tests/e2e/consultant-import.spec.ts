// Bulk import (issue 5): the demo consultant imports a CSV of workers for one of its clients —
// Windows-1252 and semicolons, as Italian Excel saves it — through the preview, and monthly
// headcounts; bad files are refused whole with row and column; the form works without JavaScript.
import { expect, expectNoAxeViolations, test } from '../playwright-utils';
import { createDelegation, createEmployer, createUser } from '../fixtures/factories';
import { makeCodiceFiscale, makePartitaIva } from '../fixtures/tax-codes';

const HEADING = 'codice_fiscale;cognome;nome;sede;categoria;contratto;tipo_apprendistato;data_assunzione;data_cessazione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli';
/** Windows-1252 bytes (Excel "CSV (delimitato)" on Italian Windows) for ASCII plus à è é ì ò ù. */
const cp1252 = (text: string) => Buffer.from([...text].map((c) => ({ à: 0xe0, è: 0xe8, é: 0xe9, ì: 0xec, ò: 0xf2, ù: 0xf9 })[c] ?? c.charCodeAt(0)));
let serial = 6_200_000 + Math.floor(Math.random() * 700_000);
const cf = () => makeCodiceFiscale(++serial);
const lastMonth = () => {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
};

test('the demo consultant imports workers for a client from an Excel CSV, after a preview', async ({ page, loginAs, db }) => {
  const client = await db.employer.findUniqueOrThrow({ where: { codiceFiscale: makePartitaIva(1002) } }); // Bottega Adige S.n.c.
  const [a, b] = [cf(), cf()];
  await loginAs('CONSULTANT');
  await page.goto('/consulente');
  await page.getByRole('link', { name: 'Importa da CSV' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importa da CSV' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Cliente').selectOption({ label: `Bottega Adige S.n.c. (${client.codiceFiscale})` });
  await page.getByRole('radio', { name: 'Lavoratori' }).check();
  await page.getByLabel('File CSV').setInputFiles({
    name: 'lavoratori.csv',
    mimeType: 'text/csv',
    buffer: cp1252(`${HEADING}\r\n${a};Niccolò;Attilio;;impiegato;indeterminato;;07/01/2020;;400;40;mensile;1.850,00;no\r\n${b};Dellai;Giulia;Rovereto;operaio;determinato;;01/09/2024;;200;37,5;oraria;11,50;sì\r\n`),
  });
  await page.getByRole('button', { name: 'Controlla il file' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Anteprima dell’importazione' })).toBeVisible();
  await expect(page.getByText('Windows-1252', { exact: false }).first()).toBeVisible();
  const table = page.getByRole('table', { name: '2 lavoratori da importare' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).toContainText('Niccolò Attilio');
  await expect(table).toContainText('Negozio di Rovereto');
  await expectNoAxeViolations(page);
  expect(await db.worker.count({ where: { codiceFiscale: { in: [a, b] } } })).toBe(0);

  await page.getByRole('button', { name: 'Importa 2 righe' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Importazione completata' })).toContainText('2 lavoratori importati per Bottega Adige S.n.c.');
  const saved = await db.worker.findMany({ where: { codiceFiscale: { in: [a, b] } }, orderBy: { lastName: 'asc' } });
  expect(saved.map((w) => [w.lastName, w.employerId, w.payBasis])).toEqual([
    ['Dellai', client.id, 'HOURLY'],
    ['Niccolò', client.id, 'MONTHLY'],
  ]);
});

test('a bad file is refused whole, each problem with its row and column, and nothing is saved', async ({ page, loginAs, newUser, db }) => {
  const consultant = await newUser('CONSULTANT');
  const owner = await createUser(db, { role: 'EMPLOYER' });
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Ferramenta Vanoi ${Date.now()} S.r.l.` });
  await createDelegation(db, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
  const dup = cf();
  await loginAs(consultant);
  await page.goto('/consulente/importa');
  await page.getByRole('button', { name: 'Controlla il file' }).click();
  await expect(page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) }).getByRole('link')).toHaveText(['Scegli il cliente di cui importare i dati', 'Scegli il file CSV da importare']);

  await page.getByLabel('Cliente').selectOption({ index: 1 });
  await page.getByLabel('File CSV').setInputFiles({
    name: 'doppi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `${HEADING}\n${dup};Rossi;Anna;;operaio;indeterminato;;07/01/2020;;400;40;mensile;1.850,00;no\n${dup};Bianchi;Marco;;operaio;indeterminato;;07/01/2020;;400;40;mensile;1.850,00;no\n${cf()};Verdi;Luca;;operaio;indeterminato;;31/02/2020;;400;40;mensile;1.850,00;no\n`,
    ),
  });
  await page.getByRole('button', { name: 'Controlla il file' }).click();
  const issues = page.getByRole('table', { name: 'Errori nel file' });
  await expect(page.getByRole('heading', { name: 'Il file non è stato importato' })).toBeVisible();
  await expect(issues.locator('tbody tr')).toHaveCount(2);
  await expect(issues.locator('tbody tr').nth(0).getByRole('cell')).toHaveText(['3', 'codice_fiscale', 'Codice fiscale ripetuto: compare anche alla riga 2.']);
  await expect(issues.locator('tbody tr').nth(1).getByRole('cell')).toHaveText(['4', 'data_assunzione', /data reale/]);
  await expectNoAxeViolations(page);
  expect(await db.worker.count({ where: { employerId: employer.id, codiceFiscale: dup } })).toBe(0);

  await page.getByLabel('File CSV').setInputFiles({ name: 'tubi.csv', mimeType: 'text/csv', buffer: Buffer.from(HEADING.replaceAll(';', '|')) });
  await page.getByRole('button', { name: 'Controlla il file' }).click();
  await expect(page.getByRole('table', { name: 'Errori nel file' })).toContainText('Non abbiamo riconosciuto le intestazioni delle colonne');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('monthly headcounts: upload, preview, import', async ({ page, loginAs, newUser, db }) => {
    const consultant = await newUser('CONSULTANT');
    const owner = await createUser(db, { role: 'EMPLOYER' });
    const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Malga Lagorai ${Date.now()} S.r.l.` });
    await createDelegation(db, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
    await loginAs(consultant);
    await page.goto('/consulente/importa');
    await page.getByLabel('Cliente').selectOption({ index: 1 });
    await page.getByRole('radio', { name: 'Dipendenti mensili delle sedi' }).check();
    await page.getByLabel('File CSV').setInputFiles({ name: 'dipendenti.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFFmese;dipendenti;part_time;ore_part_time\r\n${lastMonth()};5;2;44\r\n`) });
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    await expect(page.getByRole('table', { name: '1 mese da importare' })).toContainText(lastMonth());
    await page.getByRole('button', { name: 'Importa 1 riga' }).click();
    await expect(page.getByText('1 mese importato per Malga Lagorai')).toBeVisible();
    const row = await db.headcountMonth.findFirstOrThrow({ where: { employerId: employer.id } });
    // 3 full-timers + 44 part-time hours of 40 = 1.1 units, the 0.1 residual dropped (digest B-2).
    expect([row.heads, row.partTimeHeads, row.sizeUnits.toFixed(2)]).toEqual([5, 2, '4.00']);
  });
});
