import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DecisionFrame, loadDecision } from '../_components/decision-frame';
import { DirectPaymentForm } from '../_components/decision-forms';

type Params = Promise<{ requestId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.decision.direct');
  return { title: t('title') };
}

/** Direct payment by INPS: only for insolvency or serious documented financial difficulty (C-4). */
export default async function DirectPaymentPage({ params }: { params: Params }) {
  const { requestId } = await params;
  const context = await loadDecision(requestId, 'pagamento-diretto');
  const [t, tLabels] = await Promise.all([getTranslations('review.decision.direct'), getTranslations('labels')]);
  const { request } = context;
  const grounds = request.snapshot?.inputs.request.directPaymentGrounds ?? [];
  const allowed = request.paymentMode === 'DIRECT' && !request.directPaymentAuthorised && request.status !== 'REJECTED' && request.status !== 'WITHDRAWN';
  return (
    <DecisionFrame
      context={context}
      title={t('title')}
      allowed={allowed}
      lead={
        <>
          <p>{t('lead')}</p>
          {grounds.length ? (
            <p className="mt-2">
              {t('requested')}: {grounds.map((g) => tLabels(`directPaymentGround.${g}`)).join('; ')}
            </p>
          ) : null}
        </>
      }
    >
      <DirectPaymentForm requestId={request.id} version={request.version} resolutions={context.resolutions} />
    </DecisionFrame>
  );
}
