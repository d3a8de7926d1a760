import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { PageHeading } from '@/components/layout/page-heading';
import { LinkButton } from '@/components/ui/link-button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { Table, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { companyPaths } from '@/lib/company-paths';
import { formatCalendarDate, formatMonth } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { roleHome } from '@/lib/navigation';
import { newRequestPath } from '@/lib/requests/wizard';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { companyStatusToday } from '@/lib/server/data/company-status';
import { getCompany } from '@/lib/server/data/employers';
import { headcountCoverage } from '@/lib/server/data/headcounts';
import { listHistory } from '@/lib/server/data/history';
import { listRequests } from '@/lib/server/data/requests';
import { listUnits } from '@/lib/server/data/units';
import { countWorkers } from '@/lib/server/data/workers';
import { RequestsSection } from './_components/requests-section';
import { RowActions } from './_components/row-actions';
import { ScopeSection } from './_components/scope-section';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { employerId } = await params;
  await pageEmployerAccess(companyPaths.home(employerId), employerId);
  const company = await getCompany(employerId);
  return { title: company.legalName };
}

const BACK_TO = { EMPLOYER: 'companies', CONSULTANT: 'clients', STAFF: 'queue', ADMIN: 'queue' } as const;
const OUTCOMES = ['identita', 'settore', 'sede-aggiunta', 'sede-modificata', 'sede-rimossa', 'organico'] as const;

/**
 * The company hub (issue 4 §2): identity and sector with their "Modifica" pages, production units,
 * monthly headcounts, workers, past periods, requests, and the live 75 % test and size class.
 * Readable by members, delegated consultants and staff; only the first two may change anything.
 */
