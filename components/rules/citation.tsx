import { useTranslations } from 'next-intl';
import type { Citation as CitationValue } from '@/lib/rules';
import { cx } from '@/components/ui/cx';

/**
 * The legal source of a rule or a figure: its short label (a link to the text when we have one)
 * and, when the digest could not confirm it, a visible note — "lettura inferita" [I] or "non
 * confermato" [U] — so nobody quotes an inference as the law. The full act is in the link's
 * accessible name. Server or client component (texts: namespace `rules`).
 */
export function Citation({ citation, className }: { citation: CitationValue; className?: string }) {
  const t = useTranslations('rules.citation');
  const doubtful = citation.status === 'I' || citation.status === 'U';
  return (
    <cite className={cx('not-italic', className)}>
      {citation.url ? (
        <a href={citation.url} rel="noopener noreferrer external" aria-label={t('linkLabel', { label: citation.label, act: citation.act })}>
          {citation.label}
        </a>
      ) : (
        <span>{citation.label}</span>
      )}
      {doubtful ? <span className="ml-1 text-base text-warning">({t(`status.${citation.status}`)})</span> : null}
    </cite>
  );
}
