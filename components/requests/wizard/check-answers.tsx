import Link from 'next/link';
import type { ReactNode } from 'react';

export type AnswerRow = { key: string; value: ReactNode; change?: { href: string; label: string } };

/**
 * GOV.UK "check your answers" list: each answer with a "Modifica" link whose visually hidden text
 * names the answer, so a column of "Modifica" links still says what each changes. Server component.
 */
export function CheckAnswers({ rows }: { rows: AnswerRow[] }) {
  return (
    <dl className="mb-10 max-w-4xl border-t border-subtle">
      {rows.map((row) => (
        <div key={row.key} className="grid grid-cols-1 gap-x-6 border-b border-subtle py-3 sm:grid-cols-[minmax(12rem,1fr)_2fr_auto]">
          <dt className="font-semibold">{row.key}</dt>
          <dd className="whitespace-pre-line">{row.value}</dd>
          <dd className="sm:text-right">
            {row.change ? (
              <Link href={row.change.href}>
                {row.change.label}
                <span className="sr-only"> {row.key}</span>
              </Link>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
