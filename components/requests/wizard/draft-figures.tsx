import type { ReactNode } from 'react';
import Decimal from 'decimal.js';
import { useLocale, useTranslations } from 'next-intl';
import type { SimulationResult, TimelineWindow } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/config';
import { RuleTrace } from '@/components/rules/rule-trace';
import { RuleWarnings } from '@/components/rules/rule-warnings';
import { WindowTimeline } from '@/components/rules/window-timeline';
import { WorkerAllowanceTable } from '@/components/rules/worker-allowance-table';
import { formatDay, formatDecimal, formatEuro } from '@/components/rules/format';
import { formatMonth } from '@/lib/format';
import { Table, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';

export type FigureSection = 'scope' | 'size' | 'weeks' | 'deadlines' | 'union' | 'workers' | 'timeline' | 'trace';

export type DraftFiguresProps = {
  /** The draft's evaluation by lib/rules (null until "Causale e periodo" is saved). */
  result: SimulationResult | null;
  /** The unit's windows with this request as the proposal (windowTimeline of lib/rules). */
  timeline: TimelineWindow[];
  /** Which figures this page shows, in this order. */
  sections: FigureSection[];
  /** Worker id → name, for the allowance table. */
  workerNames?: Record<string, string>;
  /** The "accorcia il periodo" form, shown with the windows when fewer weeks remain than asked. */
  trimForm?: ReactNode;
  headingLevel?: 2 | 3;
};

/**
 * The live rule feedback beside a wizard step (issue 4 §3): the figures lib/rules computed for the
 * saved draft — 75 % test, size class with the monthly averages, weeks and the per-request maximum,
 * deadlines, union procedure, each worker's allowance (gross, with the cap, net), the employer's
 * 4 %, the windows timeline — each with its "Perché?" (rule steps and citations). Server
 * component: recomputed on every save and page load, no client JavaScript.
 */
export function DraftFigures({ result, timeline, sections, workerNames = {}, trimForm, headingLevel = 2 }: DraftFiguresProps) {
  const t = useTranslations('wizard.figures');
  const locale = useLocale() as Locale;
  const money = (v: string) => formatEuro(v, locale);
  const num = (v: string) => formatDecimal(v, locale);
  const H = headingLevel === 2 ? 'h2' : 'h3';

  if (!result) {
    return (
      <section aria-labelledby="figures-heading" className="mb-8 border-t-4 border-primary pt-6">
        <H id="figures-heading" className="mb-2 text-2xl">
          {t('heading')}
        </H>
        <p>{t('empty')}</p>
      </section>
    );
  }
  const fw = result.deadlines.filingWindow;
  const union = result.deadlines.unionProcedure;
  const additional = result.employerCosts.additionalContribution;
  const show = (s: FigureSection) => sections.includes(s);

  return (
    <section aria-labelledby="figures-heading" className="mb-8 border-t-4 border-primary pt-6">
      <H id="figures-heading" className="mb-2 text-2xl">
        {t('heading')}
      </H>
      <p className="mb-6 text-muted">{t('lead')}</p>
      <dl className="mb-6 max-w-3xl space-y-4">
        {show('scope') && result.regime ? (
          <div>
            <dt className="font-semibold">{t('regime', { regime: result.regime.label })}</dt>
            <dd>
              <RuleTrace steps={result.trace} rules={['§0.2']} />
            </dd>
          </div>
        ) : null}
        {show('scope') && result.workforceTest ? (
          <div>
            <dt className="font-semibold">
              {t('workforce', { month: formatMonth(result.workforceTest.referenceMonth, locale), trento: result.workforceTest.trentoHeads, total: result.workforceTest.totalHeads, share: num(result.workforceTest.sharePercent) })}{' '}
              <Tag tone={result.workforceTest.passed ? 'green' : 'red'}>{result.workforceTest.passed ? t('workforcePassed') : t('workforceFailed')}</Tag>
            </dt>
            <dd>
              <RuleTrace steps={result.trace} rules={['A-6', 'A-2']} />
            </dd>
          </div>
        ) : null}
        {show('size') && result.sizeClass ? (
          <div>
            <dt className="font-semibold">{t('sizeClass', { class: result.sizeClass.class, average: num(result.sizeClass.average) })}</dt>
            <dd>
              <RuleTrace steps={result.trace} rules={['B-1']} />
              <Table caption={t('sizeMonths')}>
                <thead>
                  <tr>
                    <Th>{t('monthColumn')}</Th>
                    <Th numeric>{t('unitsColumn')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {result.sizeClass.months.map((m) => (
                    <tr key={m.month}>
                      <Td>{formatMonth(m.month, locale)}</Td>
                      <Td numeric>{num(m.units)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </dd>
          </div>
        ) : null}
        {show('weeks') ? (
          <div>
            <dt className="font-semibold">{t('weeks', { requested: num(result.weeksRequested), granted: num(result.weeksGranted) })}</dt>
            <dd>
              {result.perRequestMax ? <p>{result.perRequestMax.limit ? t('perRequestMax', { limit: result.perRequestMax.limit }) : t('noPerRequestMax')}</p> : null}
              {result.grantedPeriod ? <p>{t('grantedPeriod', { start: formatDay(result.grantedPeriod.start), end: formatDay(result.grantedPeriod.end) })}</p> : null}
              <RuleTrace steps={result.trace} rules={['D-1', 'D-2', 'D-3', 'D-7', 'D-6', 'D-4', 'D-5']} />
            </dd>
          </div>
        ) : null}
        {show('deadlines') && fw ? (
          <div>
            <dt className="font-semibold">
              {t('filing', { earliest: formatDay(fw.earliest), latest: formatDay(fw.latest) })} <Tag tone={fw.status === 'IN_TIME' ? 'green' : 'red'}>{t(`filingStatus.${fw.status}`)}</Tag>
            </dt>
            <dd>
              <RuleTrace steps={result.trace} rules={['G-2', 'G-4']} />
            </dd>
          </div>
        ) : null}
        {show('union') && union ? (
          <div>
            <dt className="font-semibold">{t('union')}</dt>
            <dd>
              <p>{union.detail}</p>
              <RuleTrace steps={result.trace} rules={['G-1']} />
            </dd>
          </div>
        ) : null}
      </dl>

      {show('weeks') && result.windows?.outcome === 'trim' && result.grantedPeriod ? (
        <div className="mb-8 max-w-3xl border-l-4 border-warning pl-4">
          <p className="mb-2 text-xl font-bold">{t('trimTitle')}</p>
          <p className="mb-4">{t('trimBody', { max: num(result.windows.maxGrantableWeeks), start: formatDay(result.grantedPeriod.start), end: formatDay(result.grantedPeriod.end) })}</p>
          <RuleTrace steps={result.trace} rules={['D-6', 'D-4']} />
          {trimForm}
        </div>
      ) : null}

      {show('workers') && result.workers.length ? (
        <>
          <WorkerAllowanceTable
            result={result}
            labels={{
              hours: t('col.hours'),
              gross: t('col.capped'),
              yes: t('yes'),
            }}
            uncapped={{ heading: t('col.gross'), cappedNote: t('cappedNote'), amount: (w) => w.months.reduce((sum, m) => sum.plus(m.uncappedGross), new Decimal(0)).toFixed(2) }}
            workerName={(w) => workerNames[w.id] ?? w.id}
            rowRules={['C-2', 'C-3']}
          />
          {additional ? (
            <div className="mb-8 max-w-3xl">
              <p className="font-semibold">{t('additional', { amount: money(additional.amount), base: money(additional.base) })}</p>
              <RuleTrace steps={result.trace} rules={['E-3']} />
            </div>
          ) : null}
        </>
      ) : null}

      {show('timeline') && timeline.length ? <WindowTimeline windows={timeline} heading={t('timelineHeading')} /> : null}

      {show('trace') ? (
        <>
          <RuleWarnings warnings={result.warnings} />
          <RuleTrace steps={result.trace} problemsFirst summary={t('allSteps')} />
        </>
      ) : null}
    </section>
  );
}
