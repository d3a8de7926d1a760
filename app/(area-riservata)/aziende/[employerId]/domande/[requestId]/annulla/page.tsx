import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/layout/back-link';
import { PageHeading } from '@/components/layout/page-heading';
import { Button, ButtonGroup } from '@/components/ui/button';
import { requestPath } from '@/lib/requests/wizard';
import { discardDraftFormAction } from '@/lib/server/actions/request-wizard';
import { loadWizard, type WizardParams } from '../_wizard/load';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.discard');
  return { title: t('title') };
}

/** "Annulla la bozza" asks first (GOV.UK: a warning button on its own confirmation page); a plain form. */
export default async function DiscardDraftPage({ params }: { params: WizardParams }) {
  const { employerId, requestId } = await params;
  const { company } = await loadWizard(employerId, requestId, 'annulla');
  const t = await getTranslations('wizard.discard');
  return (
    <>
      <BackLink href={requestPath(employerId, requestId)} />
      <PageHeading caption={company.legalName} title={t('title')} lead={t('lead')} />
      <form action={discardDraftFormAction as unknown as (data: FormData) => Promise<void>}>
        <input type="hidden" name="employerId" value={employerId} />
        <input type="hidden" name="requestId" value={requestId} />
        <ButtonGroup>
          <Button variant="warning">{t('confirm')}</Button>
          <Link href={requestPath(employerId, requestId)}>{t('cancel')}</Link>
        </ButtonGroup>
      </form>
    </>
  );
}
