// Digest D-1…D-8 (per-request maxima, rolling windows, art. 4, week counting, neutralisation),
// J-8 (trim), J-9, J-11, J-12, J-20.
import { describe, expect, it } from 'vitest';
import { computeWindows, type ComputeWindowsInput, type LedgerEntry } from '@/lib/rules';
import { dec } from '@/lib/rules/core/money';
import { perRequestMax } from '@/lib/rules/windows/per-request-max';
import { calendarMonths, weeksFromDays, workableDayCount } from '@/lib/rules/windows/week-count';
import { ctx, d, type Case } from './support';

const entry = (cause: LedgerEntry['cause'], periodStart: string, periodEnd: string, weeks: string, over: Partial<LedgerEntry> = {}): LedgerEntry => ({
  productionUnitId: 'u1',
  kind: 'AUTHORISED',
  cause,
  periodStart,
  periodEnd,
  weeks,
  neutralised: false,
  ...over,
});

const windows = (over: Partial<ComputeWindowsInput>) =>
  computeWindows({
    productionUnitId: 'u1',
    sizeClass: 'C1',
    cause: 'ORDINARY_MARKET',
    periodStart: '2025-09-01',
    periodEnd: '2025-11-30',
    requestedWeeks: '13',
    ledger: [],
    asOf: '2025-08-20',
    ...over,
  });

type MaxInput = { sizeClass: 'C1' | 'C2' | 'C3'; weeks: string; cause?: LedgerEntry['cause'] };
const maxCases: Case<MaxInput, { passed: boolean; limit: string | null }>[] = [
  { name: 'T09 a C1 employer (average 4.0) asking for 14 weeks in one request is refused: at most 13', asOf: '2025-06-01', input: { sizeClass: 'C1', weeks: '14' }, expected: { passed: false, limit: '13' }, source: 'digest §I T09; INPS circ. 112/2025' },
  { name: 'T10 a C1 employer may ask for 13 weeks', asOf: '2025-06-01', input: { sizeClass: 'C1', weeks: '13' }, expected: { passed: true, limit: '13' }, source: 'digest §I T10' },
  { name: 'T11 a C2 employer (average 8.0) may ask for 26 weeks', asOf: '2025-06-01', input: { sizeClass: 'C2', weeks: '26' }, expected: { passed: true, limit: '26' }, source: 'digest §I T11' },
  { name: 'T11 a C2 employer asking for 27 weeks is refused', asOf: '2025-06-01', input: { sizeClass: 'C2', weeks: '27' }, expected: { passed: false, limit: '26' }, source: 'digest §I T11' },
  { name: 'a C3 employer has no per-request maximum (J-10)', asOf: '2025-06-01', input: { sizeClass: 'C3', weeks: '40' }, expected: { passed: true, limit: null }, source: 'digest D-3; J-10' },
];

describe('maximum weeks per single request (D-1…D-3)', () => {
  it.each(maxCases)('$name', ({ asOf, input, expected }) => {
    const result = perRequestMax({ regimeId: 'R2023', sizeClass: input.sizeClass, cause: input.cause ?? 'ORDINARY_MARKET', parameterDate: d(asOf), requestedWeeks: dec(input.weeks) }, ctx());
    expect({ passed: result.passed, limit: result.limit }).toEqual(expected);
  });

  it('with the optional CIGO-style setting, C3 ordinary requests are limited to 13 weeks (J-10)', () => {
    const c = ctx({ settings: { c3MaxWeeksPerRequest: 13 } });
    expect(perRequestMax({ regimeId: 'R2023', sizeClass: 'C3', cause: 'ORDINARY_MARKET', parameterDate: d('2025-06-01'), requestedWeeks: dec(14) }, c).passed).toBe(false);
    expect(perRequestMax({ regimeId: 'R2023', sizeClass: 'C3', cause: 'CRISIS', parameterDate: d('2025-06-01'), requestedWeeks: dec(40) }, c).passed).toBe(true);
  });

  it('under the 2019 regime every request is limited to 13 weeks', () => {
    expect(perRequestMax({ regimeId: 'R2019', sizeClass: null, cause: 'ORDINARY_MARKET', parameterDate: d('2023-03-01'), requestedWeeks: dec(14) }, ctx()).passed).toBe(false);
  });
});

