import 'server-only';

/**
 * Today's calendar date in Trento (YYYY-MM-DD). Legal deadlines run on Italian calendar days,
 * whatever the server's time zone. `FSTN_TODAY` pins the date for reproducible e2e runs.
 */
export function todayInRome(now: Date = new Date()): string {
  const pinned = process.env.FSTN_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return romeDate.format(now);
}

// Built once: constructing an Intl formatter costs ~50× using one, and pages ask for today
// several times per view (the review page 5 times).
const romeDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A calendar date as Prisma writes `@db.Date` columns (UTC midnight). */
export function dateColumn(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** The calendar date of a `@db.Date` column. */
export function isoDate(column: Date): string {
  return column.toISOString().slice(0, 10);
}
