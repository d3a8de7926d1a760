import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LegalPage } from '../_components/legal-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('legal.privacy');
  return { title: t('title') };
}

/** Footer page, public. */
export default function PrivacyNoticePage() {
  return <LegalPage page="privacy" />;
}
