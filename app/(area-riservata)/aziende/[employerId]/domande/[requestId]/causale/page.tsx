import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/layout/back-link';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { CausePeriodForm } from '@/components/requests/wizard/cause-period-form';
import { DraftFigures } from '@/components/requests/wizard/draft-figures';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { RETURN_TO_SUMMARY, requestPath, stepPath } from '@/lib/requests/wizard';
import { REQUEST_CAUSES } from '@/lib/schemas/request-cause-period';
import { saveCausePeriodFormAction } from '@/lib/server/actions/request-wizard';
import { loadWizard, type WizardParams } from '../_wizard/load';
import { TrimForm } from '../_wizard/trim-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.causePeriod');
  return { title: t('title') };
}

type Search = Promise<{ ritorno?: string; accorciata?: string }>;

/** Step 1, "Causale e periodo", with the rules' live figures for the saved answers below it. */
export default async function CausePeriodPage({ params, searchParams }: { params: WizardParams; searchParams: Search }) {
  const { employerId, requestId } = await params;
  const { ritorno, accorciata } = await searchParams;
  const { evaluation, company, timeline } = await loadWizard(employerId, requestId, 'causale');
  const t = await getTranslations('wizard');
  const returnTo = ritorno === RETURN_TO_SUMMARY ? RETURN_TO_SUMMARY : undefined;
  const saved = evaluation.draft.causePeriod;
  return (
    <>
      <BackLink href={returnTo ? stepPath(employerId, requestId, 'riepilogo') : requestPath(employerId, requestId)}>{returnTo ? t('nav.backToSummary') : t('nav.backToTaskList')}</BackLink>
      {accorciata ? (
        <NotificationBanner type="success" title={t('causePeriod.trimmed')}>
          <p>{t('causePeriod.trimmedBody')}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={company.legalName} title={t('causePeriod.title')} />
      {company.units.length === 0 ? (
        <p className="mb-8">{t('causePeriod.noUnits')}</p>
      ) : (
        <ClientMessages namespaces={['wizard', 'labels']}>
          <CausePeriodForm
            key={evaluation.idempotencyKey}
            employerId={employerId}
            requestId={requestId}
            units={company.units}
            saved={saved}
            returnTo={returnTo}
            taskListHref={requestPath(employerId, requestId)}
            causes={REQUEST_CAUSES}
            action={saveCausePeriodFormAction}
          />
        </ClientMessages>
      )}
      <DraftFigures
        result={evaluation.result}
        timeline={timeline}
        sections={['scope', 'size', 'weeks', 'deadlines', 'timeline']}
        trimForm={saved && evaluation.result?.grantedPeriod ? <TrimForm employerId={employerId} requestId={requestId} saved={saved} end={evaluation.result.grantedPeriod.end} /> : null}
      />
    </>
  );
}
