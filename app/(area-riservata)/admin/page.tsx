import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { Table, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listUsers } from '@/lib/server/data/homes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home.admin');
  return { title: t('title') };
}

/** Administrator's home: the service's accounts and their roles. */
export default async function AdminHomePage() {
  await pageRole('/admin', 'ADMIN');
  const [users, t, tRoles] = await Promise.all([listUsers(), getTranslations('home.admin'), getTranslations('common.roles')]);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <Table caption={t('title')} captionHidden>
        <thead>
          <tr>
            <Th>{t('columns.name')}</Th>
            <Th>{t('columns.email')}</Th>
            <Th>{t('columns.role')}</Th>
            <Th>{t('columns.status')}</Th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <Td>{u.name}</Td>
              <Td>{u.email}</Td>
              <Td>{tRoles(u.role)}</Td>
              <Td>{u.disabled ? <Tag tone="grey">{t('disabled')}</Tag> : <Tag tone="green">{t('active')}</Tag>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
