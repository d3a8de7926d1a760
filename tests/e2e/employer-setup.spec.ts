// Company set-up (issue 4 §1–§2, §4): a new employer registers its company, its production units,
// monthly headcounts, workers (by form and from CSV) and a past period, and sees the 75 % test and
// the size class computed by the rules with the law's worked examples (digest A-6, B-2). Every page
// gets an axe scan; the forms work without JavaScript; another employer's pages are closed.
import { expect, expectNoAxeViolations, errorSummary, test } from '../playwright-utils';
import { createDelegation, createEmployer, createHeadcounts } from '../fixtures/factories';
import { makeCodiceFiscale, makePartitaIva } from '../fixtures/tax-codes';

let serial = 3_100_000 + Math.floor(Math.random() * 800_000);
const partitaIva = () => makePartitaIva(++serial);
/** The same number with a wrong check digit. */
const wrongCheckDigit = (valid: string) => `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`;

test('the footer pages are public, in Italian, and accessible', async ({ page }) => {
  await page.goto('/');
  for (const [link, heading] of [
    ['Dichiarazione di accessibilità', 'Dichiarazione di accessibilità'],
    ['Informativa privacy', 'Informativa privacy'],
    ['Note legali', 'Note legali'],
  ] as const) {
    await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('a new employer registers its company: a wrong codice fiscale is refused with the value kept', async ({ page, newUser, loginAs }) => {
  const owner = await newUser('EMPLOYER');
  const cf = partitaIva();
  await loginAs(owner);
  await page.goto('/aziende');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Aggiungi un’azienda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registra un’azienda' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Ragione sociale').fill('Pasticceria Lagorai S.r.l.');
  await page.getByLabel('Codice fiscale dell’azienda').fill(wrongCheckDigit(cf));
  await page.getByLabel('Matricola INPS').fill('2201234567');
  const started = page.getByRole('group', { name: 'Data di inizio dell’attività' });
  await started.getByLabel('Giorno').fill('1');
  await started.getByLabel('Mese').fill('3');
  await started.getByLabel('Anno').fill('2018');
  await page.getByRole('button', { name: 'Continua' }).click();

  const checksum = 'Il codice fiscale non è valido: controlla di averlo scritto correttamente (il carattere di controllo non corrisponde)';
  await expect(errorSummary(page).getByRole('link')).toHaveText([checksum]);
  await expect(page.locator('#codiceFiscale-error')).toContainText(checksum);
  await expect(page).toHaveTitle(/^Errore: /);
  await expect(page.getByLabel('Codice fiscale dell’azienda')).toHaveValue(wrongCheckDigit(cf));
  await expect(page.getByLabel('Ragione sociale')).toHaveValue('Pasticceria Lagorai S.r.l.');
  await expectNoAxeViolations(page);

  await page.getByLabel('Codice fiscale dell’azienda').fill(cf);
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settore e ammortizzatori sociali' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Azienda registrata' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Codice ATECO dell’attività principale').fill('56.10.30');
  await page.getByLabel('Descrizione dell’attività').fill('Gelaterie e pasticcerie');
  await page.getByRole('group', { name: /cassa integrazione ordinaria/ }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('group', { name: /cassa integrazione straordinaria/ }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('radio', { name: 'No, nessun fondo bilaterale' }).check();
  await page.getByRole('button', { name: 'Salva e torna all’azienda' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Pasticceria Lagorai S.r.l.' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Il settore è stato salvato.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dati dell’azienda' })).toContainText(cf);
  await expect(page.getByRole('region', { name: 'Settore e ammortizzatori sociali' })).toContainText('56.10.30 – Gelaterie e pasticcerie');
  await expectNoAxeViolations(page);
});

const monthName = new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const label = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));
const addMonths = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};
/** Today's month in Rome, the reference month of the 75 % test (December of last year, A-6) and the semester before this month (B-1). */
function ruleMonths() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date()).slice(0, 7);
  const reference = `${Number(today.slice(0, 4)) - 1}-12`;
  const semester = [6, 5, 4, 3, 2, 1].map((n) => addMonths(today, -n));
  return { reference, semester };
}

