'use client';
import Link from 'next/link';
import { ErrorSummary } from '@/components/form/error-summary';
import { useActionForm } from '@/components/form/use-action-form';
import { Button, ButtonGroup } from '@/components/ui/button';
import { z } from 'zod';

// The confirmation form has no field the user types: the server decides (e.g. "the unit has workers").
const nothing = z.object({});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAction = (previous: any, formData: FormData) => Promise<any>;

/**
 * "Are you sure?" for a removal: the ids as hidden fields, a warning button and a way back. The
 * action redirects on success; a refusal (e.g. the unit is in use) shows in the error summary.
 */
export function ConfirmForm({
  action,
  fields,
  submitLabel,
  submitContext,
  cancelHref,
  cancelLabel,
}: {
  action: AnyAction;
  fields: Record<string, string>;
  submitLabel: string;
  /** Visually hidden words after the label naming what the button acts on (a row's button). */
  submitContext?: string;
  cancelHref?: string;
  cancelLabel?: string;
}) {
  const f = useActionForm(action, nothing, {});
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate>
      <ErrorSummary items={f.summary.map((item) => ({ ...item, href: '#conferma' }))} focusKey={f.focusKey} />
      <input type="hidden" name="ritorno" value="1" />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {submitContext ? (
        // A table row's button: no margins, the row names what it removes.
        <Button variant="secondary" disabled={f.pending}>
          {submitLabel}
          <span className="sr-only"> {submitContext}</span>
        </Button>
      ) : (
        <ButtonGroup>
          <Button id="conferma" variant="warning" disabled={f.pending}>
            {submitLabel}
          </Button>
          {cancelHref ? <Link href={cancelHref}>{cancelLabel}</Link> : null}
        </ButtonGroup>
      )}
    </form>
  );
}
