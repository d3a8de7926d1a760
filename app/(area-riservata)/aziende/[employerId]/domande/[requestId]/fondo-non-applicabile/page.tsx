import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/layout/back-link';
import { PageHeading } from '@/components/layout/page-heading';
import { DraftFigures } from '@/components/requests/wizard/draft-figures';
import { RuleTrace } from '@/components/rules/rule-trace';
import { requestPath, stepPath } from '@/lib/requests/wizard';
import { loadWizard, type WizardParams } from '../_wizard/load';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.routing');
  return { title: t('title') };
}

/**
 * The routing result (style.md §14: ineligibility is a result page, never a validation error):
 * the rules found that another instrument covers this company — why, and where to go instead.
 */
export default async function RoutingPage({ params }: { params: WizardParams }) {
  const { employerId, requestId } = await params;
  const { evaluation, company, timeline } = await loadWizard(employerId, requestId, 'fondo-non-applicabile');
  const result = evaluation.result;
  if (!result || result.instrument === 'FSTN') redirect(requestPath(employerId, requestId));
  const [t, tl] = await Promise.all([getTranslations('wizard'), getTranslations('labels')]);
  return (
    <>
      <BackLink href={requestPath(employerId, requestId)}>{t('nav.backToTaskList')}</BackLink>
      <PageHeading caption={company.legalName} title={t('routing.title')} lead={t('routing.lead')} />
      <div className="mb-8 max-w-3xl">
        <h2 className="mb-2 text-2xl">{t('routing.why')}</h2>
        <p className="mb-4">{result.routing.reason}</p>
        <RuleTrace steps={result.trace} rules={['A-2', 'A-6']} />
        <h2 className="mb-2 text-2xl">{t('routing.whereToGo')}</h2>
        <p className="mb-2 font-semibold">{t('routing.instrument', { instrument: tl(`instrument.${result.instrument}`) })}</p>
        <p className="mb-6">{result.routing.whereToGo}</p>
        <p className="mb-4">{t('routing.wrongData')}</p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <Link href={`/aziende/${employerId}`}>{t('taskList.companyLink')}</Link>
          </li>
          <li>
            <Link href={stepPath(employerId, requestId, 'causale')}>{t('routing.changeAnswers')}</Link>
          </li>
        </ul>
      </div>
      <DraftFigures result={result} timeline={timeline} sections={['scope']} />
    </>
  );
}
