// The employer's filed requests (issue 4 §6–§7): the demo employer finds its filed request on its
// home and in the company's list, opens it (protocol, status, history), downloads the receipt and
// the list as CSV; a delegated consultant reads a client's request, others are refused. Answering
// the Committee's request for information and withdrawing change data, so those tests use a
// company of their own (parallel tests never see each other's rows). Axe on every page.
import { readFile } from 'node:fs/promises';
import { createEmployer, createFiledRequest, createWorker } from '../fixtures/factories';
import { makePartitaIva } from '../fixtures/tax-codes';
import { pdfText } from '../support/pdf-text';
import { DEMO_LOGIN, errorSummary, expect, expectNoAxeViolations, test } from '../playwright-utils';
import { expectBiennium, italianWeeks, weeksOf } from './support/windows';

test('the demo employer finds its filed request on its home, opens it and downloads the receipt and the list', async ({ page, db, loginAs }) => {
  test.setTimeout(180_000);
  const hotel = await db.employer.findUniqueOrThrow({ where: { codiceFiscale: makePartitaIva(1001) }, select: { id: true } });
  // The seed files one request of Hotel Dolomiti through the real filing transaction, as the demo employer.
  const filed = await db.request.findFirstOrThrow({ where: { employerId: hotel.id, protocolNumber: { not: null } }, orderBy: { filedAt: 'asc' }, select: { id: true, protocolNumber: true, periodStart: true, periodEnd: true } });
  const protocol = filed.protocolNumber!;

  await loginAs('EMPLOYER');
  await page.goto('/aziende');
  const section = page.getByRole('region', { name: 'Domande presentate' });
  await expect(section.getByRole('link', { name: protocol })).toBeVisible();
  await expectNoAxeViolations(page);

  await section.getByRole('link', { name: protocol }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Domanda ${protocol}` })).toBeVisible();
  await expect(page.getByText('Presentata', { exact: true }).first()).toBeVisible();
  const history = page.getByRole('table', { name: 'Cambi di stato' });
  await expect(history.getByRole('row').filter({ hasText: 'Presentata' })).toContainText(DEMO_LOGIN.EMPLOYER.name);
  await expect(page.getByRole('link', { name: 'Ritira la domanda' })).toBeVisible();
  // This request's reservation in the unit's ledger: its weekdays ÷ 5, still counted. (The
  // company's windows are shared with other specs that file its draft: not asserted here.)
  const weeks = weeksOf(filed.periodStart!.toISOString().slice(0, 10), filed.periodEnd!.toISOString().slice(0, 10));
  const reservation = page.getByRole('table', { name: 'Settimane di questa domanda' }).getByRole('row', { name: /Prenotazione/ });
  await expect(reservation.getByRole('cell').nth(2)).toHaveText(italianWeeks(weeks));
  await expect(reservation.getByRole('cell').nth(3)).toHaveText('Attiva');
  await expectNoAxeViolations(page);

  const receipt = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Scarica la ricevuta (PDF)' }).click();
  const pdf = await readFile((await (await receipt).path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfText(pdf)).toContain(protocol);

  await page.getByRole('navigation', { name: 'Percorso di navigazione' }).getByRole('link', { name: 'Domande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Domande' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(protocol) });
  await expect(row).toContainText('Presentata');
  await expect(row).toContainText('Situazione temporanea di mercato');
  // The seeded draft is listed too, not yet filed.
  await expect(page.getByRole('row').filter({ hasText: 'Bozza' }).first()).toContainText('non presentata');
  await expectNoAxeViolations(page);
  const csv = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Scarica l’elenco in CSV' }).click();
  expect(await readFile((await (await csv).path())!, 'utf8')).toContain(protocol);
});

test('a delegated consultant and the Committee read a client’s request; another employer and a visitor cannot', async ({ page, db, loginAs }) => {
  const bottega = await db.employer.findUniqueOrThrow({ where: { codiceFiscale: makePartitaIva(1002) }, select: { id: true } });
  // The seeded one (the wizard specs may file more for this company meanwhile).
  const request = await db.request.findFirstOrThrow({ where: { employerId: bottega.id, status: 'FILED' }, orderBy: { filedAt: 'asc' }, select: { id: true, protocolNumber: true } });
  const path = `/aziende/${bottega.id}/domande/${request.id}`;

  await loginAs('CONSULTANT');
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: `Domanda ${request.protocolNumber}` })).toBeVisible();
  expect((await page.goto(`/aziende/${bottega.id}/domande`))?.status()).toBe(200);

  // The Committee's staff read it too, without posting as the company or withdrawing it.
  await page.context().clearCookies();
  await loginAs('STAFF');
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: `Domanda ${request.protocolNumber}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Invia il messaggio' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ritira la domanda' })).toHaveCount(0);
  expect((await page.goto(`${path}/ritira`))?.status()).toBe(403);

  await page.context().clearCookies();
  await loginAs({ email: 'datore2@demo.fstn.it', password: DEMO_LOGIN.EMPLOYER.password });
  for (const p of [path, `${path}/ritira`, `/aziende/${bottega.id}/domande`]) expect((await page.goto(p))?.status(), p).toBe(403);

  await page.context().clearCookies();
  await page.goto(path);
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=/);
});

