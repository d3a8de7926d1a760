import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { LinkButton } from '@/components/ui/link-button';
import { companyPaths } from '@/lib/company-paths';
import { Table, Td, Th } from '@/components/ui/table';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listMyEmployers } from '@/lib/server/data/homes';
import { listMyFiledRequests } from '@/lib/server/data/my-filed-requests';
import { CompanyFiledRequests } from '@/components/requests/company-filed-requests';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home.employer');
  return { title: t('title') };
}

/** Employer's home: the companies they belong to, and the way to register another. */
export default async function EmployerHomePage() {
  await pageRole('/aziende', 'EMPLOYER');
  const [employers, filed, t, tCompany] = await Promise.all([listMyEmployers(), listMyFiledRequests(), getTranslations('home.employer'), getTranslations('company.home')]);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      {employers.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <Table caption={t('title')} captionHidden>
          <thead>
            <tr>
              <Th>{t('columns.name')}</Th>
              <Th>{t('columns.taxCode')}</Th>
              <Th numeric>{t('columns.drafts')}</Th>
              <Th numeric>{t('columns.open')}</Th>
            </tr>
          </thead>
          <tbody>
            {employers.map((e) => (
              <tr key={e.id}>
                <Td>
                  <Link href={`/aziende/${e.id}`}>{e.legalName}</Link>
                </Td>
                <Td className="tabular-nums">{e.codiceFiscale}</Td>
                <Td numeric>{e.drafts}</Td>
                <Td numeric>{e.openRequests}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <CompanyFiledRequests companies={filed} />
      <LinkButton href={companyPaths.create()} className="mt-6">
        {tCompany('add')}
      </LinkButton>
    </>
  );
}
