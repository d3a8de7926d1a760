// The shared rule components render the library's results faithfully, in Italian and English:
// the trace with citations (problems first when asked), [I]/[U] warnings, and the windows as
// text and tables (the chart is never the only carrier of a figure).
import { describe, expect, it } from 'vitest';
import { createElement, type ComponentProps, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { messages } from '@/lib/i18n/messages';
import { CAUSES, computeWindows, simulate, windowLabelId, windowTimeline, WINDOW_LABELS, type LedgerEntry } from '@/lib/rules';
import { RuleTrace, selectSteps } from '@/components/rules/rule-trace';
import { RuleWarnings } from '@/components/rules/rule-warnings';
import { Citation } from '@/components/rules/citation';
import { WindowTimeline } from '@/components/rules/window-timeline';
import { WorkerAllowanceTable } from '@/components/rules/worker-allowance-table';
import { formatDecimal, formatEuro } from '@/components/rules/format';
import { baseScenario } from '../rules/support';

const render = (element: ReactElement, locale: 'it' | 'en' = 'it') => {
  const props: ComponentProps<typeof NextIntlClientProvider> = { locale, messages: messages[locale], timeZone: 'Europe/Rome', children: element };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, props));
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, '’').replace(/\s+/g, ' ');

describe('formatting of the library’s decimal strings', () => {
  it('formats amounts without floats, Italian and English', () => {
    expect(formatEuro('1404.03', 'it')).toBe('1.404,03 €');
    expect(formatEuro('1404.03', 'en')).toBe('€1,404.03');
    expect(formatDecimal('4.33', 'it')).toBe('4,33');
    expect(formatDecimal('1234567', 'en')).toBe('1,234,567');
    expect(formatEuro('0.5', 'it')).toBe('0,50 €');
  });
});

describe('RuleTrace ("perché?")', () => {
  const result = simulate(baseScenario({ workers: [{ ...baseScenario().workers[0]!, effectiveDaysAtUnit: 10 }] }));

  it('lists every step with its outcome, its detail and its citation as a link', () => {
    const html = render(createElement(RuleTrace, { steps: result.trace }));
    expect(html).toContain('<details');
    expect(html).toContain('Perché?');
    expect(html).toContain('href="https://www.normattiva.it/uri-res/N2Ls?urn:nir:::2015;148~art40"');
    expect(text(html)).toContain('Non soddisfatto');
    expect((html.match(/<li/g) ?? []).length).toBe(result.trace.length);
  });

  it('puts failed, then warned steps first when asked, keeping their order', () => {
    const ordered = selectSteps({ steps: result.trace, problemsFirst: true });
    const outcomes = ordered.map((s) => s.outcome);
    expect(outcomes[0]).toBe('fail');
    expect(outcomes.lastIndexOf('fail')).toBeLessThan(outcomes.indexOf('warn') === -1 ? Infinity : outcomes.indexOf('warn'));
    expect(ordered).toHaveLength(result.trace.length);
  });

  it('can explain one figure only: the 75 % test (A-6)', () => {
    const steps = selectSteps({ steps: result.trace, rules: ['A-6'] });
    expect(steps.map((s) => s.rule)).toEqual(['A-6', 'A-6']);
    expect(text(render(createElement(RuleTrace, { steps: result.trace, rules: ['A-6'] })))).toContain('8 dipendenti su 8');
  });

  it('says "Why?" in English', () => {
    expect(render(createElement(RuleTrace, { steps: result.trace }), 'en')).toContain('Why?');
  });
});

describe('Citation and RuleWarnings', () => {
  it('marks an inferred source visibly', () => {
    const html = render(createElement(Citation, { citation: { act: 'Digest', status: 'I', label: 'Digest FSTN J-8' } }));
    expect(text(html)).toContain('Digest FSTN J-8 (lettura inferita)');
  });

  it('shows each [I]/[U] reading the result relies on, with its source and digest reference', () => {
    const result = simulate(baseScenario());
    const html = render(createElement(RuleWarnings, { warnings: result.warnings }));
    expect(text(html)).toContain('Da verificare');
    expect((html.match(/<li/g) ?? []).length).toBe(result.warnings.length);
    expect(text(html)).toContain('rif. J-3');
  });

  it('renders nothing without warnings', () => {
    expect(render(createElement(RuleWarnings, { warnings: [] }))).toBe('');
  });
});

