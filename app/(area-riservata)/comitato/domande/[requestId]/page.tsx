import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { LinkButton } from '@/components/ui/link-button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { RequestStatusTag, Tag, type RequestStatus } from '@/components/ui/tag';
import { DecisionList } from '@/components/requests/decision-list';
import { MessageThread, UPLOAD_OUTCOMES } from '@/components/requests/message-thread';
import { LedgerTable } from '@/components/requests/ledger-table';
import { StatusHistory } from '@/components/requests/status-history';
import { RequestWorkersTable } from '@/components/requests/workers-table';
import { formatCalendarDate } from '@/lib/format';
import { formatDecimal, formatEuro } from '@/components/rules/format';
import type { Locale } from '@/lib/i18n/config';
import { DECIDED_STATUSES, isPendingStatus } from '@/lib/review/queue';
import { postRequestMessageAction } from '@/lib/server/actions/messages';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listRequestMessages } from '@/lib/server/data/messages';
import { riskDate } from '@/lib/server/data/review-queue';
import { getRequestForReview, reevaluate, reviewTimeline } from '@/lib/server/data/review-request';
import { StartReviewForm } from './_components/start-review-form';
import { RuleTrace } from '@/components/rules/rule-trace';
import { RuleWarnings } from '@/components/rules/rule-warnings';
import { WindowTimeline } from '@/components/rules/window-timeline';
import { ReevaluationView } from './_components/reevaluation-view';

type Params = Promise<{ requestId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { requestId } = await params;
  await pageRole(`/comitato/domande/${requestId}`, 'STAFF', 'ADMIN');
  const [request, t] = await Promise.all([getRequestForReview(requestId), getTranslations('review.request')]);
  return { title: t('caption', { protocol: request.protocolNumber ?? request.id }) };
}

const DONE = new Set(['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'INFO_REQUESTED', 'UNDER_REVIEW', 'DIRECT']);

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="mb-2 sm:mb-0">{children}</dd>
    </>
  );
}

/**
 * Everything staff need to decide on one request: what was filed (from the snapshot), the rule
 * trace with failed and warned rules first, a re-evaluation with today's rules, workers, windows,
 * the decision actions, messages, attachments and history.
 */
