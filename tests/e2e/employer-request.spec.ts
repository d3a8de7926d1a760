// The employer's request wizard (issue 4): start, task list, the three question pages with live
// rule figures, riepilogo with "Modifica", filing, "Richiesta inviata", receipt PDF; the routing
// page for a company the Fund does not cover; axe on every page; one step without JavaScript.
// Expected figures come from the digest (G-2 filing window, A-6 75 % test, B-1/D-1 class C1 and
// its 13 weeks, C-2 amount and 2026 cap, F-4 seniority) applied to the demo data of prisma/seed.ts.
import Decimal from 'decimal.js';
import { readFile } from 'node:fs/promises';
import { DEMO_PASSWORD } from '../../prisma/seed';
import { errorSummary, expect, expectNoAxeViolations, test } from '../playwright-utils';
import { createEmployer, createHeadcounts, createWorker, day } from '../fixtures/factories';
import { pdfText } from '../support/pdf-text';
import { dmy, fileFromSummary, fileableMonth, fillCausePeriod, fillDate, fillProcedure, group, todayInRome } from './support/wizard';

const money = (v: Decimal.Value) => `${new Decimal(v).toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`;
/** Monthly AIS caps of the digest (C-2 table, INPS circ. 4/2026): gross / net. */
const CAPS: Record<string, { gross: string; net: string }> = { '2026': { gross: '1423.69', net: '1340.56' } };

async function companyId(db: import('@/lib/server/db-client').PrismaClient, legalName: string) {
  return (await db.employer.findFirstOrThrow({ where: { legalName }, select: { id: true } })).id;
}

