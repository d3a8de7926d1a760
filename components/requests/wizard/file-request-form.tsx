'use client';
import { useTranslations } from 'next-intl';
import { Checkboxes } from '@/components/form/checkboxes';
import { ErrorSummary } from '@/components/form/error-summary';
import { fieldId } from '@/components/form/ids';
import { Button, ButtonGroup } from '@/components/ui/button';
import type { WizardFormAction } from '@/lib/requests/wizard';
import { useWizardForm } from './use-wizard-form';

/** The schema the action parses, for the browser's check on submit: a separate chunk, not first-load JS. */
const loadFileRequestSchema = () => import('@/lib/schemas/request-filing').then((m) => m.fileRequestSchema);

export type FileRequestFormProps = {
  employerId: string;
  requestId: string;
  /** The hash of the draft this riepilogo shows: "Invia" files exactly that draft, once. */
  idempotencyKey: string;
  /** When fewer weeks remain than asked: the trimmed period (dd/mm/yyyy) the employer must accept. */
  trim: { start: string; end: string } | null;
  /** fileRequestFormAction, passed by the page. */
  action: WizardFormAction;
};

/**
 * "Invia domanda": the declarations, the trim to accept when needed, and one button that is
 * disabled while the filing runs. A second click (or a re-posted form without JavaScript) sends
 * the same key, and the action answers with the request already filed: never two requests.
 * With JavaScript the declarations are checked in the browser first (useWizardForm).
 */
export function FileRequestForm({ employerId, requestId, idempotencyKey, trim, action }: FileRequestFormProps) {
  const t = useTranslations('wizard.summary');
  const { formAction, onSubmit, pending, errors, errorFor, focusKey } = useWizardForm(action, () => null, loadFileRequestSchema);
  const fields = trim ? ['acceptTrim', 'declaration'] : ['declaration'];
  const firstInError = fields.find((f) => errorFor(f));
  // A stale riepilogo (the draft changed in another tab) comes back as the key's error: shown too.
  const target = (name: string) => `#${fieldId(fields.includes(name) ? name : (firstInError ?? fields[0]!))}`;
  const summary = [
    ...errors.formErrors.map((text) => ({ text, href: target('') })),
    ...Object.entries(errors.fieldErrors).flatMap(([name, messages]) => (messages[0] ? [{ text: messages[0], href: target(name) }] : [])),
  ];
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary items={summary} focusKey={focusKey} />
      <input type="hidden" name="employerId" value={employerId} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {trim ? (
        <Checkboxes name="acceptTrim" legend={t('trimLegend')} options={[{ value: 'on', label: t('acceptTrim', trim) }]} error={errorFor('acceptTrim')} />
      ) : null}
      <Checkboxes name="declaration" legend={t('declarationLegend')} options={[{ value: 'on', label: t('declaration') }]} error={errorFor('declaration')} />
      <ButtonGroup>
        <Button disabled={pending} aria-disabled={pending}>
          {pending ? t('sending') : t('send')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
