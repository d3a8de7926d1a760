import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { companyPaths } from '@/lib/company-paths';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { listUnits } from '@/lib/server/data/units';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { WorkerForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/worker-form';
import { workerDefaults } from '@/app/(area-riservata)/aziende/[employerId]/_components/worker-values';
import { findWorker } from '@/app/(area-riservata)/aziende/[employerId]/_components/find-worker';

type Params = Promise<{ employerId: string; workerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.workerForm');
  return { title: t('editTitle') };
}

export default async function EditWorkerPage({ params }: { params: Params }) {
  const { employerId, workerId } = await params;
  const access = await pageEmployerAccess(companyPaths.worker(employerId, workerId), employerId, 'write');
  const [company, units, worker, t, tw] = await Promise.all([getCompany(employerId), listUnits(employerId), findWorker(employerId, workerId), getTranslations('company.workerForm'), getTranslations('company.workers')]);
  const options = units.map((u) => ({ value: u.id, label: `${u.name} (${u.comuneName})` }));
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: tw('title'), href: companyPaths.workers(employerId) }, { label: t('editTitle') }]} />
      <PageHeading title={t('editTitle')} caption={`${company.legalName} · ${worker.lastName} ${worker.firstName}`} />
      <ClientMessages namespaces={['company', 'labels']}>
        <WorkerForm employerId={employerId} workerId={workerId} defaults={workerDefaults(worker)} units={options} cancelHref={companyPaths.workers(employerId)} />
      </ClientMessages>
    </>
  );
}
