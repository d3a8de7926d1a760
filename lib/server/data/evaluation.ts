import 'server-only';
import { createHash } from 'node:crypto';
import { ScenarioError, simulate, type Scenario, type SimulationResult } from '@/lib/rules';
import type { RequestDraft } from '@/lib/schemas/request-draft';
import type { Problem, StepKey, StepStatus } from '@/lib/requests/wizard';
import { DomainError } from '@/lib/server/errors';
import { scenarioForDraft, type Db, type LoadedFacts } from './scenario';
import { protocolNumbersOf, unitTimeline, type UnitTimeline } from './timeline';

// Evaluating a request draft with lib/rules from the database: the task list's statuses, the result
// with its trace, the windows timeline. No access check and no auth import (callers check: the
// wizard's pages through requests.ts, the filing transaction through filing-core.ts).

export type RequestStatus = 'DRAFT' | 'DISCARDED' | 'FILED' | 'UNDER_REVIEW' | 'INFO_REQUESTED' | 'APPROVED' | 'PARTIALLY_APPROVED' | 'REJECTED' | 'WITHDRAWN';
/** Statuses of a request waiting for the Committee: one list, shared with the review queue. */
export { PENDING_STATUSES } from '@/lib/review/queue';

export type { Problem, ProblemKey, StepKey, StepStatus } from '@/lib/requests/wizard';

export type DraftEvaluation = {
  requestId: string;
  status: RequestStatus;
  draft: RequestDraft;
  steps: Record<StepKey, StepStatus>;
  problems: Problem[];
  /** The scenario evaluated (server-side only: it holds pay figures; never pass it to the client). */
  scenario: Scenario | null;
  /** Null until "Causale e periodo" is saved, or when data the rules need is missing. */
  result: SimulationResult | null;
  timeline: UnitTimeline | null;
  applicationDate: string;
  /** Hash of the stored draft: "Invia" files exactly the draft the riepilogo showed, once. */
  idempotencyKey: string;
};

export function draftKey(requestId: string, draftJson: unknown): string {
  return createHash('sha256').update(`${requestId}\u0000${JSON.stringify(draftJson ?? {})}`).digest('hex');
}

export type EvaluateOptions = {
  /** The request's status and stored draft when the caller has just read them (not read again). */
  known?: { status: RequestStatus; draft: unknown };
  /** Build the windows timeline (default true; the filing transaction does not show it). */
  timeline?: boolean;
  /** The employer's facts when the caller has just read them (the filing's re-read). */
  loaded?: LoadedFacts;
};

/** Evaluates a draft as if it were filed on `today`. The caller has checked access. */
export async function evaluateDraftWith(db: Db, employerId: string, requestId: string, today: string, opts: EvaluateOptions = {}): Promise<DraftEvaluation> {
  const request = opts.known ?? (await db.request.findFirst({ where: { id: requestId, employerId }, select: { status: true, draft: true } }));
  if (!request) throw new DomainError('request.notFound');
  const { draft, scenario, missingWorkers, facts } = await scenarioForDraft(db, employerId, requestId, { asOf: today, applicationDate: today }, { draftJson: request.draft, loaded: opts.loaded });
  const problems: Problem[] = [];
  let result: SimulationResult | null = null;
  let timeline: UnitTimeline | null = null;

  for (const step of draft.unreadable) problems.push({ step, key: 'unreadable' });
  if (missingWorkers.length) problems.push({ step: 'workers', key: 'missingWorkers', values: { count: missingWorkers.length }, fix: 'workers' });

  if (scenario) {
    try {
      result = simulate(scenario);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      for (const issue of error.issues) problems.push({ step: 'causePeriod', text: issue.message, fix: issue.path.startsWith('headcounts') ? 'headcounts' : undefined });
    }
  }
  if (result) {
    if (result.instrument !== 'FSTN') problems.push({ step: 'causePeriod', text: result.routing.reason });
    else {
      if (result.cause && !result.cause.admitted) problems.push({ step: 'causePeriod', text: result.cause.reason });
      const fw = result.deadlines.filingWindow;
      if (fw && !fw.benefitFrom) problems.push(fw.status === 'TOO_EARLY' ? { step: 'causePeriod', key: 'tooEarly', values: { date: fw.earliest } } : { step: 'causePeriod', key: 'tooLate', values: { date: fw.latest } });
      if (result.perRequestMax && !result.perRequestMax.passed) problems.push({ step: 'causePeriod', key: 'perRequestMax', values: { requested: result.perRequestMax.requestedWeeks, limit: result.perRequestMax.limit ?? '' } });
      if (result.windows?.outcome === 'refuse') problems.push({ step: 'causePeriod', key: 'windowsExhausted', values: { max: result.windows.maxGrantableWeeks } });
      if (draft.workers && result.workers.length > 0 && result.totals.workersEligible === 0) problems.push({ step: 'workers', key: 'noEligibleWorker' });
      const union = result.deadlines.unionProcedure;
      if (draft.procedure && union?.outcome === 'fail') problems.push({ step: 'procedure', text: union.detail });
      if (draft.causePeriod && result.regime && opts.timeline !== false) {
        const protocolNumbers = await protocolNumbersOf(db, facts);
        const cp = draft.causePeriod;
        const paidStart = result.deadlines.filingWindow?.benefitFrom ?? cp.periodStart;
        timeline = unitTimeline(facts, {
          productionUnitId: cp.productionUnitId,
          cause: cp.cause,
          periodStart: cp.periodStart,
          periodEnd: cp.periodEnd,
          requestedWeeks: result.weeksCounted,
          sizeClass: result.sizeClass?.class ?? null,
          asOf: today,
          excludeRequestId: requestId,
          proposed: { start: paidStart, end: cp.periodEnd },
          protocolNumbers,
        });
      }
    }
  }

  const has = (step: StepKey) => problems.some((p) => p.step === step);
  const saved = { causePeriod: !!draft.causePeriod || draft.unreadable.includes('causePeriod'), workers: !!draft.workers || draft.unreadable.includes('workers'), procedure: !!draft.procedure || draft.unreadable.includes('procedure') };
  const stepStatus = (step: 'causePeriod' | 'workers' | 'procedure'): StepStatus => {
    if (step !== 'causePeriod' && !draft.causePeriod) return 'cannotStart';
    if (has(step)) return 'problem';
    return saved[step] ? 'completed' : 'todo';
  };
  const steps: Record<StepKey, StepStatus> = {
    causePeriod: stepStatus('causePeriod'),
    workers: stepStatus('workers'),
    procedure: stepStatus('procedure'),
    summary: 'cannotStart',
  };
  const allSaved = saved.causePeriod && saved.workers && saved.procedure;
  if (allSaved) steps.summary = problems.length || !result?.eligible ? 'problem' : 'todo';
  if (allSaved && !problems.length && result && !result.eligible) {
    for (const reason of result.reasons) problems.push({ step: 'summary', text: reason });
  }
  return { requestId, status: request.status, draft, steps, problems, scenario, result, timeline, applicationDate: today, idempotencyKey: draftKey(requestId, request.draft) };
}

