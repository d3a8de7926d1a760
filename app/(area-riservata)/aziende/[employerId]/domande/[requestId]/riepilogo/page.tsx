import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/layout/back-link';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { DraftFigures } from '@/components/requests/wizard/draft-figures';
import { FileRequestForm } from '@/components/requests/wizard/file-request-form';
import { ProblemList } from '@/components/requests/wizard/draft-task-list';
import { formatDay, formatDecimal } from '@/components/rules/format';
import { SummaryList, type SummaryRow } from '@/components/ui/summary-list';
import type { Locale } from '@/lib/i18n/config';
import { RETURN_TO_SUMMARY, requestPath, stepPath, type WizardStep } from '@/lib/requests/wizard';
import { fileRequestFormAction } from '@/lib/server/actions/request-wizard';
import { listWorkers } from '@/lib/server/data/workers';
import { loadWizard, type WizardParams } from '../_wizard/load';
import { workerNamesOf } from '../_wizard/workers';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.summary');
  return { title: t('title') };
}

/**
 * Step 4, the riepilogo (GOV.UK check answers): every answer with a "Modifica" link that comes back
 * here, every figure with its "Perché?", and "Invia domanda" when the draft is complete and eligible.
 */
export default async function SummaryPage({ params }: { params: WizardParams }) {
  const { employerId, requestId } = await params;
  const { evaluation, company, timeline } = await loadWizard(employerId, requestId, 'riepilogo');
  const [t, tl, tTask, locale] = await Promise.all([getTranslations('wizard.summary'), getTranslations('labels'), getTranslations('wizard.taskList'), getLocale() as Promise<Locale>]);
  const { causePeriod: cp, workers, procedure: proc } = evaluation.draft;
  const allWorkers = cp ? await listWorkers(employerId, { productionUnitId: cp.productionUnitId }) : [];
  const names = workerNamesOf(allWorkers);
  const change = (step: WizardStep, hidden: string) => ({ href: `${stepPath(employerId, requestId, step)}?ritorno=${RETURN_TO_SUMMARY}`, label: t('change'), hidden });
  const yesNo = (v: boolean) => (v ? tl('yes') : tl('no'));
  const date = (v: string | null) => (v ? formatDay(v) : t('notGiven'));

  const causeRows: SummaryRow[] = cp
    ? [
        { key: t('rows.unit'), value: company.units.find((u) => u.id === cp.productionUnitId)?.name ?? cp.productionUnitId, action: change('causale', t('rows.unit')) },
        { key: t('rows.cause'), value: tl(`cause.${cp.cause}`), action: change('causale', t('rows.cause')) },
        ...(cp.cause === 'CRISIS' ? [{ key: t('rows.crisisDueToCessation'), value: yesNo(cp.crisisDueToCessation), action: change('causale', t('rows.crisisDueToCessation')) }] : []),
        { key: t('rows.causeDescription'), value: cp.causeDescription, action: change('causale', t('rows.causeDescription')) },
        { key: t('rows.reductionType'), value: tl(`reductionType.${cp.reductionType}`), action: change('causale', t('rows.reductionType')) },
        { key: t('rows.period'), value: t('periodValue', { start: formatDay(cp.periodStart), end: formatDay(cp.periodEnd) }), action: change('causale', t('rows.period')) },
        { key: t('rows.weekDays'), value: String(cp.weekDays), action: change('causale', t('rows.weekDays')) },
        { key: t('rows.paymentMode'), value: tl(`paymentMode.${cp.paymentMode}`), action: change('causale', t('rows.paymentMode')) },
        ...(cp.paymentMode === 'DIRECT' ? [{ key: t('rows.directPaymentGrounds'), value: cp.directPaymentGrounds.map((g) => tl(`directPaymentGround.${g}`)).join('; '), action: change('causale', t('rows.directPaymentGrounds')) }] : []),
      ]
    : [];
  const workerRows: SummaryRow[] = workers
    ? [
        {
          key: t('rows.workers'),
          value: (
            <ul>
              {workers.lines.map((l) => (
                <li key={l.workerId}>{t('workerLine', { name: names[l.workerId] ?? l.workerId, hours: formatDecimal(l.hoursLost, locale) })}</li>
              ))}
            </ul>
          ),
          action: change('lavoratori', t('rows.workers')),
        },
      ]
    : [];
  const procedureRows: SummaryRow[] = proc
    ? [
        { key: t('rows.unionCommunicationDate'), value: date(proc.unionCommunicationDate), action: change('procedura', t('rows.unionCommunicationDate')) },
        { key: t('rows.unavoidableEvent'), value: yesNo(proc.unavoidableEvent), action: change('procedura', t('rows.unavoidableEvent')) },
        ...(proc.weeklyReductionHours ? [{ key: t('rows.weeklyReductionHours'), value: formatDecimal(proc.weeklyReductionHours, locale), action: change('procedura', t('rows.weeklyReductionHours')) }] : []),
        { key: t('rows.jointExamRequestDate'), value: date(proc.jointExamRequestDate), action: change('procedura', t('rows.jointExamRequestDate')) },
        { key: t('rows.agreementDate'), value: date(proc.agreementDate), action: change('procedura', t('rows.agreementDate')) },
        { key: t('rows.unionRecipients'), value: proc.unionRecipients ?? t('notGiven'), action: change('procedura', t('rows.unionRecipients')) },
      ]
    : [];

  const ready = evaluation.steps.summary === 'todo';
  const result = evaluation.result;
  const trim = result?.windows?.outcome === 'trim' && result.grantedPeriod ? { start: formatDay(result.grantedPeriod.start), end: formatDay(result.grantedPeriod.end) } : null;

  return (
    <>
      <BackLink href={requestPath(employerId, requestId)} />
      <PageHeading caption={company.legalName} title={t('title')} />
      {evaluation.problems.length ? (
        <div className="mb-8 max-w-3xl border-l-4 border-danger pl-4">
          <h2 className="mb-2 text-2xl">{t('problemsTitle')}</h2>
          <ProblemList problems={evaluation.problems} employerId={employerId} fixLabel={(fix) => tTask(`fixLink.${fix}`)} />
        </div>
      ) : null}
      <h2 className="mb-2 text-2xl">{t('sections.causePeriod')}</h2>
      <SummaryList rows={causeRows} />
      <h2 className="mb-2 text-2xl">{t('sections.workers')}</h2>
      <SummaryList rows={workerRows} />
      <h2 className="mb-2 text-2xl">{t('sections.procedure')}</h2>
      <SummaryList rows={procedureRows} />
      <DraftFigures result={result} timeline={timeline} sections={['scope', 'size', 'weeks', 'deadlines', 'union', 'workers', 'timeline', 'trace']} workerNames={names} />
      <h2 className="mb-4 text-3xl">{t('sendHeading')}</h2>
      {ready ? (
        <ClientMessages namespaces={['wizard']}>
          <FileRequestForm employerId={employerId} requestId={requestId} idempotencyKey={evaluation.idempotencyKey} trim={trim} action={fileRequestFormAction} />
        </ClientMessages>
      ) : (
        <p className="mb-8 max-w-3xl">{t('notReady')}</p>
      )}
    </>
  );
}
