import Link from 'next/link';
import type { ReactNode } from 'react';
import { MainNav, type NavItem } from './main-nav';

export type HeaderProps = {
  productName: string;
  tagline: string;
  /** Who runs the service, shown in the slim bar (Designers Italia "ente di appartenenza"). */
  owner: string;
  nav: { label: string; items: NavItem[] };
  /** The language switch form (LanguageSwitch), already wired to its action. */
  languageSwitch: ReactNode;
  /** The signed-in user (name and role label) with the sign-out link, or the sign-in link. */
  account: { kind: 'signed-in'; name: string; role: string; signOut: NavItem } | { kind: 'anonymous'; signIn: NavItem };
};

/**
 * Designers Italia header: a slim bar (owner, language, account), the centre band with the
 * product name, and the role's main navigation. Purely presentational: app/layout.tsx passes
 * the user, the translated labels and the language action.
 */
export function Header({ productName, tagline, owner, nav, languageSwitch, account }: HeaderProps) {
  return (
    <header>
      <div className="bg-primary-muted text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-1 text-base">
          <p className="font-semibold">{owner}</p>
          <div className="flex flex-wrap items-center gap-x-4">
            {languageSwitch}
            {account.kind === 'signed-in' ? (
              <>
                <p>
                  <span className="font-semibold">{account.name}</span>
                  <span className="sr-only">, </span>
                  <span className="ml-2 text-primary-light">{account.role}</span>
                </p>
                <Link href={account.signOut.href} className="rounded px-2 py-1 font-semibold text-white hover:text-white">
                  {account.signOut.label}
                </Link>
              </>
            ) : (
              <Link href={account.signIn.href} className="rounded px-2 py-1 font-semibold text-white hover:text-white">
                {account.signIn.label}
              </Link>
            )}
          </div>
        </div>
      </div>
      <div className="bg-primary text-white">
        <div className="mx-auto max-w-6xl px-4 pt-6 pb-4">
          <Link href="/" className="inline-block text-white no-underline hover:text-white">
            <span className="block text-2xl font-bold sm:text-3xl">{productName}</span>
            <span className="block text-base sm:text-lg">{tagline}</span>
          </Link>
        </div>
      </div>
      <MainNav label={nav.label} items={nav.items} />
    </header>
  );
}
