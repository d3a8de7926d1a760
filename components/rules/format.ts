// Figures of the rules for people, from the decimal STRINGS the library returns ("1404.03"):
// no float ever touches an amount. Italian "1.404,03 €", English "€1,404.03".
import type { Locale } from '@/lib/i18n/config';

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = { it: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** A decimal string with thousands grouping, keeping its own decimals ("4.33" → "4,33"). */
export function formatDecimal(value: string, locale: Locale, minimumFractionDigits = 0): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const { group, decimal } = SEPARATORS[locale];
  const integer = m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = (m[3] ?? '').padEnd(minimumFractionDigits, '0');
  return `${m[1]}${integer}${fraction ? `${decimal}${fraction}` : ''}`;
}

/** An amount in euro with two decimals. */
export function formatEuro(value: string, locale: Locale): string {
  const text = formatDecimal(value, locale, 2);
  return locale === 'it' ? `${text} €` : `€${text}`;
}

/** A calendar date `YYYY-MM-DD` as dd/mm/yyyy (both languages use day-first). */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
