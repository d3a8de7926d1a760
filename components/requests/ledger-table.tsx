import { getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal } from '@/components/rules/format';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';

export type LedgerTableEntry = { kind: string; periodStart: string; periodEnd: string; weeks: string; releasedAt: string | null };

/**
 * One request's entries in the windows ledger: the reservation made at filing, the Committee's
 * authorisation, and when each was released (withdrawal, rejection, partial grant). Shared by the
 * review page and the employer's request page (texts: `review.request.ledger`).
 */
export async function LedgerTable({ entries, caption }: { entries: ReadonlyArray<LedgerTableEntry>; caption?: string }) {
  const [t, locale] = await Promise.all([getTranslations('review.request.ledger'), getLocale() as Promise<Locale>]);
  const date = (iso: string) => formatCalendarDate(iso.slice(0, 10), locale);
  return (
    <Table caption={caption ?? t('caption')}>
      <thead>
        <tr>
          <Th>{t('type')}</Th>
          <Th>{t('period')}</Th>
          <Th numeric>{t('weeks')}</Th>
          <Th>{t('state')}</Th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={`${e.kind}-${e.periodStart}-${i}`}>
            <Td>{t(`kind.${e.kind as 'RESERVED'}`)}</Td>
            <Td>
              {date(e.periodStart)} – {date(e.periodEnd)}
            </Td>
            <Td numeric>{formatDecimal(e.weeks, locale)}</Td>
            <Td>{e.releasedAt ? t('released', { date: date(e.releasedAt) }) : t('active')}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
