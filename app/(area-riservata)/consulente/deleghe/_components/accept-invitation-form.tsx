'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { acceptInvitationAction } from '@/lib/server/actions/delegation';

/** Accepts an e-mail invitation addressed to the consultant's own account, from its list. */
export function AcceptInvitationForm({ delegationId, companyName }: { delegationId: string; companyName: string }) {
  const t = useTranslations('delegations.consultant');
  const [state, formAction, pending] = useActionState(acceptInvitationAction, null);
  if (state?.status === 'success') {
    return (
      <p role="status">
        {t('acceptedTitle')}. <Link href={`/aziende/${state.data.employerId}`}>{t('open')}</Link>
      </p>
    );
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="delegationId" value={delegationId} />
      <input type="hidden" name="returnTo" value="/consulente/deleghe" />
      <Button className="px-3 py-1 text-base" disabled={pending} aria-label={t('acceptLabel', { name: companyName })}>
        {t('accept')}
      </Button>
      {state?.status === 'error' ? (
        <p role="alert" className="mt-1 font-bold text-danger">
          {state.formErrors[0] ?? Object.values(state.fieldErrors)[0]?.[0]}
        </p>
      ) : null}
    </form>
  );
}
