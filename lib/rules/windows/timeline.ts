// The windows of a request as a timeline for people (design.md "Windows"; issue 4 §4): for each
// rolling window computed by computeWindows, the ledger periods that fall inside it — used,
// reserved by pending requests, neutralised (COVID-19, D-8) — and the period proposed by this
// request, placed on the window's time axis as fractions 0…1. Pure; the clipping is the rule's
// own (ledger.ts, the same per-unit and superseding logic), so the chart shows what was counted.
import { daysInclusive, maxDate, minDate, parseDate, toDayNumber, type CalendarDate } from '../core/calendar-date';
import { dec, decimalString } from '../core/money';
import type { Cause, LedgerEntry, SizeClass } from '../types';
import type { WindowUsage } from './compute-windows';
import { entriesForUnit } from './ledger';
import { windowCounts } from './window-specs';
import type { FstnRegimeId } from '../regimes/select-regime';

export type TimelineSegmentKind = 'USED' | 'RESERVED' | 'NEUTRALISED' | 'PROPOSED';

export type TimelineSegment = {
  kind: TimelineSegmentKind;
  cause: Cause;
  /** The part of the period inside the window. */
  start: CalendarDate;
  end: CalendarDate;
  /** Position on the window's axis: 0 = first day, 1 = after the last day. */
  from: number;
  to: number;
  /** Weeks of the period inside the window, pro rata to its days (as counted, before any art. 4 halving). */
  weeks: string;
  requestId?: string | null;
};

export type TimelineWindow = WindowUsage & { segments: TimelineSegment[] };

export type WindowTimelineInput = {
  /** `computeWindows(...).windows` or `simulate(...).windows.items`. */
  windows: ReadonlyArray<WindowUsage>;
  ledger: ReadonlyArray<LedgerEntry>;
  productionUnitId: string;
  sizeClass: SizeClass | null;
  regimeId?: FstnRegimeId;
  /** The period this request proposes (or the granted one), shown apart from the ledger. */
  proposal?: { start: string; end: string; cause: Cause; weeks: string } | null;
  /** The request being evaluated: its own ledger entries are the proposal, not history. */
  excludeRequestId?: string | null;
};

function place(windowStart: CalendarDate, windowEnd: CalendarDate, start: CalendarDate, end: CalendarDate) {
  const total = daysInclusive(windowStart, windowEnd);
  const s = maxDate(start, windowStart);
  const e = minDate(end, windowEnd);
  if (e < s) return null;
  return { start: s, end: e, from: (toDayNumber(s) - toDayNumber(windowStart)) / total, to: (toDayNumber(e) - toDayNumber(windowStart) + 1) / total };
}

export function windowTimeline(input: WindowTimelineInput): TimelineWindow[] {
  const entries = entriesForUnit(input.ledger, input.productionUnitId, input.excludeRequestId);
  return input.windows.map((w) => {
    const windowStart = parseDate(w.windowStart);
    const windowEnd = parseDate(w.windowEnd);
    const counts = windowCounts(w.key, input.sizeClass, input.regimeId);
    const segments: TimelineSegment[] = [];
    for (const e of entries) {
      if (!counts(e.cause)) continue;
      const placed = place(windowStart, windowEnd, e.start, e.end);
      if (!placed) continue;
      const share = dec(daysInclusive(placed.start, placed.end)).div(daysInclusive(e.start, e.end));
      segments.push({
        kind: e.neutralised ? 'NEUTRALISED' : e.reserved ? 'RESERVED' : 'USED',
        cause: e.cause,
        ...placed,
        weeks: decimalString(e.weeks.times(share)),
      });
    }
    segments.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    if (input.proposal && counts(input.proposal.cause)) {
      const placed = place(windowStart, windowEnd, parseDate(input.proposal.start), parseDate(input.proposal.end));
      if (placed) segments.push({ kind: 'PROPOSED', cause: input.proposal.cause, ...placed, weeks: decimalString(input.proposal.weeks) });
    }
    return { ...w, segments };
  });
}