test('the demo employer files a request through the wizard: figures from the law, riepilogo, protocol number, receipt', async ({ page, loginAs, db }) => {
  test.setTimeout(180_000);
  const employerId = await companyId(db, 'Hotel Dolomiti S.r.l.');
  const openBefore = await db.request.count({ where: { employerId, status: { in: ['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'] } } });
  const period = fileableMonth();
  await loginAs('EMPLOYER');

  // Start from the company page.
  await page.goto(`/aziende/${employerId}`);
  await page.getByRole('link', { name: 'Nuova domanda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nuova domanda di assegno di integrazione salariale' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Inizia la domanda' }).click();

  // The task list: only the first step can start.
  await expect(page.getByRole('heading', { level: 1, name: 'Bozza di domanda' })).toBeVisible();
  const requestId = /\/domande\/([^/?]+)$/.exec(new URL(page.url()).pathname)![1]!;
  await expect(page.getByRole('link', { name: 'Causale e periodo' })).toHaveAccessibleDescription('Da completare');
  await expect(page.getByRole('link', { name: 'Lavoratori' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Step 1: errors in a summary and inline, typed values kept.
  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Causale e periodo' })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillCausePeriod(page, { start: period.start, end: period.start });
  await fillDate(page, 'Ultimo giorno di sospensione o riduzione', addDaysIso(period.start, -1));
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  const summary = errorSummary(page);
  await expect(summary.getByRole('link')).toHaveText(['La data di fine non può precedere la data di inizio']);
  await expect(group(page, 'Ultimo giorno di sospensione o riduzione')).toContainText('Errore: La data di fine non può precedere la data di inizio');
  await expect(page).toHaveTitle(/^Errore: /);
  await expect(page.getByLabel('Relazione tecnica')).toHaveValue('Calo delle prenotazioni dopo la chiusura degli impianti di risalita.');
  await expectNoAxeViolations(page);
  await fillDate(page, 'Ultimo giorno di sospensione o riduzione', period.end);
  await page.getByRole('button', { name: 'Salva come bozza' }).click();

  // Saved as draft: back on the task list, step 1 completed, step 2 open.
  await expect(page.getByRole('alert').filter({ hasText: 'Bozza salvata' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Causale e periodo' })).toHaveAccessibleDescription('Completato');
  await expect(page.getByRole('link', { name: 'Lavoratori' })).toHaveAccessibleDescription('Da completare');

  // The live figures of step 1, from the law applied to the seed (4 employees, all in Trento).
  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  const figures = page.getByRole('region', { name: 'Che cosa dicono le regole' });
  const december = `dicembre ${Number(period.start.slice(0, 4)) - 1}`;
  // December of the previous year, 4 of 4 heads in Trento = 100 % ≥ 75 %.
  await expect(figures).toContainText(`Test del 75 %: in ${december} 4 dipendenti su 4 nelle sedi in provincia di Trento (100,00 %)`);
  // B-1/D-1: average 4 ≤ 5 → class C1, at most 13 weeks per request.
  await expect(figures).toContainText('Classe dimensionale C1: media di 4 dipendenti nel semestre precedente');
  await expect(figures).toContainText('Massimo per singola domanda: 13 settimane');
  // G-2: from 30 days before the start to 15 days after it.
  await expect(figures).toContainText(`Domanda da presentare tra il ${dmy(period.earliest)} e il ${dmy(period.latest)}`);
  await expect(figures.getByRole('table', { name: 'Finestre mobili: limiti e utilizzo' })).toBeVisible();
  await expect(figures.getByText('Perché?').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Salva e continua' }).click();

  // Step 2: a worker ticked without hours is an error; then three workers.
  await expect(page.getByRole('heading', { level: 1, name: 'Lavoratori interessati' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('checkbox', { name: 'Includi Matteo Pedrotti' }).check();
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Inserisci le ore non lavorate nel periodo']);
  await expect(page.getByLabel('Ore non lavorate nel periodo da Matteo Pedrotti')).toHaveAccessibleDescription(/Errore: Inserisci le ore non lavorate nel periodo/);
  await expectNoAxeViolations(page);
  await page.getByLabel('Ore non lavorate nel periodo da Matteo Pedrotti').fill('160');
  await page.getByRole('checkbox', { name: 'Includi Sara Dallapiccola' }).check();
  // More than the month's contractual hours: clipped to them, i.e. a full month's suspension.
  await page.getByLabel('Ore non lavorate nel periodo da Sara Dallapiccola').fill('250');
  await page.getByRole('checkbox', { name: 'Includi Elena Zanella' }).check();
  await page.getByLabel('Ore non lavorate nel periodo da Elena Zanella').fill('40');
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Procedura sindacale' })).toBeVisible();

  // Back to step 2 to see each worker's allowance.
  await page.getByRole('link', { name: 'Indietro' }).click();
  const table = page.getByRole('table', { name: 'Assegno per lavoratore nel periodo concedibile' });
  // C-2: 80 % × 1.300,00 ÷ 173 × 160 h, below the cap; net −5,84 %.
  const matteoGross = new Decimal('1300').div(173).times('0.8').times(160).toDecimalPlaces(2);
  const matteo = table.getByRole('row').filter({ hasText: 'Matteo Pedrotti' });
  await expect(matteo).toContainText(money(matteoGross));
  // Net: gross − 5,84 %, to the cent (digest C-2 ex. 2 allows ± 0,01 for rounding).
  const matteoNet = matteoGross.times('0.9416').toDecimalPlaces(2);
  const matteoText = await matteo.innerText();
  expect([matteoNet.minus('0.01'), matteoNet, matteoNet.plus('0.01')].some((v) => matteoText.includes(money(v)))).toBe(true);
  // A whole month suspended at 2.000,00: above the cap, so the month's cap (digest C-2 table).
  const cap = CAPS[period.start.slice(0, 4)];
  const sara = table.getByRole('row').filter({ hasText: 'Sara Dallapiccola' });
  if (cap) {
    await expect(sara).toContainText(money(cap.gross));
    await expect(sara).toContainText(money(cap.net));
  }
  await expect(sara).toContainText('massimale applicato');
  // F-4: 29 days of effective work, fewer than 30 → not entitled.
  await expect(table.getByRole('row').filter({ hasText: 'Elena Zanella' })).not.toContainText('Sì');
  // E-3: 4 % of the lost pay.
  const additional = await page.getByText(/Contributo addizionale a carico dell’azienda/).innerText();
  const [, amount, base] = /: ([\d.,]+) € \(4 % di ([\d.,]+) €/.exec(additional)!;
  const parse = (s: string) => new Decimal(s!.replace(/\./g, '').replace(',', '.'));
  expect(parse(amount!).toFixed(2)).toBe(parse(base!).times('0.04').toDecimalPlaces(2).toFixed(2));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Salva e continua' }).click();

  // Step 3.
  await expect(page.getByRole('heading', { level: 1, name: 'Procedura sindacale' })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillProcedure(page, todayInRome());
  await page.getByRole('button', { name: 'Salva e continua' }).click();

  // Riepilogo: "Modifica" comes back here.
  await expect(page.getByRole('heading', { level: 1, name: 'Controlli le risposte prima di inviare la domanda' })).toBeVisible();
  await expect(page.getByText(`dal ${dmy(period.start)} al ${dmy(period.end)}`, { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Modifica Relazione tecnica' }).click();
  await expect(page).toHaveURL(/\/causale\?ritorno=riepilogo$/);
  await page.getByLabel('Relazione tecnica').fill('Calo delle prenotazioni: impianti di risalita chiusi per mancanza di neve.');
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Controlli le risposte prima di inviare la domanda' })).toBeVisible();
  await expect(page.getByText('impianti di risalita chiusi per mancanza di neve')).toBeVisible();

  // Without the declarations the request is not sent: error summary and inline message.
  await page.getByRole('button', { name: 'Invia domanda' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Conferma le dichiarazioni per inviare la domanda']);
  await expect(group(page, 'Dichiarazioni')).toContainText('Errore: Conferma le dichiarazioni per inviare la domanda');
  await expectNoAxeViolations(page);
  expect((await db.request.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).status).toBe('DRAFT');

  // "Invia domanda", double-clicked: one request, one protocol number.
  const protocol = await fileFromSummary(page);
  expect(protocol).toMatch(/^FSTN-\d{4}-\d{6,}$/);
  await expectNoAxeViolations(page);
  const filed = await db.request.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, protocolNumber: true } });
  expect(filed).toEqual({ status: 'FILED', protocolNumber: protocol });
  expect(await db.auditEvent.count({ where: { action: 'request.file', entityId: requestId } })).toBe(1);

  // The receipt is a PDF that carries the protocol number.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Scarica la ricevuta (PDF)' }).click()]);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfText(pdf)).toContain(protocol);

  // The employer's home counts it among the requests in progress and links it by protocol number.
  await page.goto('/aziende');
  const row = page.getByRole('row').filter({ hasText: 'Hotel Dolomiti S.r.l.' });
  await expect(row.getByRole('cell').last()).toHaveText(String(openBefore + 1));
  await page.getByRole('link', { name: protocol }).click();
  await expect(page).toHaveURL(new RegExp(`/domande/${requestId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(protocol);
});

function addDaysIso(iso: string, days: number) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

test('a company with fewer than 75 % of its employees in Trento gets the routing page, not an error', async ({ page, loginAs, db }) => {
  const employerId = await companyId(db, 'Logistica Garda Verona S.p.A.');
  await loginAs({ email: 'datore2@demo.fstn.it', password: DEMO_PASSWORD });
  await page.goto(`/aziende/${employerId}/domande/nuova`);
  await page.getByRole('button', { name: 'Inizia la domanda' }).click();
  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  await fillCausePeriod(page, fileableMonth(), { unit: 'Deposito di Riva del Garda' });
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Il Fondo di solidarietà del Trentino non si applica' })).toBeVisible();
  await expect(errorSummary(page)).toHaveCount(0);
  // 8 of 11 employees in Trento = 72,73 % < 75 %.
  await expect(page.getByText(/8 dipendenti su 11 nelle sedi in provincia di Trento \(72,73 %\)/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'A chi rivolgersi' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Torna all’elenco dei passi' }).click();
  await expect(page.getByRole('link', { name: /il Fondo non si applica/ })).toBeVisible();
});

/** A fresh C1 company of the test's own (4 employees in Trento for 13 months), optionally with weeks already used. */
async function freshC1Company(db: import('@/lib/server/db-client').PrismaClient, ownerId: string, usedWeeks = 0) {
  const employer = await createEmployer(db, { ownerId, legalName: `Albergo Paganella ${Date.now()} S.r.l.` });
  const unit = employer.units[0]!;
  const today = todayInRome();
  const months = Array.from({ length: 13 }, (_, i) => {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const index = y * 12 + (m - 1) - (13 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
  await createHeadcounts(db, employer.id, unit.id, Object.fromEntries(months.map((m) => [m, 4])));
  await createWorker(db, employer.id, unit.id, { firstName: 'Anna', lastName: 'Paoli' });
  if (usedWeeks > 0) {
    const usedStart = addDaysIso(today, -7 * 50);
    await db.windowEntry.create({ data: { employerId: employer.id, productionUnitId: unit.id, kind: 'HISTORY', cause: 'ORDINARY_MARKET', periodStart: day(usedStart), periodEnd: day(addDaysIso(usedStart, usedWeeks * 7 - 1)), weeks: String(usedWeeks) } });
  }
  return employer;
}

test('a 14-week request of a C1 company puts "C’è un problema" on the task list: 13 weeks at most per request', async ({ page, loginAs, newUser, db }) => {
  // Digest T09 (D-1): class C1, a single request of 14 weeks is refused — split it.
  const owner = await newUser('EMPLOYER');
  const employer = await freshC1Company(db, owner.id);
  const start = addDaysIso(todayInRome(), 7);
  await loginAs(owner);
  await page.goto(`/aziende/${employer.id}/domande/nuova`);
  await page.getByRole('button', { name: 'Inizia la domanda' }).click();
  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  await fillCausePeriod(page, { start, end: addDaysIso(start, 14 * 7 - 1) });
  await page.getByRole('button', { name: 'Salva come bozza' }).click();
  await expect(page.getByRole('link', { name: 'Causale e periodo' })).toHaveAccessibleDescription('C’è un problema');
  await expect(page.getByText('Il periodo conta 14 settimane: il massimo per una domanda è 13. Divida la richiesta in più domande.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('fewer weeks left than requested: the maximum grantable, why, and a button that trims the period to it', async ({ page, loginAs, newUser, db }) => {
  // Digest T13: class C1, 45 weeks already used in the rolling biennium, 13 requested → 7 left (J-8: trim).
  const owner = await newUser('EMPLOYER');
  const employer = await freshC1Company(db, owner.id, 45);
  const today = todayInRome();
  const start = addDaysIso(today, 7);
  const end = addDaysIso(start, 13 * 7 - 1);
  const trimmedEnd = addDaysIso(start, 7 * 7 - 1);

  await loginAs(owner);
  await page.goto(`/aziende/${employer.id}/domande/nuova`);
  await page.getByRole('button', { name: 'Inizia la domanda' }).click();
  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  await fillCausePeriod(page, { start, end });
  await page.getByRole('button', { name: 'Salva come bozza' }).click();
  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  const figures = page.getByRole('region', { name: 'Che cosa dicono le regole' });
  await expect(figures).toContainText('Settimane richieste: 13 · concedibili: 7');
  await expect(figures).toContainText(`Nelle finestre mobili della sede restano 7 settimane: si può concedere il periodo dal ${dmy(start)} al ${dmy(trimmedEnd)}.`);
  await expectNoAxeViolations(page);
  await figures.getByRole('button', { name: `Accorcia il periodo al ${dmy(trimmedEnd)}` }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Periodo accorciato' })).toBeVisible();
  await expect(group(page, 'Ultimo giorno di sospensione o riduzione').getByLabel('Giorno')).toHaveValue(String(Number(trimmedEnd.slice(8, 10))));
  await expect(figures).toContainText('Settimane richieste: 7 · concedibili: 7');
});

test('in English: the task list, the step and its errors', async ({ page, context, loginAs, db, e2eServer }) => {
  const employerId = await companyId(db, 'Hotel Dolomiti S.r.l.');
  await loginAs('EMPLOYER');
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: e2eServer.baseURL }]);
  await page.goto(`/aziende/${employerId}/domande/nuova`);
  await page.getByRole('button', { name: 'Start the request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft request' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cause and period' })).toHaveAccessibleDescription('To do');
  await page.getByRole('link', { name: 'Cause and period' }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(errorSummary(page)).toContainText('Select the cause of the suspension or reduction');
  await expectNoAxeViolations(page);
});

test('the Committee’s staff see a draft’s task list read-only and cannot open its steps', async ({ page, loginAs, db }) => {
  const employerId = await companyId(db, 'Hotel Dolomiti S.r.l.');
  const draft = await db.request.findFirstOrThrow({ where: { employerId, status: 'DRAFT' }, orderBy: { createdAt: 'asc' }, select: { id: true } });
  await loginAs('STAFF');
  await page.goto(`/aziende/${employerId}/domande/${draft.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bozza di domanda' })).toBeVisible();
  await expect(page.getByText('Causale e periodo', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Causale e periodo' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Annulla la bozza' })).toHaveCount(0);
  expect((await page.goto(`/aziende/${employerId}/domande/${draft.id}/causale`))?.status()).toBe(403);
  expect((await page.goto(`/aziende/${employerId}/domande/nuova`))?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Causale e periodo" shows the errors with the answers kept, then saves and moves on', async ({ page, loginAs, db }) => {
    const employerId = await companyId(db, 'Hotel Dolomiti S.r.l.');
    await loginAs('EMPLOYER');
    await page.goto(`/aziende/${employerId}/domande/nuova`);
    await page.getByRole('button', { name: 'Inizia la domanda' }).click();
    await page.getByRole('link', { name: 'Causale e periodo' }).click();
    await page.getByLabel('Relazione tecnica').fill('Guasto alla centrale termica.');
    await page.getByRole('button', { name: 'Salva e continua' }).click();
    await expect(errorSummary(page)).toContainText('Scegli la causale della sospensione o riduzione');
    await expect(group(page, 'Causale')).toContainText('Errore: Scegli la causale della sospensione o riduzione');
    await expect(page.getByLabel('Relazione tecnica')).toHaveValue('Guasto alla centrale termica.');
    await fillCausePeriod(page, fileableMonth());
    await page.getByRole('button', { name: 'Salva e continua' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lavoratori interessati' })).toBeVisible();
    const requestId = /\/domande\/([^/]+)\/lavoratori$/.exec(new URL(page.url()).pathname)![1]!;

    // The draft is discarded after a confirmation page, and then it is nowhere to be edited.
    await page.goto(`/aziende/${employerId}/domande/${requestId}`);
    await page.getByRole('link', { name: 'Annulla la bozza' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vuole annullare questa bozza?' })).toBeVisible();
    await page.getByRole('button', { name: 'Sì, annulla la bozza' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hotel Dolomiti S.r.l.' })).toBeVisible();
    expect((await db.request.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).status).toBe('DISCARDED');
    expect((await page.goto(`/aziende/${employerId}/domande/${requestId}/causale`))?.status()).toBe(404);
  });
});
