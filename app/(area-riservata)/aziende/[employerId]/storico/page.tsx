import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { WindowTimeline } from '@/components/rules/window-timeline';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Table, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { companyPaths } from '@/lib/company-paths';
import { formatCalendarDate, formatDecimal } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { removeHistoryAction } from '@/lib/server/actions/workforce';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { companyWindowsToday } from '@/lib/server/data/company-status';
import { getCompany } from '@/lib/server/data/employers';
import { listHistory } from '@/lib/server/data/history';
import { listUnits } from '@/lib/server/data/units';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { ConfirmForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/confirm-form';
import { HistoryForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/history-form';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.history');
  return { title: t('title') };
}

const OUTCOMES = ['aggiunto', 'rimosso'] as const;

/** Past periods (before this service) and each unit's rolling windows with them counted. */
export default async function HistoryPage({ params, searchParams }: { params: Params; searchParams: Promise<{ esito?: string }> }) {
  const { employerId } = await params;
  const { esito } = await searchParams;
  const access = await pageEmployerAccess(companyPaths.history(employerId), employerId);
  const [company, units, entries, windows, t, tl, locale] = await Promise.all([
    getCompany(employerId),
    listUnits(employerId),
    listHistory(employerId),
    companyWindowsToday(employerId),
    getTranslations('company.history'),
    getTranslations('labels'),
    getLocale() as Promise<Locale>,
  ]);
  const canEdit = access.via !== 'staff';
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const day = (iso: string) => formatCalendarDate(iso, locale, 'short');
  const outcome = OUTCOMES.find((o) => o === esito);
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('title') }]} />
      {outcome ? (
        <NotificationBanner type="success" title={t('doneTitle')}>
          {t(`done.${outcome}`)}
        </NotificationBanner>
      ) : null}
      <PageHeading title={t('title')} caption={company.legalName} lead={t('lead')} />

      <section aria-labelledby="periodi" className="mb-10">
        <h2 id="periodi" className="mb-4 text-3xl">
          {t('listTitle')}
        </h2>
        {entries.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ClientMessages namespaces={['company']}>
            <Table caption={t('listTitle')} captionHidden>
              <thead>
                <tr>
                  <Th>{t('columns.unit')}</Th>
                  <Th>{t('columns.cause')}</Th>
                  <Th>{t('columns.period')}</Th>
                  <Th numeric>{t('columns.weeks')}</Th>
                  {canEdit ? <Th>{t('columns.actions')}</Th> : null}
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => {
                  const period = `${day(e.periodStart)} – ${day(e.periodEnd)}`;
                  return (
                    <tr key={e.id}>
                      <Td>{unitName.get(e.productionUnitId) ?? '–'}</Td>
                      <Td>
                        {tl(`cause.${e.cause}`)} {e.neutralised ? <Tag tone="grey">{t('neutralised')}</Tag> : null}
                      </Td>
                      <Td>{period}</Td>
                      <Td numeric>{formatDecimal(e.weeks, locale)}</Td>
                      {canEdit ? (
                        <Td>
                          <ConfirmForm action={removeHistoryAction} fields={{ employerId, entryId: e.id }} submitLabel={t('remove')} submitContext={period} />
                        </Td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </ClientMessages>
        )}
      </section>

      {canEdit && units.length > 0 ? (
        <section aria-labelledby="aggiungi" className="mb-10">
          <h2 id="aggiungi" className="mb-4 text-3xl">
            {t('addTitle')}
          </h2>
          <ClientMessages namespaces={['company', 'labels']}>
            <HistoryForm employerId={employerId} units={units.map((u) => ({ value: u.id, label: `${u.name} (${u.comuneName})` }))} />
          </ClientMessages>
        </section>
      ) : null}

      {windows.map((w) => (
        <WindowTimeline key={w.unit.id} windows={w.windows} heading={t('windowsOf', { unit: w.unit.name })} />
      ))}
    </>
  );
}