async function registerCompany(page: import('@playwright/test').Page, name: string, cf: string) {
  await page.goto('/aziende/nuova');
  await page.getByLabel('Ragione sociale').fill(name);
  await page.getByLabel('Codice fiscale dell’azienda').fill(cf);
  await page.getByLabel('Matricola INPS').fill('2201234567');
  const started = page.getByRole('group', { name: 'Data di inizio dell’attività' });
  await started.getByLabel('Giorno').fill('1');
  await started.getByLabel('Mese').fill('3');
  await started.getByLabel('Anno').fill('2018');
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settore e ammortizzatori sociali' })).toBeVisible();
  return page.url().split('/')[4]!;
}

async function addUnit(page: import('@playwright/test').Page, employerId: string, name: string, comune: string, province?: string) {
  await page.goto(`/aziende/${employerId}/sedi/nuova`);
  if (province) {
    await page.getByLabel('Provincia', { exact: true }).selectOption(province);
    await page.getByRole('button', { name: 'Mostra i comuni' }).click();
    await expect(page.getByLabel(`Comune (provincia ${province})`)).toBeVisible();
  }
  await page.getByLabel('Nome dell’unità').fill(name);
  await page.getByLabel(/^Comune/).selectOption({ label: comune });
  await page.getByRole('button', { name: 'Aggiungi l’unità produttiva' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'L’unità produttiva è stata aggiunta' })).toBeVisible();
}

