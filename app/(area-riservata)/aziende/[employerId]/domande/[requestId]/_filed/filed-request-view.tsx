import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { DecisionList } from '@/components/requests/decision-list';
import { LedgerTable } from '@/components/requests/ledger-table';
import { MessageThread, type UploadOutcome } from '@/components/requests/message-thread';
import { StatusHistory } from '@/components/requests/status-history';
import { RequestWorkersTable } from '@/components/requests/workers-table';
import { formatDecimal, formatEuro } from '@/components/rules/format';
import { WindowTimeline } from '@/components/rules/window-timeline';
import { LinkButton } from '@/components/ui/link-button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { RequestStatusTag } from '@/components/ui/tag';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { DECIDED_STATUSES } from '@/lib/review/queue';
import { postRequestMessageAction } from '@/lib/server/actions/messages';
import { listRequestMessages } from '@/lib/server/data/messages';
import { requestDetailWindows, type RequestDetailDto } from '@/lib/server/data/request-detail';
import { companyPaths } from '@/lib/company-paths';

const SECTIONS = ['summary', 'decision', 'workers', 'windows', 'messages', 'history', 'documents'] as const;
const anchor = (s: (typeof SECTIONS)[number]) => (s === 'messages' ? 'messaggi' : s);

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="mb-2 sm:mb-0">{children}</dd>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-4 text-3xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A filed request as the employer (or its consultant) follows it: protocol and status, what was
 * filed (from the snapshot), the Committee's decisions with their reasons and citations, the
 * unit's rolling windows as they are now (so freed weeks show), the message thread, the history,
 * the receipt and union letter, and "Ritira la domanda" while it waits for a decision.
 * Staff reading it (`readOnly`) see the same without posting or withdrawing.
 */
