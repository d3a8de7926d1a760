// Re-evaluation of a filed request: every difference between the result in the filing snapshot
// and a new evaluation (today's rules version, today's Committee resolutions, or today's data).
// Pure: lib/server/data/review-request.ts runs simulate() and passes both results in.
import type { SimulationResult, TraceStep } from '@/lib/rules';

export type FieldChange = { field: string; before: string; after: string };
export type WorkerChange = {
  id: string;
  eligible: { before: boolean | null; after: boolean | null };
  gross: { before: string | null; after: string | null };
  net: { before: string | null; after: string | null };
  hours: { before: string | null; after: string | null };
};
export type TraceChange = {
  key: string;
  rule: string;
  kind: 'changed' | 'added' | 'removed';
  before: Pick<TraceStep, 'outcome' | 'detail'> | null;
  after: Pick<TraceStep, 'outcome' | 'detail'> | null;
};
export type WindowFigures = { used: string; reserved: string; proposed: string; remaining: string };
export type WindowChange = { key: string; label: string; unit: 'weeks' | 'months'; before: WindowFigures | null; after: WindowFigures | null };
export type ResultDiff = { same: boolean; fields: FieldChange[]; workers: WorkerChange[]; windows: WindowChange[]; trace: TraceChange[] };

const text = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));
const sameNumber = (a: string | null | undefined, b: string | null | undefined) => (a == null || b == null ? a == b : Number(a) === Number(b));

/** The headline figures staff decide on, by a stable field name (labels live in the UI). */
function headline(r: SimulationResult): Record<string, string> {
  return {
    eligible: text(r.eligible),
    instrument: text(r.instrument),
    regime: text(r.regime?.id),
    sizeClass: text(r.sizeClass?.class),
    weeksRequested: text(r.weeksRequested),
    weeksCounted: text(r.weeksCounted),
    weeksGranted: text(r.weeksGranted),
    grantedPeriod: r.grantedPeriod ? `${r.grantedPeriod.start} – ${r.grantedPeriod.end}` : '—',
    maxGrantableWeeks: text(r.windows?.maxGrantableWeeks),
    windowsOutcome: text(r.windows?.outcome),
    workersEligible: text(r.totals.workersEligible),
    hoursLost: text(r.totals.hoursLost),
    gross: text(r.totals.gross),
    net: text(r.totals.net),
    additionalContribution: text(r.employerCosts.additionalContribution?.amount),
    reasons: r.reasons.join(' · ') || '—',
  };
}

const NUMERIC = new Set(['weeksRequested', 'weeksCounted', 'weeksGranted', 'maxGrantableWeeks', 'hoursLost', 'gross', 'net', 'additionalContribution']);

/** Trace steps keyed by rule and occurrence ("C-2#1"), so repeated rules line up in order. */
function keyed(trace: readonly TraceStep[]): Map<string, TraceStep> {
  const seen = new Map<string, number>();
  const out = new Map<string, TraceStep>();
  for (const step of trace) {
    const n = (seen.get(step.rule) ?? 0) + 1;
    seen.set(step.rule, n);
    out.set(`${step.rule}#${n}`, step);
  }
  return out;
}

export function diffResults(before: SimulationResult, after: SimulationResult): ResultDiff {
  const a = headline(before);
  const b = headline(after);
  const fields: FieldChange[] = Object.keys(a)
    .filter((k) => (NUMERIC.has(k) ? !sameNumber(a[k] === '—' ? null : a[k], b[k] === '—' ? null : b[k]) : a[k] !== b[k]))
    .map((k) => ({ field: k, before: a[k]!, after: b[k]! }));

  const workerIds = [...new Set([...before.workers.map((w) => w.id), ...after.workers.map((w) => w.id)])];
  const workers: WorkerChange[] = workerIds.flatMap((id) => {
    const x = before.workers.find((w) => w.id === id);
    const y = after.workers.find((w) => w.id === id);
    const change: WorkerChange = {
      id,
      eligible: { before: x?.eligible ?? null, after: y?.eligible ?? null },
      gross: { before: x?.totals.gross ?? null, after: y?.totals.gross ?? null },
      net: { before: x?.totals.net ?? null, after: y?.totals.net ?? null },
      hours: { before: x?.totals.hoursLost ?? null, after: y?.totals.hoursLost ?? null },
    };
    const same =
      change.eligible.before === change.eligible.after &&
      sameNumber(change.gross.before, change.gross.after) &&
      sameNumber(change.net.before, change.net.after) &&
      sameNumber(change.hours.before, change.hours.after);
    return same ? [] : [change];
  });

  const figures = (r: SimulationResult) => new Map((r.windows?.items ?? []).map((w) => [w.key, w]));
  const wa = figures(before);
  const wb = figures(after);
  const windows: WindowChange[] = [...new Set([...wa.keys(), ...wb.keys()])].flatMap((key) => {
    const p = wa.get(key);
    const q = wb.get(key);
    const pick = (w: typeof p) => (w ? { used: w.used, reserved: w.reserved, proposed: w.proposed, remaining: w.remaining } : null);
    const same = p && q && (['used', 'reserved', 'proposed', 'remaining'] as const).every((k) => sameNumber(p[k], q[k]));
    return same ? [] : [{ key, label: (q ?? p)!.label, unit: (q ?? p)!.unit, before: pick(p), after: pick(q) }];
  });

  const x = keyed(before.trace);
  const y = keyed(after.trace);
  const trace: TraceChange[] = [];
  for (const [key, step] of x) {
    const other = y.get(key);
    if (!other) trace.push({ key, rule: step.rule, kind: 'removed', before: { outcome: step.outcome, detail: step.detail }, after: null });
    else if (other.outcome !== step.outcome || other.detail !== step.detail)
      trace.push({ key, rule: step.rule, kind: 'changed', before: { outcome: step.outcome, detail: step.detail }, after: { outcome: other.outcome, detail: other.detail } });
  }
  for (const [key, step] of y) if (!x.has(key)) trace.push({ key, rule: step.rule, kind: 'added', before: null, after: { outcome: step.outcome, detail: step.detail } });

  return { same: fields.length === 0 && workers.length === 0 && windows.length === 0 && trace.length === 0, fields, workers, windows, trace };
}
