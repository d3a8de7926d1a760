// Properties of the rolling windows (digest D-6, D-8): they must hold for every ledger.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeWindows, simulate, type Cause, type LedgerEntry } from '@/lib/rules';
import { addDays, fromDayNumber, toDayNumber } from '@/lib/rules/core/calendar-date';
import { dec } from '@/lib/rules/core/money';
import { baseScenario, d } from './support';

const CAUSES: Cause[] = ['ORDINARY_TRANSITORY_EVENT', 'ORDINARY_MARKET', 'CRISIS', 'REORGANISATION', 'SOLIDARITY_CONTRACT', 'COVID19'];
const FIRST = toDayNumber(d('2019-01-01'));
const LAST = toDayNumber(d('2025-12-31'));

const entryArb: fc.Arbitrary<LedgerEntry> = fc
  .record({
    start: fc.integer({ min: FIRST, max: LAST }),
    length: fc.integer({ min: 1, max: 200 }),
    weeks: fc.integer({ min: 0, max: 2600 }),
    cause: fc.constantFrom(...CAUSES),
    kind: fc.constantFrom<LedgerEntry['kind']>('HISTORY', 'RESERVED', 'AUTHORISED'),
    neutralised: fc.boolean(),
    unit: fc.constantFrom('u1', 'u1', 'u2'),
  })
  .map((r) => ({
    productionUnitId: r.unit,
    kind: r.kind,
    cause: r.cause,
    periodStart: fromDayNumber(r.start),
    periodEnd: addDays(fromDayNumber(r.start), r.length - 1),
    weeks: (r.weeks / 100).toFixed(2),
    neutralised: r.neutralised,
  }));

const requestArb = fc.record({
  sizeClass: fc.constantFrom('C1' as const, 'C2' as const, 'C3' as const),
  cause: fc.constantFrom<Cause>('ORDINARY_MARKET', 'CRISIS', 'REORGANISATION', 'SOLIDARITY_CONTRACT'),
  start: fc.integer({ min: toDayNumber(d('2024-02-01')), max: toDayNumber(d('2026-06-01')) }),
  length: fc.integer({ min: 7, max: 180 }),
  weeks: fc.integer({ min: 1, max: 5200 }),
});

type Req = { sizeClass: 'C1' | 'C2' | 'C3'; cause: Cause; start: number; length: number; weeks: number };
const run = (req: Req, ledger: LedgerEntry[]) =>
  computeWindows({
    productionUnitId: 'u1',
    sizeClass: req.sizeClass,
    cause: req.cause,
    periodStart: fromDayNumber(req.start),
    periodEnd: addDays(fromDayNumber(req.start), req.length - 1),
    requestedWeeks: (req.weeks / 100).toFixed(2),
    ledger,
    asOf: '2024-01-30',
  });

describe('rolling windows: properties', () => {
  it('adding a period to the ledger never frees capacity', () => {
    fc.assert(
      fc.property(requestArb, fc.array(entryArb, { maxLength: 8 }), entryArb, (req, ledger, extra) => {
        const before = dec(run(req, ledger).maxGrantableWeeks);
        const after = dec(run(req, [...ledger, extra]).maxGrantableWeeks);
        expect(after.lte(before)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('neutralised periods never count: removing them changes nothing but the excluded total', () => {
    fc.assert(
      fc.property(requestArb, fc.array(entryArb, { maxLength: 8 }), (req, ledger) => {
        const all = run(req, ledger);
        const kept = run(req, ledger.filter((e) => !e.neutralised && e.cause !== 'COVID19'));
        expect(kept.maxGrantableWeeks).toBe(all.maxGrantableWeeks);
        expect(kept.windows.map((w) => [w.used, w.reserved])).toEqual(all.windows.map((w) => [w.used, w.reserved]));
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the ledger does not matter', () => {
    fc.assert(
      fc.property(requestArb, fc.array(entryArb, { maxLength: 8 }), fc.integer(), (req, ledger, seed) => {
        const shuffled = [...ledger].sort((a, b) => ((a.periodStart + seed).localeCompare(b.periodEnd + seed)));
        const x = run(req, ledger);
        const y = run(req, shuffled.reverse());
        expect(y.windows).toEqual(x.windows);
        expect(y.maxGrantableWeeks).toBe(x.maxGrantableWeeks);
      }),
      { numRuns: 200 },
    );
  });

  it('remaining capacity is never negative and the grant never exceeds the request', () => {
    fc.assert(
      fc.property(requestArb, fc.array(entryArb, { maxLength: 10 }), (req, ledger) => {
        const result = run(req, ledger);
        for (const w of result.windows) expect(dec(w.remaining).gte(0)).toBe(true);
        expect(dec(result.maxGrantableWeeks).gte(0)).toBe(true);
        expect(dec(result.maxGrantableWeeks).lte((req.weeks / 100).toFixed(2))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a granted (possibly trimmed) period always fits the windows that end on its own last day', () => {
    const ordinary = entryArb.map((e) => ({ ...e, productionUnitId: 'u1', cause: 'ORDINARY_MARKET' as const, kind: 'AUTHORISED' as const, neutralised: false }));
    fc.assert(
      fc.property(fc.array(ordinary, { maxLength: 6 }), fc.integer({ min: 5, max: 120 }), (ledger, length) => {
        const end = addDays(d('2025-09-01'), length);
        const s = baseScenario({ applicationDate: '2025-08-25', request: { periodStart: '2025-09-01', periodEnd: end }, ledger });
        const result = simulate(s);
        if (!result.grantedPeriod) return;
        const check = computeWindows({
          productionUnitId: 'u1',
          sizeClass: result.sizeClass!.class,
          cause: 'ORDINARY_MARKET',
          periodStart: '2025-09-01',
          periodEnd: result.grantedPeriod.end,
          requestedWeeks: result.weeksGranted,
          ledger,
          asOf: s.asOf,
        });
        expect(check.outcome, JSON.stringify({ end, granted: result.grantedPeriod })).toBe('ok');
      }),
      { numRuns: 150 },
    );
  });
});
