// The Committee's back office end to end (issue 6): the demo staff member finds two filed
// requests, approves one in part (April only, one worker excluded) and rejects the other with a
// reason that cites the regulation; the ledger shows the grant and the freed weeks. The queue,
// review, decision, register, audit and report pages pass axe (WCAG 2.1 AA). Then the employer
// signs in and finds both decisions on its request pages, with the weeks they freed (issue 6 §7).
import type { Page } from '@playwright/test';
import { createEmployer, createFiledRequest, createResolutionRow, createWorker } from '../fixtures/factories';
import { DEMO_LOGIN, errorSummary, expect, expectNoAxeViolations, test } from '../playwright-utils';
import { expectBiennium, italianWeeks, weeksOf } from './support/windows';

async function fillDate(page: Page, legend: string, iso: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Giorno').fill(String(Number(iso.slice(8, 10))));
  await group.getByLabel('Mese').fill(String(Number(iso.slice(5, 7))));
  await group.getByLabel('Anno').fill(iso.slice(0, 4));
}

test('a staff member approves one request in part and rejects another; the ledger keeps only the grant, and the employer sees both decisions', async ({ page, db, newUser, loginAs }) => {
  // Twelve page loads and nine axe scans of long pages: more than the default minute on a busy machine.
  test.setTimeout(360_000);
  const staff = await db.user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.STAFF.email } });
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Albergo Panorama ${Date.now()}` });
  const unit = employer.units[0]!;
  const kept = await createWorker(db, employer.id, unit.id, { firstName: 'Anna', lastName: 'Concessa', monthlyGlobalPay: '2000.00' });
  const excluded = await createWorker(db, employer.id, unit.id, { firstName: 'Bruno', lastName: 'Escluso', monthlyGlobalPay: '1300.00' });
  const workers = [{ id: kept.id }, { id: excluded.id }];
  const spring = await createFiledRequest(db, { employerId: employer.id, createdById: owner.id, workers, applicationDate: '2026-03-02', periodStart: '2026-03-09', periodEnd: '2026-05-29' });
  const summer = await createFiledRequest(db, { employerId: employer.id, createdById: owner.id, workers, applicationDate: '2026-06-01', periodStart: '2026-06-08', periodEnd: '2026-07-31' });
  const resolution = await createResolutionRow(db, { createdById: staff.id, date: '2026-06-05', subject: 'Seduta di giugno: assegni di integrazione salariale' });
  const option = `n. ${resolution.number} del 05/06/2026 – Seduta di giugno: assegni di integrazione salariale`;

  await loginAs('STAFF');
  await page.goto('/comitato');
  await expect(page.getByRole('heading', { level: 1, name: 'Coda delle domande' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/comitato/domande?stato=all&ordine=filed_desc');
  await expect(page.getByRole('heading', { level: 1, name: 'Domande' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The spring request: review page, then "Approva in parte".
  await page.goto(`/comitato/domande/${spring.request.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Domanda ${spring.request.protocolNumber}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Esito delle regole al momento della presentazione' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Stessi dati, regole di oggi' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Staff attach the minutes they received by post: a plain multipart form, back to the page.
  await page.getByLabel('Allega un documento').setInputFiles({ name: 'verbale esame congiunto.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nverbale\n%%EOF') });
  await page.getByRole('button', { name: 'Carica il documento' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Documento allegato.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Scarica verbale esame congiunto.pdf' })).toBeVisible();
  await page.getByRole('link', { name: 'Approva in parte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Approva la domanda in parte' })).toBeVisible();

  // Submitted without reason and resolution: the error summary names both, the page title says "Errore".
  await fillDate(page, 'Primo giorno concesso', '2026-04-01');
  await fillDate(page, 'Ultimo giorno concesso', '2026-04-30');
  await page.getByLabel(/Ore riconosciute a Escluso Bruno/).fill('0');
  await page.getByRole('button', { name: 'Approva in parte' }).click();
  await expect(errorSummary(page)).toContainText('Scegli almeno un motivo');
  await expect(errorSummary(page)).toContainText('Scegli la delibera del Comitato che decide la domanda');
  await expect(page).toHaveTitle(/^Errore: /);
  await expectNoAxeViolations(page);

  await page.getByLabel('Ore di sospensione o riduzione ridotte a quelle documentate').check();
  await page.getByLabel('Delibera del Comitato').selectOption({ label: option });
  await page.getByRole('button', { name: 'Approva in parte' }).click();
  await expect(page).toHaveURL(new RegExp(`/comitato/domande/${spring.request.id}\\?esito=PARTIALLY_APPROVED`));
  await expect(page.getByRole('alert').filter({ hasText: 'Domanda approvata in parte' })).toBeVisible();
  await expect(page.getByText('Approvata in parte').first()).toBeVisible();
  // 22 weekdays of April 2026 ÷ 5 = 4.4 weeks (D-7); the 2026 monthly cap for the kept worker (T03).
  await expect(page.getByText('4,4 settimane, dal 1 aprile 2026 al 30 aprile 2026')).toBeVisible();
  await expect(page.getByRole('row', { name: /Concessa Anna/ })).toContainText('1.423,69 €');
  await expectNoAxeViolations(page);

  // The summer request: "Respingi" with a reason citing the regulation.
  await page.goto(`/comitato/domande/${summer.request.id}`);
  await page.getByRole('link', { name: 'Respingi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Respingi la domanda' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Procedura di informazione e consultazione sindacale non svolta o non documentata').check();
  await page.getByLabel('Delibera del Comitato').selectOption({ label: option });
  await page.getByLabel('Nota per l’azienda (facoltativo)').fill('Manca il verbale della consultazione sindacale.');
  await page.getByRole('button', { name: 'Respingi la domanda' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?esito=REJECTED`));
  await expect(page.getByText('Respinta').first()).toBeVisible();
  // The reason cites the regulation (union procedure, art. 14 d.lgs. 148/2015), as a link.
  await expect(page.getByRole('link', { name: /^D\.Lgs\. 148\/2015 art\. 14 —/ })).toBeVisible();

  // The ledger: the spring reservation became 4.4 authorised weeks, the summer one is freed.
  const ledger = await db.windowEntry.findMany({ where: { requestId: { in: [spring.request.id, summer.request.id] }, releasedAt: null } });
  expect(ledger.map((e) => [e.requestId, e.kind, e.weeks.toString()])).toEqual([[spring.request.id, 'AUTHORISED', '4.4']]);
  const decisions = await db.decision.findMany({ where: { requestId: { in: [spring.request.id, summer.request.id] } }, orderBy: { decidedAt: 'asc' } });
  expect(decisions.map((d) => [d.kind, d.resolutionId, d.decidedById])).toEqual([
    ['APPROVE_PARTIAL', resolution.id, staff.id],
    ['REJECT', resolution.id, staff.id],
  ]);

  // The employer's side: both decisions on its request pages, with reasons, resolution and the
  // weeks each freed. Weeks are weekdays ÷ 5 (D-7): spring 9 March–29 May = 12 requested, April
  // = 4.4 granted; summer 8 June–31 July = 8, all freed by the rejection.
  const requested = weeksOf('2026-03-09', '2026-05-29');
  const granted = weeksOf('2026-04-01', '2026-04-30');
  const summerWeeks = weeksOf('2026-06-08', '2026-07-31');
  await page.context().clearCookies();
  await loginAs(owner);
  await page.goto('/aziende');
  const filedSection = page.getByRole('region', { name: 'Domande presentate' });
  await expect(filedSection.getByRole('listitem').filter({ hasText: spring.request.protocolNumber! })).toContainText('Approvata in parte');
  await expect(filedSection.getByRole('listitem').filter({ hasText: summer.request.protocolNumber! })).toContainText('Respinta');

  await filedSection.getByRole('link', { name: spring.request.protocolNumber! }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Domanda ${spring.request.protocolNumber}` })).toBeVisible();
  const springDecision = page.getByRole('region', { name: 'Decisione del Comitato' });
  await expect(springDecision).toContainText('Accolta in parte');
  await expect(springDecision).toContainText(`Delibera n. ${resolution.number} del 5 giugno 2026 – Seduta di giugno: assegni di integrazione salariale`);
  await expect(springDecision).toContainText(`${italianWeeks(granted)} settimane, dal 1 aprile 2026 al 30 aprile 2026`);
  await expect(springDecision).toContainText('Ore di sospensione o riduzione ridotte a quelle documentate');
  await expect(page.getByRole('row', { name: /Escluso Bruno/ }).getByRole('cell').last()).toHaveText('0,00 €');
  // The April grant is used; the rest of the 12 weeks reserved at filing is free again.
  await expectBiennium(page, { used: granted, reserved: 0 });
  await expect(page.getByText(`${italianWeeks(requested - granted)} settimane liberate da questa domanda.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ritira la domanda' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // A decided request can no longer be withdrawn: the confirmation page says why, with no form.
  await page.goto(`/aziende/${employer.id}/domande/${spring.request.id}/ritira`);
  await expect(page.getByText('Questa domanda non si può ritirare: il suo stato è «Approvata in parte».')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ritira la domanda' })).toHaveCount(0);

  await page.goto(`/aziende/${employer.id}/domande/${summer.request.id}`);
  const summerDecision = page.getByRole('region', { name: 'Decisione del Comitato' });
  await expect(page.getByText('Respinta', { exact: true }).first()).toBeVisible();
  await expect(summerDecision).toContainText('Procedura di informazione e consultazione sindacale non svolta o non documentata');
  await expect(summerDecision.getByRole('link', { name: /^D\.Lgs\. 148\/2015 art\. 14 —/ })).toBeVisible();
  await expect(summerDecision).toContainText('Manca il verbale della consultazione sindacale.');
  // Its window (ending 31 July) counts the April grant and nothing of this request.
  await expectBiennium(page, { used: granted, reserved: 0 });
  await expect(page.getByText(`${italianWeeks(summerWeeks)} settimane liberate da questa domanda.`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the register, the audit log and the reports are the Committee’s, and accessible', async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await loginAs('STAFF');
  await page.goto('/comitato/delibere');
  await expect(page.getByRole('heading', { level: 1, name: 'Registro delle delibere' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Registra una delibera' }).click();
  const number = `E2E-${Date.now()}`;
  await page.getByLabel('Numero della delibera').fill(number);
  await fillDate(page, 'Data della delibera', '2026-02-10');
  await page.getByLabel('Oggetto').fill('Criteri di esame delle domande (prova e2e)');
  await page.getByRole('button', { name: 'Registra la delibera' }).click();
  await expect(page).toHaveURL(/\/comitato\/delibere\?registrata=1/);
  await expect(page.getByRole('row', { name: new RegExp(number) })).toBeVisible();

  await page.goto('/comitato/audit?azione=resolution.create');
  await expect(page.getByRole('heading', { level: 1, name: 'Registro delle attività' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'resolution.create' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Scarica in CSV/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^registro-attivita-.*\.csv$/);

  await page.goto('/comitato/report?dal=2026-01&al=2026-12');
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Per mese di presentazione/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('employers and consultants cannot open the Committee’s pages', async ({ page, loginAs }) => {
  for (const role of ['EMPLOYER', 'CONSULTANT'] as const) {
    await page.context().clearCookies();
    await loginAs(role);
    for (const path of ['/comitato/domande', '/comitato/delibere', '/comitato/audit', '/comitato/report']) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} ${path}`).toBe(403);
    }
    const csv = await page.request.get('/comitato/audit/export');
    expect(csv.status()).toBe(403);
  }
});
