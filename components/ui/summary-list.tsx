import Link from 'next/link';
import type { ReactNode } from 'react';

export type SummaryRow = {
  key: ReactNode;
  value: ReactNode;
  /** "Modifica" link; `hidden` says what it changes to screen readers ("Modifica <span>codice fiscale</span>"). */
  action?: { href: string; label: string; hidden: string };
};

/**
 * GOV.UK summary list: answers as key/value rows, each with an optional change link whose
 * visually hidden text names the answer, so a list of "Modifica" links is still meaningful.
 * Server component.
 */
export function SummaryList({ rows, className }: { rows: SummaryRow[]; className?: string }) {
  return (
    <dl className={`mb-8 max-w-4xl border-t border-subtle ${className ?? ''}`}>
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-1 gap-x-6 border-b border-subtle py-3 sm:grid-cols-[minmax(12rem,1fr)_2fr_auto]">
          <dt className="font-semibold">{row.key}</dt>
          <dd>{row.value}</dd>
          <dd className="sm:text-right">
            {row.action ? (
              <Link href={row.action.href}>
                {row.action.label}
                <span className="sr-only"> {row.action.hidden}</span>
              </Link>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
