import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { RequestStatusTag, type RequestStatus } from '@/components/ui/tag';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { companyPaths } from '@/lib/company-paths';

export type CompanyFiledRequestsProps = {
  companies: ReadonlyArray<{
    employerId: string;
    legalName: string;
    total: number;
    requests: ReadonlyArray<{ id: string; protocolNumber: string; status: RequestStatus; periodStart: string | null; periodEnd: string | null }>;
  }>;
};

/**
 * Per company, its newest filed requests by protocol number with period and status, and a link to
 * all of the company's requests. Pure props (lib/server/data/my-filed-requests.ts); texts:
 * `employerRequests.home`.
 */
export function CompanyFiledRequests({ companies }: CompanyFiledRequestsProps) {
  const t = useTranslations('employerRequests.home');
  const locale = useLocale() as Locale;
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso, locale) : '—');
  if (companies.length === 0) return null;
  return (
    <section aria-labelledby="domande-presentate" className="mt-12">
      <h2 id="domande-presentate" className="mb-4 text-3xl">
        {t('title')}
      </h2>
      {companies.map((c) => (
        <div key={c.employerId} className="mb-8">
          <h3 className="mb-2 text-2xl">{c.legalName}</h3>
          {c.requests.length === 0 ? (
            <p className="mb-2">{t('none')}</p>
          ) : (
            <ul className="mb-2 space-y-2" aria-label={t('caption', { company: c.legalName })}>
              {c.requests.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Link href={companyPaths.request(c.employerId, r.id)}>{r.protocolNumber}</Link>
                  <span>
                    {date(r.periodStart)} – {date(r.periodEnd)}
                  </span>
                  <RequestStatusTag status={r.status} />
                </li>
              ))}
            </ul>
          )}
          <Link href={companyPaths.requests(c.employerId)}>{t('all', { company: c.legalName })}</Link>
        </div>
      ))}
    </section>
  );
}
