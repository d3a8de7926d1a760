'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { muteAllRemindersAction, muteReminderAction } from '@/lib/server/actions/reminders';

function Outcome({ state }: { state: { status: 'success' } | { status: 'error'; formErrors: string[]; fieldErrors: Record<string, string[]> } | null }) {
  const t = useTranslations('reminders');
  if (!state) return null;
  return state.status === 'success' ? (
    <p role="status" className="mt-1">
      {t('saved')}
    </p>
  ) : (
    <p role="alert" className="mt-1 font-bold text-danger">
      {state.formErrors[0] ?? Object.values(state.fieldErrors)[0]?.[0]}
    </p>
  );
}

/** Turns one reminder off (or back on). A plain form: works without JavaScript. */
export function MuteReminderForm({ reminderId, muted, label, accessibleLabel }: { reminderId: string; muted: boolean; label: string; accessibleLabel: string }) {
  const [state, formAction, pending] = useActionState(muteReminderAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="reminderId" value={reminderId} />
      <input type="hidden" name="muted" value={muted ? 'true' : 'false'} />
      <Button variant="secondary" className="px-3 py-1 text-base" disabled={pending} aria-label={accessibleLabel}>
        {label}
      </Button>
      <Outcome state={state} />
    </form>
  );
}

/** Turns every reminder e-mail off (or back on). */
export function MuteAllForm({ mutedAll, label }: { mutedAll: boolean; label: string }) {
  const [state, formAction, pending] = useActionState(muteAllRemindersAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="mutedAll" value={mutedAll ? 'true' : 'false'} />
      <Button variant={mutedAll ? 'warning' : 'primary'} disabled={pending}>
        {label}
      </Button>
      <Outcome state={state} />
    </form>
  );
}
