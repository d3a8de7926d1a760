import type { ReactNode } from 'react';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { RequestStatusTag, type RequestStatus } from '@/components/ui/tag';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listResolutionOptions, type ResolutionOption } from '@/lib/server/data/committee-resolutions';
import { getRequestForReview, type ReviewRequestDto } from '@/lib/server/data/review-request';

export type DecisionContext = { request: ReviewRequestDto; resolutions: ResolutionOption[]; locale: Locale };

/** Loads what a decision page needs (staff only), with resolution dates formatted for the select. */
export async function loadDecision(requestId: string, path: string): Promise<DecisionContext> {
  await pageRole(`/comitato/domande/${requestId}/${path}`, 'STAFF', 'ADMIN');
  const [request, options, locale] = await Promise.all([getRequestForReview(requestId), listResolutionOptions(), getLocale() as Promise<Locale>]);
  const resolutions = options.map((r) => ({ ...r, date: formatCalendarDate(r.date, locale, 'short') }));
  return { request, resolutions, locale };
}

/**
 * One decision per page (GOV.UK): breadcrumb back to the request, the decision as h1 with the
 * request as caption, what the decision does, then the form — or why it cannot be taken now.
 */
export async function DecisionFrame({ context, title, lead, allowed, children }: { context: DecisionContext; title: string; lead: ReactNode; allowed: boolean; children: ReactNode }) {
  const { request } = context;
  const [t, tNav, tStatus] = await Promise.all([getTranslations('review'), getTranslations('review.nav'), getTranslations('common.requestStatus')]);
  const protocol = request.protocolNumber ?? request.id;
  return (
    <>
      <Breadcrumb items={[{ label: tNav('queue'), href: '/comitato/domande' }, { label: protocol, href: `/comitato/domande/${request.id}` }, { label: title }]} />
      <PageHeading caption={t('decision.context', { protocol, employer: request.employer.legalName })} title={title} />
      {allowed ? (
        <>
          <div className="mb-8 max-w-3xl text-lg">{lead}</div>
          <ClientMessages namespaces={['review', 'labels']}>{children}</ClientMessages>
        </>
      ) : (
        <>
          <p className="mb-4 text-lg">
            {t('request.actions.closed', { status: tStatus(request.status as RequestStatus) })} <RequestStatusTag status={request.status as RequestStatus} />
          </p>
          <Link href={`/comitato/domande/${request.id}`}>{t('decision.backToRequest')}</Link>
        </>
      )}
    </>
  );
}
