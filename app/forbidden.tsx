import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/message-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.forbidden');
  return { title: t('title') };
}

/** 403, rendered by forbidden() (lib/server/auth/page-guards.ts) for a signed-in user without rights. */
export default async function Forbidden() {
  const t = await getTranslations('common.forbidden');
  return <MessagePage title={t('title')} body={t('body')} link={{ href: '/', label: t('back') }} />;
}