describe('WindowTimeline', () => {
  const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({ productionUnitId: 'u1', kind: 'AUTHORISED', cause: 'ORDINARY_MARKET', periodStart: '2024-02-05', periodEnd: '2024-06-23', weeks: '20', neutralised: false, ...over });
  // Digest D-6 worked example (C2, 1 Sep–30 Nov 2025, 20 + 19 weeks used), plus a pending request
  // and a COVID-19 period of Nov–Dec 2020 (neutralised; only its December falls in the quinquennium).
  const ledger = [
    entry({}),
    entry({ periodStart: '2025-01-06', periodEnd: '2025-05-18', weeks: '19' }),
    entry({ kind: 'RESERVED', periodStart: '2025-06-02', periodEnd: '2025-06-29', weeks: '4', requestId: 'r2' }),
    entry({ kind: 'HISTORY', cause: 'COVID19', periodStart: '2020-11-02', periodEnd: '2020-12-20', weeks: '7', neutralised: true }),
  ];
  const computed = computeWindows({ productionUnitId: 'u1', sizeClass: 'C2', cause: 'ORDINARY_MARKET', periodStart: '2025-09-01', periodEnd: '2025-11-30', requestedWeeks: '13', ledger, asOf: '2025-08-20' });
  const windows = windowTimeline({ windows: computed.windows, ledger, productionUnitId: 'u1', sizeClass: 'C2', proposal: { start: '2025-09-01', end: '2025-11-30', cause: 'ORDINARY_MARKET', weeks: '13' } });

  it('places the periods of the ledger and the proposal on each window (1 Dec 2023 – 30 Nov 2025)', () => {
    const pool = windows.find((w) => w.key === 'BIENNIO_POOL')!;
    expect(pool.segments.map((s) => [s.kind, s.start, s.end, s.weeks])).toEqual([
      ['USED', '2024-02-05', '2024-06-23', '20'],
      ['USED', '2025-01-06', '2025-05-18', '19'],
      ['RESERVED', '2025-06-02', '2025-06-29', '4'],
      ['PROPOSED', '2025-09-01', '2025-11-30', '13'],
    ]);
    expect(pool.segments.at(-1)!.to).toBe(1);
    const art4 = windows.find((w) => w.key === 'ART4_QUINQUENNIO')!;
    expect(art4.segments.find((s) => s.kind === 'NEUTRALISED')).toMatchObject({ start: '2020-12-01', cause: 'COVID19' });
  });

  it('renders the figures as text and as a table, marks the excess over the limit, and needs no script', () => {
    const html = render(createElement(WindowTimeline, { windows }));
    const t = text(html);
    expect(t).toContain('Limite 52 settimane: usate 39, prenotate 4, richieste ora 13, residue 0.');
    expect(t).toContain('La richiesta supera il limite.');
    expect(t).toContain('Finestre mobili: limiti e utilizzo');
    expect(t).toContain('01/12/2023');
    expect(html).toContain('role="img"');
    expect(html).not.toContain('<script');
  });

  it('in English', () => {
    expect(text(render(createElement(WindowTimeline, { windows }), 'en'))).toContain('Limit 52 weeks: used 39, reserved 4, requested now 13, remaining 0.');
  });

  it('names every window lib/rules can return in both languages (the English UI does not show the Italian label)', () => {
    const seen = new Set<string>();
    // Periods under the 2016, 2019 and 2023 regimes, every cause, every size class.
    for (const periodStart of ['2018-03-05', '2021-03-01', '2025-03-03'])
      for (const cause of CAUSES)
        for (const sizeClass of ['C1', 'C2', 'C3'] as const)
          for (const w of computeWindows({ productionUnitId: 'u1', sizeClass, cause, periodStart, periodEnd: periodStart.replace(/-\d\d$/, '-28'), requestedWeeks: '1', ledger: [], asOf: periodStart }).windows) seen.add(w.label);
    expect([...seen].sort()).toEqual(Object.values(WINDOW_LABELS).sort());
    for (const label of seen) expect(windowLabelId(label)).not.toBeNull();
    const en = text(render(createElement(WindowTimeline, { windows }), 'en'));
    expect(en).toContain('Rolling biennium (ordinary and extraordinary causes)');
    expect(en).toContain('Overall maximum duration (art. 4, rolling five years)');
    expect(en).not.toContain('Biennio mobile');
  });

  it('without a proposal (a history, a filed request) shows no "requested" key, column or figure', () => {
    const history = windowTimeline({ windows: computeWindows({ productionUnitId: 'u1', sizeClass: 'C2', cause: 'ORDINARY_MARKET', periodStart: '2025-09-01', periodEnd: '2025-11-30', requestedWeeks: '0', ledger, asOf: '2025-08-20' }).windows, ledger, productionUnitId: 'u1', sizeClass: 'C2' });
    const t = text(render(createElement(WindowTimeline, { windows: history })));
    // D-6: 20 + 19 weeks used and 4 reserved of 52 leave 9.
    expect(t).toContain('Limite 52 settimane: usate 39, prenotate 4, residue 9.');
    expect(t).not.toContain('Richieste con questa domanda');
    expect(t).not.toContain('richieste ora');
    expect(t).not.toContain('La richiesta supera il limite.');
    expect(text(render(createElement(WindowTimeline, { windows })))).toContain('Richieste con questa domanda');
  });
});

