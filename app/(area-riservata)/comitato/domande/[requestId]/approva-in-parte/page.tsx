import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { formatCalendarDate } from '@/lib/format';
import { isPendingStatus } from '@/lib/review/queue';
import { DecisionFrame, loadDecision } from '../_components/decision-frame';
import { ApprovePartialForm } from '../_components/decision-forms';

type Params = Promise<{ requestId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.decision.partial');
  return { title: t('title') };
}

/** Approve in part: a shorter period and/or fewer hours per worker; the rules recompute the grant. */
export default async function ApprovePartialPage({ params }: { params: Params }) {
  const { requestId } = await params;
  const context = await loadDecision(requestId, 'approva-in-parte');
  const t = await getTranslations('review.decision.partial');
  const { request, locale } = context;
  const grant = request.snapshot?.result.grantedPeriod;
  return (
    <DecisionFrame
      context={context}
      title={t('title')}
      allowed={isPendingStatus(request.status) && Boolean(grant)}
      lead={grant ? t('lead', { start: formatCalendarDate(grant.start, locale), end: formatCalendarDate(grant.end, locale) }) : null}
    >
      <ApprovePartialForm
        requestId={request.id}
        version={request.version}
        resolutions={context.resolutions}
        workers={request.workers.map((w) => ({ requestWorkerId: w.requestWorkerId, name: w.name, hoursLost: w.hoursLost }))}
      />
    </DecisionFrame>
  );
}
