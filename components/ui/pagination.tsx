import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cx } from './cx';

export type PaginationProps = {
  /** Current page, from 1. */
  page: number;
  pageCount: number;
  /** Address of a page, e.g. `(p) => \`/comitato/coda?pagina=${p}\``. Keep the list's filters in it. */
  hrefFor: (page: number) => string;
};

/** Which page numbers to show: first, last, current ±1, with gaps as null (GOV.UK pagination). */
export function visiblePages(page: number, pageCount: number): Array<number | null> {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/** Links between pages of a long list. Renders nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  const t = useTranslations('common.pagination');
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('label')} className="mt-6 mb-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="px-2 py-1 font-semibold">
              <span aria-hidden="true">‹ </span>
              {t('previous')}
              <span className="sr-only"> ({t('of', { page: page - 1, count: pageCount })})</span>
            </Link>
          </li>
        ) : null}
        {visiblePages(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-2">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('page', { page: p })}
                className={cx('inline-block min-w-10 px-2 py-1 text-center', p === page && 'bg-primary text-white no-underline hover:text-white')}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="px-2 py-1 font-semibold">
              {t('next')}
              <span className="sr-only"> ({t('of', { page: page + 1, count: pageCount })})</span>
              <span aria-hidden="true"> ›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
