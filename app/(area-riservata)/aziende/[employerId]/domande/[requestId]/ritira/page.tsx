import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { RequestStatusTag, type RequestStatus } from '@/components/ui/tag';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { loadRequestPage } from '../_filed/load';
import { WithdrawForm } from './withdraw-form';
import { companyPaths } from '@/lib/company-paths';

type Params = Promise<{ employerId: string; requestId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('employerRequests.withdraw');
  return { title: t('title') };
}

/**
 * The confirmation page before withdrawing (GOV.UK: a destructive action gets its own page): what
 * withdrawing does, an optional reason, an explicit tick. Only who may write for the company.
 */
export default async function WithdrawRequestPage({ params }: { params: Params }) {
  const { employerId, requestId } = await params;
  await pageEmployerAccess(`${companyPaths.request(employerId, requestId)}/ritira`, employerId, 'write');
  const { request } = await loadRequestPage(employerId, requestId, '/ritira');
  const [t, tList, tStatus] = await Promise.all([getTranslations('employerRequests.withdraw'), getTranslations('employerRequests.list'), getTranslations('common.requestStatus')]);
  const protocol = request.protocolNumber ?? request.id;
  const requestPage = companyPaths.request(employerId, requestId);
  return (
    <>
      <Breadcrumb
        items={[
          { label: request.employer.legalName, href: companyPaths.home(employerId) },
          { label: tList('title'), href: companyPaths.requests(employerId) },
          { label: protocol, href: requestPage },
          { label: t('title') },
        ]}
      />
      <PageHeading caption={t('caption', { protocol })} title={t('title')} />
      {request.canWithdraw ? (
        <div className="max-w-3xl">
          <p className="mb-2 text-lg">{t('lead')}</p>
          <ul className="mb-8 list-disc pl-6 text-lg">
            {t.raw('consequences').map((line: string) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <ClientMessages namespaces={['employerRequests']}>
            <WithdrawForm employerId={employerId} requestId={requestId} protocol={protocol} />
          </ClientMessages>
        </div>
      ) : request.status === 'WITHDRAWN' ? (
        // Also what a browser without JavaScript shows right after withdrawing (the page re-renders).
        <NotificationBanner title={t('withdrawnTitle')}>
          <p className="mb-2">{t('withdrawnBody')}</p>
          <Link href={requestPage}>{t('back')}</Link>
        </NotificationBanner>
      ) : (
        <>
          <p className="mb-4 max-w-3xl text-lg">
            {t('notAllowed', { status: tStatus(request.status as RequestStatus) })} <RequestStatusTag status={request.status as RequestStatus} />
          </p>
          <Link href={requestPage}>{t('back')}</Link>
        </>
      )}
    </>
  );
}