export default async function CompanyPage({ params, searchParams }: { params: Params; searchParams: Promise<{ esito?: string; mesi?: string }> }) {
  const { employerId } = await params;
  const { esito, mesi } = await searchParams;
  const access = await pageEmployerAccess(companyPaths.home(employerId), employerId);
  const [company, units, coverage, workers, history, requests, status, t, tl, tNav, locale] = await Promise.all([
    getCompany(employerId),
    listUnits(employerId),
    headcountCoverage(employerId),
    countWorkers(employerId),
    listHistory(employerId),
    listRequests(employerId),
    companyStatusToday(employerId),
    getTranslations('company.hub'),
    getTranslations('labels'),
    getTranslations('common.nav'),
    getLocale() as Promise<Locale>,
  ]);
  const tWizard = await getTranslations('wizard.newRequest');
  const role = access.user.role;
  const canEdit = access.via !== 'staff';
  const edit = (href: string, hidden: string) => (canEdit ? { href, label: t('change'), hidden } : undefined);
  const day = (iso: string | null) => (iso ? formatCalendarDate(iso, locale) : t('notProvided'));
  const yesNo = (v: boolean) => (v ? tl('yes') : tl('no'));
  const outcome = OUTCOMES.find((o) => o === esito);

  return (
    <>
      <Breadcrumb items={[{ label: tNav(BACK_TO[role]), href: role === 'ADMIN' ? roleHome.STAFF : roleHome[role] }, { label: company.legalName }]} />
      {outcome ? (
        <NotificationBanner type="success" title={t('doneTitle')}>
          {t(`done.${outcome}`, { months: Number(mesi ?? 0) })}
        </NotificationBanner>
      ) : null}
      <PageHeading title={company.legalName} caption={t('caption')} />
      {canEdit ? (
        <p className="mb-8">
          <LinkButton href={newRequestPath(employerId)}>{tWizard('button')}</LinkButton>
        </p>
      ) : null}

      <section aria-labelledby="dati" className="mb-10">
        <h2 id="dati" className="mb-4 text-3xl">
          {t('identityTitle')}
        </h2>
        <SummaryList
          rows={[
            { key: t('legalName'), value: company.legalName, action: edit(companyPaths.identity(employerId), t('legalName')) },
            { key: t('codiceFiscale'), value: <span className="tabular-nums">{company.codiceFiscale}</span>, action: edit(companyPaths.identity(employerId), t('codiceFiscale')) },
            { key: t('partitaIva'), value: company.partitaIva ?? t('notProvided'), action: edit(companyPaths.identity(employerId), t('partitaIva')) },
            { key: t('matricolaInps'), value: company.matricolaInps ?? t('notProvided'), action: edit(companyPaths.identity(employerId), t('matricolaInps')) },
            { key: t('activityStartDate'), value: day(company.activityStartDate), action: edit(companyPaths.identity(employerId), t('activityStartDate')) },
          ]}
        />
      </section>

      <section aria-labelledby="settore" className="mb-10">
        <h2 id="settore" className="mb-4 text-3xl">
          {t('sectorTitle')}
        </h2>
        {company.sectorDone ? (
          <SummaryList
            rows={[
              { key: t('ateco'), value: `${company.atecoCode} – ${company.sectorDescription}`, action: edit(companyPaths.sector(employerId), t('ateco')) },
              { key: t('inCigoScope'), value: yesNo(company.inCigoScope), action: edit(companyPaths.sector(employerId), t('inCigoScope')) },
              { key: t('inCigsScope'), value: yesNo(company.inCigsScope), action: edit(companyPaths.sector(employerId), t('inCigsScope')) },
              { key: t('bilateralFund'), value: tl(`bilateralFund.${company.bilateralFund}`), action: edit(companyPaths.sector(employerId), t('bilateralFund')) },
              ...(company.optInDate ? [{ key: t('optInDate'), value: day(company.optInDate), action: edit(companyPaths.sector(employerId), t('optInDate')) }] : []),
            ]}
          />
        ) : (
          <p>
            <Tag tone="yellow">{t('todo')}</Tag> {t('sectorTodo')} {canEdit ? <Link href={companyPaths.sector(employerId)}>{t('sectorStart')}</Link> : null}
          </p>
        )}
      </section>

      <ScopeSection employerId={employerId} status={status} canEdit={canEdit} />

      <section aria-labelledby="sedi" className="mb-10">
        <h2 id="sedi" className="mb-4 text-3xl">
          {t('unitsTitle')}
        </h2>
        {units.length === 0 ? (
          <p className="mb-4">{t('unitsEmpty')}</p>
        ) : (
          <Table caption={t('unitsTitle')} captionHidden>
            <thead>
              <tr>
                <Th>{t('unitColumns.name')}</Th>
                <Th>{t('unitColumns.comune')}</Th>
                <Th>{t('unitColumns.province')}</Th>
                <Th numeric>{t('unitColumns.workers')}</Th>
                {canEdit ? <Th>{t('unitColumns.actions')}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id}>
                  <Td>{u.name}</Td>
                  <Td>{u.comuneName}</Td>
                  <Td>{u.provinceCode}</Td>
                  <Td numeric>{u.workers}</Td>
                  {canEdit ? (
                    <Td>
                      <RowActions name={u.name} changeHref={companyPaths.unit(employerId, u.id)} removeHref={companyPaths.removeUnit(employerId, u.id)} changeLabel={t('change')} removeLabel={t('remove')} />
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {canEdit ? (
          <LinkButton href={companyPaths.newUnit(employerId)} variant="secondary">
            {t('addUnit')}
          </LinkButton>
        ) : null}
      </section>

      <section aria-labelledby="organico" className="mb-10">
        <h2 id="organico" className="mb-4 text-3xl">
          {t('headcountsTitle')}
        </h2>
        <p className="mb-4 max-w-3xl">{t('headcountsLead', { months: coverage.needed.map((m) => formatMonth(m, locale)).join(', ') })}</p>
        {units.length === 0 ? (
          <p>{t('headcountsNoUnits')}</p>
        ) : (
          <ul className="space-y-3">
            {units.map((u) => {
              const missing = coverage.missingByUnit[u.id] ?? [];
              return (
                <li key={u.id}>
                  {canEdit ? (
                    <Link href={companyPaths.headcounts(employerId, u.id)}>{t('headcountsOf', { unit: u.name })}</Link>
                  ) : (
                    <span>{u.name}</span>
                  )}{' '}
                  {missing.length ? (
                    <span>
                      <Tag tone="yellow">{t('todo')}</Tag> {t('headcountsMissing', { months: missing.map((m) => formatMonth(m, locale)).join(', ') })}
                    </span>
                  ) : (
                    <Tag tone="green">{t('complete')}</Tag>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="lavoratori" className="mb-10">
        <h2 id="lavoratori" className="mb-4 text-3xl">
          {t('workersTitle')}
        </h2>
        <p className="mb-4">{t('workersCount', { count: workers })}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={companyPaths.workers(employerId)}>{t('workersList')}</Link>
          </li>
          {canEdit && units.length > 0 ? (
            <>
              <li>
                <Link href={companyPaths.newWorker(employerId)}>{t('workersAdd')}</Link>
              </li>
              <li>
                <Link href={companyPaths.importWorkers(employerId)}>{t('workersImport')}</Link>
              </li>
            </>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="storico" className="mb-10">
        <h2 id="storico" className="mb-4 text-3xl">
          {t('historyTitle')}
        </h2>
        <p className="mb-4 max-w-3xl">{t('historyLead', { count: history.length })}</p>
        <Link href={companyPaths.history(employerId)}>{t('historyLink')}</Link>
      </section>

      <RequestsSection employerId={employerId} requests={requests} />

      {access.via === 'member' ? (
        <p>
          <Link href={`${companyPaths.home(employerId)}/deleghe`}>{t('delegations')}</Link>
        </p>
      ) : null}
    </>
  );
}
