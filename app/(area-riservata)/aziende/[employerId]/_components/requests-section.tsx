import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { RequestStatusTag } from '@/components/ui/tag';
import { Table, Td, Th } from '@/components/ui/table';
import { companyPaths } from '@/lib/company-paths';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { RequestSummaryDto } from '@/lib/server/data/requests';

/**
 * The company's requests, newest first, each with its protocol number and status, linking to the
 * request. Those links do not prefetch (one background request to the server per request listed,
 * 38 on a bench company, at every view of the company page); a click still navigates in place.
 */
export async function RequestsSection({ employerId, requests }: { employerId: string; requests: RequestSummaryDto[] }) {
  const [t, tl, locale] = await Promise.all([getTranslations('company.requests'), getTranslations('labels'), getLocale() as Promise<Locale>]);
  const day = (iso: string) => formatCalendarDate(iso, locale, 'short');
  return (
    <section aria-labelledby="domande" className="mb-10">
      <h2 id="domande" className="mb-4 text-3xl">
        {t('title')}
      </h2>
      {requests.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <Table caption={t('title')} captionHidden>
          <thead>
            <tr>
              <Th>{t('protocol')}</Th>
              <Th>{t('status')}</Th>
              <Th>{t('cause')}</Th>
              <Th>{t('period')}</Th>
              <Th>{t('unit')}</Th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={companyPaths.request(employerId, r.id)} prefetch={false}>
                    {r.protocolNumber ?? t('draft', { date: day(r.updatedAt.slice(0, 10)) })}
                  </Link>
                </Td>
                <Td>
                  <RequestStatusTag status={r.status} />
                </Td>
                <Td>{r.cause ? tl(`cause.${r.cause}`) : '–'}</Td>
                <Td>{r.periodStart && r.periodEnd ? `${day(r.periodStart)} – ${day(r.periodEnd)}` : '–'}</Td>
                <Td>{r.unitName ?? '–'}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="mt-4">
        <Link href={companyPaths.requests(employerId)}>{t('all')}</Link>
      </p>
    </section>
  );
}
