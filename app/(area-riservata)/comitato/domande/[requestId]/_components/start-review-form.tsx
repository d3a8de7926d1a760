'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/form/error-summary';
import { Button } from '@/components/ui/button';
import { startReviewAction } from '@/lib/server/actions/review';

/** "Prendi in esame": FILED → UNDER_REVIEW, a one-button form (works without JavaScript). */
export function StartReviewForm({ requestId, version }: { requestId: string; version: number }) {
  const t = useTranslations('review.request.actions');
  const [state, action, pending] = useActionState(startReviewAction, null);
  const errors = state?.status === 'error' ? state.formErrors.map((text) => ({ text, href: '#prendi-in-esame' })) : [];
  return (
    <form action={action} className="mb-6">
      <ErrorSummary items={errors} focusKey={errors.length} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <p id="prendi-in-esame-hint" className="mb-2 text-muted">
        {t('startReviewHint')}
      </p>
      <Button id="prendi-in-esame" variant="secondary" disabled={pending} aria-describedby="prendi-in-esame-hint">
        {t('startReview')}
      </Button>
    </form>
  );
}