test('the employer sets up units, headcounts, workers and a past period, and sees the 75 % test and the size class', async ({ page, newUser, loginAs, db }) => {
  test.setTimeout(180_000);
  const owner = await newUser('EMPLOYER');
  await loginAs(owner);
  const employerId = await registerCompany(page, `Panificio Primiero ${serial} S.r.l.`, partitaIva());

  // Units: one in Trento (TN), one in Verona (VR): the 75 % test counts every unit (A-6 edge case 3).
  await page.goto(`/aziende/${employerId}/sedi/nuova`);
  await expectNoAxeViolations(page);
  await addUnit(page, employerId, 'Laboratorio di Trento', 'Trento');
  await expectNoAxeViolations(page);
  await addUnit(page, employerId, 'Negozio di Verona', 'Verona', 'VR');
  const units = page.getByRole('region', { name: 'Unità produttive' }).getByRole('table');
  await expect(units.locator('tbody tr')).toHaveCount(2);
  await expect(units.locator('tbody tr').nth(1).getByRole('cell').nth(2)).toHaveText('VR');

  // Before any headcount the page says which months are missing.
  await expect(page.getByRole('region', { name: 'Appartenenza al Fondo: test del 75 %' })).toContainText(`Per il test serve il numero di dipendenti di ${label(ruleMonths().reference)}`);

  // Headcounts. Every month: 9 employees in Trento and 3 in Verona — digest A-6 worked example 2,
  // 9/12 = 75.00 %, "almeno il 75 per cento" → in the Fund. In the first semester month two of the
  // Trento nine are part-timers with 20 h each at 40 h full time: heads still 9 for the test (A-6
  // edge case 4) but 7 + 40/40 = 8 size units (B-2 item 2); the semester sums 8 + 3 = 11 once and
  // 12 five times → 71/6 = 11.83 → "more than 5 and up to 15" → C2 (B-1).
  const { reference, semester } = ruleMonths();
  const months = [...new Set([reference, ...semester])];
  const enter = async (unit: string, heads: string, partTime?: { month: string; heads: string; hours: string }) => {
    await page.goto(`/aziende/${employerId}`);
    await page.getByRole('link', { name: `Dipendenti di ${unit}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dipendenti mese per mese' })).toBeVisible();
    for (const m of months) await page.getByLabel(`Dipendenti di ${label(m)}`, { exact: true }).fill(heads);
    if (partTime) {
      await page.getByLabel(`Di cui a tempo parziale, ${label(partTime.month)}`).fill(partTime.heads);
      await page.getByLabel(`Ore settimanali totali dei part-time, ${label(partTime.month)}`).fill(partTime.hours);
    }
    await page.getByRole('button', { name: 'Salva i dipendenti' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `${months.length} mesi salvati` })).toBeVisible();
  };
  await page.goto(`/aziende/${employerId}`);
  await page.getByRole('link', { name: 'Dipendenti di Laboratorio di Trento' }).click();
  // A part-time count above the month's heads is refused, with the value kept.
  await page.getByLabel(`Dipendenti di ${label(reference)}`, { exact: true }).fill('2');
  await page.getByLabel(`Di cui a tempo parziale, ${label(reference)}`).fill('3');
  await page.getByLabel(`Ore settimanali totali dei part-time, ${label(reference)}`).fill('60');
  await page.getByRole('button', { name: 'Salva i dipendenti' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(page.getByLabel(`Di cui a tempo parziale, ${label(reference)}`)).toHaveValue('3');
  await expectNoAxeViolations(page);
  await page.getByLabel(`Di cui a tempo parziale, ${label(reference)}`).fill('');
  await page.getByLabel(`Ore settimanali totali dei part-time, ${label(reference)}`).fill('');
  await enter('Laboratorio di Trento', '9', { month: semester[0]!, heads: '2', hours: '40' });
  await enter('Negozio di Verona', '3');

  await page.goto(`/aziende/${employerId}`);
  const test75 = page.getByRole('region', { name: 'Appartenenza al Fondo: test del 75 %' });
  await expect(test75).toContainText('Requisito del 75 % rispettato');
  await expect(test75.getByTestId('workforce-ratio')).toHaveText(`9 dipendenti su 12 in unità della provincia di Trento = 75 % (mese di riferimento: ${label(reference)})`);
  await test75.getByText('Perché?').click();
  await expect(test75).toContainText('9 dipendenti su 12 in unità della Provincia di Trento = 75.00 % ≥ 75.00 %');
  const size = page.getByRole('region', { name: 'Classe dimensionale' });
  await expect(size.getByTestId('size-class')).toHaveText('Media del semestre precedente: 11,83 dipendenti → da più di 5 a 15 dipendenti (C2)');
  await expect(size.getByRole('table').locator('tbody tr')).toHaveCount(6);
  await expect(size.getByRole('table').locator('tbody tr').first().getByRole('cell')).toHaveText([label(semester[0]!), '11']);
  await expectNoAxeViolations(page);

  // A worker by the form.
  await page.getByRole('link', { name: 'Aggiungi un lavoratore' }).click();
  await expectNoAxeViolations(page);
  const first = makeCodiceFiscale(++serial);
  await page.getByLabel('Codice fiscale del lavoratore').fill(first);
  await page.getByLabel('Cognome').fill('Zanetti');
  await page.getByLabel('Nome', { exact: true }).fill('Chiara');
  await page.getByLabel('Unità produttiva in cui lavora').selectOption({ label: 'Laboratorio di Trento (Trento)' });
  await page.getByRole('radio', { name: 'Impiegato' }).check();
  await page.getByRole('radio', { name: 'Tempo indeterminato' }).check();
  const hired = page.getByRole('group', { name: 'Data di assunzione' });
  await hired.getByLabel('Giorno').fill('7');
  await hired.getByLabel('Mese').fill('1');
  await hired.getByLabel('Anno').fill('2020');
  await page.getByLabel('Giorni di lavoro effettivo presso l’unità').fill('400');
  await page.getByLabel('Orario contrattuale settimanale').fill('40');
  await page.getByRole('radio', { name: 'Mensile' }).check();
  await page.getByLabel('Retribuzione globale mensile, in euro').fill('1.850,00');
  await page.getByRole('group', { name: /senza figli a carico/ }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Aggiungi il lavoratore' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Il lavoratore è stato aggiunto.' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Zanetti Chiara');
  await expect(page.getByRole('table')).toContainText('€ 1850 al mese');
  await expectNoAxeViolations(page);

  // A malformed CSV is refused whole, each problem with its row and column; then a good one.
  await page.getByRole('link', { name: 'Importa da un file CSV' }).click();
  await expectNoAxeViolations(page);
  const [a, b] = [makeCodiceFiscale(++serial), makeCodiceFiscale(++serial)];
  const heading = 'codice_fiscale;cognome;nome;sede;categoria;contratto;tipo_apprendistato;data_assunzione;data_cessazione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli';
  await page.getByLabel('File CSV').setInputFiles({
    name: 'lavoratori.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${heading}\n${a};Dellai;Marco;Laboratorio di Trento;operaio;indeterminato;;07/01/2020;;400;40;mensile;1.600,00;no\n${b};Rossi;Anna;Negozio di Verona;impiegata;indeterminato;;31/02/2021;;300;40;mensile;1.700,00;sì\n`),
  });
  await page.getByRole('button', { name: 'Importa i lavoratori' }).click();
  await expect(page.getByRole('heading', { name: 'Il file non è stato importato' })).toBeVisible();
  await expect(page).toHaveTitle(/^Errore: Importa lavoratori/);
  const issues = page.getByRole('table', { name: 'Errori nel file' });
  await expect(issues.locator('tbody tr')).toHaveCount(2);
  await expect(issues.locator('tbody tr').nth(0).getByRole('cell')).toHaveText(['3', 'categoria', /Valore non riconosciuto: «impiegata»/]);
  await expect(issues.locator('tbody tr').nth(1).getByRole('cell')).toHaveText(['3', 'data_assunzione', /data reale/]);
  expect(await db.worker.count({ where: { employerId } })).toBe(1);
  await expectNoAxeViolations(page);

  await page.getByLabel('File CSV').setInputFiles({
    name: 'lavoratori.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${heading}\n${a};Dellai;Marco;Laboratorio di Trento;operaio;indeterminato;;07/01/2020;;400;40;mensile;1.600,00;no\n${b};Rossi;Anna;Negozio di Verona;impiegato;determinato;;01/02/2021;;300;37,5;oraria;11,50;sì\n`),
  });
  await page.getByRole('button', { name: 'Importa i lavoratori' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '2 lavoratori importati dal file.' })).toBeVisible();
  await expect(page).toHaveTitle(/^Lavoratori – /);
  await expect(page.getByRole('table', { name: '3 lavoratori' }).locator('tbody tr')).toHaveCount(3);

  // A past period (digest D-6): listed, and counted in the unit's windows.
  await page.goto(`/aziende/${employerId}/storico`);
  await expectNoAxeViolations(page);
  await page.getByLabel('Unità produttiva').selectOption({ label: 'Laboratorio di Trento (Trento)' });
  await page.getByLabel('Causale', { exact: true }).selectOption({ label: 'Situazione temporanea di mercato' });
  for (const [group, d, m, y] of [
    ['Primo giorno del periodo', '3', '3', '2025'],
    ['Ultimo giorno del periodo', '14', '3', '2025'],
  ] as const) {
    const g = page.getByRole('group', { name: group });
    await g.getByLabel('Giorno').fill(d);
    await g.getByLabel('Mese').fill(m);
    await g.getByLabel('Anno').fill(y);
  }
  await page.getByLabel('Settimane di assegno').fill('2');
  await page.getByRole('button', { name: 'Aggiungi il periodo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Il periodo è stato aggiunto alle finestre mobili.' })).toBeVisible();
  const recorded = page.getByRole('region', { name: 'Periodi registrati' }).getByRole('table');
  await expect(recorded.locator('tbody tr')).toHaveCount(1);
  await expect(recorded.locator('tbody tr').first().getByRole('cell').nth(3)).toHaveText('2');
  await expect(page.getByRole('region', { name: 'Finestre mobili di Laboratorio di Trento, a oggi' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the company form posts, shows the errors with the values kept, then registers and adds a unit', async ({ page, newUser, loginAs }) => {
    const owner = await newUser('EMPLOYER');
    await loginAs(owner);
    const cf = partitaIva();
    await page.goto('/aziende/nuova');
    await page.getByLabel('Ragione sociale').fill('Malga Bondone S.a.s.');
    await page.getByLabel('Codice fiscale dell’azienda').fill(wrongCheckDigit(cf));
    await page.getByRole('button', { name: 'Continua' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Il codice fiscale non è valido: controlla di averlo scritto correttamente (il carattere di controllo non corrisponde)',
      'Inserisci la matricola INPS dell’azienda',
      'Inserisci la data di inizio dell’attività',
    ]);
    await expect(page.getByLabel('Ragione sociale')).toHaveValue('Malga Bondone S.a.s.');
    await expect(page.getByLabel('Codice fiscale dell’azienda')).toHaveValue(wrongCheckDigit(cf));
    const employerId = await registerCompany(page, 'Malga Bondone S.a.s.', cf);
    await addUnit(page, employerId, 'Malga', 'Trento');
    await expect(page.getByRole('region', { name: 'Unità produttive' })).toContainText('Malga');

    // The month grid: a refused post shows every typed box again, row by row.
    const { reference, semester } = ruleMonths();
    await page.getByRole('link', { name: 'Dipendenti di Malga' }).click();
    await page.getByLabel(`Dipendenti di ${label(reference)}`, { exact: true }).fill('2');
    await page.getByLabel(`Di cui a tempo parziale, ${label(reference)}`).fill('3');
    await page.getByLabel(`Dipendenti di ${label(semester[5]!)}`, { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Salva i dipendenti' }).click();
    await expect(errorSummary(page)).toBeVisible();
    await expect(page.getByLabel(`Di cui a tempo parziale, ${label(reference)}`)).toHaveValue('3');
    await expect(page.getByLabel(`Dipendenti di ${label(semester[5]!)}`, { exact: true })).toHaveValue('4');
    await page.getByLabel(`Di cui a tempo parziale, ${label(reference)}`).fill('');
    await page.getByRole('button', { name: 'Salva i dipendenti' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '2 mesi salvati' })).toBeVisible();
  });
});

