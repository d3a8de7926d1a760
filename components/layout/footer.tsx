import Link from 'next/link';
import type { NavItem } from './main-nav';

/** Site footer (Designers Italia dark band): who runs the service, what it is for, and useful links. */
export function Footer({ productName, about, owner, links }: { productName: string; about: string; owner: string; links: NavItem[] }) {
  return (
    <footer className="mt-16 bg-slate text-white">
      <div className="mx-auto max-w-6xl px-4 py-10">
        <p className="text-xl font-bold">{productName}</p>
        <p className="mt-1 text-base">{owner}</p>
        <p className="mt-4 max-w-3xl text-base">{about}</p>
        {links.length ? (
          <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-base">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-white hover:text-white">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </footer>
  );
}