type WindowCase = Case<Partial<ComputeWindowsInput>, { outcome: string; maxGrantableWeeks: string }>;
const windowCases: WindowCase[] = [
  {
    name: 'T10 a C1 employer with nothing used in the biennium is granted 13 weeks',
    asOf: '2025-08-20',
    input: {},
    expected: { outcome: 'ok', maxGrantableWeeks: '13' },
    source: 'digest §I T10',
  },
  {
    name: 'T12 a C1 employer with 52 weeks (ordinary and extraordinary) used in the biennium is refused',
    asOf: '2025-08-20',
    input: { ledger: [entry('ORDINARY_MARKET', '2024-01-08', '2024-07-07', '26'), entry('CRISIS', '2024-09-02', '2025-03-02', '26')] },
    expected: { outcome: 'refuse', maxGrantableWeeks: '0' },
    source: 'digest §I T12; D-1',
  },
  {
    name: 'T13 a C1 employer with 45 weeks used asking for 13 is trimmed to the 7 left (J-8 default)',
    asOf: '2025-08-20',
    input: { ledger: [entry('ORDINARY_MARKET', '2024-01-08', '2024-11-17', '45')] },
    expected: { outcome: 'trim', maxGrantableWeeks: '7' },
    source: 'digest §I T13; J-8',
  },
  {
    name: 'T13 with the "refuse" setting the same request is refused',
    asOf: '2025-08-20',
    input: { ledger: [entry('ORDINARY_MARKET', '2024-01-08', '2024-11-17', '45')], settings: { overCapacity: 'REFUSE' } },
    expected: { outcome: 'refuse', maxGrantableWeeks: '7' },
    source: 'digest §I T13; J-8 alternative',
  },
  {
    name: 'T14 a C3 employer (average 20) with 52 ordinary weeks in the biennium is refused 4 more ordinary weeks',
    asOf: '2025-08-20',
    input: { sizeClass: 'C3', requestedWeeks: '4', periodStart: '2025-09-01', periodEnd: '2025-09-28', ledger: [entry('ORDINARY_MARKET', '2024-01-08', '2025-01-05', '52')] },
    expected: { outcome: 'refuse', maxGrantableWeeks: '0' },
    source: 'digest §I T14; D-3',
  },
  {
    name: 'T14 the same C3 employer may still use the crisis cause under its own window',
    asOf: '2025-08-20',
    input: { sizeClass: 'C3', cause: 'CRISIS', requestedWeeks: '4', periodStart: '2025-09-01', periodEnd: '2025-09-28', ledger: [entry('ORDINARY_MARKET', '2024-01-08', '2024-12-29', '51')] },
    expected: { outcome: 'ok', maxGrantableWeeks: '4' },
    source: 'digest §I T14 ("crisis/reorganisation/CDS remain possible")',
  },
  {
    name: 'T15 a C3 employer with 10 months of crisis in the quinquennium asking for 3 more months gets 2 (8.66 weeks)',
    asOf: '2025-08-20',
    input: { sizeClass: 'C3', cause: 'CRISIS', requestedWeeks: '13', periodStart: '2025-09-01', periodEnd: '2025-11-30', ledger: [entry('CRISIS', '2022-01-01', '2022-10-31', '43.33')] },
    expected: { outcome: 'trim', maxGrantableWeeks: '8.66' },
    source: 'digest §I T15; 12-month limit; J-8',
  },
  {
    name: 'T16 a C3 employer with 24 months of reorganisation in the quinquennium is refused one more month',
    asOf: '2025-08-20',
    input: { sizeClass: 'C3', cause: 'REORGANISATION', requestedWeeks: '4.33', periodStart: '2025-09-01', periodEnd: '2025-09-30', ledger: [entry('REORGANISATION', '2021-10-01', '2023-09-30', '104')] },
    expected: { outcome: 'refuse', maxGrantableWeeks: '0' },
    source: 'digest §I T16',
  },
  {
    name: 'T17 a C3 unit that used only 24 months of solidarity contract may have months 25–36 (the first 24 count half for art. 4)',
    asOf: '2025-08-20',
    input: { sizeClass: 'C3', cause: 'SOLIDARITY_CONTRACT', requestedWeeks: '52', periodStart: '2025-01-01', periodEnd: '2025-12-31', ledger: [entry('SOLIDARITY_CONTRACT', '2023-01-01', '2024-12-31', '104')] },
    expected: { outcome: 'ok', maxGrantableWeeks: '52' },
    source: 'digest §I T17; D.Lgs. 148/2015 art. 22 c. 3, 5',
  },
  {
    name: 'T18 after 6 months of crisis and 24 of solidarity contract only 6 more solidarity months fit art. 4 (CDS max 30)',
    asOf: '2025-08-20',
    input: {
      sizeClass: 'C3',
      cause: 'SOLIDARITY_CONTRACT',
      requestedWeeks: '52',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      ledger: [entry('CRISIS', '2021-07-01', '2021-12-31', '26'), entry('SOLIDARITY_CONTRACT', '2022-01-01', '2023-12-31', '104')],
    },
    expected: { outcome: 'trim', maxGrantableWeeks: '26' },
    source: 'digest §I T18; art. 22 c. 5; art. 4 (24 months)',
  },
];

