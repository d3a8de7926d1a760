'use client';
import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/form/error-summary';
import { WizardButtons } from './wizard-buttons';

/**
 * A wizard step's <form>: posts to the action (works without JavaScript), validates first with
 * JavaScript, carries the request's ids and the way back to the riepilogo, shows the error
 * summary on top and the step's buttons at the bottom.
 */
export function WizardFormFrame(props: {
  employerId: string;
  requestId: string;
  returnTo?: string;
  taskListHref: string;
  formAction: (data: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  summary: ErrorSummaryItem[];
  focusKey: string;
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
