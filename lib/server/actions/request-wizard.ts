'use server';
// The request wizard's forms (issue 4): each posts to one of these, which calls the defineAction
// that does the work (request-draft.ts, request-filing.ts: zod, role, employer check, audit) and
// then answers the GOV.UK way — Post/Redirect/Get to the next page on success, or the errors
// with the posted values so that the page re-renders them, with or without JavaScript.
// They add no rights of their own: the authorisation matrix lists them as wrapping those actions.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { cleanText } from '@/lib/schemas/clean-text';
import { nextStepPath, requestPath, stepPath, type WizardFormState } from '@/lib/requests/wizard';
import { evaluateDraft } from '@/lib/server/data/requests';
import type { ActionResult } from './define-action';
import { formDataToObject } from '@/lib/forms/form-data';
import { createDraftAction, discardDraftAction, saveCausePeriodAction, saveProcedureAction, saveRequestWorkersAction } from './request-draft';
import { fileRequestAction } from './request-filing';

/** Called by useActionState as (previous, formData), or as a plain form action with (formData). */
function formOf(first: unknown, second: unknown): FormData {
  if (second instanceof FormData) return second;
  if (first instanceof FormData) return first;
  return new FormData();
}

// Cleaned like the action's own input (defineAction → cleanInput): the ids the action accepted
// and the ids used here for the next page must be the same strings (the fuzz suite posted an id
// with a bidi override in front: the save succeeded on the clean id, then this read the raw one).
const text = (data: FormData, name: string) => {
  const v = data.get(name);
  return typeof v === 'string' ? cleanText(v) : '';
};

function failed(result: ActionResult<unknown>, data: FormData): WizardFormState {
  if (result.status === 'success') return null;
  return { ...result, values: formDataToObject(data) };
}

function refreshRequest(employerId: string, requestId: string) {
  revalidatePath(requestPath(employerId, requestId), 'layout');
  revalidatePath(`/aziende/${employerId}`);
}

/** "Inizia una nuova domanda": a new draft, then its task list. */
export async function startRequestFormAction(previous: unknown, formData?: FormData): Promise<WizardFormState> {
  const data = formOf(previous, formData);
  const result = await createDraftAction(data);
  if (result.status !== 'success') return failed(result, data);
  const employerId = text(data, 'employerId');
  revalidatePath(`/aziende/${employerId}`);
  redirect(requestPath(employerId, result.data.id));
}

/**
 * After a step is saved: "Salva come bozza" goes to the task list; "Salva e continua" to the next
 * step (or back to the riepilogo); `intent=trim` stays on the causale page to show the new figures.
 */
function afterSave(data: FormData, step: 'causale' | 'lavoratori' | 'procedura'): never {
  const employerId = text(data, 'employerId');
  const requestId = text(data, 'requestId');
  refreshRequest(employerId, requestId);
  const intent = text(data, 'intent');
  if (intent === 'bozza') redirect(`${requestPath(employerId, requestId)}?salvata=${step}`);
  if (intent === 'trim') redirect(`${stepPath(employerId, requestId, 'causale')}?accorciata=1`);
  redirect(nextStepPath(employerId, requestId, step, text(data, 'ritorno')));
}

export async function saveCausePeriodFormAction(previous: unknown, formData?: FormData): Promise<WizardFormState> {
  const data = formOf(previous, formData);
  const result = await saveCausePeriodAction(data);
  if (result.status !== 'success') return failed(result, data);
  // Not the Fund's instrument (75 % test, CIGO/CIGS scope, bilateral fund): a result page that says
  // where to go, never a validation error (style.md §14).
  if (text(data, 'intent') !== 'bozza') {
    const evaluation = await evaluateDraft(text(data, 'employerId'), text(data, 'requestId'));
    if (evaluation.result && evaluation.result.instrument !== 'FSTN') {
      refreshRequest(text(data, 'employerId'), text(data, 'requestId'));
      redirect(stepPath(text(data, 'employerId'), text(data, 'requestId'), 'fondo-non-applicabile'));
    }
  }
  afterSave(data, 'causale');
}

export async function saveWorkersFormAction(previous: unknown, formData?: FormData): Promise<WizardFormState> {
  const data = formOf(previous, formData);
  const result = await saveRequestWorkersAction(data);
  if (result.status !== 'success') return failed(result, data);
  afterSave(data, 'lavoratori');
}

export async function saveProcedureFormAction(previous: unknown, formData?: FormData): Promise<WizardFormState> {
  const data = formOf(previous, formData);
  const result = await saveProcedureAction(data);
  if (result.status !== 'success') return failed(result, data);
  afterSave(data, 'procedura');
}

/** "Invia domanda": filed once (the action is idempotent on the riepilogo's key), then "Richiesta inviata". */
export async function fileRequestFormAction(previous: unknown, formData?: FormData): Promise<WizardFormState> {
  const data = formOf(previous, formData);
  const result = await fileRequestAction(data);
  if (result.status !== 'success') return failed(result, data);
  const employerId = text(data, 'employerId');
  refreshRequest(employerId, result.data.requestId);
  revalidatePath('/aziende');
  redirect(stepPath(employerId, result.data.requestId, 'inviata'));
}

/** "Sì, annulla la bozza": the draft is discarded (kept for the audit trail, shown nowhere), back to the company. */
export async function discardDraftFormAction(previous: unknown, formData?: FormData): Promise<WizardFormState> {
  const data = formOf(previous, formData);
  const result = await discardDraftAction(data);
  if (result.status !== 'success') return failed(result, data);
  const employerId = text(data, 'employerId');
  refreshRequest(employerId, text(data, 'requestId'));
  revalidatePath('/aziende');
  redirect(`/aziende/${employerId}`);
}
