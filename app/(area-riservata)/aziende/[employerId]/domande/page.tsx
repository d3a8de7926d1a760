import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { PageHeading } from '@/components/layout/page-heading';
import { Table, Td, Th } from '@/components/ui/table';
import { RequestStatusTag } from '@/components/ui/tag';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getEmployerOverview } from '@/lib/server/data/homes';
import { listRequests } from '@/lib/server/data/requests';
import { companyPaths } from '@/lib/company-paths';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { employerId } = await params;
  await pageEmployerAccess(companyPaths.requests(employerId), employerId);
  const [company, t] = await Promise.all([getEmployerOverview(employerId), getTranslations('employerRequests.list')]);
  return { title: `${t('title')} – ${company.legalName}` };
}

/** The company's requests, newest first: drafts to resume and filed requests with protocol and status; CSV export. */
export default async function CompanyRequestsPage({ params }: { params: Params }) {
  const { employerId } = await params;
  await pageEmployerAccess(companyPaths.requests(employerId), employerId);
  const [company, requests, t, tLabels, locale] = await Promise.all([
    getEmployerOverview(employerId),
    listRequests(employerId),
    getTranslations('employerRequests.list'),
    getTranslations('labels'),
    getLocale() as Promise<Locale>,
  ]);
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso.slice(0, 10), locale) : null);
  // Newest first by when each was filed (a draft: last saved), not by when its draft was started.
  const newestFirst = [...requests].sort((a, b) => (b.filedAt ?? b.updatedAt).localeCompare(a.filedAt ?? a.updatedAt));
  return (
    <>
      <Breadcrumb items={[{ label: company.legalName, href: companyPaths.home(employerId) }, { label: t('title') }]} />
      <PageHeading caption={company.legalName} title={t('title')} lead={t('lead')} />
      {requests.length === 0 ? (
        <p className="mb-8">{t('empty')}</p>
      ) : (
        <Table caption={t('caption')} captionHidden>
          <thead>
            <tr>
              <Th>{t('columns.protocol')}</Th>
              <Th>{t('columns.period')}</Th>
              <Th>{t('columns.cause')}</Th>
              <Th>{t('columns.status')}</Th>
              <Th>{t('columns.submitted')}</Th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((r) => (
              <tr key={r.id}>
                <Th scope="row" className="border-b border-subtle font-normal whitespace-nowrap">
                  <Link href={companyPaths.request(employerId, r.id)}>{r.protocolNumber ?? t('draftLink', { date: date(r.updatedAt) ?? '' })}</Link>
                </Th>
                <Td>{r.periodStart && r.periodEnd ? `${date(r.periodStart)} – ${date(r.periodEnd)}` : '—'}</Td>
                <Td>{r.cause ? tLabels(`cause.${r.cause}`) : '—'}</Td>
                <Td>
                  <RequestStatusTag status={r.status} />
                </Td>
                <Td>{date(r.filedAt) ?? t('notSubmitted')}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="mt-6">
        <a href={`${companyPaths.requests(employerId)}/esporta`} download>
          {t('export')}
        </a>
      </p>
      <p className="text-muted">{t('exportHint')}</p>
    </>
  );
}
