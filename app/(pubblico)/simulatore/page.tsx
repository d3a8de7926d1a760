import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { todayInRome } from '@/lib/server/clock';
import { QuickSimulationForm } from './_components/quick-simulation-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('simulator');
  return { title: t('title') };
}

/**
 * The public simulator (issue 3 §7): no sign-in, nothing stored. The form posts to a server action
 * that runs lib/rules (the same runSimulation() as the API and the CLI); without JavaScript the
 * page comes back with the errors or the estimate.
 */
export default async function SimulatorPage() {
  const t = await getTranslations('simulator');
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <p className="mb-8 max-w-3xl">{t('noStorage')}</p>
      <ClientMessages namespaces={['simulator', 'rules', 'labels']}>
        <QuickSimulationForm today={todayInRome()} />
      </ClientMessages>
      <ul className="mt-12 max-w-3xl list-disc space-y-2 pl-6">
        <li>
          <Link href="/simulatore/lr-5-2009">{t('lr5Link')}</Link>
        </li>
        <li>
          <a href="/api/v1/openapi.json">{t('apiLink')}</a>
        </li>
      </ul>
    </>
  );
}
