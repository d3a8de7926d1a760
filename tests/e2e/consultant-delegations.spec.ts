// Delegations end to end (issue 5): an employer creates a code, a consultant enters it and the
// client appears on its radar; the consultant revokes and loses access at once; e-mail invitations
// (also to an address with no account yet); validation errors; staff's register. Axe on each page.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, errorSummary, test } from '../playwright-utils';
import { createEmployer, createUser } from '../fixtures/factories';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

async function fillDate(page: import('@playwright/test').Page, legend: string, iso: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Giorno').fill(String(Number(iso.slice(8, 10))));
  await group.getByLabel('Mese').fill(String(Number(iso.slice(5, 7))));
  await group.getByLabel('Anno').fill(iso.slice(0, 4));
}

test('an employer creates a code, a consultant enters it, acts for the client, then revokes and loses access at once', async ({ page, context, loginAs, newUser, db }) => {
  // Two users, five pages and four axe scans: more than the default minute on a loaded machine.
  test.setTimeout(150_000);
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Falegnameria Fiemme ${Date.now()} S.r.l.` });
  const consultant = await newUser('CONSULTANT');

  await loginAs(owner);
  await page.goto(`/aziende/${employer.id}/deleghe`);
  await expect(page.getByRole('heading', { level: 1, name: 'Deleghe ai consulenti' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Con un codice da comunicare' }).check();
  await fillDate(page, 'Da quando vale la delega?', today());
  await page.getByRole('button', { name: 'Crea l’invito' }).click();
  const code = (await page.getByTestId('delegation-code').textContent())!;
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectNoAxeViolations(page);

  await context.clearCookies();
  await loginAs(consultant);
  await page.goto('/consulente/deleghe');
  await expectNoAxeViolations(page);
  await page.getByLabel('Codice di delega').fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Usa il codice' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Delega accettata' })).toContainText(employer.legalName);

  await page.goto('/consulente');
  await expect(page.getByRole('table')).toContainText(employer.legalName);
  await page.goto(`/aziende/${employer.id}`);
  await expect(page.getByRole('heading', { level: 1, name: employer.legalName })).toBeVisible();

  await page.goto('/consulente/deleghe');
  await page.getByRole('button', { name: `Revoca la delega di ${employer.legalName}` }).click();
  await expect(page).toHaveURL('/consulente/deleghe?esito=revocata');
  await expect(page.getByRole('alert').filter({ hasText: 'Delega revocata: l’accesso è cessato subito.' })).toBeVisible();
  const response = await page.goto(`/aziende/${employer.id}`);
  expect(response?.status()).toBe(403);
  await page.goto('/consulente');
  await expect(page.getByText(employer.legalName)).toHaveCount(0);

  const audit = await db.auditEvent.findMany({ where: { onBehalfOfEmployerId: employer.id, entityType: 'Delegation' }, orderBy: { id: 'asc' } });
  expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
    ['delegation.invite', owner.id],
    ['delegation.accept', consultant.id],
    ['delegation.revoke', consultant.id],
  ]);
});

test('the invitation form shows every error in a summary and inline, with "Errore:" in the title', async ({ page, loginAs, newUser, db }) => {
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id });
  await loginAs(owner);
  await page.goto(`/aziende/${employer.id}/deleghe`);
  await page.getByRole('group', { name: 'Fino a quando vale la delega?' }).getByLabel('Giorno').fill('31');
  await page.getByRole('button', { name: 'Crea l’invito' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Inserisci l’indirizzo e-mail del consulente',
    'Inserisci la data di inizio della delega',
    'La data di fine deve essere una data reale, ad esempio 31 12 2026',
  ]);
  await expect(page.getByText('Errore: Inserisci l’indirizzo e-mail del consulente')).toBeVisible();
  await expect(page).toHaveTitle(/^Errore: /);
  await expectNoAxeViolations(page);
});

test('an e-mail invitation to an address with no account yet is sent and says so', async ({ page, loginAs, newUser, db }) => {
  const owner = await newUser('EMPLOYER');
  const employer = await createEmployer(db, { ownerId: owner.id });
  const email = `studio-${Date.now()}@esempio.it`;
  await loginAs(owner);
  await page.goto(`/aziende/${employer.id}/deleghe`);
  await page.getByLabel('Indirizzo e-mail del consulente').fill(email);
  await fillDate(page, 'Da quando vale la delega?', today());
  await page.getByRole('button', { name: 'Crea l’invito' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Invito inviato' })).toContainText(`Nessun consulente è ancora registrato con l’indirizzo ${email}`);
  await expect(page.getByRole('table')).toContainText(`invitato: ${email}`);
  const delegation = await db.delegation.findFirstOrThrow({ where: { employerId: employer.id, inviteEmail: email } });
  // The e2e servers write mail to .data/e2e-mail (tests/e2e/support/serve.ts).
  const mailDir = path.resolve(import.meta.dirname, '../../.data/e2e-mail');
  await expect.poll(() => (existsSync(mailDir) ? readdirSync(mailDir).some((f) => f.includes(`delegation-invite_${delegation.id}`)) : false)).toBe(true);
});

test('a consultant accepts an e-mail invitation from its list; a stranger cannot see the company', async ({ page, context, loginAs, newUser, db }) => {
  const owner = await createUser(db, { role: 'EMPLOYER' });
  const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Hotel Marmolada ${Date.now()} S.r.l.` });
  const consultant = await newUser('CONSULTANT');
  await db.delegation.create({
    data: { employerId: employer.id, inviteEmail: consultant.email, inviteCode: `${Date.now()}`.padEnd(64, '0'), inviteExpiresAt: new Date(Date.now() + 86_400_000), startsOn: new Date(`${today()}T00:00:00Z`), createdById: owner.id },
  });
  const stranger = await newUser('CONSULTANT');
  await loginAs(stranger);
  expect((await page.goto(`/aziende/${employer.id}`))?.status()).toBe(403);

  await context.clearCookies();
  await loginAs(consultant);
  await page.goto('/consulente/deleghe');
  await page.getByRole('button', { name: `Accetta l’invito di ${employer.legalName}` }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Delega accettata' })).toContainText(`Ora puoi agire per ${employer.legalName}`);
  await page.goto('/consulente');
  await expect(page.getByRole('table')).toContainText(employer.legalName);
});

test('staff see the register of delegations, searchable and read-only', async ({ page, loginAs }) => {
  await loginAs('STAFF');
  await page.goto('/comitato/deleghe?q=Panificio');
  await expect(page.getByRole('heading', { level: 1, name: 'Registro delle deleghe' })).toBeVisible();
  const row = page.getByRole('table').locator('tbody tr').filter({ hasText: 'Panificio Primiero S.n.c.' });
  await expect(row).toContainText('Marco Bianchi');
  await expect(row).toContainText('Attiva');
  await expect(page.getByRole('button', { name: /Revoca/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto('/comitato/deleghe?stato=REVOKED&q=Adamello');
  await expect(page.getByRole('table')).toContainText('Trasporti Adamello S.r.l.');
});
