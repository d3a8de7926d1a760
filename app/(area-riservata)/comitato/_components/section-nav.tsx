'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

/** The Committee area's sections, with the current one marked (aria-current). */
export function SectionNav({ label, items }: { label: string; items: Array<{ href: string; label: string; exact?: boolean }> }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-8 border-b-2 border-subtle">
      <ul className="flex flex-wrap gap-x-6">
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={cx('-mb-0.5 block border-b-4 py-2 font-semibold', current ? 'border-primary no-underline' : 'border-transparent')}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