test('an employer cannot open another employer’s company pages', async ({ page, newUser, loginAs, db }) => {
  const [owner, other] = [await newUser('EMPLOYER'), await newUser('EMPLOYER')];
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Segheria Fiemme ${serial} S.r.l.` });
  const unit = await db.productionUnit.findFirstOrThrow({ where: { employerId: employer.id } });
  await loginAs(other);
  for (const path of ['', '/identita', '/settore', '/sedi/nuova', `/sedi/${unit.id}`, `/sedi/${unit.id}/organico`, '/lavoratori', '/lavoratori/nuovo', '/lavoratori/importa', '/storico']) {
    const response = await page.goto(`/aziende/${employer.id}${path}`);
    expect(response?.status(), path).toBe(403);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the employer corrects and removes what it entered; each of those pages is accessible', async ({ page, newUser, loginAs, db }) => {
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Albergo Paganella ${serial} S.r.l.` });
  const unit = employer.units[0]!;
  const worker = await db.worker.create({
    data: {
      employerId: employer.id,
      productionUnitId: unit.id,
      codiceFiscale: makeCodiceFiscale(++serial),
      lastName: 'Pedrotti',
      firstName: 'Luca',
      category: 'OPERAIO',
      contractType: 'SEASONAL',
      hireDate: new Date('2024-12-01T00:00:00Z'),
      effectiveDaysAtUnit: 90,
      weeklyHours: '40',
      payBasis: 'HOURLY',
      hourlyGlobalPay: '11.5607',
      householdWithoutChildren: true,
    },
  });
  await loginAs(owner);

  // Identity: "Modifica" from the summary list, the stored values in the boxes.
  await page.goto(`/aziende/${employer.id}`);
  await page.getByRole('link', { name: 'Modifica Ragione sociale' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dati dell’azienda' })).toBeVisible();
  await expect(page.getByLabel('Codice fiscale dell’azienda')).toHaveValue(employer.codiceFiscale);
  await expectNoAxeViolations(page);
  await page.getByLabel('Ragione sociale').fill(`Albergo Paganella ${serial} S.p.A.`);
  await page.getByRole('button', { name: 'Salva le modifiche' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'I dati dell’azienda sono stati aggiornati.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Albergo Paganella ${serial} S.p.A.`);

  // The unit: rename it; it has a worker, so removing it is refused with the reason.
  await page.getByRole('link', { name: `Modifica ${unit.name}` }).click();
  await expect(page.getByLabel('Comune (provincia TN)')).toHaveValue(unit.comuneCode);
  await expectNoAxeViolations(page);
  await page.getByLabel('Nome dell’unità').fill('Albergo in Paganella');
  await page.getByRole('button', { name: 'Salva le modifiche' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'L’unità produttiva è stata aggiornata.' })).toBeVisible();
  await page.getByRole('link', { name: 'Rimuovi Albergo in Paganella' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vuoi rimuovere Albergo in Paganella?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sì, rimuovi l’unità' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['La sede ha lavoratori o domande collegati: non può essere eliminata']);
  await expectNoAxeViolations(page);

  // The worker: the stored hourly pay is shown the Italian way; then removed.
  await page.goto(`/aziende/${employer.id}/lavoratori`);
  await page.getByRole('link', { name: 'Modifica Pedrotti Luca' }).click();
  await expect(page.getByLabel('Retribuzione globale oraria, in euro')).toHaveValue('11,5607');
  await expect(page.getByRole('radio', { name: 'Stagionale' })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel('Orario contrattuale settimanale').fill('61');
  await page.getByRole('button', { name: 'Salva le modifiche' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(page.getByLabel('Orario contrattuale settimanale')).toHaveValue('61');
  await page.getByLabel('Orario contrattuale settimanale').fill('38');
  await page.getByRole('button', { name: 'Salva le modifiche' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'I dati del lavoratore sono stati aggiornati.' })).toBeVisible();
  expect((await db.worker.findUniqueOrThrow({ where: { id: worker.id } })).weeklyHours.toFixed()).toBe('38');
  await page.getByRole('link', { name: 'Rimuovi Pedrotti Luca' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sì, rimuovi il lavoratore' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Il lavoratore è stato rimosso.' })).toBeVisible();
  expect(await db.worker.count({ where: { id: worker.id } })).toBe(0);

  // Without workers the unit can go.
  await page.goto(`/aziende/${employer.id}/sedi/${unit.id}/rimuovi`);
  await page.getByRole('button', { name: 'Sì, rimuovi l’unità' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'L’unità produttiva è stata rimossa.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Unità produttive' })).toContainText('Nessuna unità produttiva registrata.');
});

test('a delegated consultant works on the client’s set-up; the Committee’s staff only read it', async ({ page, newUser, loginAs, db }) => {
  const owner = await newUser('EMPLOYER');
  const consultant = await newUser('CONSULTANT');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Hotel Brenta ${serial} S.r.l.` });
  await createDelegation(db, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id, status: 'ACTIVE' });
  await loginAs(consultant);
  await page.goto(`/aziende/${employer.id}`);
  await expect(page.getByRole('navigation', { name: 'Percorso di navigazione' })).toContainText('I miei clienti');
  await page.getByRole('link', { name: 'Aggiungi un’unità produttiva' }).click();
  await page.getByLabel('Nome dell’unità').fill('Dependance');
  await page.getByLabel(/^Comune/).selectOption({ label: 'Pinzolo' });
  await page.getByRole('button', { name: 'Aggiungi l’unità produttiva' }).click();
  await expect(page.getByRole('region', { name: 'Unità produttive' })).toContainText('Pinzolo');

  await page.context().clearCookies();
  await loginAs('STAFF');
  await page.goto(`/aziende/${employer.id}`);
  await expect(page.getByRole('region', { name: 'Unità produttive' })).toContainText('Pinzolo');
  await expect(page.getByRole('link', { name: /^Modifica/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await page.goto(`/aziende/${employer.id}/identita`))?.status()).toBe(403);
  expect((await page.goto(`/aziende/${employer.id}/lavoratori`))?.status()).toBe(200);
  expect((await page.goto(`/aziende/${employer.id}/storico`))?.status()).toBe(200);
  await expect(page.getByRole('button', { name: 'Aggiungi il periodo' })).toHaveCount(0);
});

test('the set-up pages speak English when the user chooses it', async ({ page, newUser, loginAs, context, e2eServer }) => {
  const owner = await newUser('EMPLOYER');
  await loginAs(owner);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: e2eServer.baseURL }]);
  await page.goto('/aziende/nuova');
  await expect(page.getByRole('heading', { level: 1, name: 'Register a company' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(errorSummary(page).getByRole('link').first()).toHaveText('Enter the company name');
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
});

test('below 75 % in the reference month the page says the company is out of the Fund this year and where it goes instead', async ({ page, newUser, loginAs, db }) => {
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, {
    ownerId: owner.id,
    units: [
      { name: 'Sede di Trento', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' },
      { name: 'Sede di Verona', comuneCode: 'L781', comuneName: 'Verona', provinceCode: 'VR' },
    ],
  });
  const { reference } = ruleMonths();
  // Digest A-6 worked example 1: 8 in Trento, 3 in Verona → 8/11 = 72.73 % < 75 %.
  await createHeadcounts(db, employer.id, employer.units[0]!.id, { [reference]: 8 });
  await createHeadcounts(db, employer.id, employer.units[1]!.id, { [reference]: 3 });
  await loginAs(owner);
  await page.goto(`/aziende/${employer.id}`);
  const test75 = page.getByRole('region', { name: 'Appartenenza al Fondo: test del 75 %' });
  await expect(test75).toContainText('Requisito del 75 % non rispettato');
  await expect(test75.getByTestId('workforce-ratio')).toHaveText(`8 dipendenti su 11 in unità della provincia di Trento = 72,73 % (mese di riferimento: ${label(reference)})`);
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date()).slice(0, 4);
  await expect(test75).toContainText(`L’azienda non rientra nel Fondo per il ${year}.`);
  await expect(test75).toContainText('Fondo di integrazione salariale (FIS)');
  await expectNoAxeViolations(page);
});
