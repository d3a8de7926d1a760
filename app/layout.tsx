import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { SkipLink } from '@/components/ui/skip-link';
import { mainNavigation } from '@/lib/navigation';
import type { Messages } from '@/lib/i18n/messages';
import { setLocaleAction } from '@/lib/server/actions/locale';
import { getCurrentUser } from '@/lib/server/auth/session';
import { formHasErrors } from '@/lib/server/form-error-title';
import { titillium } from './fonts';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const [t, errors] = await Promise.all([getTranslations('common'), formHasErrors()]);
  // "Errore: " first when a form posted without JavaScript came back with errors (GOV.UK, Designers
  // Italia): lib/server/form-error-title.ts. With JavaScript the ErrorSummary does it in the browser.
  const prefix = errors ? t('errorPrefix') : '';
  return {
    title: { template: `${prefix}%s – ${t('productName')}`, default: `${prefix}${t('productName')}` },
    description: t('productTagline'),
  };
}

export const viewport: Viewport = { themeColor: '#0066cc' };

/**
 * Every page: skip link, Designers Italia header (role navigation, language, account), main,
 * footer. Rendered per request (it reads the locale cookie and the session), which also lets
 * Next put proxy.ts's CSP nonce on its scripts.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, user, messages] = await Promise.all([getLocale(), getTranslations('common'), getCurrentUser(), getMessages()]);
  const otherLocale = locale === 'it' ? 'en' : 'it';

  return (
    <html lang={locale} className={titillium.variable}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get only the shared texts; pages add theirs with <ClientMessages>. */}
        <NextIntlClientProvider messages={{ common: (messages as Messages).common }}>
          <SkipLink label={t('skipLink')} />
          <Header
            productName={t('productName')}
            tagline={t('productTagline')}
            owner={t('owner')}
            nav={{ label: t('mainNav'), items: mainNavigation(user?.role ?? null).map((item) => ({ href: item.href, label: t(`nav.${item.key}`) })) }}
            languageSwitch={<LanguageSwitch action={setLocaleAction} target={otherLocale} label={t('switchTo')} accessibleLabel={t('switchToLabel')} />}
            account={
              user
                ? { kind: 'signed-in', name: user.name, role: t(`roles.${user.role}`), signOut: { href: '/esci', label: t('signOut') } }
                : { kind: 'anonymous', signIn: { href: '/accedi', label: t('signIn') } }
            }
          />
          <main id="contenuto" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <Footer
            productName={t('productName')}
            owner={t('owner')}
            about={t('footer.about')}
            links={[
              { href: '/simulatore', label: t('nav.simulator') },
              ...(user ? [] : [{ href: '/accedi', label: t('signIn') }]),
              { href: '/accessibilita', label: t('footer.accessibility') },
              { href: '/privacy', label: t('footer.privacy') },
              { href: '/note-legali', label: t('footer.legal') },
            ]}
          />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