export async function FiledRequestView({ request, readOnly, withdrawn, uploadOutcome }: { request: RequestDetailDto; readOnly: boolean; withdrawn: boolean; uploadOutcome: UploadOutcome | null }) {
  const [windows, thread, t, tList, tLabels, locale] = await Promise.all([
    requestDetailWindows(request),
    listRequestMessages(request.id),
    getTranslations('employerRequests.page'),
    getTranslations('employerRequests.list'),
    getTranslations('labels'),
    getLocale() as Promise<Locale>,
  ]);
  const base = companyPaths.request(request.employerId, request.id);
  const protocol = request.protocolNumber ?? request.id;
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso.slice(0, 10), locale) : '—');
  const euro = (value: string | null) => (value ? formatEuro(value, locale) : '—');
  const status = request.status as Exclude<RequestDetailDto['status'], 'DRAFT' | 'DISCARDED'>;
  const decided = (DECIDED_STATUSES as readonly string[]).includes(status);
  const freed = Number(request.weeksFreed) > 0;

  return (
    <>
      <Breadcrumb items={[{ label: request.employer.legalName, href: companyPaths.home(request.employerId) }, { label: tList('title'), href: companyPaths.requests(request.employerId) }, { label: protocol }]} />
      {withdrawn ? (
        <NotificationBanner type="success" title={t('withdrawn.title')} heading={t('withdrawn.heading')}>
          <p>{t('withdrawn.body')}</p>
        </NotificationBanner>
      ) : null}
      {status === 'INFO_REQUESTED' && !readOnly ? (
        <NotificationBanner title={t('infoRequested')}>
          <p>
            {t('status.INFO_REQUESTED')} <a href="#messaggi">{t('answer')}</a>
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={request.employer.legalName} title={t('title', { protocol })} />
      <div className="-mt-4 mb-8 max-w-3xl">
        <p className="mb-2">
          <RequestStatusTag status={status} />
        </p>
        <p className="text-lg">{t(`status.${status}`)}</p>
      </div>

      <nav aria-label={t('nav')} className="mb-10">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${anchor(s)}`}>{t(`sections.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="summary" title={t('sections.summary')}>
        <dl className="grid max-w-4xl grid-cols-1 gap-x-8 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <Row term={t('summary.protocol')}>{request.protocolNumber ?? '—'}</Row>
          <Row term={t('summary.status')}>
            <RequestStatusTag status={status} />
          </Row>
          <Row term={t('summary.filedAt')}>{date(request.filedAt)}</Row>
          <Row term={t('summary.unit')}>{request.unit ? `${request.unit.name}, ${request.unit.comuneName} (${request.unit.provinceCode})` : '—'}</Row>
          <Row term={t('summary.cause')}>{request.cause ? tLabels(`cause.${request.cause}`) : '—'}</Row>
          <Row term={t('summary.reductionType')}>{request.reductionType ? tLabels(`reductionType.${request.reductionType}`) : '—'}</Row>
          {request.causeDescription ? (
            <Row term={t('summary.description')}>
              <span className="whitespace-pre-line">{request.causeDescription}</span>
            </Row>
          ) : null}
          <Row term={t('summary.period')}>
            {date(request.periodStart)} – {date(request.periodEnd)}
          </Row>
          {request.grantedPeriod ? (
            <Row term={t('summary.grantable')}>
              {date(request.grantedPeriod.start)} – {date(request.grantedPeriod.end)}
            </Row>
          ) : null}
          <Row term={t('summary.weeksRequested')}>{request.weeksRequested ? formatDecimal(request.weeksRequested, locale) : '—'}</Row>
          {request.weeksGranted !== null && decided ? <Row term={t('summary.weeksGranted')}>{formatDecimal(request.weeksGranted, locale)}</Row> : null}
          <Row term={t('summary.sizeClass')}>{request.result?.sizeClass ? tLabels(`sizeClass.${request.result.sizeClass.class}`) : (request.sizeClass ?? '—')}</Row>
          <Row term={t('summary.gross')}>{euro(request.totalGross)}</Row>
          <Row term={t('summary.payment')}>{tLabels(`paymentMode.${request.paymentMode}`)}</Row>
          <Row term={t('summary.rulesVersion')}>{request.rulesVersion ?? '—'}</Row>
        </dl>
      </Section>

      <Section id="decision" title={t('sections.decision')}>
        {request.decisions.length === 0 ? <p>{status === 'WITHDRAWN' ? t('decision.withdrawn') : t('decision.none')}</p> : <DecisionList decisions={request.decisions} />}
      </Section>

      <Section id="workers" title={t('sections.workers')}>
        <RequestWorkersTable
          decided={decided}
          caption={t('workersCaption')}
          workers={request.workers.map((w) => ({ key: w.id || w.codiceFiscale, name: `${w.lastName} ${w.firstName}`.trim(), codiceFiscale: w.codiceFiscale, hoursLost: w.hoursLost, eligible: w.eligible, reasons: w.reasons, gross: w.gross, net: w.net, hoursGranted: w.hoursGranted, grossGranted: w.grossGranted }))}
        />
      </Section>

      <Section id="windows" title={t('sections.windows')}>
        <p className="mb-6 max-w-3xl">{t('windows.lead')}</p>
        {windows.length ? <WindowTimeline windows={windows} heading={t('windows.heading', { unit: request.unit?.name ?? '' })} /> : <p className="mb-6">{t('windows.none')}</p>}
        {freed ? (
          <p className="mb-4 text-lg font-semibold">{t('windows.freed', { weeks: formatDecimal(request.weeksFreed, locale), count: Number(request.weeksFreed) })}</p>
        ) : null}
        {request.ledger.length ? <LedgerTable entries={request.ledger} caption={t('windows.ledgerCaption')} /> : null}
      </Section>

      <Section id="messaggi" title={t('sections.messages')}>
        <ClientMessages namespaces={['review']}>
          <MessageThread thread={readOnly ? { ...thread, canPost: false } : thread} action={postRequestMessageAction} viewer="employer" returnTo={base} uploadOutcome={uploadOutcome} />
        </ClientMessages>
      </Section>

      <Section id="history" title={t('sections.history')}>
        <StatusHistory history={request.history} />
      </Section>

      <Section id="documents" title={t('sections.documents')}>
        <ul className="space-y-2">
          <li>
            <a href={`${base}/ricevuta`} download>
              {t('documents.receipt')}
            </a>
          </li>
          {request.procedure ? (
            <li>
              <a href={`${base}/lettera-sindacati`} download>
                {t('documents.unionLetter')}
              </a>
            </li>
          ) : null}
        </ul>
      </Section>

      {request.canWithdraw && !readOnly ? (
        <section aria-labelledby="ritiro" className="mb-12 max-w-3xl">
          <h2 id="ritiro" className="mb-4 text-3xl">
            {t('withdraw.link')}
          </h2>
          <p className="mb-4">{t('withdraw.lead')}</p>
          <LinkButton href={`${base}/ritira`} variant="warning">
            {t('withdraw.link')}
          </LinkButton>
        </section>
      ) : null}
    </>
  );
}
