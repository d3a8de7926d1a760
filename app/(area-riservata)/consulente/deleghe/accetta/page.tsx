import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { acceptDelegationSchema } from '@/lib/schemas/delegation';
import { translateValidationMessage } from '@/lib/schemas/messages';
import { pageRole } from '@/lib/server/auth/page-guards';
import { previewInvitation } from '@/lib/server/data/delegations';
import { DomainError } from '@/lib/server/errors';
import { AcceptCodeForm } from '../_components/accept-code-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('delegations.accept');
  return { title: t('title') };
}

type SearchParams = Promise<{ codice?: string | string[] }>;

/**
 * Where the invitation e-mail's link lands (/consulente/deleghe/accetta?codice=…): shows which
 * company invites and for which period, and accepts only when the consultant confirms.
 */
export default async function AcceptInvitationPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).codice;
  const code = typeof raw === 'string' ? raw : '';
  await pageRole(`/consulente/deleghe/accetta?codice=${encodeURIComponent(code)}`, 'CONSULTANT');
  const [t, tDelegations, locale] = await Promise.all([getTranslations('delegations.accept'), getTranslations('delegations'), getLocale() as Promise<Locale>]);
  let invitation: Awaited<ReturnType<typeof previewInvitation>> | null = null;
  let problem: string | null = null;
  if (!acceptDelegationSchema.safeParse({ code }).success) problem = t('invalid');
  else {
    try {
      invitation = await previewInvitation(code);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Too many wrong codes: say so; otherwise one message for unknown, used or expired links.
      problem = error.messageKey === 'delegation.code.rateLimited' ? translateValidationMessage(error.messageKey, locale) : t('invalid');
    }
  }
  const date = (iso: string) => formatCalendarDate(iso, locale);
  return (
    <>
      <PageHeading title={t('title')} lead={invitation ? t('lead') : undefined} />
      {invitation ? (
        <>
          <dl className="mb-8 grid max-w-3xl grid-cols-1 gap-x-8 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t('company')}</dt>
            <dd>{invitation.employerName}</dd>
            <dt className="font-semibold">{t('period')}</dt>
            <dd>
              {tDelegations('employer.period', {
                from: date(invitation.startsOn),
                to: invitation.endsOn ? tDelegations('employer.periodTo', { date: date(invitation.endsOn) }) : `(${tDelegations('openEnded')})`,
              })}
            </dd>
          </dl>
          <ClientMessages namespaces={['delegations']}>
            <AcceptCodeForm fixedCode={code} submitLabel={t('submit')} />
          </ClientMessages>
        </>
      ) : (
        <p className="mb-6 text-lg">{problem}</p>
      )}
      <p>
        <Link href="/consulente/deleghe">{t('back')}</Link>
      </p>
    </>
  );
}
