'use client';
import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/form/error-summary';
import { WizardButtons } from './wizard-buttons';

/**
 * A wizard step's <form>: posts to the action (a plain POST without JavaScript), carries the
 * request's ids and the way back to the riepilogo, shows the error summary on top (it takes focus
 * after each answer) and the step's buttons — whose `intent` goes with the post — at the bottom.
 * With JavaScript, `onSubmit` checks the step's schema in the browser first (useWizardForm).
 */
export function WizardFormFrame(props: {
  employerId: string;
  requestId: string;
  returnTo?: string;
  taskListHref: string;
  formAction: (data: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  summary: ErrorSummaryItem[];
  focusKey: string | undefined;
  pending: boolean;
  children: ReactNode;
}) {
  return (
    <form action={props.formAction} onSubmit={props.onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary items={props.summary} focusKey={props.focusKey} />
      <input type="hidden" name="employerId" value={props.employerId} />
      <input type="hidden" name="requestId" value={props.requestId} />
      {props.returnTo ? <input type="hidden" name="ritorno" value={props.returnTo} /> : null}
      {props.children}
      <WizardButtons pending={props.pending} taskListHref={props.taskListHref} />
    </form>
  );
}
