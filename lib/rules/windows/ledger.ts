// What the windows count from a production unit's ledger (digest D-6, D-8, J-11, J-12, J-13).
// - Per production unit (J-13).
// - Of the entries of one request only the most advanced counts: USED supersedes AUTHORISED, which
//   supersedes RESERVED (J-12: actual use replaces the authorisation when reported). HISTORY entries
//   are always counted. RESERVED counts like AUTHORISED, so pending requests cannot together
//   exceed a limit.
// - COVID-19 periods are neutralised (D.L. 18/2020 art. 19 c. 3) whatever their flag says.
import { parseDate, type CalendarDate } from '../core/calendar-date';
import { dec, type Dec } from '../core/money';
import type { Cause, LedgerEntry, LedgerKind } from '../types';

export type CountedEntry = {
  /** The ledger entry's id and request, when known (for timelines that label the periods). */
  id: string | null;
  requestId: string | null;
  cause: Cause;
  kind: LedgerKind;
  start: CalendarDate;
  end: CalendarDate;
  weeks: Dec;
  neutralised: boolean;
  reserved: boolean;
};

const RANK: Record<LedgerKind, number> = { HISTORY: 0, RESERVED: 1, AUTHORISED: 2, USED: 3 };

export function entriesForUnit(
  ledger: ReadonlyArray<LedgerEntry>,
  productionUnitId: string,
  excludeRequestId?: string | null,
): CountedEntry[] {
  const own = ledger.filter((e) => e.productionUnitId === productionUnitId && !(excludeRequestId && e.requestId === excludeRequestId));
  const bestRank = new Map<string, number>();
  for (const e of own) {
    if (!e.requestId || e.kind === 'HISTORY') continue;
    bestRank.set(e.requestId, Math.max(bestRank.get(e.requestId) ?? 0, RANK[e.kind]));
  }
  return own
    .filter((e) => !e.requestId || e.kind === 'HISTORY' || bestRank.get(e.requestId) === RANK[e.kind])
    .map((e) => ({
      id: e.id ?? null,
      requestId: e.requestId ?? null,
      cause: e.cause,
      kind: e.kind,
      start: parseDate(e.periodStart),
      end: parseDate(e.periodEnd),
      weeks: dec(e.weeks),
      neutralised: e.neutralised || e.cause === 'COVID19',
      reserved: e.kind === 'RESERVED',
    }));
}
