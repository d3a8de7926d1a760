import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { windowTimeline, type TimelineWindow } from '@/lib/rules';
import { requestPath, stepPath, type WizardStep } from '@/lib/requests/wizard';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { DomainError } from '@/lib/server/errors';
import { getEmployerOverview } from '@/lib/server/data/homes';
import { evaluateDraft, type DraftEvaluation } from '@/lib/server/data/requests';

export type WizardParams = Promise<{ employerId: string; requestId: string }>;

/** The unit's windows with this draft as the proposal, for WindowTimeline (recomputed on every load). */
function draftTimeline(evaluation: DraftEvaluation, requestId: string): TimelineWindow[] {
  const { timeline, scenario, result, draft } = evaluation;
  if (!timeline || !scenario || !result || !draft.causePeriod) return [];
  const proposed = timeline.segments.find((s) => s.kind === 'proposed');
  return windowTimeline({
    windows: timeline.windows,
    ledger: scenario.ledger,
    productionUnitId: timeline.unit.id,
    sizeClass: timeline.sizeClass,
    regimeId: result.regime?.id as never,
    proposal: proposed ? { start: proposed.start, end: proposed.end, cause: draft.causePeriod.cause, weeks: proposed.weeks } : null,
    excludeRequestId: requestId,
  });
}

/**
 * What every page of the wizard starts with: the page guard (members and delegated consultants
 * may edit; anyone else is refused by pageEmployerAccess), the draft and its evaluation, the
 * company. A request that is no longer a draft goes to its own page; an unknown one is a 404.
 */
export async function loadWizard(employerId: string, requestId: string, page: WizardStep | 'fondo-non-applicabile' | 'annulla') {
  await pageEmployerAccess(stepPath(employerId, requestId, page), employerId, 'write');
  let evaluation: DraftEvaluation;
  try {
    evaluation = await evaluateDraft(employerId, requestId);
  } catch (error) {
    if (error instanceof DomainError && error.messageKey === 'request.notFound') notFound();
    throw error;
  }
  if (evaluation.status !== 'DRAFT') redirect(requestPath(employerId, requestId));
  const company = await getEmployerOverview(employerId);
  return { evaluation, company, timeline: draftTimeline(evaluation, requestId) };
}
