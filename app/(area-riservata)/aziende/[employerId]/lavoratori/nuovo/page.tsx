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

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.workerForm');
  return { title: t('addTitle') };
}

export default async function NewWorkerPage({ params }: { params: Params }) {
  const { employerId } = await params;
  const access = await pageEmployerAccess(companyPaths.newWorker(employerId), employerId, 'write');
  const [company, units, t, tw] = await Promise.all([getCompany(employerId), listUnits(employerId), getTranslations('company.workerForm'), getTranslations('company.workers')]);
  const options = units.map((u) => ({ value: u.id, label: `${u.name} (${u.comuneName})` }));
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: tw('title'), href: companyPaths.workers(employerId) }, { label: t('addTitle') }]} />
      <PageHeading title={t('addTitle')} caption={company.legalName} />
      <ClientMessages namespaces={['company', 'labels']}>
        <WorkerForm employerId={employerId} defaults={workerDefaults(undefined, units.length === 1 ? units[0]!.id : '')} units={options} cancelHref={companyPaths.workers(employerId)} />
      </ClientMessages>
    </>
  );
}
