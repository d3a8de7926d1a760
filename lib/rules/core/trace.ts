// Every computed step explains itself: { rule, citation, outcome, detail } (style.md practice 3).
// The UI shows the trace under "Perché?"; details are Italian, the UI language of record.
import type { Citation } from './citation';

export type TraceOutcome = 'pass' | 'fail' | 'warn' | 'info';

export type TraceStep = {
  /** Rule id: the digest paragraph, e.g. "A-6" or "D-6/BIENNIO_POOL". */
  rule: string;
  citation: Citation;
  outcome: TraceOutcome;
  detail: string;
};

/** A value together with the steps that produced it. */
export type Explained<T> = { value: T; trace: TraceStep[] };

export function explained<T>(value: T, trace: TraceStep[]): Explained<T> {
  return { value, trace };
}

export function step(rule: string, citation: Citation, outcome: TraceOutcome, detail: string): TraceStep {
  return { rule, citation, outcome, detail };
}
