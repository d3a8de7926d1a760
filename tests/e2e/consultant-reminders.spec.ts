// Reminders page (issue 5): a consultant sees the reminders of its clients' deadlines, mutes one and
// mutes all; the page works without JavaScript. Axe on the page.
import { expect, expectNoAxeViolations, test } from '../playwright-utils';
import { createDelegation, createEmployer, createUser, day } from '../fixtures/factories';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a consultant lists its reminders, mutes one, then mutes all', async ({ page, loginAs, newUser, db }) => {
    const consultant = await newUser('CONSULTANT');
    const owner = await createUser(db, { role: 'EMPLOYER' });
    const employer = await createEmployer(db, { ownerId: owner.id, legalName: `Segheria Valsugana ${Date.now()} S.r.l.` });
    await createDelegation(db, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
    const draft = await db.request.create({ data: { employerId: employer.id, createdById: owner.id, status: 'DRAFT', periodStart: day(plusDays(today(), 5)), periodEnd: day(plusDays(today(), 40)) } });
    const deadline = plusDays(today(), 20);
    const reminder = await db.reminder.create({
      data: { userId: consultant.id, employerId: employer.id, requestId: draft.id, kind: 'FILING_WINDOW_CLOSING', deadlineKey: `FILING_WINDOW_CLOSING:${draft.id}:${deadline}`, deadline: day(deadline), sendOn: day(plusDays(today(), 15)) },
    });

    await loginAs(consultant);
    await page.goto('/promemoria');
    await expect(page.getByRole('heading', { level: 1, name: 'Promemoria delle scadenze' })).toBeVisible();
    const row = page.getByRole('table').locator('tbody tr').filter({ hasText: employer.legalName });
    await expect(row).toContainText('Termine per presentare la domanda');
    await expect(row).toContainText('Sarà inviata il');

    await row.getByRole('button', { name: /Disattiva il promemoria/ }).click();
    await expect(page.getByRole('table').locator('tbody tr').filter({ hasText: employer.legalName })).toContainText('Disattivata');
    expect((await db.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe('MUTED');

    await page.getByRole('button', { name: 'Disattiva tutti i promemoria' }).click();
    await expect(page.getByText('Hai disattivato tutti i promemoria')).toBeVisible();
    expect((await db.reminderPreference.findUniqueOrThrow({ where: { userId: consultant.id } })).mutedAll).toBe(true);
    await page.getByRole('button', { name: 'Riattiva i promemoria' }).click();
    await expect(page.getByText('Ricevi i promemoria per e-mail.')).toBeVisible();
  });
});

test('the reminders page has no accessibility violations', async ({ page, loginAs }) => {
  await loginAs('CONSULTANT');
  await page.goto('/promemoria');
  await expect(page.getByRole('heading', { level: 1, name: 'Promemoria delle scadenze' })).toBeVisible();
  await expectNoAxeViolations(page);
});
