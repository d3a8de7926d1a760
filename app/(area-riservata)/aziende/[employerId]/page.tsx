import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { PageHeading } from '@/components/layout/page-heading';
import { Table, Td, Th } from '@/components/ui/table';
import { roleHome } from '@/lib/navigation';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getEmployerOverview } from '@/lib/server/data/homes';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { employerId } = await params;
  await pageEmployerAccess(`/aziende/${employerId}`, employerId);
  const company = await getEmployerOverview(employerId);
  return { title: company.legalName };
}

const BACK_TO = { EMPLOYER: 'companies', CONSULTANT: 'clients', STAFF: 'queue', ADMIN: 'queue' } as const;

/** A company's overview: who it is and its production units. Readable by members, delegated consultants and staff. */
export default async function CompanyPage({ params }: { params: Params }) {
  const { employerId } = await params;
  const access = await pageEmployerAccess(`/aziende/${employerId}`, employerId);
  const [company, t, tNav, tRequests] = await Promise.all([getEmployerOverview(employerId), getTranslations('home.company'), getTranslations('common.nav'), getTranslations('employerRequests.list')]);
  const role = access.user.role;
  const home = role === 'ADMIN' ? roleHome.STAFF : roleHome[role];
  return (
    <>
      <Breadcrumb items={[{ label: tNav(BACK_TO[role]), href: home }, { label: company.legalName }]} />
      <PageHeading title={company.legalName} />
      <p className="mb-8 text-lg">
        <Link href={`/aziende/${employerId}/domande`}>{tRequests('title')}</Link>
      </p>
      <dl className="mb-10 grid max-w-3xl grid-cols-1 gap-x-8 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('taxCode')}</dt>
        <dd className="tabular-nums">{company.codiceFiscale}</dd>
        <dt className="font-semibold">{t('inpsNumber')}</dt>
        <dd>{company.matricolaInps ?? t('notProvided')}</dd>
        <dt className="font-semibold">{t('sector')}</dt>
        <dd>{company.atecoCode ? `${company.atecoCode}${company.sectorDescription ? ` – ${company.sectorDescription}` : ''}` : t('notProvided')}</dd>
      </dl>
      <h2 className="mb-4 text-3xl">{t('unitsTitle')}</h2>
      {company.units.length === 0 ? (
        <p>{t('unitsEmpty')}</p>
      ) : (
        <Table caption={t('unitsTitle')} captionHidden>
          <thead>
            <tr>
              <Th>{t('unitColumns.name')}</Th>
              <Th>{t('unitColumns.comune')}</Th>
              <Th>{t('unitColumns.province')}</Th>
            </tr>
          </thead>
          <tbody>
            {company.units.map((u) => (
              <tr key={u.id}>
                <Td>{u.name}</Td>
                <Td>{u.comuneName}</Td>
                <Td>{u.provinceCode}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
