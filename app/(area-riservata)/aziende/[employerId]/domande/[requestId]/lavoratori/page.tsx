import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/layout/back-link';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { DraftFigures } from '@/components/requests/wizard/draft-figures';
import { WorkersForm } from '@/components/requests/wizard/workers-form';
import { companyPaths } from '@/lib/company-paths';
import { RETURN_TO_SUMMARY, requestPath, stepPath } from '@/lib/requests/wizard';
import { saveWorkersFormAction } from '@/lib/server/actions/request-wizard';
import { listWorkers } from '@/lib/server/data/workers';
import { loadWizard, type WizardParams } from '../_wizard/load';
import { workerNamesOf } from '../_wizard/workers';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.workers');
  return { title: t('title') };
}

/** Step 2, "Lavoratori": the unit's workers, and each one's eligibility and allowance below. */
export default async function WorkersPage({ params, searchParams }: { params: WizardParams; searchParams: Promise<{ ritorno?: string }> }) {
  const { employerId, requestId } = await params;
  const { ritorno } = await searchParams;
  const { evaluation, company, timeline } = await loadWizard(employerId, requestId, 'lavoratori');
  const cp = evaluation.draft.causePeriod;
  if (!cp) redirect(requestPath(employerId, requestId));
  const [t, tl, workers] = await Promise.all([getTranslations('wizard'), getTranslations('labels'), listWorkers(employerId, { productionUnitId: cp.productionUnitId })]);
  const unit = company.units.find((u) => u.id === cp.productionUnitId);
  const returnTo = ritorno === RETURN_TO_SUMMARY ? RETURN_TO_SUMMARY : undefined;
  const choices = workers.map((w) => ({
    id: w.id,
    name: `${w.firstName} ${w.lastName}`,
    details: t('workers.details', { category: tl(`category.${w.category}`), contract: tl(`contractType.${w.contractType}`), hours: w.weeklyHours.replace('.', ',') }),
  }));
  return (
    <>
      <BackLink href={returnTo ? stepPath(employerId, requestId, 'riepilogo') : stepPath(employerId, requestId, 'causale')} />
      <PageHeading caption={company.legalName} title={t('workers.title')} lead={t('workers.lead', { unit: unit?.name ?? '' })} />
      {choices.length === 0 ? (
        <p className="mb-8">
          {t('workers.none')} <Link href={companyPaths.workers(employerId)}>{t('taskList.fixLink.workers')}</Link>
        </p>
      ) : (
        <ClientMessages namespaces={['wizard']}>
          <WorkersForm
            key={evaluation.idempotencyKey}
            employerId={employerId}
            requestId={requestId}
            workers={choices}
            saved={evaluation.draft.workers}
            reduction={cp.reductionType === 'REDUCTION'}
            returnTo={returnTo}
            taskListHref={requestPath(employerId, requestId)}
            action={saveWorkersFormAction}
          />
        </ClientMessages>
      )}
      <DraftFigures result={evaluation.result} timeline={timeline} sections={['workers']} workerNames={workerNamesOf(workers)} />
    </>
  );
}
