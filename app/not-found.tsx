import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/message-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.notFound');
  return { title: t('title') };
}

/** 404 for unknown addresses. */
export default async function NotFound() {
  const t = await getTranslations('common.notFound');
  return <MessagePage title={t('title')} body={t('body')} link={{ href: '/', label: t('back') }} />;
}
