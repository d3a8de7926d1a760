'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/**
 * Unexpected failure inside the layout: apologise, keep the header and footer, offer to retry.
 * The details stay in the server log (the digest links them); nothing technical is shown.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.error');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="max-w-2xl">
      <h1 ref={heading} tabIndex={-1} className="mb-4 text-4xl sm:text-5xl">
        {t('title')}
      </h1>
      <p className="mb-6 text-xl">{t('body')}</p>
      <Button type="button" onClick={reset}>
        {t('retry')}
      </Button>
    </div>
  );
}
