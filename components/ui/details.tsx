import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/**
 * Expandable explanation (GOV.UK details), native `<details>` so it works without JavaScript.
 * The default summary is "Perché?": use it next to a figure to show the rule and citation behind it.
 */
export function Details({ summary, children, open }: { summary?: ReactNode; children: ReactNode; open?: boolean }) {
  const t = useTranslations('common');
  return (
    <details className="group mb-6" open={open}>
      <summary className="inline-flex cursor-pointer list-none items-center gap-2 text-primary underline underline-offset-2 hover:text-primary-hover [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block text-sm transition-transform group-open:rotate-90">
          ▶
        </span>
        {summary ?? t('why')}
      </summary>
      <div className="mt-2 border-l-4 border-subtle pl-4">{children}</div>
    </details>
  );
}
