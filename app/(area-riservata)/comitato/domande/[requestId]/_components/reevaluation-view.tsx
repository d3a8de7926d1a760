import { useLocale, useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDecimal, formatEuro } from '@/components/rules/format';
import { useWindowName } from '@/components/rules/window-name';
import type { Locale } from '@/lib/i18n/config';
import type { Reevaluation } from '@/lib/server/data/review-request';

const MONEY = new Set(['gross', 'net', 'additionalContribution']);

/** Every difference between the filing's result and today's evaluation, or "no difference". */
export function ReevaluationView({ reevaluation, names }: { reevaluation: Reevaluation; names: Record<string, string> }) {
  const t = useTranslations('review.request.reevaluation');
  const tOutcome = useTranslations('review.request.trace.outcome');
  const tWindows = useTranslations('review.request.windows');
  const locale = useLocale() as Locale;
  const windowName = useWindowName();
  const { diff } = reevaluation;
  const show = (field: string, value: string) => (MONEY.has(field) && value !== '—' ? formatEuro(value, locale) : value === 'true' ? '✓' : value === 'false' ? '✗' : value);
  return (
    <>
      <p className="mb-4 max-w-3xl">{reevaluation.label === 'rules' ? t('lead', { version: reevaluation.rulesVersion }) : t('dataLead', { version: reevaluation.rulesVersion })}</p>
      {reevaluation.error ? <p className="mb-4 font-semibold text-danger">{t('failed', { error: reevaluation.error })}</p> : null}
      {diff?.same ? <p className="mb-4 text-lg font-semibold">{t('same')}</p> : null}
      {diff && diff.fields.length ? (
        <Table caption={t('fields')}>
          <thead>
            <tr>
              <Th>{t('field')}</Th>
              <Th>{t('before')}</Th>
              <Th>{t('after')}</Th>
            </tr>
          </thead>
          <tbody>
            {diff.fields.map((f) => (
              <tr key={f.field}>
                <Td className="font-semibold">{t(`labels.${f.field as 'gross'}`)}</Td>
                <Td>{show(f.field, f.before)}</Td>
                <Td>{show(f.field, f.after)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {diff && diff.workers.length ? (
        <Table caption={t('workers')}>
          <thead>
            <tr>
              <Th>{t('worker')}</Th>
              <Th>{t('before')}</Th>
              <Th>{t('after')}</Th>
            </tr>
          </thead>
          <tbody>
            {diff.workers.map((w) => (
              <tr key={w.id}>
                <Td>{names[w.id] ?? w.id}</Td>
                <Td>
                  {w.eligible.before ? '✓' : '✗'} {w.gross.before ? formatEuro(w.gross.before, locale) : '—'}
                </Td>
                <Td>
                  {w.eligible.after ? '✓' : '✗'} {w.gross.after ? formatEuro(w.gross.after, locale) : '—'}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {diff && diff.windows.length ? (
        <Table caption={t('windows')}>
          <thead>
            <tr>
              <Th>{tWindows('window')}</Th>
              <Th>{t('before')}</Th>
              <Th>{t('after')}</Th>
            </tr>
          </thead>
          <tbody>
            {diff.windows.map((w) => {
              const figures = (f: typeof w.before) =>
                f ? `${tWindows('used')} ${formatDecimal(f.used, locale)} · ${tWindows('reserved')} ${formatDecimal(f.reserved, locale)} · ${tWindows('remaining')} ${formatDecimal(f.remaining, locale)} ${tWindows(`unit.${w.unit}`)}` : '—';
              return (
                <tr key={w.key}>
                  <Td className="font-semibold">{windowName(w.label)}</Td>
                  <Td>{figures(w.before)}</Td>
                  <Td>{figures(w.after)}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : null}
      {diff && diff.trace.length ? (
        <Table caption={t('trace')}>
          <thead>
            <tr>
              <Th>{t('field')}</Th>
              <Th>{t('before')}</Th>
              <Th>{t('after')}</Th>
            </tr>
          </thead>
          <tbody>
            {diff.trace.map((c) => (
              <tr key={c.key}>
                <Td className="whitespace-nowrap font-semibold">
                  {c.rule}
                  <span className="block text-sm font-normal text-muted">{t(`kind.${c.kind}`)}</span>
                </Td>
                <Td>{c.before ? `${tOutcome(c.before.outcome)}: ${c.before.detail}` : '—'}</Td>
                <Td>{c.after ? `${tOutcome(c.after.outcome)}: ${c.after.detail}` : '—'}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </>
  );
}
