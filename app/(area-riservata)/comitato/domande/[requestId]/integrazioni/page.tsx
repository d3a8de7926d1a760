import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DecisionFrame, loadDecision } from '../_components/decision-frame';
import { RequestInformationForm } from '../_components/decision-forms';

type Params = Promise<{ requestId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.decision.requestInfo');
  return { title: t('title') };
}

/** Ask for more information: the request goes back to the employer, who answers in the thread. */
export default async function RequestInformationPage({ params }: { params: Params }) {
  const { requestId } = await params;
  const context = await loadDecision(requestId, 'integrazioni');
  const t = await getTranslations('review.decision.requestInfo');
  const status = context.request.status;
  return (
    <DecisionFrame context={context} title={t('title')} allowed={status === 'FILED' || status === 'UNDER_REVIEW'} lead={t('lead')}>
      <RequestInformationForm requestId={context.request.id} version={context.request.version} resolutions={context.resolutions} />
    </DecisionFrame>
  );
}
