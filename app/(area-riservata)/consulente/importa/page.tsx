import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listImportClients } from '@/lib/server/data/bulk-import';
import { ImportForm } from './_components/import-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('consultant.import');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Bulk import of a client's workers or monthly headcounts from CSV: upload, then preview. */
export default async function ImportPage({ searchParams }: { searchParams: SearchParams }) {
  await pageRole('/consulente/importa', 'CONSULTANT');
  const params = await searchParams;
  const [clients, t, tRadar] = await Promise.all([listImportClients(), getTranslations('consultant.import'), getTranslations('consultant.radar')]);
  const esito = one(params.esito);
  const imported = esito === 'importato' ? clients.find((c) => c.employerId === one(params.azienda)) : undefined;
  const count = Number(one(params.righe) ?? 0) || 0;
  const preselected = one(params.cliente);
  return (
    <>
      <Breadcrumb items={[{ label: tRadar('title'), href: '/consulente' }, { label: t('title') }]} />
      <PageHeading title={t('title')} lead={t('lead')} />
      {imported ? (
        <NotificationBanner type="success" title={t('doneTitle')}>
          <p>{one(params.tipo) === 'HEADCOUNTS' ? t('doneHeadcounts', { count, company: imported.legalName }) : t('doneWorkers', { count, company: imported.legalName })}</p>
          <p className="mt-2">
            <Link href={`/aziende/${imported.employerId}`}>{t('openCompany')}</Link>
          </p>
        </NotificationBanner>
      ) : null}
      {esito === 'annullato' ? <NotificationBanner type="success" title={t('doneTitle')}>{t('discarded')}</NotificationBanner> : null}

      <section aria-labelledby="templates-title" className="mb-8 max-w-3xl">
        <h2 id="templates-title" className="mb-2 text-2xl">
          {t('templatesTitle')}
        </h2>
        <ul className="mb-2 list-disc pl-6">
          <li>
            <a href="/modelli/lavoratori-esempio.csv" download>
              {t('workersTemplate')}
            </a>
          </li>
          <li>
            <a href="/modelli/dipendenti-mensili-esempio.csv" download>
              {t('headcountsTemplate')}
            </a>
          </li>
        </ul>
        <p className="text-muted">{t('excelNote')}</p>
      </section>

      {clients.length === 0 ? (
        <p>{t('noClients')}</p>
      ) : (
        <div className="max-w-3xl">
          <ClientMessages namespaces={['consultant']}>
            <ImportForm clients={clients.map((c) => ({ value: c.employerId, label: `${c.legalName} (${c.codiceFiscale})` }))} defaultClient={clients.some((c) => c.employerId === preselected) ? preselected : undefined} />
          </ClientMessages>
        </div>
      )}
    </>
  );
}
