import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Select } from '@/components/form/select';
import { TextInput } from '@/components/form/text-input';
import { PageHeading } from '@/components/layout/page-heading';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import {
  DELEGATION_REGISTER_PAGE_SIZE,
  DELEGATION_REGISTER_STATES,
  delegationRegisterQuerySchema,
  delegationRegisterSearch,
} from '@/lib/schemas/delegation-register';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listAllDelegations } from '@/lib/server/data/delegations';
import { DelegationStateTag } from '../../_delegations/state-tag';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('delegations.staff');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Staff's read-only register of every delegation and invitation, searchable and paginated. */
export default async function DelegationRegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const query = delegationRegisterQuerySchema.parse(await searchParams);
  await pageRole(`/comitato/deleghe${delegationRegisterSearch(query)}`, 'STAFF', 'ADMIN');
  const [{ rows, total }, t, locale] = await Promise.all([
    listAllDelegations({ q: query.q || undefined, state: query.stato || undefined, page: query.pagina, pageSize: DELEGATION_REGISTER_PAGE_SIZE }),
    getTranslations('delegations'),
    getLocale() as Promise<Locale>,
  ]);
  const pageCount = Math.max(1, Math.ceil(total / DELEGATION_REGISTER_PAGE_SIZE));
  const date = (iso: string) => formatCalendarDate(iso, locale);
  return (
    <>
      <PageHeading title={t('staff.title')} lead={t('staff.lead')} />
      <form method="get" action="/comitato/deleghe" role="search" aria-label={t('staff.search')} className="mb-6 flex flex-wrap items-end gap-x-6">
        <TextInput name="q" id="register-q" type="search" label={t('staff.search')} defaultValue={query.q} spellCheck={false} width={30} />
        <Select id="register-stato" name="stato" label={t('staff.state')} defaultValue={query.stato} options={DELEGATION_REGISTER_STATES.map((s) => ({ value: s, label: t(`staff.states.${s}`) }))} />
        <div className="mb-8">
          <Button variant="secondary">{t('staff.apply')}</Button>
        </div>
      </form>
      <p className="mb-4" role="status">
        {t('staff.total', { count: total })}
      </p>
      {rows.length === 0 ? (
        <p>{t('staff.empty')}</p>
      ) : (
        <Table caption={t('staff.caption', { page: query.pagina, count: pageCount })} captionHidden>
          <thead>
            <tr>
              <Th>{t('staff.columns.company')}</Th>
              <Th>{t('staff.columns.consultant')}</Th>
              <Th>{t('staff.columns.method')}</Th>
              <Th>{t('staff.columns.period')}</Th>
              <Th>{t('staff.columns.state')}</Th>
              <Th>{t('staff.columns.created')}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <Td>
                  <Link href={`/aziende/${d.employerId}`}>{d.employerName}</Link>
                  <div className="tabular-nums text-muted">{d.employerCodiceFiscale}</div>
                </Td>
                <Td>{d.consultant ? `${d.consultant.name} (${d.consultant.email})` : d.inviteEmail ? t('employer.invitedEmail', { email: d.inviteEmail }) : t('employer.codeHolder')}</Td>
                <Td>{t(`methods.${d.method}`)}</Td>
                <Td>{t('employer.period', { from: date(d.startsOn), to: d.endsOn ? t('employer.periodTo', { date: date(d.endsOn) }) : `(${t('openEnded')})` })}</Td>
                <Td>
                  <DelegationStateTag state={d.state} />
                </Td>
                <Td>{date(d.createdAt.slice(0, 10))}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.pagina} pageCount={pageCount} hrefFor={(p) => `/comitato/deleghe${delegationRegisterSearch({ ...query, pagina: p })}`} />
    </>
  );
}
