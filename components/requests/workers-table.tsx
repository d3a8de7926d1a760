import { getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal, formatEuro } from '@/components/rules/format';
import { Table, Td, Th } from '@/components/ui/table';
import type { Locale } from '@/lib/i18n/config';

export type RequestWorkerRow = {
  key: string;
  name: string;
  codiceFiscale: string | null;
  /** Shown when the table has the category column (`withCategory`). */
  category?: string | null;
  hoursLost: string;
  eligible: boolean;
  reasons: string[];
  gross: string | null;
  net: string | null;
  hoursGranted: string | null;
  grossGranted: string | null;
};

/**
 * The workers of a filed request with the figures computed at filing (hours, eligibility with
 * its reasons, gross and net) and, once decided, the hours and gross the Committee granted.
 * Shared by the review page and the employer's request page (texts: `review.request.workers`, `labels`).
 */
export async function RequestWorkersTable({ workers, decided, withCategory = false, caption }: { workers: ReadonlyArray<RequestWorkerRow>; decided: boolean; withCategory?: boolean; caption?: string }) {
  const [t, tLabels, locale] = await Promise.all([getTranslations('review.request.workers'), getTranslations('labels'), getLocale() as Promise<Locale>]);
  const euro = (value: string | null) => (value ? formatEuro(value, locale) : '—');
  return (
    <Table caption={caption ?? t('caption')} captionHidden={!caption}>
      <thead>
        <tr>
          <Th>{t('name')}</Th>
          <Th>{t('taxCode')}</Th>
          {withCategory ? <Th>{t('category')}</Th> : null}
          <Th numeric>{t('hours')}</Th>
          <Th>{t('eligible')}</Th>
          <Th numeric>{t('gross')}</Th>
          <Th numeric>{t('net')}</Th>
          {decided ? <Th numeric>{t('hoursGranted')}</Th> : null}
          {decided ? <Th numeric>{t('grossGranted')}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {workers.map((w) => (
          <tr key={w.key}>
            <Th scope="row" className="border-b border-subtle font-normal">
              {w.name}
            </Th>
            <Td className="font-mono text-sm">{w.codiceFiscale || '—'}</Td>
            {withCategory ? <Td>{w.category ? tLabels(`category.${w.category as 'OPERAIO'}`) : '—'}</Td> : null}
            <Td numeric>{formatDecimal(w.hoursLost, locale)}</Td>
            <Td>
              {w.eligible ? t('yes') : t('no')}
              {w.reasons.length ? <span className="block text-sm text-muted">{w.reasons.join('; ')}</span> : null}
            </Td>
            <Td numeric>{euro(w.gross)}</Td>
            <Td numeric>{euro(w.net)}</Td>
            {decided ? <Td numeric>{w.hoursGranted !== null ? formatDecimal(w.hoursGranted, locale) : '—'}</Td> : null}
            {decided ? <Td numeric>{euro(w.grossGranted)}</Td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
