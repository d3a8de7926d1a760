import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { Details } from '@/components/ui/details';
import { companyPaths } from '@/lib/company-paths';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { listUnits } from '@/lib/server/data/units';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { WorkerImportForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/worker-import-form';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.import');
  return { title: t('title') };
}

/** The CSV template (public/modelli, documented in docs/csv/lavoratori.md) and the upload. */
const WORKERS_TEMPLATE = '/modelli/lavoratori-esempio.csv';

export default async function ImportWorkersPage({ params }: { params: Params }) {
  const { employerId } = await params;
  const access = await pageEmployerAccess(companyPaths.importWorkers(employerId), employerId, 'write');
  const [company, units, t, tw] = await Promise.all([getCompany(employerId), listUnits(employerId), getTranslations('company.import'), getTranslations('company.workers')]);
  const columns = t.raw('columns') as string[];
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: tw('title'), href: companyPaths.workers(employerId) }, { label: t('title') }]} />
      <PageHeading title={t('title')} caption={company.legalName} lead={t('lead')} />
      <p className="mb-4">
        <a href={WORKERS_TEMPLATE} download>
          {t('template')}
        </a>
      </p>
      <Details summary={t('columnsTitle')}>
        <ul className="list-disc space-y-1 pl-6">
          {columns.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {units.length > 1 ? <p className="mt-4">{t('unitsNote', { units: units.map((u) => u.name).join(', ') })}</p> : null}
      </Details>
      <ClientMessages namespaces={['company']}>
        <WorkerImportForm employerId={employerId} />
      </ClientMessages>
    </>
  );
}
