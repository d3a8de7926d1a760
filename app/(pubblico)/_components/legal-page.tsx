import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { formatCalendarDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';

/** When the footer pages' texts were last reviewed (shown on each page). */
export const LEGAL_TEXTS_UPDATED = '2026-11-25';

type Section = { heading: string; paragraphs: string[] };

/** A footer page (accessibility, privacy, legal notes): title, lead and short sections, from namespace `legal`. */
export async function LegalPage({ page }: { page: 'accessibility' | 'privacy' | 'notes' }) {
  const [t, locale] = await Promise.all([getTranslations('legal'), getLocale() as Promise<Locale>]);
  const sections = t.raw(`${page}.sections`) as Section[];
  return (
    <article className="max-w-3xl">
      <PageHeading title={t(`${page}.title`)} lead={t(`${page}.lead`)} />
      {sections.map((s) => (
        <section key={s.heading} className="mb-8">
          <h2 className="mb-3 text-3xl">{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p} className="mb-4">
              {p}
            </p>
          ))}
        </section>
      ))}
      <p className="text-muted">{t('updated', { date: formatCalendarDate(LEGAL_TEXTS_UPDATED, locale) })}</p>
    </article>
  );
}
