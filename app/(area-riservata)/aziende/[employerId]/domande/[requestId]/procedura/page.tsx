import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/layout/back-link';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { DraftFigures } from '@/components/requests/wizard/draft-figures';
import { ProcedureForm } from '@/components/requests/wizard/procedure-form';
import { RETURN_TO_SUMMARY, requestPath, stepPath } from '@/lib/requests/wizard';
import { saveProcedureFormAction } from '@/lib/server/actions/request-wizard';
import { loadWizard, type WizardParams } from '../_wizard/load';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.procedure');
  return { title: t('title') };
}

/** Step 3, "Procedura sindacale", with the union procedure's and the filing window's deadlines below. */
export default async function ProcedurePage({ params, searchParams }: { params: WizardParams; searchParams: Promise<{ ritorno?: string }> }) {
  const { employerId, requestId } = await params;
  const { ritorno } = await searchParams;
  const { evaluation, company, timeline } = await loadWizard(employerId, requestId, 'procedura');
  if (!evaluation.draft.causePeriod) redirect(requestPath(employerId, requestId));
  const t = await getTranslations('wizard');
  const returnTo = ritorno === RETURN_TO_SUMMARY ? RETURN_TO_SUMMARY : undefined;
  return (
    <>
      <BackLink href={returnTo ? stepPath(employerId, requestId, 'riepilogo') : stepPath(employerId, requestId, 'lavoratori')} />
      <PageHeading caption={company.legalName} title={t('procedure.title')} lead={t('procedure.lead')} />
      <ClientMessages namespaces={['wizard', 'labels']}>
        <ProcedureForm
          key={evaluation.idempotencyKey}
          employerId={employerId}
          requestId={requestId}
          saved={evaluation.draft.procedure}
          returnTo={returnTo}
          taskListHref={requestPath(employerId, requestId)}
          action={saveProcedureFormAction}
        />
      </ClientMessages>
      <DraftFigures result={evaluation.result} timeline={timeline} sections={['union', 'deadlines']} />
    </>
  );
}
