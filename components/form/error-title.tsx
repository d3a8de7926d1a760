'use client';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';

/**
 * "Errore: " at the start of the page title while `active` (GOV.UK, Designers Italia): a screen
 * reader says it first. In the browser, after a post with JavaScript; without JavaScript the
 * server puts it there (lib/server/form-error-title.ts), and this does not add it twice.
 */
export function useErrorTitle(active: boolean) {
  const t = useTranslations('common');
  useEffect(() => {
    if (!active) return;
    const prefix = t('errorPrefix');
    const apply = () => {
      if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    };
    apply();
    // Next may write the page's title after this runs (the metadata of a dynamic page streams in;
    // a language switch re-renders it): put the prefix back whenever the title changes while the
    // errors are shown. The check is a string comparison, and writing the prefix is a no-op next time.
    const observer = new MutationObserver(apply);
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    // Takes the prefix off rather than putting back the old title: after a navigation, Next may
    // already have written the next page's title.
    return () => {
      observer.disconnect();
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [active, t]);
}

/** useErrorTitle for a server component's markup (a refused file's problems). Renders nothing. */
export function ErrorTitle() {
  useErrorTitle(true);
  return null;
}
