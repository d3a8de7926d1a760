// The rolling windows as the request pages show them (components/rules/window-timeline.tsx), and
// the figures the law gives for them, for specs that check freed or used weeks.
import { expect, type Page } from '@playwright/test';

/** Weekdays of a period ÷ 5: the weeks a suspension on five days a week counts (digest D-7). */
export function weeksOf(start: string, end: string): number {
  let days = 0;
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days / 5;
}

/** The C1/C2 biennium limit, ordinary and extraordinary causes together (digest D-1, D-2). */
export const BIENNIUM_WEEKS = 52;

/** A number of weeks as the Italian pages write it (4,4). */
export const italianWeeks = (n: number) => n.toLocaleString('it-IT', { maximumFractionDigits: 2 });

/** The biennium row of the windows table, as shown: limit, used, reserved, remaining (found by their column headers). */
async function bienniumFigures(page: Page) {
  const table = page.getByRole('table', { name: 'Finestre mobili: limiti e utilizzo' });
  // The "Richieste" column is there only when the page evaluates a proposal (a draft).
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const column = (name: string) => {
    const i = headers.indexOf(name);
    if (i < 0) throw new Error(`no column ${name} in ${headers.join(', ')}`);
    return i;
  };
  const cells = table.getByRole('row', { name: /^Biennio mobile/ }).locator('th, td');
  const [limit, used, reserved, remaining] = await Promise.all(['Limite', 'Usate', 'Prenotate', 'Residue'].map((name) => cells.nth(column(name)).innerText()));
  return { limit, used, reserved, remaining };
}

/** The biennium shows these used and reserved weeks, and what is left of the 52. */
export async function expectBiennium(page: Page, figures: { used: number; reserved: number }) {
  const expected = { limit: String(BIENNIUM_WEEKS), used: italianWeeks(figures.used), reserved: italianWeeks(figures.reserved), remaining: italianWeeks(BIENNIUM_WEEKS - figures.used - figures.reserved) };
  await expect(async () => expect(await bienniumFigures(page)).toEqual(expected)).toPass({ timeout: 10_000 });
}
