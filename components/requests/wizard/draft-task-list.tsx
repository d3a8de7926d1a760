import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';

/**
 * PLACEHOLDER until the request wizard lands (owned by the wizard's work): the draft's task list.
 * The request page renders this for a DRAFT; the wizard replaces it with the real task list.
 */
export async function DraftTaskList({ employerId, requestId }: { employerId: string; requestId: string }) {
  const t = await getTranslations('employerRequests.page');
  return (
    <>
      <PageHeading title={t('draftTitle')} />
      <p>
        <Link href={`/aziende/${employerId}/domande/${requestId}/causale`}>{t('continueDraft')}</Link>
      </p>
    </>
  );
}
