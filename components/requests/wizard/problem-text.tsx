import { useLocale, useTranslations } from 'next-intl';
import { formatDay, formatDecimal } from '@/components/rules/format';
import type { Locale } from '@/lib/i18n/config';
import type { Problem } from '@/lib/requests/wizard';

/** Dates and decimals of a problem's values in the page's language (ISO dates → dd/mm/yyyy). */
function localise(value: string | number, locale: Locale): string | number {
  if (typeof value !== 'string') return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  if (/^\d+\.\d+$/.test(value)) return formatDecimal(value, locale);
  return value;
}

/** One problem of a draft: the wizard's own (translated key) or a reason as lib/rules wrote it. */
export function ProblemText({ problem }: { problem: Problem }) {
  const t = useTranslations('wizard.problems');
  const locale = useLocale() as Locale;
  if ('text' in problem) return <>{problem.text}</>;
  const values = Object.fromEntries(Object.entries(problem.values ?? {}).map(([k, v]) => [k, localise(v, locale)]));
  return <>{t(problem.key, values)}</>;
}