describe('rolling windows per production unit (D-6, J-8)', () => {
  it.each(windowCases)('$name', ({ input, expected }) => {
    const result = windows(input);
    expect({ outcome: result.outcome, maxGrantableWeeks: result.maxGrantableWeeks }).toEqual(expected);
  });

  it('D-6 worked example: C2 asks for 1 Sep–30 Nov 2025 with 20 + 19 weeks used: window 1 Dec 2023–30 Nov 2025, 39 + 13 = 52 → ok', () => {
    const ledger = [entry('ORDINARY_MARKET', '2024-02-05', '2024-06-23', '20'), entry('ORDINARY_MARKET', '2025-01-06', '2025-05-18', '19')];
    const result = windows({ sizeClass: 'C2', ledger });
    const pool = result.windows.find((w) => w.key === 'BIENNIO_POOL')!;
    expect(pool).toMatchObject({ windowStart: '2023-12-01', windowEnd: '2025-11-30', limit: '52', used: '39', proposed: '13', remaining: '0' });
    expect(result.outcome).toBe('ok');
  });

  it('D-6 worked example: a further request for December 2025 (window 1 Jan 2024–31 Dec 2025) is refused while the Feb 2024 weeks are inside', () => {
    const ledger = [
      entry('ORDINARY_MARKET', '2024-02-05', '2024-06-23', '20'),
      entry('ORDINARY_MARKET', '2025-01-06', '2025-05-18', '19'),
      entry('ORDINARY_MARKET', '2025-09-01', '2025-11-30', '13', { kind: 'RESERVED', requestId: 'r-sep' }),
    ];
    const result = windows({ sizeClass: 'C2', periodStart: '2025-12-01', periodEnd: '2025-12-31', requestedWeeks: '4.6', ledger });
    expect(result.windows[0]).toMatchObject({ windowStart: '2024-01-01', used: '39', reserved: '13' });
    expect(result.outcome).toBe('refuse');
  });

  it('a period ending the day before the window starts does not count; one ending on its first day counts pro rata', () => {
    const outside = windows({ ledger: [entry('ORDINARY_MARKET', '2023-10-02', '2023-11-30', '10')] });
    expect(outside.windows[0]!.used).toBe('0');
    const edge = windows({ ledger: [entry('ORDINARY_MARKET', '2023-11-02', '2023-12-01', '10')] });
    expect(edge.windows[0]!.used).toBe('0.33');
  });

  it('under the INPS 104-week variant the biennium starts 728 days before its end', () => {
    const result = windows({ settings: { windowBasis: 'WEEKS_104' } });
    expect(result.windows[0]!.windowStart).toBe('2023-12-04');
  });

  it('RESERVED weeks of a pending request count like authorised ones, so two pending requests cannot together exceed a limit', () => {
    const ledger = [entry('ORDINARY_MARKET', '2025-01-06', '2025-10-05', '40', { kind: 'RESERVED', requestId: 'r1' })];
    const result = windows({ ledger });
    expect(result).toMatchObject({ outcome: 'trim', maxGrantableWeeks: '12' });
  });

  it('USED weeks supersede the AUTHORISED and RESERVED entries of the same request (J-12)', () => {
    const ledger = [
      entry('ORDINARY_MARKET', '2025-01-06', '2025-04-06', '13', { kind: 'RESERVED', requestId: 'r1' }),
      entry('ORDINARY_MARKET', '2025-01-06', '2025-04-06', '13', { kind: 'AUTHORISED', requestId: 'r1' }),
      entry('ORDINARY_MARKET', '2025-01-06', '2025-04-06', '4', { kind: 'USED', requestId: 'r1' }),
    ];
    const result = windows({ ledger });
    expect(result.windows[0]).toMatchObject({ used: '4', reserved: '0' });
    expect(result.warnings.map((w) => w.code)).toContain('J-12');
  });

  it('a request re-evaluated after filing leaves its own reservation out', () => {
    const ledger = [entry('ORDINARY_MARKET', '2025-09-01', '2025-11-30', '13', { kind: 'RESERVED', requestId: 'me' })];
    expect(windows({ ledger, excludeRequestId: 'me' }).windows[0]!.reserved).toBe('0');
    expect(windows({ ledger }).windows[0]!.reserved).toBe('13');
  });

  it('entries of other production units do not count (J-13)', () => {
    expect(windows({ ledger: [entry('ORDINARY_MARKET', '2025-01-06', '2025-04-06', '13', { productionUnitId: 'u2' })] }).windows[0]!.used).toBe('0');
  });

  it('periods before 24 Sep 2015 are not counted: 3 weeks over 14 Sep–4 Oct 2015 count 11/21 of 3 = 1.57 (Min. lavoro circ. 17/2017)', () => {
    const result = computeWindows({
      productionUnitId: 'u1',
      sizeClass: null,
      cause: 'ORDINARY_MARKET',
      periodStart: '2017-03-01',
      periodEnd: '2017-05-31',
      requestedWeeks: '13',
      asOf: '2017-02-10',
      ledger: [entry('ORDINARY_MARKET', '2015-09-14', '2015-10-04', '3')],
    });
    expect(result.windows[0]!.used).toBe('1.57');
  });

  it('T47 COVID-19 weeks of 2020 are not counted in the biennium of a later request (neutralised)', () => {
    const result = computeWindows({
      productionUnitId: 'u1',
      sizeClass: null,
      cause: 'ORDINARY_MARKET',
      periodStart: '2021-03-01',
      periodEnd: '2021-03-28',
      requestedWeeks: '4',
      asOf: '2021-02-20',
      ledger: [entry('COVID19', '2020-03-09', '2020-05-10', '9'), entry('ORDINARY_MARKET', '2020-09-07', '2020-12-06', '13')],
    });
    expect(result.windows[0]).toMatchObject({ key: 'BIENNIO_POOL', limit: '26', used: '13', neutralisedExcluded: '9' });
    expect(result.outcome).toBe('ok');
  });

  it('T51 under the 2019 regime a third 13-week request in the biennium at the same unit is refused (26 weeks)', () => {
    const ledger = [entry('ORDINARY_MARKET', '2022-03-07', '2022-06-05', '13'), entry('ORDINARY_MARKET', '2022-09-05', '2022-12-04', '13')];
    const third = computeWindows({ productionUnitId: 'u1', sizeClass: null, cause: 'ORDINARY_MARKET', periodStart: '2023-03-06', periodEnd: '2023-06-04', requestedWeeks: '13', asOf: '2023-03-01', ledger });
    expect(third.regime).toBe('R2019');
    expect(third.outcome).toBe('refuse');
  });

  it('T51 the same third request is allowed when its cause is the solidarity contract (52 weeks)', () => {
    const ledger = [entry('ORDINARY_MARKET', '2022-03-07', '2022-06-05', '13'), entry('ORDINARY_MARKET', '2022-09-05', '2022-12-04', '13')];
    const cds = computeWindows({ productionUnitId: 'u1', sizeClass: null, cause: 'SOLIDARITY_CONTRACT', periodStart: '2023-03-06', periodEnd: '2023-06-04', requestedWeeks: '13', asOf: '2023-03-01', ledger });
    expect(cds.windows[0]!.limit).toBe('52');
    expect(cds.outcome).toBe('ok');
  });

  it('R2019 weeks count in the R2023 windows by default (J-11), and not with the setting off', () => {
    const ledger = [entry('ORDINARY_MARKET', '2023-12-04', '2024-01-21', '7')];
    expect(windows({ ledger }).windows[0]!.used).toBe('7');
    expect(windows({ ledger, settings: { countR2019Periods: false } }).windows[0]!.used).toBe('0');
  });

  it('C1/C2 solidarity contracts have their own 24-month (104-week) limit in the biennium (J-9)', () => {
    const result = windows({ cause: 'SOLIDARITY_CONTRACT', ledger: [entry('ORDINARY_MARKET', '2024-01-08', '2025-01-05', '52')] });
    expect(result.windows[0]).toMatchObject({ key: 'CDS', unit: 'weeks', limit: '104', used: '0' });
    expect(result.outcome).toBe('ok');
  });

  it('art. 4: 12 months of crisis plus 52 ordinary weeks (≈ 12 months) in the quinquennium exhaust the 24 months (D-4 example)', () => {
    const result = windows({
      sizeClass: 'C3',
      periodStart: '2025-09-01',
      periodEnd: '2025-09-28',
      requestedWeeks: '4',
      ledger: [entry('CRISIS', '2021-10-01', '2022-09-30', '52'), entry('ORDINARY_MARKET', '2023-01-02', '2023-12-31', '52')],
    });
    expect(result.windows.find((w) => w.key === 'ART4_QUINQUENNIO')).toMatchObject({ used: '24', remaining: '0' });
    expect(result.outcome).toBe('refuse');
  });

  it('the art. 4 check can be switched off (J-20 setting)', () => {
    const result = windows({ settings: { art4: false } });
    expect(result.windows.map((w) => w.key)).toEqual(['BIENNIO_POOL']);
  });
});

describe('counting weeks on days (D-7)', () => {
  it('T42 a reduction on 2 days a week for 10 weeks in a 5-day week counts 4 weeks, not 10', () => {
    expect(weeksFromDays(20, 5).toString()).toBe('4');
  });
  it('in a 6-day week partial weeks are days ÷ 6', () => {
    expect(weeksFromDays(3, 6).toString()).toBe('0.5');
  });
  it('1 Sep–30 Nov 2025 has 65 weekdays = 13 weeks of 5 days', () => {
    expect(workableDayCount(d('2025-09-01'), d('2025-11-30'), 5)).toBe(65);
    expect(workableDayCount(d('2025-09-01'), d('2025-11-30'), 6)).toBe(78);
  });
  it('calendar months: 1 Jan–31 Mar is 3 months, 1–15 Apr is half of April', () => {
    expect(calendarMonths(d('2025-01-01'), d('2025-03-31')).toString()).toBe('3');
    expect(calendarMonths(d('2025-04-01'), d('2025-04-15')).toString()).toBe('0.5');
  });
});
