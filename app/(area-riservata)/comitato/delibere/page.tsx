import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { LinkButton } from '@/components/ui/link-button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listResolutions } from '@/lib/server/data/committee-resolutions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.resolutions');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The register of the Committee's resolutions, newest first, with the parameters they set. */
export default async function ResolutionsPage({ searchParams }: { searchParams: SearchParams }) {
  await pageRole('/comitato/delibere', 'STAFF', 'ADMIN');
  const query = await searchParams;
  const pageNumber = Number(typeof query.pagina === 'string' ? query.pagina : '1') || 1;
  const [register, t, locale] = await Promise.all([listResolutions(pageNumber), getTranslations('review.resolutions'), getLocale() as Promise<Locale>]);
  const date = (iso: string) => formatCalendarDate(iso, locale, 'short');
  return (
    <>
      {query.registrata === '1' ? <NotificationBanner type="success" title={t('form.created')} /> : null}
      <PageHeading title={t('title')} lead={t('lead')} />
      <p className="mb-8">
        <LinkButton href="/comitato/delibere/nuova">{t('add')}</LinkButton>
      </p>
      {register.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <Table caption={t('caption')}>
          <thead>
            <tr>
              <Th>{t('columns.number')}</Th>
              <Th>{t('columns.date')}</Th>
              <Th>{t('columns.subject')}</Th>
              <Th>{t('columns.parameter')}</Th>
              <Th numeric>{t('columns.value')}</Th>
              <Th>{t('columns.effectiveFrom')}</Th>
              <Th numeric>{t('columns.decisions')}</Th>
              <Th>{t('columns.by')}</Th>
            </tr>
          </thead>
          <tbody>
            {register.items.map((r) => (
              <tr key={r.id}>
                <Td className="whitespace-nowrap font-semibold">{r.number}</Td>
                <Td className="whitespace-nowrap">{date(r.date)}</Td>
                <Td>{r.subject}</Td>
                <Td>{r.parameterKey ? t(`parameters.${r.parameterKey}`) : '—'}</Td>
                <Td numeric>{r.parameterValue ?? '—'}</Td>
                <Td className="whitespace-nowrap">{r.parameterKey ? (r.effectiveFrom ? date(r.effectiveFrom) : t('defaultFrom')) : '—'}</Td>
                <Td numeric>{r.decisions}</Td>
                <Td>{r.createdBy}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={register.page} pageCount={register.pages} hrefFor={(p) => `/comitato/delibere?pagina=${p}`} />
    </>
  );
}
