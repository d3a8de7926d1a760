import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDay, formatDecimal } from '@/components/rules/format';
import { Panel } from '@/components/ui/panel';
import type { Locale } from '@/lib/i18n/config';
import { requestPath, stepPath } from '@/lib/requests/wizard';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { DomainError } from '@/lib/server/errors';
import { getRequestDetail } from '@/lib/server/data/request-detail';
import type { WizardParams } from '../_wizard/load';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.sent');
  return { title: t('title') };
}

async function detail(employerId: string, requestId: string) {
  try {
    return await getRequestDetail(employerId, requestId);
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

/** "Richiesta inviata" (style.md §15): the protocol number, the PDFs, and what happens next. */
export default async function SentPage({ params }: { params: WizardParams }) {
  const { employerId, requestId } = await params;
  await pageEmployerAccess(stepPath(employerId, requestId, 'inviata'), employerId);
  const request = await detail(employerId, requestId);
  if (!request.protocolNumber) redirect(requestPath(employerId, requestId));
  const [t, locale] = await Promise.all([getTranslations('wizard.sent'), getLocale() as Promise<Locale>]);
  const filedOn = request.filedAt ? formatDay(request.filedAt.slice(0, 10)) : '';
  const trimmed = request.result?.windows?.outcome === 'trim';
  return (
    <>
      <Panel title={t('title')}>
        {t('protocol')}
        <br />
        <strong className="tabular-nums">{request.protocolNumber}</strong>
      </Panel>
      <div className="max-w-3xl">
        <p className="mb-4 text-lg">{t('lead', { date: filedOn })}</p>
        {request.grantedPeriod && request.weeksGranted ? (
          <p className="mb-4">{t('granted', { weeks: formatDecimal(request.weeksGranted, locale), start: formatDay(request.grantedPeriod.start), end: formatDay(request.grantedPeriod.end) })}</p>
        ) : null}
        {trimmed ? <p className="mb-4">{t('trimmed')}</p> : null}
        <ul className="mb-8 list-disc space-y-2 pl-6">
          <li>
            <a href={`${requestPath(employerId, requestId)}/ricevuta`} download>
              {t('receipt')}
            </a>
          </li>
          <li>
            <a href={`${requestPath(employerId, requestId)}/lettera-sindacati`} download>
              {t('letter')}
            </a>
          </li>
        </ul>
        <h2 className="mb-4 text-2xl">{t('nextSteps')}</h2>
        <ol className="mb-8 list-decimal space-y-2 pl-6">
          <li>{t('steps.letter')}</li>
          <li>{t('steps.review')}</li>
          <li>{t('steps.payment')}</li>
        </ol>
        <p className="mb-2">
          <Link href={requestPath(employerId, requestId)}>{t('requestPage')}</Link>
        </p>
        <p>
          <Link href={`/aziende/${employerId}`}>{t('companyPage')}</Link>
        </p>
      </div>
    </>
  );
}
