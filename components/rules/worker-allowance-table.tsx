import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { SimulationResult } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/config';
import { Table, Td, Th } from '@/components/ui/table';
import { RuleTrace } from './rule-trace';
import { formatDecimal, formatEuro } from './format';

/** The headings and marks that differ between the simulator and the request (the rest: namespace `rules.allowance`). */
export type WorkerAllowanceLabels = {
  hours: string;
  /** Heading of the gross allowance as paid (after the cap). */
  gross: string;
  /** Text of the "eligible" cell of an entitled worker. */
  yes: string;
};

type Worker = SimulationResult['workers'][number];

/**
 * A column of the gross before the cap (80 % of the lost pay) before the gross as paid, whose
 * capped figures then carry the note. The caller sums it (decimal.js), which keeps decimal.js out
 * of the simulator's client bundle.
 */
export type UncappedColumn = { heading: string; cappedNote: string; amount: (worker: Worker) => string };

export type WorkerAllowanceTableProps = {
  result: Pick<SimulationResult, 'workers' | 'totals' | 'trace'>;
  labels: WorkerAllowanceLabels;
  /** The row header of a worker (its name, or "Lavoratore 2"). */
  workerName: (worker: Worker, index: number) => ReactNode;
  /** The rules whose steps a row's "Perché?" shows, besides the worker's own `F-1/<id>`. */
  rowRules: ReadonlyArray<string>;
  uncapped?: UncappedColumn;
};

/**
 * Each worker's allowance in the grantable period — hours, gross, net, with the totals and a
 * "Perché?" per row — as the simulator and the request wizard show it. A table with caption,
 * column headers and a row header per worker; no client JavaScript of its own, so it serves both
 * a server page and a client component.
 */
export function WorkerAllowanceTable({ result, labels, workerName, rowRules, uncapped }: WorkerAllowanceTableProps) {
  const t = useTranslations('rules.allowance');
  const locale = useLocale() as Locale;
  const money = (v: string) => formatEuro(v, locale);
  const num = (v: string) => formatDecimal(v, locale);

  return (
    <Table caption={t('caption')}>
      <thead>
        <tr>
          <Th>{t('worker')}</Th>
          <Th>{t('eligible')}</Th>
          <Th numeric>{labels.hours}</Th>
          {uncapped ? <Th numeric>{uncapped.heading}</Th> : null}
          <Th numeric>{labels.gross}</Th>
          <Th numeric>{t('net')}</Th>
        </tr>
      </thead>
      <tbody>
        {result.workers.map((w, i) => (
          <tr key={w.id}>
            <Th scope="row" className="border-b border-subtle font-normal">
              {workerName(w, i)}
              <RuleTrace steps={result.trace} rules={[`F-1/${w.id}`, ...rowRules]} />
            </Th>
            <Td>{w.eligible ? labels.yes : `✗ ${w.reasons.map((r) => r.message).join('; ')}`}</Td>
            <Td numeric>{num(w.totals.hoursLost)}</Td>
            {uncapped ? <Td numeric>{money(uncapped.amount(w))}</Td> : null}
            <Td numeric>
              {money(w.totals.gross)}
              {uncapped && w.months.some((m) => m.capped) ? <span className="block text-sm text-muted">{uncapped.cappedNote}</span> : null}
            </Td>
            <Td numeric>{money(w.totals.net)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <Th scope="row" className="font-semibold">
            {t('totals')}
          </Th>
          <Td />
          <Td numeric className="font-semibold">
            {num(result.totals.hoursLost)}
          </Td>
          {uncapped ? <Td /> : null}
          <Td numeric className="font-semibold">
            {money(result.totals.gross)}
          </Td>
          <Td numeric className="font-semibold">
            {money(result.totals.net)}
          </Td>
        </tr>
      </tfoot>
    </Table>
  );
}
