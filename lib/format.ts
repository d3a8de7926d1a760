import type { Locale } from '@/lib/i18n/config';

const INTL_LOCALE: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/**
 * A calendar date (`YYYY-MM-DD`) for people: "7 marzo 2025" / "7 March 2025". Formatted in UTC
 * because the value is a date, not an instant: no time zone may move it by a day.
 */
export function formatCalendarDate(iso: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(new Date(`${iso}T00:00:00Z`));
}