describe('WorkerAllowanceTable', () => {
  // Digest C-2 ex. 1 and 2 (§I T06, T07): March 2025 fully suspended (168 h), pay 2.000,00 → 1.553,76
  // uncapped, capped to 1.404,03 gross / 1.322,05 net; pay 1.300,00 → 1.009,94 / 950,96, below the cap.
  const worker = baseScenario().workers[0]!;
  const result = simulate(
    baseScenario({
      applicationDate: '2025-02-20',
      request: { periodStart: '2025-03-03', periodEnd: '2025-03-31' },
      workers: [
        { ...worker, id: 'w1', monthlyGlobalPay: '2000.00', hoursLost: '168' },
        { ...worker, id: 'w2', category: 'IMPIEGATO', monthlyGlobalPay: '1300.00', hoursLost: '168' },
      ],
    }),
  );
  const names: Record<string, string> = { w1: 'Anna Rossi', w2: 'Luca Bianchi' };
  const table = (uncapped: boolean, locale: 'it' | 'en' = 'it') =>
    render(
      createElement(WorkerAllowanceTable, {
        result,
        labels: { hours: 'Ore', gross: uncapped ? 'Lordo con massimale' : 'Lordo', yes: 'Sì' },
        workerName: (w) => names[w.id],
        rowRules: ['C-2'],
        uncapped: uncapped ? { heading: 'Lordo (80 %)', cappedNote: 'massimale applicato', amount: (w) => (w.id === 'w1' ? '1553.76' : '1009.94') } : undefined,
      }),
      locale,
    );

  it('is a table with its caption, column headers and one row header per worker, with a "Perché?" each', () => {
    const html = table(false);
    expect(html).toMatch(/<caption(?: [^>]*)?>Assegno per lavoratore nel periodo concedibile<\/caption>/);
    expect(html.match(/<th scope="col"[^>]*>[^<]*<\/th>/g)?.map((h) => text(h).trim())).toEqual(['Lavoratore', 'Ha diritto', 'Ore', 'Lordo', 'Netto']);
    expect(html.match(/<th scope="row"/g)).toHaveLength(3); // two workers and the totals
    expect((html.match(/<details/g) ?? []).length).toBe(2);
    const rows = html.split('<tr>').slice(2).map(text);
    expect(rows[0]).toContain('Anna Rossi');
    expect(rows[0]).toContain('1.404,03 €');
    expect(rows[0]).toContain('1.322,05 €');
    expect(rows[1]).toContain('Luca Bianchi');
    expect(rows[1]).toContain('1.009,94 €');
    expect(rows[1]).toContain('950,96 €');
    expect(rows[2]).toContain('Totale');
    expect(rows[2]).toContain('2.413,97 €');
    expect(html).not.toContain('massimale applicato');
  });

  it('with the uncapped column: the gross before the cap, and the note where the cap applied', () => {
    const html = table(true);
    expect(html.match(/<th scope="col"[^>]*>[^<]*<\/th>/g)?.map((h) => text(h).trim())).toEqual(['Lavoratore', 'Ha diritto', 'Ore', 'Lordo (80 %)', 'Lordo con massimale', 'Netto']);
    const rows = html.split('<tr>').slice(2).map(text);
    expect(rows[0]).toContain('1.553,76 €');
    expect(rows[0]).toContain('massimale applicato');
    expect(rows[1]).not.toContain('massimale applicato');
    // Totals: 1.404,03 + 1.009,94 and 1.322,05 + 950,96; no total of the uncapped column.
    expect(rows[2]).toContain('2.413,97 €');
    expect(rows[2]).toContain('2.273,01 €');
    expect(rows[2]).not.toContain('2.563,70 €');
  });

  it('in English', () => {
    const t = text(table(false, 'en'));
    expect(t).toContain('Allowance per worker in the grantable period');
    expect(t).toContain('Entitled');
    expect(t).toContain('€1,404.03');
  });
});
