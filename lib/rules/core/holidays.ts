// Italian national public holidays (L. 27 maggio 1949 n. 260 as amended; L. 5 marzo 1977 n. 54;
// D.P.R. 28 dicembre 1985 n. 792). Used only to count the workable hours of a month for the hourly
// ragguaglio of the cap (digest C-2, J-3). Local patron-saint days are not included.
import { fromParts, type CalendarDate } from './calendar-date';

const FIXED: ReadonlyArray<readonly [number, number]> = [
  [1, 1], // Capodanno
  [1, 6], // Epifania
  [4, 25], // Liberazione
  [5, 1], // Festa del lavoro
  [6, 2], // Festa della Repubblica
  [8, 15], // Ferragosto
  [11, 1], // Ognissanti
  [12, 8], // Immacolata
  [12, 25], // Natale
  [12, 26], // Santo Stefano
];

/** Easter Sunday (anonymous Gregorian algorithm, integer arithmetic only). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromParts(year, month, day);
}

const cache = new Map<number, ReadonlySet<string>>();

/** The national public holidays of a year, Easter Monday included. */
export function publicHolidays(year: number): ReadonlySet<string> {
  let set = cache.get(year);
  if (!set) {
    const easter = easterSunday(year);
    const easterMonth = Number(easter.slice(5, 7));
    const easterDay = Number(easter.slice(8, 10));
    // Easter is between 22 March and 25 April, so Monday never crosses into May.
    const monday =
      easterMonth === 3 && easterDay === 31 ? fromParts(year, 4, 1) : fromParts(year, easterMonth, easterDay + 1);
    set = new Set([...FIXED.map(([m, d]) => fromParts(year, m, d)), monday]);
    cache.set(year, set);
  }
  return set;
}

export function isPublicHoliday(date: CalendarDate): boolean {
  return publicHolidays(Number(date.slice(0, 4))).has(date);
}
