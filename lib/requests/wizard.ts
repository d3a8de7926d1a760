// The request wizard's addresses and shapes shared by its pages, its components and its form
// actions (issue 4): one place that knows where each step lives and where "Salva e continua" goes.
import type { FieldErrors } from '@/lib/schemas/errors';

export type WizardStep = 'causale' | 'lavoratori' | 'procedura' | 'riepilogo';
/** The order of the question pages; the riepilogo follows the last one. */
export const WIZARD_STEPS: readonly WizardStep[] = ['causale', 'lavoratori', 'procedura', 'riepilogo'];

export const requestPath = (employerId: string, requestId: string) => `/aziende/${employerId}/domande/${requestId}`;
export const stepPath = (employerId: string, requestId: string, step: WizardStep | 'inviata' | 'fondo-non-applicabile' | 'annulla') => `${requestPath(employerId, requestId)}/${step}`;
export const newRequestPath = (employerId: string) => `/aziende/${employerId}/domande/nuova`;

/** `?ritorno=riepilogo` on a step: "Salva e continua" goes back to the riepilogo (check answers). */
export const RETURN_TO_SUMMARY = 'riepilogo';

/** The step after `step` ("Salva e continua"), or the riepilogo when the user came from there. */
export function nextStepPath(employerId: string, requestId: string, step: Exclude<WizardStep, 'riepilogo'>, returnTo?: string | null): string {
  if (returnTo === RETURN_TO_SUMMARY) return stepPath(employerId, requestId, 'riepilogo');
  return stepPath(employerId, requestId, WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1]!);
}

/**
 * What a wizard form gets back from its action when it did not move on: the action's error
 * result plus the posted values, so that a page re-rendered without JavaScript keeps every answer.
 */
export type WizardFormState = { status: 'error'; code: string; fieldErrors: FieldErrors; formErrors: string[]; values: Record<string, unknown> } | null;
/** A wizard form's server action (lib/server/actions/request-wizard.ts), passed to the form by its page. */
export type WizardFormAction = (previous: WizardFormState, formData: FormData) => Promise<WizardFormState>;

// The task list's vocabulary (lib/server/data/evaluation.ts computes it; the components show it).
export type StepStatus = 'completed' | 'todo' | 'cannotStart' | 'problem';
export type StepKey = 'causePeriod' | 'workers' | 'procedure' | 'summary';
/** The wizard's own problems, by key of the i18n namespace `wizard.problems` (it + en). */
export type ProblemKey = 'unreadable' | 'missingWorkers' | 'tooEarly' | 'tooLate' | 'perRequestMax' | 'windowsExhausted' | 'noEligibleWorker';
export type Problem = { step: StepKey; /** where to fix it, e.g. the headcounts page */ fix?: 'headcounts' | 'workers' | 'company' | 'units' } & (
  | { key: ProblemKey; values?: Record<string, string | number> }
  /** A reason lib/rules wrote (routing, cause, eligibility, missing data): shown as the rules word it. */
  | { text: string }
);

