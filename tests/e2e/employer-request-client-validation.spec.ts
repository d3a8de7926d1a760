// The wizard's steps check the step's zod schema in the browser before posting (style.md §6: the
// same schema in the browser and in the server action): with JavaScript an invalid step shows the
// error summary and the inline messages without a request to the server action, in the same words
// as the server's answer without JavaScript; a valid step posts once.
import type { Page } from '@playwright/test';
import { errorSummary, expect, test } from '../playwright-utils';
import { fileableMonth, fillCausePeriod, group } from './support/wizard';

const requestIdIn = (page: Page) => /\/domande\/([^/]+)\//.exec(new URL(page.url()).pathname)![1]!;

/** The causale step of a new draft of the demo employer, its description typed, the rest blank. */
async function blankCausale(page: Page, employerId: string) {
  await page.goto(`/aziende/${employerId}/domande/nuova`);
  await page.getByRole('button', { name: 'Inizia la domanda' }).click();
  await page.getByRole('link', { name: 'Causale e periodo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Causale e periodo' })).toBeVisible();
  await page.getByLabel('Relazione tecnica').fill('Guasto alla centrale termica.');
}

const summaryTexts = async (page: Page) => (await errorSummary(page).getByRole('link').allTextContents()).map((t) => t.trim());

test('"Causale e periodo" with JavaScript: errors from the browser, no post, the server’s words; a valid step posts once', async ({ page, browser, context, loginAs, db, e2eServer }) => {
  test.setTimeout(120_000);
  const employerId = (await db.employer.findFirstOrThrow({ where: { legalName: 'Hotel Dolomiti S.r.l.' }, select: { id: true } })).id;
  await loginAs('EMPLOYER');

  // The same blank step without JavaScript: the server action's answer (Post/Redirect/Get path).
  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL: e2eServer.baseURL });
  await noJs.addCookies(await context.cookies());
  const noJsPage = await noJs.newPage();
  await blankCausale(noJsPage, employerId);
  await noJsPage.getByRole('button', { name: 'Salva e continua' }).click();
  await expect(errorSummary(noJsPage)).toContainText('Scegli la causale della sospensione o riduzione');
  const serverTexts = await summaryTexts(noJsPage);
  const noJsDraft = requestIdIn(noJsPage);
  await noJs.close();

  await blankCausale(page, employerId);
  const causale = new URL(page.url()).pathname;
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === causale) posts.push(r.headers()['next-action'] ?? 'form post');
  });

  // Both buttons save through the same schema on the server ("Salva come bozza" included), so
  // both are checked in the browser.
  for (const button of ['Salva e continua', 'Salva come bozza']) {
    await page.getByRole('button', { name: button }).click();
    // The summary takes focus on every invalid submit (GOV.UK), the second one too.
    await expect(page.locator('[aria-labelledby="error-summary-title"]')).toBeFocused();
    expect(await summaryTexts(page)).toEqual(serverTexts);
    await expect(group(page, 'Causale')).toContainText('Errore: Scegli la causale della sospensione o riduzione');
    await expect(page.getByLabel('Relazione tecnica')).toHaveValue('Guasto alla centrale termica.');
    expect(posts).toEqual([]);
  }
  expect(new URL(page.url()).pathname).toBe(causale);

  await fillCausePeriod(page, fileableMonth());
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lavoratori interessati' })).toBeVisible();
  expect(posts).toHaveLength(1);
  const requestId = requestIdIn(page);
  expect((await db.request.findUniqueOrThrow({ where: { id: requestId }, select: { cause: true } })).cause).not.toBeNull();

  // Leave the demo employer as found: this test's two drafts are discarded.
  await db.request.updateMany({ where: { id: { in: [requestId, noJsDraft] }, status: 'DRAFT' }, data: { status: 'DISCARDED' } });
});
