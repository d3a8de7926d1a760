import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCalendarDate } from '@/lib/format';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listMyClients } from '@/lib/server/data/homes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home.consultant');
  return { title: t('title') };
}

/** Consultant's home: the companies that have delegated them today. */
export default async function ConsultantHomePage() {
  await pageRole('/consulente', 'CONSULTANT');
  const [clients, t, locale] = await Promise.all([listMyClients(), getTranslations('home.consultant'), getLocale()]);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      {clients.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <Table caption={t('title')} captionHidden>
          <thead>
            <tr>
              <Th>{t('columns.name')}</Th>
              <Th>{t('columns.taxCode')}</Th>
              <Th>{t('columns.since')}</Th>
              <Th>{t('columns.until')}</Th>
            </tr>
          </thead>
          <tbody>
            {clients.map((c) => (
              <tr key={c.employerId}>
                <Td>
                  <Link href={`/aziende/${c.employerId}`}>{c.legalName}</Link>
                </Td>
                <Td className="tabular-nums">{c.codiceFiscale}</Td>
                <Td>{formatCalendarDate(c.delegatedSince, locale)}</Td>
                <Td>{c.delegatedUntil ? formatCalendarDate(c.delegatedUntil, locale) : t('openEnded')}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
