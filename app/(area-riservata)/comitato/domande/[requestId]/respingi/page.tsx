import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { isPendingStatus } from '@/lib/review/queue';
import { DecisionFrame, loadDecision } from '../_components/decision-frame';
import { RejectForm } from '../_components/decision-forms';

type Params = Promise<{ requestId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.decision.reject');
  return { title: t('title') };
}

/** Reject with reason codes that cite the regulation; the reservation is released. */
export default async function RejectPage({ params }: { params: Params }) {
  const { requestId } = await params;
  const context = await loadDecision(requestId, 'respingi');
  const t = await getTranslations('review.decision.reject');
  return (
    <DecisionFrame context={context} title={t('title')} allowed={isPendingStatus(context.request.status)} lead={t('lead')}>
      <RejectForm requestId={context.request.id} version={context.request.version} resolutions={context.resolutions} />
    </DecisionFrame>
  );
}
