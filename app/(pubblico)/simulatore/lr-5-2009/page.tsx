import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { Lr5Form } from './lr5-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('simulator.lr5');
  return { title: t('title') };
}

/** The regional indemnity of L.R. 5/2009 (2009–2010) as its own simulator (issue 3 §3). */
export default async function Lr5SimulatorPage() {
  const t = await getTranslations('simulator');
  return (
    <>
      <p className="mb-6">
        <Link href="/simulatore">{t('lr5.back')}</Link>
      </p>
      <PageHeading title={t('lr5.title')} lead={t('lr5.lead')} />
      <p className="mb-8 max-w-3xl">{t('noStorage')}</p>
      <ClientMessages namespaces={['simulator', 'rules']}>
        <Lr5Form />
      </ClientMessages>
    </>
  );
}
