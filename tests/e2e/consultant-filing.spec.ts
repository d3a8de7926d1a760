// A labour consultant files a request for a client that delegated it (issue 4/5): the same wizard
// as the employer, from the client's company page to the protocol number; the request and its
// audit events name the consultant as the one who acted, on behalf of the client.
import { expect, expectNoAxeViolations, test } from '../playwright-utils';
import { makePartitaIva } from '../fixtures/tax-codes';
import { fileFromSummary, fileableMonth, fillCausePeriod, fillProcedure, todayInRome } from './support/wizard';

test('the demo consultant files a request for Bottega Adige, delegated to it, through the wizard', async ({ page, loginAs, db }) => {
  test.setTimeout(120_000);
  const client = await db.employer.findUniqueOrThrow({ where: { codiceFiscale: makePartitaIva(1002) }, select: { id: true } }); // Bottega Adige S.n.c.
  const consultant = await db.user.findUniqueOrThrow({ where: { email: 'consulente@demo.fstn.it' }, select: { id: true } });
  await loginAs('CONSULTANT');

  await page.goto(`/aziende/${client.id}`);
  await page.getByRole('link', { name: 'Nuova domanda' }).click();
  await page.getByRole('button', { name: 'Inizia la domanda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bozza di domanda' })).toBeVisible();
  const requestId = /\/domande\/([^/?]+)$/.exec(new URL(page.url()).pathname)![1]!;

  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  await fillCausePeriod(page, fileableMonth());
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  // 8 employees on average → class C2, 26 weeks per request (digest B-1, D-2).
  await page.getByRole('link', { name: 'Indietro' }).click();
  await expect(page.getByRole('region', { name: 'Che cosa dicono le regole' })).toContainText('Massimo per singola domanda: 26 settimane');
  await page.getByRole('button', { name: 'Salva e continua' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Lavoratori interessati' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Includi Addetto1 Vendite' }).check();
  await page.getByLabel('Ore non lavorate nel periodo da Addetto1 Vendite').fill('80');
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await fillProcedure(page, todayInRome());
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Controlli le risposte prima di inviare la domanda' })).toBeVisible();
  await expectNoAxeViolations(page);

  const protocol = await fileFromSummary(page);
  const filed = await db.request.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, protocolNumber: true, createdById: true, employerId: true } });
  expect(filed).toEqual({ status: 'FILED', protocolNumber: protocol, createdById: consultant.id, employerId: client.id });
  const filing = await db.auditEvent.findFirstOrThrow({ where: { action: 'request.file', entityId: requestId } });
  expect([filing.actorUserId, filing.onBehalfOfEmployerId]).toEqual([consultant.id, client.id]);
});
