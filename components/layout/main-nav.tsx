'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

export type NavItem = { href: string; label: string };

/** The header's main navigation; marks the section the user is in with aria-current. */
export function MainNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  if (items.length === 0) return null;
  // The section is the longest matching address: /consulente/deleghe is "Deleghe", not "I miei clienti".
  const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const currentHref = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label} className="bg-primary">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-2 px-4">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'block border-b-4 px-3 py-3 font-semibold text-white no-underline hover:text-white hover:underline',
                  current ? 'border-white' : 'border-transparent',
                )}
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
