'use client';
import type { Ref } from 'react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { SimulationResult, TimelineWindow } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/config';
import { RuleTrace } from '@/components/rules/rule-trace';
import { RuleWarnings } from '@/components/rules/rule-warnings';
import { WindowTimeline } from '@/components/rules/window-timeline';
import { WorkerAllowanceTable } from '@/components/rules/worker-allowance-table';
import { formatDay, formatDecimal, formatEuro } from '@/components/rules/format';
import { Tag } from '@/components/ui/tag';

/**
 * The estimate: when the Fund does not apply, why and where to go instead (a result, not a
 * validation error); otherwise the figures — 75 % test, class, weeks, windows, each worker's
 * allowance, the employer's 4 % — each with its "perché?", then the readings to confirm and
 * every step of the calculation.
 */
export function QuickResult({ result, timeline, labels, headingRef }: { result: SimulationResult; timeline: TimelineWindow[]; labels: string[]; headingRef: Ref<HTMLHeadingElement> }) {
  const t = useTranslations('simulator.result');
  const locale = useLocale() as Locale;
  const money = (v: string) => formatEuro(v, locale);
  const num = (v: string) => formatDecimal(v, locale);
  const notFund = result.instrument !== 'FSTN';

  return (
    <section aria-labelledby="risultato" className="mt-12 border-t-4 border-primary pt-8">
      <h2 id="risultato" ref={headingRef} tabIndex={-1} className="mb-4 text-3xl">
        {t('heading')}
      </h2>

      {notFund ? (
        <div className="mb-8 max-w-3xl">
          <p className="mb-4 text-2xl font-bold">{t('notFund')}</p>
          <p className="mb-4">{result.routing.reason}</p>
          <h3 className="mb-2 text-xl">{t('whereToGo')}</h3>
          <p className="mb-4">{result.routing.whereToGo}</p>
          <RuleTrace steps={result.trace} rules={['A-2', 'A-6']} />
        </div>
      ) : (
        <>
          <p className="mb-4 text-2xl font-bold">
            <Tag tone={result.eligible ? 'green' : 'red'} className="mr-3 align-middle">
              {result.eligible ? '✓' : '✗'}
            </Tag>
            {result.eligible ? t('eligible') : t('notEligible')}
          </p>
          {result.reasons.length ? (
            <div className="mb-6 max-w-3xl">
              <h3 className="mb-2 text-xl">{t('reasons')}</h3>
              <ul className="list-disc space-y-1 pl-6">
                {result.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          ) : null}

          <dl className="mb-8 max-w-3xl space-y-4">
            {result.regime ? (
              <div>
                <dt className="font-semibold">{t('regime', { regime: result.regime.label })}</dt>
                <dd>
                  <RuleTrace steps={result.trace} rules={['§0.2']} />
                </dd>
              </div>
            ) : null}
            {result.workforceTest ? (
              <div>
                <dt className="font-semibold">
                  {t('workforce', { month: result.workforceTest.referenceMonth, trento: result.workforceTest.trentoHeads, total: result.workforceTest.totalHeads, share: num(result.workforceTest.sharePercent) })}
                </dt>
                <dd>
                  <RuleTrace steps={result.trace} rules={['A-6', 'A-2']} />
                </dd>
              </div>
            ) : null}
            {result.sizeClass ? (
              <div>
                <dt className="font-semibold">{t('sizeClass', { class: result.sizeClass.class, average: num(result.sizeClass.average) })}</dt>
                <dd>
                  <RuleTrace steps={result.trace} rules={['B-1']} />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="font-semibold">{t('weeks', { requested: num(result.weeksRequested), granted: num(result.weeksGranted) })}</dt>
              <dd>
                {result.perRequestMax ? <p>{result.perRequestMax.limit ? t('perRequestMax', { limit: result.perRequestMax.limit }) : t('noPerRequestMax')}</p> : null}
                {result.grantedPeriod ? <p>{t('grantedPeriod', { start: formatDay(result.grantedPeriod.start), end: formatDay(result.grantedPeriod.end) })}</p> : null}
                <RuleTrace steps={result.trace} rules={['D-1', 'D-2', 'D-3', 'D-7', 'D-6', 'D-4']} />
              </dd>
            </div>
            {result.deadlines.filingWindow ? (
              <div>
                <dt className="font-semibold">{t('filing', { earliest: formatDay(result.deadlines.filingWindow.earliest), latest: formatDay(result.deadlines.filingWindow.latest) })}</dt>
                <dd>
                  <RuleTrace steps={result.trace} rules={['G-2', 'G-4']} />
                </dd>
              </div>
            ) : null}
            {result.deadlines.unionProcedure ? (
              <div>
                <dt className="font-semibold">{t('union')}</dt>
                <dd>
                  <p>{result.deadlines.unionProcedure.detail}</p>
                  <RuleTrace steps={result.trace} rules={['G-1']} />
                </dd>
              </div>
            ) : null}
          </dl>

          {result.workers.length ? (
            <>
              <WorkerAllowanceTable
                result={result}
                labels={{
                  hours: t('col.hours'),
                  gross: t('col.gross'),
                  yes: '✓',
                }}
                workerName={(_, i) => (labels[i] ? t('workerNamed', { number: i + 1, label: labels[i] }) : t('workerName', { number: i + 1 }))}
                rowRules={['F-1', 'C-2']}
              />
              {result.employerCosts.additionalContribution ? (
                <div className="mb-8 max-w-3xl">
                  <p className="font-semibold">{t('additional', { amount: money(result.employerCosts.additionalContribution.amount), base: money(result.employerCosts.additionalContribution.base) })}</p>
                  <RuleTrace steps={result.trace} rules={['E-3']} />
                </div>
              ) : null}
            </>
          ) : null}

          {timeline.length ? <WindowTimeline windows={timeline} /> : null}
        </>
      )}

      <RuleWarnings warnings={result.warnings} />
      <RuleTrace steps={result.trace} problemsFirst summary={t('allSteps')} />
      <p className="mt-8 max-w-3xl text-muted">{t('estimate', { version: result.rulesVersion })}</p>
      <p className="mt-4">
        <Link href="/accedi">{t('signIn')}</Link>
      </p>
    </section>
  );
}
