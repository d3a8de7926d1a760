import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { roleHome } from '@/lib/navigation';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { listEmployerDelegations } from '@/lib/server/data/delegations';
import { getEmployerOverview } from '@/lib/server/data/homes';
import { RevokeForm } from '../../../_delegations/revoke-form';
import { DelegationStateTag } from '../../../_delegations/state-tag';
import { InviteForm } from './_components/invite-form';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('delegations.employer');
  return { title: t('title') };
}

/**
 * The company's delegations: who may act for it, invitations pending, and the invitation form.
 * Members manage them; a delegated consultant and staff may read the list but not change it.
 */
export default async function EmployerDelegationsPage({ params, searchParams }: { params: Params; searchParams: Promise<{ esito?: string | string[] }> }) {
  const { employerId } = await params;
  const { esito } = await searchParams;
  const access = await pageEmployerAccess(`/aziende/${employerId}/deleghe`, employerId, 'read');
  const [company, delegations, t, tNav, locale] = await Promise.all([
    getEmployerOverview(employerId),
    listEmployerDelegations(employerId),
    getTranslations('delegations'),
    getTranslations('common.nav'),
    getLocale() as Promise<Locale>,
  ]);
  const manages = access.via === 'member';
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const role = access.user.role;
  return (
    <>
      <Breadcrumb
        items={[
          { label: tNav(role === 'EMPLOYER' ? 'companies' : role === 'CONSULTANT' ? 'clients' : 'queue'), href: role === 'ADMIN' ? roleHome.STAFF : roleHome[role] },
          { label: company.legalName, href: `/aziende/${employerId}` },
          { label: t('employer.title') },
        ]}
      />
      <PageHeading title={t('employer.title')} caption={company.legalName} lead={t('employer.lead', { company: company.legalName })} />
      {esito === 'revocata' ? (
        <NotificationBanner type="success" title={t('revokedTitle')}>
          {t('revoked')}
        </NotificationBanner>
      ) : null}

      <h2 className="mb-4 text-3xl">{t('employer.listTitle')}</h2>
      {delegations.length === 0 ? (
        <p className="mb-8">{t('employer.empty')}</p>
      ) : (
        <Table caption={t('employer.listTitle')} captionHidden>
          <thead>
            <tr>
              <Th>{t('employer.columns.consultant')}</Th>
              <Th>{t('employer.columns.method')}</Th>
              <Th>{t('employer.columns.period')}</Th>
              <Th>{t('employer.columns.state')}</Th>
              {manages ? <Th>{t('employer.columns.actions')}</Th> : null}
            </tr>
          </thead>
          <tbody>
            {delegations.map((d) => {
              const who = d.consultant ? `${d.consultant.name} (${d.consultant.email})` : d.inviteEmail ? t('employer.invitedEmail', { email: d.inviteEmail }) : t('employer.codeHolder');
              const live = d.state === 'PENDING' || d.state === 'ACTIVE' || d.state === 'SCHEDULED';
              return (
                <tr key={d.id}>
                  <Td>{who}</Td>
                  <Td>{t(`methods.${d.method}`)}</Td>
                  <Td>{t('employer.period', { from: date(d.startsOn), to: d.endsOn ? t('employer.periodTo', { date: date(d.endsOn) }) : `(${t('openEnded')})` })}</Td>
                  <Td>
                    <DelegationStateTag state={d.state} />
                  </Td>
                  {manages ? (
                    <Td>
                      {live ? (
                        <ClientMessages namespaces={['delegations']}>
                          <RevokeForm
                            delegationId={d.id}
                            label={d.state === 'PENDING' ? t('withdraw') : t('revoke')}
                            accessibleLabel={d.state === 'PENDING' ? t('withdrawLabel', { name: d.consultant?.name ?? d.inviteEmail ?? t('employer.codeHolder') }) : t('revokeLabel', { name: d.consultant?.name ?? '' })}
                            returnTo={`/aziende/${employerId}/deleghe`}
                          />
                        </ClientMessages>
                      ) : null}
                    </Td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}

      {manages ? (
        <section aria-labelledby="invite-title" className="max-w-3xl">
          <h2 id="invite-title" className="mb-4 text-3xl">
            {t('employer.inviteTitle')}
          </h2>
          <ClientMessages namespaces={['delegations']}>
            <InviteForm employerId={employerId} />
          </ClientMessages>
        </section>
      ) : null}
    </>
  );
}
