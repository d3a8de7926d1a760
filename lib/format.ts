import type { Locale } from '@/lib/i18n/config';

const INTL_LOCALE: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/**
 * A calendar date (`YYYY-MM-DD`) for people: "7 marzo 2025" / "7 March 2025". Formatted in UTC
 * because the value is a date, not an instant: no time zone may move it by a day.
 */
export function formatCalendarDate(iso: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  return dateFormat(locale, style).format(new Date(`${iso}T00:00:00Z`));
}

// Building an Intl formatter costs far more than using one (a table of 25 rows formats hundreds of
// dates and numbers): one per locale and style, kept for the life of the process.
function kept<V>(store: Map<string, V>, key: string, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, style: 'long' | 'short'): Intl.DateTimeFormat {
  return kept(dateFormats, `${locale}|${style}`, () =>
    new Intl.DateTimeFormat(
      INTL_LOCALE[locale],
      style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
    ),
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A decimal for people ("12,5" / "12.5"), at most `maxDecimals` decimals. */
export function formatDecimal(value: string | number, locale: Locale, maxDecimals = 2): string {
  return kept(numberFormats, `${locale}|${maxDecimals}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxDecimals })).format(Number(value));
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
/** A month (`YYYY-MM`) for people: "dicembre 2025" / "December 2025". */
export function formatMonth(monthKey: string, locale: Locale): string {
  return kept(monthFormats, locale, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${monthKey}-01T00:00:00Z`));
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();
/** An instant (ISO timestamp) for people, in Rome time: "25 nov 2026, 10:30" / "25 Nov 2026, 10:30". */
export function formatInstant(iso: string, locale: Locale): string {
  return kept(instantFormats, locale, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Rome' })).format(new Date(iso));
}
