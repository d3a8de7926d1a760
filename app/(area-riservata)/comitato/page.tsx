import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { pageRole } from '@/lib/server/auth/page-guards';
import { reviewQueueCounts, type QueueCounts } from '@/lib/server/data/homes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home.staff');
  return { title: t('title') };
}

const ORDER: Array<keyof QueueCounts> = ['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'];

/** Committee staff's home: how many requests wait at each stage of the review. */
export default async function StaffHomePage() {
  await pageRole('/comitato', 'STAFF', 'ADMIN');
  const [counts, t] = await Promise.all([reviewQueueCounts(), getTranslations('home.staff')]);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <ul className="grid max-w-4xl grid-cols-1 gap-4 sm:grid-cols-3">
        {ORDER.map((status) => (
          <li key={status} className="border-t-4 border-primary bg-primary-lighter p-4">
            <span className="block text-5xl font-bold tabular-nums">{counts[status]}</span>
            <span className="block text-lg">{t(`counts.${status}`)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
