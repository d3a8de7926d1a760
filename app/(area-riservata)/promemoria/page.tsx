import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listMyReminders } from '@/lib/server/data/reminders';
import { LEAD_DAYS } from '@/lib/server/reminders/scan';
import { MuteAllForm, MuteReminderForm } from './_components/mute-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reminders');
  return { title: t('title') };
}

/** The user's deadline reminders: what will be or was e-mailed, and the switches to mute them. */
export default async function RemindersPage() {
  await pageRole('/promemoria', 'EMPLOYER', 'CONSULTANT');
  const [{ mutedAll, reminders }, t, locale] = await Promise.all([listMyReminders(), getTranslations('reminders'), getLocale() as Promise<Locale>]);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  return (
    <>
      <PageHeading
        title={t('title')}
        lead={t('lead', { filing: LEAD_DAYS.FILING_WINDOW_CLOSING, union: LEAD_DAYS.UNION_PROCEDURE_END, conguaglio: LEAD_DAYS.CONGUAGLIO_DEADLINE })}
      />
      <section aria-labelledby="all-title" className="mb-10">
        <h2 id="all-title" className="mb-2 text-3xl">
          {t('allTitle')}
        </h2>
        <p className="mb-4 text-lg">{mutedAll ? t('allOff') : t('allOn')}</p>
        <ClientMessages namespaces={['reminders']}>
          <MuteAllForm mutedAll={!mutedAll} label={mutedAll ? t('unmuteAll') : t('muteAll')} />
        </ClientMessages>
      </section>

      <section aria-labelledby="list-title">
        <h2 id="list-title" className="mb-4 text-3xl">
          {t('listTitle')}
        </h2>
        {reminders.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <Table caption={t('caption')} captionHidden>
            <thead>
              <tr>
                <Th>{t('columns.deadline')}</Th>
                <Th>{t('columns.company')}</Th>
                <Th>{t('columns.kind')}</Th>
                <Th>{t('columns.email')}</Th>
                <Th>{t('columns.actions')}</Th>
              </tr>
            </thead>
            <tbody>
              {reminders.map((r) => {
                const pending = r.status === 'SCHEDULED' || r.status === 'QUEUED';
                return (
                  <tr key={r.id}>
                    <Td className="whitespace-nowrap">{date(r.deadline)}</Td>
                    <Td>
                      <Link href={`/aziende/${r.employerId}`}>{r.employerName}</Link>
                    </Td>
                    <Td>
                      {t(`kinds.${r.kind}`)}
                      {r.requestId ? (
                        <div>
                          <Link href={`/aziende/${r.employerId}/domande/${r.requestId}`}>{r.protocolNumber ? t('request', { protocol: r.protocolNumber }) : t('draft')}</Link>
                        </div>
                      ) : null}
                    </Td>
                    <Td>{t(`status.${r.status}`, { date: r.status === 'SENT' && r.sentAt ? date(r.sentAt.slice(0, 10)) : date(r.sendOn) })}</Td>
                    <Td>
                      {pending || r.status === 'MUTED' ? (
                        <ClientMessages namespaces={['reminders']}>
                          <MuteReminderForm
                            reminderId={r.id}
                            muted={pending}
                            label={pending ? t('mute') : t('unmute')}
                            accessibleLabel={t(pending ? 'muteLabel' : 'unmuteLabel', { date: date(r.deadline), company: r.employerName })}
                          />
                        </ClientMessages>
                      ) : null}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
