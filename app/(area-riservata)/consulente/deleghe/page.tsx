import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listMyDelegations } from '@/lib/server/data/delegations';
import { RevokeForm } from '../../_delegations/revoke-form';
import { DelegationStateTag } from '../../_delegations/state-tag';
import { AcceptCodeForm } from './_components/accept-code-form';
import { AcceptInvitationForm } from './_components/accept-invitation-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('delegations.consultant');
  return { title: t('title') };
}

/** The consultant's delegations: invitations to answer, a code to enter, the clients it follows. */
type SearchParams = Promise<{ esito?: string | string[]; azienda?: string | string[] }>;

export default async function ConsultantDelegationsPage({ searchParams }: { searchParams: SearchParams }) {
  await pageRole('/consulente/deleghe', 'CONSULTANT');
  const { esito, azienda } = await searchParams;
  const [{ invitations, delegations }, t, tRadar, locale] = await Promise.all([
    listMyDelegations(),
    getTranslations('delegations'),
    getTranslations('consultant.radar'),
    getLocale() as Promise<Locale>,
  ]);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const accepted = esito === 'accettata' ? delegations.find((d) => d.employerId === azienda && d.state !== 'REVOKED') : undefined;
  const period = (from: string, to: string | null) => t('employer.period', { from: date(from), to: to ? t('employer.periodTo', { date: date(to) }) : `(${t('openEnded')})` });
  return (
    <>
      <Breadcrumb items={[{ label: tRadar('title'), href: '/consulente' }, { label: t('consultant.title') }]} />
      <PageHeading title={t('consultant.title')} lead={t('consultant.lead')} />
      {accepted ? (
        <NotificationBanner type="success" title={t('consultant.acceptedTitle')}>
          <p>{t('consultant.accepted', { company: accepted.employerName, date: date(accepted.startsOn) })}</p>
          <p className="mt-2">
            <Link href={`/aziende/${accepted.employerId}`}>{t('consultant.open')}</Link>
          </p>
        </NotificationBanner>
      ) : null}
      {esito === 'revocata' ? <NotificationBanner type="success" title={t('revokedTitle')}>{t('revoked')}</NotificationBanner> : null}

      <section aria-labelledby="invitations-title" className="mb-10">
        <h2 id="invitations-title" className="mb-4 text-3xl">
          {t('consultant.invitationsTitle')}
        </h2>
        {invitations.length === 0 ? (
          <p>{t('consultant.invitationsEmpty')}</p>
        ) : (
          <Table caption={t('consultant.invitationsTitle')} captionHidden>
            <thead>
              <tr>
                <Th>{t('consultant.columns.company')}</Th>
                <Th>{t('consultant.columns.period')}</Th>
                <Th>{t('consultant.columns.actions')}</Th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((d) => (
                <tr key={d.id}>
                  <Td>
                    {d.employerName}
                    <div className="tabular-nums text-muted">{d.employerCodiceFiscale}</div>
                  </Td>
                  <Td>{period(d.startsOn, d.endsOn)}</Td>
                  <Td>
                    <ClientMessages namespaces={['delegations']}>
                      <div className="flex flex-wrap gap-4">
                        <AcceptInvitationForm delegationId={d.id} companyName={d.employerName} />
                        <RevokeForm delegationId={d.id} label={t('decline')} accessibleLabel={t('declineLabel', { name: d.employerName })} returnTo="/consulente/deleghe" />
                      </div>
                    </ClientMessages>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="code-title" className="mb-10 max-w-3xl">
        <h2 id="code-title" className="mb-4 text-3xl">
          {t('consultant.codeTitle')}
        </h2>
        <ClientMessages namespaces={['delegations']}>
          <AcceptCodeForm />
        </ClientMessages>
      </section>

      <section aria-labelledby="list-title">
        <h2 id="list-title" className="mb-4 text-3xl">
          {t('consultant.listTitle')}
        </h2>
        {delegations.length === 0 ? (
          <p>{t('consultant.empty')}</p>
        ) : (
          <Table caption={t('consultant.listTitle')} captionHidden>
            <thead>
              <tr>
                <Th>{t('consultant.columns.company')}</Th>
                <Th>{t('consultant.columns.period')}</Th>
                <Th>{t('consultant.columns.state')}</Th>
                <Th>{t('consultant.columns.actions')}</Th>
              </tr>
            </thead>
            <tbody>
              {delegations.map((d) => (
                <tr key={d.id}>
                  <Td>
                    {d.state === 'ACTIVE' ? <Link href={`/aziende/${d.employerId}`}>{d.employerName}</Link> : d.employerName}
                    <div className="tabular-nums text-muted">{d.employerCodiceFiscale}</div>
                  </Td>
                  <Td>{period(d.startsOn, d.endsOn)}</Td>
                  <Td>
                    <DelegationStateTag state={d.state} />
                  </Td>
                  <Td>
                    {d.state === 'ACTIVE' || d.state === 'SCHEDULED' ? (
                      <ClientMessages namespaces={['delegations']}>
                        <RevokeForm delegationId={d.id} label={t('revoke')} accessibleLabel={t('revokeLabel', { name: d.employerName })} returnTo="/consulente/deleghe" />
                      </ClientMessages>
                    ) : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
