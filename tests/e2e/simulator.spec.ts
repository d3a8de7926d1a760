// The public simulator (issue 3 §7): no sign-in, nothing stored. The expected figures are the
// digest's worked examples (C-2 ex. 1 and 2 = §I T06 and T07; A-6 ex. 1 = T26; H-3 = T57, T61),
// not the code's output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { errorSummary, expect, expectNoAxeViolations, test } from '../playwright-utils';

const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
  const g = group(page, legend);
  await g.getByLabel('Giorno').fill(day);
  await g.getByLabel('Mese').fill(month);
  await g.getByLabel('Anno').fill(year);
}

type Worker = { category: string; days: string; hours: string; pay: string; lost: string };

/** A Trento company of 8 (C2) suspending for market reasons in March 2025 (168 workable hours). */
async function fillCompany(page: Page, opts: { cigo?: 'Sì' | 'No'; trento?: string; other?: string } = {}) {
  await group(page, 'L’azienda rientra nella cassa integrazione ordinaria (CIGO)?').getByLabel(opts.cigo ?? 'No').check();
  await group(page, 'L’azienda è coperta da un fondo di solidarietà bilaterale?').getByLabel('No, nessun fondo bilaterale').check();
  await group(page, 'L’azienda rientra nella cassa integrazione straordinaria (CIGS)?').getByLabel('No').check();
  await page.getByLabel('Dipendenti a dicembre dell’anno scorso nelle sedi in provincia di Trento').fill(opts.trento ?? '8');
  await page.getByLabel('Dipendenti nello stesso mese nelle sedi fuori provincia').fill(opts.other ?? '0');
  await page.getByLabel('Media dei dipendenti negli ultimi 6 mesi').fill('8');
  await group(page, 'Per quale causa sospendi o riduci il lavoro?').getByLabel('Situazione temporanea di mercato').check();
  await group(page, 'Sospensione o riduzione dell’orario?').getByLabel('Sospensione dell’attività').check();
  await fillDate(page, 'Primo giorno di sospensione o riduzione', '3', '3', '2025');
  await fillDate(page, 'Ultimo giorno di sospensione o riduzione', '31', '3', '2025');
  await fillDate(page, 'Giorno in cui presenti la domanda', '20', '2', '2025');
}

async function fillWorker(page: Page, index: number, w: Worker) {
  const row = group(page, `Lavoratore ${index}`);
  await row.getByLabel('Categoria').selectOption({ label: w.category });
  await row.getByLabel('Giorni di lavoro effettivo in questa sede alla data della domanda').fill(w.days);
  await row.getByLabel('Orario settimanale da contratto').fill(w.hours);
  await row.getByLabel('Retribuzione globale mensile, in euro').fill(w.pay);
  await row.getByLabel('Ore non lavorate nel periodo').fill(w.lost);
}

const T06: Worker = { category: 'Operaio', days: '1100', hours: '40', pay: '2000,00', lost: '168' };
const T07: Worker = { category: 'Impiegato', days: '900', hours: '40', pay: '1300,00', lost: '168' };