export default async function ReviewRequestPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { requestId } = await params;
  await pageRole(`/comitato/domande/${requestId}`, 'STAFF', 'ADMIN');
  const query = await searchParams;
  const outcome = query.esito;
  const upload = UPLOAD_OUTCOMES.find((o) => o === query.allegato) ?? null;
  const request = await getRequestForReview(requestId);
  const [reevaluations, timeline, thread, t, tNav, tQueue, tLabels, tStatus, locale] = await Promise.all([
    reevaluate(request),
    reviewTimeline(request),
    listRequestMessages(requestId),
    getTranslations('review.request'),
    getTranslations('review.nav'),
    getTranslations('review.queue'),
    getTranslations('labels'),
    getTranslations('common.requestStatus'),
    getLocale() as Promise<Locale>,
  ]);
  const protocol = request.protocolNumber ?? request.id;
  const result = request.snapshot?.result ?? null;
  const inputs = request.snapshot?.inputs ?? null;
  const date = (iso: string | null | undefined) => (iso ? formatCalendarDate(iso.slice(0, 10), locale) : '—');
  const euro = (value: string | null | undefined) => (value ? formatEuro(value, locale) : '—');
  const pending = isPendingStatus(request.status);
  const decided = (DECIDED_STATUSES as readonly string[]).includes(request.status);
  const atRisk = pending && request.periodEnd !== null && request.periodEnd <= riskDate();
  const canAuthoriseDirect = request.paymentMode === 'DIRECT' && !request.directPaymentAuthorised && request.status !== 'REJECTED' && request.status !== 'WITHDRAWN';
  const base = `/comitato/domande/${request.id}`;
  const done = typeof outcome === 'string' && DONE.has(outcome) ? (outcome as 'APPROVED') : null;

  return (
    <>
      <Breadcrumb items={[{ label: tNav('queue'), href: '/comitato/domande' }, { label: protocol }]} />
      {done ? <NotificationBanner type="success" title={t('done.title')} heading={t(`done.${done}`)} /> : null}
      <PageHeading caption={request.employer.legalName} title={t('caption', { protocol })} />
      <p className="-mt-4 mb-8 flex flex-wrap items-center gap-2">
        <RequestStatusTag status={request.status as RequestStatus} />
        {atRisk ? <Tag tone="red">{tQueue('atRiskTag')}</Tag> : null}
        {request.directPaymentAuthorised ? <Tag tone="green">{t('summary.directAuthorised')}</Tag> : null}
      </p>

      <nav aria-label={t('title')} className="mb-10">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {(['summary', 'decide', 'trace', 'reevaluation', 'workers', 'windows', 'messages', 'history'] as const).map((s) => (
            <li key={s}>
              <a href={`#${s === 'messages' ? 'messaggi' : s}`}>{t(`sections.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="summary" className="mb-12">
        <h2 id="summary" className="mb-4 text-3xl">
          {t('sections.summary')}
        </h2>
        {!request.snapshot ? <p className="mb-4">{t('summary.noSnapshot')}</p> : null}
        <dl className="grid max-w-4xl grid-cols-1 gap-x-8 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <Row term={t('summary.employer')}>
            <Link href={`/aziende/${request.employer.id}`}>{request.employer.legalName}</Link>
          </Row>
          <Row term={t('summary.taxCode')}>{request.employer.codiceFiscale}</Row>
          <Row term={t('summary.matricola')}>{request.employer.matricolaInps ?? '—'}</Row>
          <Row term={t('summary.sector')}>{request.employer.atecoCode ? `${request.employer.atecoCode}${request.employer.sectorDescription ? ` – ${request.employer.sectorDescription}` : ''}` : '—'}</Row>
          <Row term={t('summary.unit')}>{request.unit ? `${request.unit.name}, ${request.unit.comuneName} (${request.unit.provinceCode})` : '—'}</Row>
          <Row term={t('summary.cause')}>{request.cause ? tLabels(`cause.${request.cause as 'CRISIS'}`) : '—'}</Row>
          <Row term={t('summary.reductionType')}>{request.reductionType ? tLabels(`reductionType.${request.reductionType as 'SUSPENSION'}`) : '—'}</Row>
          <Row term={t('summary.period')}>
            {date(request.periodStart)} – {date(request.periodEnd)}
          </Row>
          <Row term={t('summary.weeksRequested')}>{request.weeksRequested ? formatDecimal(request.weeksRequested, locale) : '—'}</Row>
          {result ? (
            <>
              <Row term={t('summary.eligible')}>{result.eligible ? t('summary.eligibleYes') : t('summary.eligibleNo')}</Row>
              {result.reasons.length ? (
                <Row term={t('summary.reasons')}>
                  <ul className="list-disc pl-5">
                    {result.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </Row>
              ) : null}
              <Row term={t('summary.grantable')}>{result.grantedPeriod ? `${date(result.grantedPeriod.start)} – ${date(result.grantedPeriod.end)}` : '—'}</Row>
              <Row term={t('summary.weeksGrantable')}>{formatDecimal(result.weeksGranted, locale)}</Row>
              <Row term={t('summary.sizeClass')}>{result.sizeClass ? tLabels(`sizeClass.${result.sizeClass.class}`) : (request.sizeClass ?? '—')}</Row>
              <Row term={t('summary.gross')}>{euro(result.totals.gross)}</Row>
              <Row term={t('summary.net')}>{euro(result.totals.net)}</Row>
              <Row term={t('summary.additional')}>{euro(result.employerCosts.additionalContribution?.amount)}</Row>
            </>
          ) : null}
          {request.weeksGranted !== null && decided ? (
            <>
              <Row term={t('summary.weeksGranted')}>{formatDecimal(request.weeksGranted, locale)}</Row>
              <Row term={t('summary.grossGranted')}>{euro(request.totalGrossGranted)}</Row>
            </>
          ) : null}
          {request.conguaglioBy ? <Row term={t('summary.conguaglioBy')}>{date(request.conguaglioBy)}</Row> : null}
          <Row term={t('summary.payment')}>
            {tLabels(`paymentMode.${request.paymentMode as 'DIRECT'}`)}
            {inputs?.request.directPaymentGrounds?.length ? ` (${inputs.request.directPaymentGrounds.map((g) => tLabels(`directPaymentGround.${g}`)).join('; ')})` : ''}
          </Row>
          {inputs?.procedure.unionCommunicationDate ? <Row term={t('summary.union')}>{date(inputs.procedure.unionCommunicationDate)}</Row> : null}
          <Row term={t('summary.filedAt')}>{date(request.filedAt)}</Row>
          <Row term={t('summary.rulesVersion')}>{request.snapshot?.rulesVersion ?? request.rulesVersion ?? '—'}</Row>
        </dl>
      </section>

      <section aria-labelledby="decide" className="mb-12">
        <h2 id="decide" className="mb-4 text-3xl">
          {t('sections.decide')}
        </h2>
        {pending ? (
          <>
            <p className="mb-4 max-w-3xl">{t('actions.lead')}</p>
            {request.status === 'FILED' ? (
              <ClientMessages namespaces={['review.request.actions']}>
                <StartReviewForm requestId={request.id} version={request.version} />
              </ClientMessages>
            ) : null}
            <ul className="flex flex-wrap gap-4">
              <li>
                <LinkButton href={`${base}/approva`}>{t('actions.approve')}</LinkButton>
              </li>
              <li>
                <LinkButton href={`${base}/approva-in-parte`} variant="secondary">
                  {t('actions.approvePartial')}
                </LinkButton>
              </li>
              <li>
                <LinkButton href={`${base}/respingi`} variant="secondary">
                  {t('actions.reject')}
                </LinkButton>
              </li>
              {request.status !== 'INFO_REQUESTED' ? (
                <li>
                  <LinkButton href={`${base}/integrazioni`} variant="secondary">
                    {t('actions.requestInfo')}
                  </LinkButton>
                </li>
              ) : null}
            </ul>
          </>
        ) : (
          <p className="mb-4">{t('actions.closed', { status: tStatus(request.status as RequestStatus) })}</p>
        )}
        {canAuthoriseDirect ? (
          <p className="mt-4">
            <LinkButton href={`${base}/pagamento-diretto`} variant="secondary">
              {t('actions.directPayment')}
            </LinkButton>
          </p>
        ) : null}
        <h3 className="mt-8 mb-3 text-2xl">{t('sections.decisions')}</h3>
        <DecisionList decisions={request.decisions} />
      </section>

      <section aria-labelledby="trace" className="mb-12">
        <h2 id="trace" className="mb-2 text-3xl">
          {t('sections.trace')}
        </h2>
        <p className="mb-4 max-w-3xl">{t('trace.lead')}</p>
        {result ? (
          <>
            <RuleWarnings warnings={result.warnings} />
            <RuleTrace steps={result.trace} problemsFirst open summary={t('trace.summary', { count: result.trace.length })} />
          </>
        ) : (
          <p>{t('summary.noSnapshot')}</p>
        )}
      </section>

      <section aria-labelledby="reevaluation" className="mb-12">
        <h2 id="reevaluation" className="mb-2 text-3xl">
          {t('sections.reevaluation')}
        </h2>
        {reevaluations.length === 0 ? <p>{t('summary.noSnapshot')}</p> : null}
        {reevaluations.map((r) => (
          <div key={r.label} className="mb-8">
            <h3 className="mb-2 text-2xl">{r.label === 'rules' ? t('reevaluation.rulesTitle') : t('reevaluation.dataTitle')}</h3>
            <ReevaluationView reevaluation={r} names={Object.fromEntries(request.workers.map((w) => [w.workerId ?? w.requestWorkerId, w.name]))} />
          </div>
        ))}
      </section>

      <section aria-labelledby="workers" className="mb-12">
        <h2 id="workers" className="mb-4 text-3xl">
          {t('sections.workers')}
        </h2>
        <RequestWorkersTable
          decided={decided}
          withCategory
          workers={request.workers.map((w) => ({ key: w.requestWorkerId, name: w.name, codiceFiscale: w.codiceFiscale, category: w.category, hoursLost: w.hoursLost, eligible: w.eligible, reasons: w.reasons, gross: w.grossAmount, net: w.netAmount, hoursGranted: w.hoursGranted, grossGranted: w.grossGranted }))}
        />
      </section>

      <section aria-labelledby="windows" className="mb-12">
        <h2 id="windows" className="mb-4 text-3xl">
          {t('sections.windows')}
        </h2>
        <WindowTimeline windows={timeline} heading={t('windows.caption')} />
        <LedgerTable entries={request.ledger} />
      </section>

      <section aria-labelledby="messaggi" className="mb-12">
        <h2 id="messaggi" className="mb-4 text-3xl">
          {t('sections.messages')}
        </h2>
        <ClientMessages namespaces={['review.messages']}>
          <MessageThread thread={thread} action={postRequestMessageAction} returnTo={base} uploadOutcome={upload} />
        </ClientMessages>
      </section>

      <section aria-labelledby="history" className="mb-12">
        <h2 id="history" className="mb-4 text-3xl">
          {t('sections.history')}
        </h2>
        <StatusHistory history={request.history} />
      </section>
    </>
  );
}
