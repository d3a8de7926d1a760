import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LegalPage } from '../_components/legal-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('legal.notes');
  return { title: t('title') };
}

/** Footer page, public. */
export default function LegalNotesPage() {
  return <LegalPage page="notes" />;
}
