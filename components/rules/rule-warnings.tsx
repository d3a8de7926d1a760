import { useTranslations } from 'next-intl';
import type { RuleWarning } from '@/lib/rules';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Citation } from './citation';

/**
 * The readings a result depends on that the sources do not settle — inferred [I] or unconfirmed
 * [U] rules of the digest (§J defaults, Committee-dependent values) — shown as a warning next to
 * the figures, each with its source. Nothing when there are none. Texts: namespace `rules`.
 */
export function RuleWarnings({ warnings, heading }: { warnings: ReadonlyArray<RuleWarning>; heading?: string }) {
  const t = useTranslations('rules.warnings');
  if (warnings.length === 0) return null;
  return (
    <NotificationBanner title={t('title')} heading={heading ?? t('heading', { count: warnings.length })}>
      <p className="mb-4 text-base">{t('intro')}</p>
      <ul className="list-disc space-y-2 pl-6 text-base">
        {warnings.map((w) => (
          <li key={w.code}>
            <span>{w.message}</span>{' '}
            <span className="text-muted">
              — <Citation citation={w.citation} />
              {w.digest ? <span className="text-sm"> · {t('reference', { ref: w.digest })}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
