import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** "Indietro" link at the top of a question page, to the previous step (GOV.UK back link). */
export function BackLink({ href, children }: { href: string; children?: ReactNode }) {
  const t = useTranslations('common');
  return (
    <Link href={href} className="mb-6 inline-flex items-center gap-1 text-base text-ink">
      <span aria-hidden="true">‹</span>
      {children ?? t('back')}
    </Link>
  );
}
