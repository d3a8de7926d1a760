import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { LinkButton } from '@/components/ui/link-button';
import { formatCalendarDate } from '@/lib/format';
import { AT_RISK_DAYS, FILED_STATUSES } from '@/lib/review/queue';
import { pageRole } from '@/lib/server/auth/page-guards';
import { countAtRisk, reviewStatusCounts, riskDate } from '@/lib/server/data/review-queue';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.home');
  return { title: t('title') };
}

/** Committee staff's home: requests per status (from the status tally), the ones at risk, the sections. */
export default async function CommitteeHomePage() {
  await pageRole('/comitato', 'STAFF', 'ADMIN');
  const [counts, atRisk, t, tStatus, locale] = await Promise.all([reviewStatusCounts(), countAtRisk(), getTranslations('review.home'), getTranslations('review.queue.status'), getLocale()]);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <div className="mb-10 grid max-w-4xl grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="border-t-4 border-primary bg-primary-lighter p-4">
          <span className="block text-5xl font-bold tabular-nums">{counts.pending}</span>
          <span className="block text-lg">{t('pending')}</span>
          <Link href="/comitato/domande" className="mt-2 inline-block">
            {t('openQueue')}
          </Link>
        </div>
        <div className="border-t-4 border-l-4 border-warning bg-white p-4">
          <span className="block text-5xl font-bold tabular-nums">{atRisk}</span>
          <span className="block text-lg">{t('atRisk')}</span>
          <p className="text-base">{t('atRiskHint', { days: AT_RISK_DAYS })} ({formatCalendarDate(riskDate(), locale)})</p>
          <Link href="/comitato/domande?rischio=1&ordine=period_end_asc" className="mt-2 inline-block">
            {t('openAtRisk')}
          </Link>
        </div>
      </div>
      <h2 className="mb-4 text-3xl">{t('countsTitle')}</h2>
      <ul className="mb-10 grid max-w-4xl grid-cols-2 gap-3 sm:grid-cols-4">
        {FILED_STATUSES.map((status) => (
          <li key={status} className="border-l-4 border-primary px-3 py-2">
            <Link href={`/comitato/domande?stato=${status}`} className="block no-underline">
              <span className="block text-3xl font-bold tabular-nums text-ink">{counts[status]}</span>
              <span className="block underline">{tStatus(status)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="mb-4 text-3xl">{t('sections')}</h2>
      <ul className="mb-8 list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/comitato/domande">{t('links.queue')}</Link>
        </li>
        <li>
          <Link href="/comitato/delibere">{t('links.resolutions')}</Link>
        </li>
        <li>
          <Link href="/comitato/audit">{t('links.audit')}</Link>
        </li>
        <li>
          <Link href="/comitato/report">{t('links.reports')}</Link>
        </li>
      </ul>
      <LinkButton href="/comitato/domande">{t('openQueue')}</LinkButton>
    </>
  );
}
