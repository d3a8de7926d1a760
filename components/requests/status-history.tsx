import { getLocale, getTranslations } from 'next-intl/server';
import { Table, Td, Th } from '@/components/ui/table';
import type { RequestStatus } from '@/components/ui/tag';
import { formatInstant } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';

export type StatusChange = { from: string | null; to: string; at: string; by: string; note: string | null };

/**
 * A request's status changes, oldest first: when (Rome time), from and to which status, who made
 * the change and the note they left. Shared by the review page and the employer's request page
 * (texts: `review.request.history`, `common.requestStatus`).
 */
export async function StatusHistory({ history }: { history: ReadonlyArray<StatusChange> }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations('review.request.history'), getTranslations('common.requestStatus'), getLocale() as Promise<Locale>]);
  return (
    <Table caption={t('caption')} captionHidden>
      <thead>
        <tr>
          <Th>{t('at')}</Th>
          <Th>{t('from')}</Th>
          <Th>{t('to')}</Th>
          <Th>{t('by')}</Th>
          <Th>{t('note')}</Th>
        </tr>
      </thead>
      <tbody>
        {history.map((h, i) => (
          <tr key={`${h.at}-${i}`}>
            <Td className="whitespace-nowrap">
              <time dateTime={h.at}>{formatInstant(h.at, locale)}</time>
            </Td>
            {/* The first row has no previous status (the draft was created, or the request filed at once). */}
            <Td>{h.from ? tStatus(h.from as RequestStatus) : '—'}</Td>
            <Td>{tStatus(h.to as RequestStatus)}</Td>
            <Td>{h.by}</Td>
            <Td>{h.note ?? ''}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
