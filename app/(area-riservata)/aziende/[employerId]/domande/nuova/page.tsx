import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/layout/back-link';
import { PageHeading } from '@/components/layout/page-heading';
import { Button } from '@/components/ui/button';
import { newRequestPath } from '@/lib/requests/wizard';
import { startRequestFormAction } from '@/lib/server/actions/request-wizard';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getEmployerOverview } from '@/lib/server/data/homes';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wizard.newRequest');
  return { title: t('title') };
}

/**
 * The start page of a request: what is needed, then "Inizia la domanda" — a POST that creates the
 * draft (never on GET) and redirects to its task list. A plain form: no JavaScript needed.
 */
export default async function NewRequestPage({ params }: { params: Params }) {
  const { employerId } = await params;
  await pageEmployerAccess(newRequestPath(employerId), employerId, 'write');
  const [company, t] = await Promise.all([getEmployerOverview(employerId), getTranslations('wizard.newRequest')]);
  return (
    <>
      <BackLink href={`/aziende/${employerId}`} />
      <PageHeading caption={company.legalName} title={t('title')} lead={t('lead')} />
      <h2 className="mb-4 text-2xl">{t('before')}</h2>
      <ul className="mb-8 max-w-3xl list-disc space-y-2 pl-6">
        <li>{t('needs.units')}</li>
        <li>{t('needs.workers')}</li>
        <li>{t('needs.union')}</li>
      </ul>
      <form action={startRequestFormAction as unknown as (data: FormData) => Promise<void>}>
        <input type="hidden" name="employerId" value={employerId} />
        <Button>{t('start')}</Button>
      </form>
    </>
  );
}
