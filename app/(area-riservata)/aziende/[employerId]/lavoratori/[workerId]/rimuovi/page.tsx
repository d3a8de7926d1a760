import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { companyPaths } from '@/lib/company-paths';
import { removeWorkerAction } from '@/lib/server/actions/workforce';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { ConfirmForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/confirm-form';
import { findWorker } from '@/app/(area-riservata)/aziende/[employerId]/_components/find-worker';

type Params = Promise<{ employerId: string; workerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.workers');
  return { title: t('removeTitle') };
}

/** Confirm removing a worker; one in a filed request is kept (the server says so). */
export default async function RemoveWorkerPage({ params }: { params: Params }) {
  const { employerId, workerId } = await params;
  const access = await pageEmployerAccess(companyPaths.removeWorker(employerId, workerId), employerId, 'write');
  const [company, worker, t] = await Promise.all([getCompany(employerId), findWorker(employerId, workerId), getTranslations('company.workers')]);
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('title'), href: companyPaths.workers(employerId) }, { label: t('removeTitle') }]} />
      <PageHeading title={t('removeQuestion', { name: `${worker.firstName} ${worker.lastName}` })} caption={company.legalName} lead={t('removeLead')} />
      <ClientMessages namespaces={['company']}>
        <ConfirmForm action={removeWorkerAction} fields={{ employerId, workerId }} submitLabel={t('removeConfirm')} cancelHref={companyPaths.workers(employerId)} cancelLabel={t('cancel')} />
      </ClientMessages>
    </>
  );
}