test('T06/T07: a month of full suspension pays 1.404,03 € gross / 1.322,05 € net at 2.000 € (capped) and 1.009,94 € / 950,96 € at 1.300 €, each with its “perché?”', async ({ page }) => {
  await page.goto('/simulatore');
  await expect(page.getByRole('heading', { level: 1, name: 'Simula l’assegno di integrazione salariale' })).toBeVisible();
  await fillCompany(page);
  await fillWorker(page, 1, T06);
  await page.getByRole('button', { name: 'Aggiungi un lavoratore' }).click();
  await fillWorker(page, 2, T07);
  await page.getByRole('button', { name: 'Calcola la stima' }).click();

  const result = page.getByRole('region', { name: 'La stima' });
  await expect(result.getByRole('heading', { name: 'La stima' })).toBeFocused();
  await expect(result).toContainText('La domanda rispetta le regole del Fondo');
  await expect(result).toContainText('Classe dimensionale C2: media di 8 dipendenti');
  await expect(result).toContainText('Dipendenti in provincia di Trento (2024-12): 8 su 8, pari al 100,00 %');
  const table = result.getByRole('table', { name: 'Assegno per lavoratore nel periodo concedibile' });
  await expect(table.getByRole('row', { name: /Lavoratore 1/ })).toContainText('1.404,03 €');
  await expect(table.getByRole('row', { name: /Lavoratore 1/ })).toContainText('1.322,05 €');
  await expect(table.getByRole('row', { name: /Lavoratore 2/ })).toContainText('1.009,94 €');
  await expect(table.getByRole('row', { name: /Lavoratore 2/ })).toContainText('950,96 €');
  // 4 % of the pay lost: 168 h × (2.000/173 + 1.300/173) = 1.942,20 + 1.262,43 = 3.204,63 → 128,19 €.
  await expect(result).toContainText('Contributo addizionale a carico dell’azienda: 128,19 € (4 % di 3.204,63 € di retribuzione persa)');

  // "Perché?" of the 75 % test: the rule's detail and its citation as a link to the law.
  const why = result.locator('details').filter({ hasText: '8 dipendenti su 8' }).first();
  await why.locator('summary').click();
  await expect(why).toContainText('8 dipendenti su 8 in unità della Provincia di Trento = 100.00 % ≥ 75.00 %');
  await expect(why.getByRole('link', { name: /D\.Lgs\. 148\/2015 art\. 40 c\. 3/ }).first()).toHaveAttribute('href', /normattiva\.it.*148~art40/);
  // The windows as text and table, and the readings to confirm.
  await expect(result).toContainText('Limite 52 settimane: usate 0, prenotate 0, richieste ora 4,2, residue 47,8.');
  await expect(result.getByRole('region', { name: 'Da verificare' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('T26: a company with 8 of 11 employees in Trento (72,73 %) gets the FIS explained as a result, not as an error', async ({ page }) => {
  await page.goto('/simulatore');
  await fillCompany(page, { trento: '8', other: '3' });
  await fillWorker(page, 1, T06);
  await page.getByRole('button', { name: 'Calcola la stima' }).click();
  const result = page.getByRole('region', { name: 'La stima' });
  await expect(result).toContainText('Il Fondo di solidarietà del Trentino non si applica');
  await expect(result).toContainText('Meno del 75 % dei dipendenti in unità della Provincia di Trento');
  await expect(result.getByRole('heading', { name: 'A chi rivolgersi' })).toBeVisible();
  await expect(result).toContainText('Fondo di integrazione salariale (FIS, art. 29 d.lgs. 148/2015)');
  await expect(errorSummary(page)).toHaveCount(0);
  await result.locator('details').first().locator('summary').click();
  await expect(result).toContainText('8 dipendenti su 11 in unità della Provincia di Trento = 72.73 % < 75.00 %');
});

test('a company in the CIGO is sent to the CIGO, with where to file', async ({ page }) => {
  await page.goto('/simulatore');
  await fillCompany(page, { cigo: 'Sì' });
  await fillWorker(page, 1, T07);
  await page.getByRole('button', { name: 'Calcola la stima' }).click();
  const result = page.getByRole('region', { name: 'La stima' });
  await expect(result).toContainText('Il datore rientra nel campo della CIGO');
  await expect(result).toContainText('Cassa integrazione guadagni ordinaria: domanda a INPS (art. 15 d.lgs. 148/2015)');
  await expectNoAxeViolations(page);
});

test('missing answers: an error summary linking to each field, the same message inline, and "Errore: " in the title', async ({ page }) => {
  await page.goto('/simulatore');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Calcola la stima' }).click();
  const summary = errorSummary(page);
  // The summary's box takes focus, so screen readers read it first.
  await expect(page.locator('[aria-labelledby="error-summary-title"]')).toBeFocused();
  await expect(page).toHaveTitle(/^Errore: /);
  const link = summary.getByRole('link', { name: 'Inserisci i dipendenti di dicembre nelle sedi in provincia di Trento, anche 0' });
  await expect(link).toBeVisible();
  await expect(page.locator('#trentoHeads-error')).toContainText('Inserisci i dipendenti di dicembre nelle sedi in provincia di Trento, anche 0');
  await link.click();
  await expect(page.getByLabel('Dipendenti a dicembre dell’anno scorso nelle sedi in provincia di Trento')).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Scegli la categoria del lavoratore' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a period before 2022 is refused with a precise message on the start date', async ({ page }) => {
  await page.goto('/simulatore');
  await fillCompany(page);
  await fillDate(page, 'Primo giorno di sospensione o riduzione', '1', '3', '2021');
  await fillWorker(page, 1, T06);
  await page.getByRole('button', { name: 'Calcola la stima' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'Il simulatore calcola periodi dal 1° gennaio 2022' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still posts and shows the estimate (T06)', async ({ page }) => {
    await page.goto('/simulatore');
    await fillCompany(page);
    await fillWorker(page, 1, T06);
    await page.getByRole('button', { name: 'Calcola la stima' }).click();
    const table = page.getByRole('table', { name: 'Assegno per lavoratore nel periodo concedibile' });
    await expect(table).toContainText('1.404,03 €');
    await expect(table).toContainText('1.322,05 €');
  });

  test('errors come back with the typed values kept', async ({ page }) => {
    await page.goto('/simulatore');
    await page.getByLabel('Media dei dipendenti negli ultimi 6 mesi').fill('otto');
    await page.getByRole('button', { name: 'Calcola la stima' }).click();
    await expect(errorSummary(page)).toContainText('La media dei dipendenti va scritta come numero, ad esempio 5,67');
    await expect(page.getByLabel('Media dei dipendenti negli ultimi 6 mesi')).toHaveValue('otto');
  });
});

test.describe('L.R. 5/2009 (regional indemnity 2009–2010)', () => {
  async function fillLr5(page: Page, month: string) {
    await page.getByLabel('Mese del sostegno').selectOption({ label: month });
    await group(page, 'Provincia che eroga l’intervento').getByLabel('Provincia di Trento').check();
    await group(page, 'Situazione della persona').getByLabel('Lavoratore dipendente').check();
    await group(page, 'La persona rientra in uno di questi casi?').getByLabel('Nessuno').check();
    await page.getByLabel('Provincia di residenza alla cessazione o sospensione').selectOption({ label: 'Provincia di Trento' });
    await page.getByLabel('Provincia di domicilio alla cessazione o sospensione').selectOption({ label: 'Provincia di Trento' });
    await page.getByLabel('Provincia in cui è iniziato l’ultimo rapporto di lavoro').selectOption({ label: 'Provincia di Trento' });
    await group(page, 'La persona è disponibile a offerte di lavoro e di formazione?').getByLabel('Sì').check();
    await page.getByLabel('Giorni di anzianità con l’ultimo datore di lavoro, subito prima della cessazione').fill('200');
    await page.getByLabel('Indennità statale mensile (CIG, disoccupazione…), in euro').fill('900,00');
    await page.getByLabel('Indennità regionale mensile calcolata dalla Provincia, in euro').fill('300,00');
  }

  test('T57: with 900,00 € of State indemnity, 165,00 € of the 300,00 € computed is paid (ceiling 1.065,00 €)', async ({ page }) => {
    await page.goto('/simulatore/lr-5-2009');
    await expectNoAxeViolations(page);
    await fillLr5(page, 'marzo 2010');
    await page.getByRole('button', { name: 'Verifica' }).click();
    await expect(page.getByRole('heading', { name: 'Ha diritto all’indennità regionale' })).toBeFocused();
    await expect(page.getByText('Indennità regionale pagabile: 165,00 € al mese (totale con quella statale: 1.065,00 €')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('T61: support for January 2011 is not payable (periods up to 31 December 2010)', async ({ page }) => {
    await page.goto('/simulatore/lr-5-2009');
    await fillLr5(page, 'gennaio 2011');
    await page.getByRole('button', { name: 'Verifica' }).click();
    await expect(page.getByRole('heading', { name: 'Non ha diritto all’indennità regionale' })).toBeVisible();
    await expect(page.getByText('Interventi solo per periodi fino al 2010-12-31').first()).toBeVisible();
  });
});

test.describe('the public JSON API on the production server', () => {
  test('POST /api/v1/simulations answers the digest example (T06/T07), 400 with field paths, and the OpenAPI document is served', async ({ request }) => {
    const scenario = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../docs/rules/examples/scenario-t06-t07.json'), 'utf8'));
    const ok = await request.post('/api/v1/simulations', { data: scenario });
    expect(ok.status()).toBe(200);
    const result = await ok.json();
    expect(result.workers.map((w: { totals: { gross: string } }) => w.totals.gross)).toEqual(['1404.03', '1009.94']);

    const bad = await request.post('/api/v1/simulations', { data: { ...scenario, applicationDate: '2025-02-30' } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).fieldErrors).toEqual({ applicationDate: ['La data di presentazione della domanda deve essere una data reale nel formato AAAA-MM-GG'] });

    const text = await request.post('/api/v1/simulations', { data: 'x', headers: { 'content-type': 'text/plain' } });
    expect(text.status()).toBe(415);

    const params = await request.get('/api/v1/parameters?asOf=2026-03-01');
    expect((await params.json()).AIS_CAP_GROSS.value).toBe('1423.69');
    const openapi = await request.get('/api/v1/openapi.json');
    expect((await openapi.json()).openapi).toBe('3.1.0');
  });
});
