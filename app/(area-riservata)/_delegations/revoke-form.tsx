'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { revokeDelegationAction } from '@/lib/server/actions/delegation';

/**
 * One button that ends a delegation (or withdraws / declines an invitation). A plain form posting
 * the id: works without JavaScript. On success the action returns to `returnTo` with the outcome
 * in the address (the page shows it); an error stays next to the button.
 */
export function RevokeForm({ delegationId, label, accessibleLabel, returnTo }: { delegationId: string; label: string; accessibleLabel: string; returnTo: string }) {
  const t = useTranslations('delegations');
  const [state, formAction, pending] = useActionState(revokeDelegationAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="delegationId" value={delegationId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button variant="warning" className="px-3 py-1 text-base" disabled={pending} aria-label={accessibleLabel}>
        {label}
      </Button>
      {state?.status === 'error' ? (
        <p role="alert" className="mt-1 font-bold text-danger">
          {state.formErrors[0] ?? Object.values(state.fieldErrors)[0]?.[0]}
        </p>
      ) : state?.status === 'success' ? (
        <p role="status" className="mt-1">
          {t('revoked')}
        </p>
      ) : null}
    </form>
  );
}
