import Link from 'next/link';
import { useTranslations } from 'next-intl';

export type BreadcrumbItem = { label: string; href?: string };

/**
 * Where the page sits (Designers Italia breadcrumb). Give the ancestors with `href`; the last
 * item is the current page (no link, aria-current).
 */
export function Breadcrumb({ items }: { items: BreadcrumbItem[] }) {
  const t = useTranslations('common');
  return (
    <nav aria-label={t('breadcrumb')} className="mb-6 text-base">
      <ol className="flex flex-wrap items-center gap-x-2">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${item.label}-${i}`} className="flex items-center gap-x-2">
              {last || !item.href ? (
                <span aria-current={last ? 'page' : undefined}>{item.label}</span>
              ) : (
                <Link href={item.href}>{item.label}</Link>
              )}
              {last ? null : (
                <span aria-hidden="true" className="text-muted">
                  /
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
