import { getLocale, getTranslations } from 'next-intl/server';
import { Citation } from '@/components/rules/citation';
import { formatDecimal } from '@/components/rules/format';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { reasonCode } from '@/lib/review/reason-codes';

export type DecisionItem = {
  id: string;
  kind: string;
  decidedAt: string;
  /** Who decided: shown to the Committee; the employer sees the staff member in the history. */
  decidedBy?: string | null;
  weeksGranted: string | null;
  grantedStart: string | null;
  grantedEnd: string | null;
  reasonCodes: string[];
  note: string | null;
  resolution: { number: string; date: string; subject: string } | null;
};

/**
 * The Committee's decisions on a request, oldest first: kind, the resolution that decides it, the
 * granted period and weeks, each reason with the rule it cites, and the note to the employer.
 * Shared by the review page and the employer's request page (texts: `review`, `labels`, `rules`).
 */
export async function DecisionList({ decisions }: { decisions: ReadonlyArray<DecisionItem> }) {
  const [t, tLabels, locale] = await Promise.all([getTranslations('review.request'), getTranslations('labels'), getLocale() as Promise<Locale>]);
  const date = (iso: string) => formatCalendarDate(iso.slice(0, 10), locale);
  if (decisions.length === 0) return <p>{t('decisions.empty')}</p>;
  return (
    <ol className="space-y-4">
      {decisions.map((d) => (
        <li key={d.id} className="border-l-4 border-primary pl-4">
          <p className="font-semibold">{tLabels(`decisionKind.${d.kind as 'APPROVE'}`)}</p>
          <p>{d.resolution ? `${t('decisions.resolution', { number: d.resolution.number, date: date(d.resolution.date) })} – ${d.resolution.subject}` : t('decisions.noResolution')}</p>
          {d.decidedBy ? <p className="text-muted">{t('decisions.by', { name: d.decidedBy, date: date(d.decidedAt) })}</p> : null}
          {d.weeksGranted && d.grantedStart && d.grantedEnd ? (
            <p>{t('decisions.granted', { weeks: formatDecimal(d.weeksGranted, locale), start: date(d.grantedStart), end: date(d.grantedEnd) })}</p>
          ) : null}
          {d.reasonCodes.length ? (
            <>
              <p className="mt-1">{t('decisions.reasons')}:</p>
              <ul className="list-disc pl-5">
                {d.reasonCodes.map((code) => {
                  const r = reasonCode(code);
                  return (
                    <li key={code}>
                      {r ? (locale === 'en' ? r.label.en : r.label.it) : code}
                      {r ? (
                        <span className="text-muted">
                          {' '}
                          (<Citation citation={r.citation} />; digest {r.digest})
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          {d.note ? <p className="mt-1 whitespace-pre-line">{d.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
