import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { TextInput } from '@/components/form/text-input';
import { Button } from '@/components/ui/button';
import { Details } from '@/components/ui/details';
import { Table, Td, Th } from '@/components/ui/table';
import { auditFiltersSchema, type AuditSearchParams } from '@/lib/schemas/review';
import { pageRole } from '@/lib/server/auth/page-guards';
import { AUDIT_EXPORT_MAX, listAuditEvents, type AuditFilters } from '@/lib/server/data/audit-log';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.audit');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function auditFilters(p: AuditSearchParams): AuditFilters {
  return { action: p.azione, entityType: p.tipo, entityId: p.oggetto, actorEmail: p.chi, employerTaxCode: p.azienda, from: p.dal, to: p.al };
}

function query(p: AuditSearchParams, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ azione: p.azione, tipo: p.tipo, oggetto: p.oggetto, chi: p.chi, azienda: p.azienda, dal: p.dal, al: p.al, ...extra }).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
  );
  return new URLSearchParams(entries).toString();
}

/** The append-only audit log for staff: filters, newest first, keyset pages, CSV export. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await pageRole('/comitato/audit', 'STAFF', 'ADMIN');
  const raw = await searchParams;
  const params = auditFiltersSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [page, t, tRoles, locale] = await Promise.all([listAuditEvents(auditFilters(params), params.dopo), getTranslations('review.audit'), getTranslations('common.roles'), getLocale()]);
  const when = new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Rome' });
  const filtersQuery = query(params);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <details className="mb-6 border-2 border-subtle p-4" open={filtersQuery !== ''}>
        <summary className="cursor-pointer text-xl font-semibold">{t('filters')}</summary>
        <form method="get" action="/comitato/audit" className="mt-4">
          <div className="grid grid-cols-1 gap-x-8 md:grid-cols-2">
            <TextInput name="azione" label={t('action')} hint={t('actionHint')} width={30} defaultValue={params.azione ?? ''} spellCheck={false} />
            <TextInput name="tipo" label={t('entityType')} width={20} defaultValue={params.tipo ?? ''} spellCheck={false} />
            <TextInput name="oggetto" label={t('entityId')} width={30} defaultValue={params.oggetto ?? ''} spellCheck={false} />
            <TextInput name="chi" type="email" label={t('actor')} width={30} defaultValue={params.chi ?? ''} spellCheck={false} />
            <TextInput name="azienda" label={t('employer')} width={20} defaultValue={params.azienda ?? ''} spellCheck={false} />
            <div className="flex gap-6">
              <TextInput name="dal" type="date" label={t('from')} width={10} defaultValue={params.dal ?? ''} />
              <TextInput name="al" type="date" label={t('to')} width={10} defaultValue={params.al ?? ''} />
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-6">
            <Button>{t('apply')}</Button>
            <Link href="/comitato/audit">{t('clear')}</Link>
          </div>
        </form>
      </details>
      <p className="mb-6">
        <a href={`/comitato/audit/export${filtersQuery ? `?${filtersQuery}` : ''}`} download>
          {t('export', { max: AUDIT_EXPORT_MAX.toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB') })}
        </a>
      </p>
      {page.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <Table caption={t('caption')}>
          <thead>
            <tr>
              <Th>{t('columns.at')}</Th>
              <Th>{t('columns.actor')}</Th>
              <Th>{t('columns.onBehalfOf')}</Th>
              <Th>{t('columns.action')}</Th>
              <Th>{t('columns.entity')}</Th>
              <Th>{t('columns.change')}</Th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((e) => (
              <tr key={e.id}>
                <Td className="whitespace-nowrap">
                  <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                </Td>
                <Td>
                  {e.actor ? (
                    <>
                      {e.actor.name}
                      <span className="block text-sm text-muted">
                        {e.actor.email} · {tRoles(e.actor.role as 'STAFF')}
                      </span>
                    </>
                  ) : (
                    t('system')
                  )}
                </Td>
                <Td>
                  {e.onBehalfOf ? (
                    <>
                      {e.onBehalfOf.legalName}
                      <span className="block text-sm text-muted">{e.onBehalfOf.codiceFiscale}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </Td>
                <Td className="font-mono text-sm">{e.action}</Td>
                <Td>
                  {e.entityType}
                  <span className="block font-mono text-sm text-muted">
                    {e.entityType === 'Request' ? <Link href={`/comitato/domande/${e.entityId}`}>{e.entityId}</Link> : e.entityId}
                  </span>
                </Td>
                <Td className="min-w-[16rem]">
                  {e.before !== null || e.after !== null ? (
                    <Details summary={t('show')}>
                      {e.before !== null ? (
                        <>
                          <p className="font-semibold">{t('before')}</p>
                          <pre className="mb-2 max-w-md overflow-x-auto bg-surface p-2 text-sm whitespace-pre-wrap">{JSON.stringify(e.before, null, 2)}</pre>
                        </>
                      ) : null}
                      {e.after !== null ? (
                        <>
                          <p className="font-semibold">{t('after')}</p>
                          <pre className="max-w-md overflow-x-auto bg-surface p-2 text-sm whitespace-pre-wrap">{JSON.stringify(e.after, null, 2)}</pre>
                        </>
                      ) : null}
                    </Details>
                  ) : (
                    '—'
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {page.previous || page.next ? (
        <nav aria-label={t('pagination')} className="mb-8">
          <ul className="flex flex-wrap gap-6 text-lg font-semibold">
            {page.previous ? (
              <li>
                <Link href={`/comitato/audit?${query(params, { dopo: page.previous })}`} rel="prev">
                  <span aria-hidden="true">‹ </span>
                  {t('previous')}
                </Link>
              </li>
            ) : null}
            {page.next ? (
              <li>
                <Link href={`/comitato/audit?${query(params, { dopo: page.next })}`} rel="next">
                  {t('next')}
                  <span aria-hidden="true"> ›</span>
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
