import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { formatCalendarDate } from '@/lib/format';
import { formatDecimal, formatEuro } from '@/components/rules/format';
import { isPendingStatus } from '@/lib/review/queue';
import { DecisionFrame, loadDecision } from '../_components/decision-frame';
import { ApproveForm } from '../_components/decision-forms';

type Params = Promise<{ requestId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.decision.approve');
  return { title: t('title') };
}

/** Approve: grant what the rules computed at filing. */
export default async function ApprovePage({ params }: { params: Params }) {
  const { requestId } = await params;
  const context = await loadDecision(requestId, 'approva');
  const t = await getTranslations('review.decision.approve');
  const { request, locale } = context;
  const result = request.snapshot?.result;
  const grant = result?.grantedPeriod;
  return (
    <DecisionFrame
      context={context}
      title={t('title')}
      allowed={isPendingStatus(request.status)}
      lead={
        grant && result
          ? t('lead', {
              weeks: formatDecimal(result.weeksGranted, locale),
              start: formatCalendarDate(grant.start, locale),
              end: formatCalendarDate(grant.end, locale),
              gross: formatEuro(result.totals.gross, locale),
            })
          : null
      }
    >
      <ApproveForm requestId={request.id} version={request.version} resolutions={context.resolutions} />
    </DecisionFrame>
  );
}
