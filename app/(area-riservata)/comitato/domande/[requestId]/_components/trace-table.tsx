import { useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import { Tag, type TagTone } from '@/components/ui/tag';
import type { RuleWarning, TraceStep } from '@/lib/rules';

const TONE: Record<TraceStep['outcome'], TagTone> = { fail: 'red', warn: 'yellow', pass: 'green', info: 'grey' };

/** The filing's rule trace as staff read it: outcome, rule, what it found, the law it applies. */
export function TraceTable({ trace, warnings }: { trace: TraceStep[]; warnings: RuleWarning[] }) {
  const t = useTranslations('review.request.trace');
  return (
    <>
      <Table caption={t('lead')} captionHidden>
        <thead>
          <tr>
            <Th>{t('outcomeLabel')}</Th>
            <Th>{t('rule')}</Th>
            <Th>{t('detail')}</Th>
            <Th>{t('citation')}</Th>
          </tr>
        </thead>
        <tbody>
          {trace.map((step, i) => (
            <tr key={`${step.rule}-${i}`}>
              <Td>
                <Tag tone={TONE[step.outcome]}>{t(`outcome.${step.outcome}`)}</Tag>
              </Td>
              <Td className="whitespace-nowrap font-semibold">{step.rule}</Td>
              <Td>{step.detail}</Td>
              <Td>
                {step.citation.url ? <a href={step.citation.url}>{step.citation.label}</a> : step.citation.label}
                {step.citation.status === 'I' || step.citation.status === 'U' ? <span className="ml-1 text-muted">[{step.citation.status}]</span> : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {warnings.length ? (
        <>
          <h3 className="mb-2 text-xl font-semibold">{t('warnings')}</h3>
          <ul className="mb-6 list-disc space-y-1 pl-6">
            {warnings.map((w) => (
              <li key={w.code}>
                {w.message} <span className="text-muted">({w.digest ? `digest ${w.digest}, ` : ''}{w.citation.label} [{w.status}])</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
