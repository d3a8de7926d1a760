// Steps of the request wizard shared by the employer's and the consultant's e2e specs.
import type { Page } from '@playwright/test';
import { expect } from '../../playwright-utils';

export const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

export async function fillDate(page: Page, legend: string | RegExp, iso: string) {
  const [year, month, day] = iso.split('-');
  const g = group(page, legend);
  await g.getByLabel('Giorno').fill(String(Number(day)));
  await g.getByLabel('Mese').fill(String(Number(month)));
  await g.getByLabel('Anno').fill(year!);
}

export const todayInRome = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A whole calendar month that can be filed today (digest G-2: not earlier than 30 days before the
 * start, not later than 15 days after it): next month when it starts within 30 days, else this one.
 */
export function fileableMonth(today = todayInRome()): { start: string; end: string; earliest: string; latest: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const start = (Date.parse(next) - Date.parse(today)) / 86_400_000 <= 30 ? next : `${today.slice(0, 7)}-01`;
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const end = addDays(sm === 12 ? `${sy + 1}-01-01` : `${sy}-${String(sm + 1).padStart(2, '0')}-01`, -1);
  return { start, end, earliest: addDays(start, -30), latest: addDays(start, 15) };
}

export async function fillCausePeriod(page: Page, period: { start: string; end: string }, opts: { unit?: string } = {}) {
  if (opts.unit) await group(page, 'Sede interessata').getByLabel(opts.unit).check();
  await group(page, 'Causale').getByLabel('Situazione temporanea di mercato').check();
  await page.getByLabel('Relazione tecnica').fill('Calo delle prenotazioni dopo la chiusura degli impianti di risalita.');
  await group(page, 'Sospensione o riduzione?').getByLabel('Sospensione dell’attività').check();
  await fillDate(page, 'Primo giorno di sospensione o riduzione', period.start);
  await fillDate(page, 'Ultimo giorno di sospensione o riduzione', period.end);
  await group(page, 'Su quanti giorni è distribuito l’orario settimanale?').getByLabel('5 giorni').check();
  await group(page, 'Come sarà pagato l’assegno?').getByLabel('Anticipo del datore e conguaglio con i contributi').check();
}

export async function fillProcedure(page: Page, communication: string) {
  await fillDate(page, 'Data della comunicazione ai sindacati', communication);
  await group(page, 'La sospensione è dovuta a un evento oggettivamente non evitabile?').getByLabel('No').check();
  await page.getByLabel('Destinatari della comunicazione').fill('RSU aziendale; FILCAMS CGIL del Trentino');
}

/** "Invia domanda" on the riepilogo, then the confirmation; returns the protocol number shown. */
export async function fileFromSummary(page: Page): Promise<string> {
  await page.getByRole('checkbox', { name: /Dichiaro che almeno il 75 %/ }).check();
  await page.getByRole('button', { name: 'Invia domanda' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Richiesta inviata' })).toBeVisible();
  const protocol = (await page.locator('strong.tabular-nums').innerText()).trim();
  expect(protocol).toMatch(/\S+/);
  return protocol;
}