test('the employer answers the Committee’s request for information in the thread, with a document', async ({ page, db, newUser, loginAs }) => {
  test.setTimeout(120_000);
  const staff = await db.user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.STAFF.email } });
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Pensione Alpina ${Date.now()}` });
  const worker = await createWorker(db, employer.id, employer.units[0]!.id, { monthlyGlobalPay: '1800.00' });
  const { request } = await createFiledRequest(db, { employerId: employer.id, createdById: owner.id, workers: [{ id: worker.id }], applicationDate: '2026-04-13', periodStart: '2026-04-20', periodEnd: '2026-05-29', status: 'INFO_REQUESTED' });
  const question = 'Allegate il verbale dell’esame congiunto con le organizzazioni sindacali.';
  await db.decision.create({ data: { requestId: request.id, kind: 'REQUEST_INFO', note: question, decidedById: staff.id } });
  await db.requestMessage.create({ data: { requestId: request.id, authorId: staff.id, body: question } });

  await loginAs(owner);
  await page.goto(`/aziende/${employer.id}/domande/${request.id}`);
  await expect(page.getByRole('region', { name: 'Il Comitato ha chiesto integrazioni' })).toBeVisible();
  await expect(page.getByText('Integrazioni richieste', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Messaggi' }).getByRole('listitem')).toContainText([question]);
  await expectNoAxeViolations(page);

  await page.getByLabel('Allega un documento').setInputFiles({ name: 'verbale esame congiunto.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nverbale\n%%EOF') });
  await page.getByRole('button', { name: 'Carica il documento' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Documento allegato.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Scarica verbale esame congiunto.pdf' })).toBeVisible();

  const answer = 'Alleghiamo il verbale firmato il 15 aprile 2026.';
  await page.getByLabel('Nuovo messaggio').fill(answer);
  await page.getByRole('button', { name: 'Invia il messaggio' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Messaggio inviato: la domanda torna in istruttoria.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Messaggi' }).getByRole('listitem')).toContainText([question, answer]);
  const history = page.getByRole('table', { name: 'Cambi di stato' });
  await expect(history.getByRole('row').last()).toContainText('In istruttoria');
  await expect(history.getByRole('row').last()).toContainText(owner.name);
  await expect(page.getByRole('region', { name: 'Il Comitato ha chiesto integrazioni' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the employer withdraws a pending request after confirming, and its weeks are freed on the timeline', async ({ page, db, newUser, loginAs }) => {
  test.setTimeout(120_000);
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Albergo Ritiro ${Date.now()}` });
  const worker = await createWorker(db, employer.id, employer.units[0]!.id, { monthlyGlobalPay: '1800.00' });
  const period = { periodStart: '2026-06-08', periodEnd: '2026-07-31' };
  const { request } = await createFiledRequest(db, { employerId: employer.id, createdById: owner.id, workers: [{ id: worker.id }], applicationDate: '2026-06-01', ...period });
  const weeks = weeksOf(period.periodStart, period.periodEnd);
  const base = `/aziende/${employer.id}/domande/${request.id}`;

  await loginAs(owner);
  await page.goto(base);
  await expectBiennium(page, { used: 0, reserved: weeks });
  await page.getByRole('link', { name: 'Ritira la domanda' }).click();
  await expect(page).toHaveURL(`${base}/ritira`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ritira la domanda' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Without the confirmation nothing happens: the error summary says what to do.
  await page.getByRole('button', { name: 'Ritira la domanda' }).click();
  await expect(errorSummary(page)).toContainText('Conferma di voler ritirare la domanda');
  await expect(page).toHaveTitle(/^Errore: /);
  await expectNoAxeViolations(page);
  expect((await db.request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('FILED');

  await page.getByLabel('Motivo del ritiro (facoltativo)').fill('L’attività è ripresa prima del previsto.');
  await page.getByLabel(`Voglio ritirare la domanda ${request.protocolNumber}`).check();
  await page.getByRole('button', { name: 'Ritira la domanda' }).click();
  await expect(page).toHaveURL(`${base}?esito=ritirata`);
  await expect(page.getByRole('alert').filter({ hasText: 'Domanda ritirata' })).toBeVisible();
  await expect(page.getByText('Ritirata', { exact: true }).first()).toBeVisible();
  const history = page.getByRole('table', { name: 'Cambi di stato' });
  await expect(history.getByRole('row').last()).toContainText('Ritirata');
  await expect(history.getByRole('row').last()).toContainText('L’attività è ripresa prima del previsto.');
  // The reservation is released: nothing reserved any more, the whole biennium remains.
  await expectBiennium(page, { used: 0, reserved: 0 });
  await expect(page.getByText(`${italianWeeks(weeks)} settimane liberate da questa domanda.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Decisione del Comitato' })).toContainText('Nessuna decisione: la domanda è stata ritirata.');
  await expect(page.getByRole('link', { name: 'Ritira la domanda' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The confirmation page of a withdrawn request says so, without the form.
  await page.goto(`${base}/ritira`);
  await expect(page.getByRole('region', { name: 'Domanda ritirata' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ritira la domanda' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the employer answers an information request and withdraws a request with plain form posts', async ({ page, db, newUser, loginAs }) => {
    test.setTimeout(120_000);
    const staff = await db.user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.STAFF.email } });
    const owner = await newUser('EMPLOYER');
    const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Malga Senza Script ${Date.now()}` });
    const worker = await createWorker(db, employer.id, employer.units[0]!.id, { monthlyGlobalPay: '1700.00' });
    const { request } = await createFiledRequest(db, { employerId: employer.id, createdById: owner.id, workers: [{ id: worker.id }], applicationDate: '2026-09-07', periodStart: '2026-09-14', periodEnd: '2026-10-09', status: 'INFO_REQUESTED' });
    await db.requestMessage.create({ data: { requestId: request.id, authorId: staff.id, body: 'Allegate la relazione tecnica.' } });
    const base = `/aziende/${employer.id}/domande/${request.id}`;

    await loginAs(owner);
    await page.goto(base);
    await page.getByLabel('Nuovo messaggio').fill('Relazione inviata per posta certificata.');
    await page.getByRole('button', { name: 'Invia il messaggio' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Messaggio inviato: la domanda torna in istruttoria.' })).toBeVisible();
    expect((await db.request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('UNDER_REVIEW');

    await page.goto(`${base}/ritira`);
    await page.getByRole('button', { name: 'Ritira la domanda' }).click();
    await expect(errorSummary(page)).toContainText('Conferma di voler ritirare la domanda');
    await page.getByLabel(`Voglio ritirare la domanda ${request.protocolNumber}`).check();
    await page.getByRole('button', { name: 'Ritira la domanda' }).click();
    const banner = page.getByRole('region', { name: 'Domanda ritirata' });
    await expect(banner).toContainText('La domanda è stata ritirata');
    await banner.getByRole('link', { name: 'Torna alla domanda' }).click();
    await expect(page).toHaveURL(base);
    await expect(page.getByText('Ritirata', { exact: true }).first()).toBeVisible();
    await expectBiennium(page, { used: 0, reserved: 0 });
  });
});

test('the request pages speak English when the user chose it', async ({ page, db, context, e2eServer, loginAs }) => {
  const hotel = await db.employer.findUniqueOrThrow({ where: { codiceFiscale: makePartitaIva(1001) }, select: { id: true } });
  const filed = await db.request.findFirstOrThrow({ where: { employerId: hotel.id, protocolNumber: { not: null } }, orderBy: { filedAt: 'asc' }, select: { id: true, protocolNumber: true } });
  await loginAs('EMPLOYER');
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: e2eServer.baseURL }]);
  await page.goto(`/aziende/${hotel.id}/domande/${filed.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Request ${filed.protocolNumber}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'The Committee’s decision' })).toBeVisible();
  await expect(page.getByText('The Committee has not decided yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the receipt (PDF)' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Withdraw the request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Withdraw the request' })).toBeVisible();
  await expect(page.getByLabel(`I want to withdraw request ${filed.protocolNumber}`)).toBeVisible();
  await page.goto(`/aziende/${hotel.id}/domande`);
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the list as CSV' })).toBeVisible();
});
