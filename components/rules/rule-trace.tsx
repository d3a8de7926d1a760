import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { TraceOutcome, TraceStep } from '@/lib/rules';
import { Details } from '@/components/ui/details';
import { Tag, type TagTone } from '@/components/ui/tag';
import { Citation } from './citation';

const TONE: Record<TraceOutcome, TagTone> = { pass: 'green', fail: 'red', warn: 'yellow', info: 'grey' };
const RANK: Record<TraceOutcome, number> = { fail: 0, warn: 1, pass: 2, info: 3 };

export type RuleTraceProps = {
  /** The steps of `simulate()` (`result.trace`) or of one rule. */
  steps: ReadonlyArray<TraceStep>;
  /** Only the steps whose rule id starts with one of these ("A-6", "D-6", "F-1/w3"). */
  rules?: ReadonlyArray<string>;
  /** Problems first: failed, then warned, then the rest (order kept inside each group). */
  problemsFirst?: boolean;
  /** Disclosure label; default "Perché?". */
  summary?: ReactNode;
  open?: boolean;
};

/** The steps that a RuleTrace with these props shows, in its order (exported for tests and counts). */
export function selectSteps({ steps, rules, problemsFirst }: Pick<RuleTraceProps, 'steps' | 'rules' | 'problemsFirst'>): TraceStep[] {
  const chosen = rules?.length ? steps.filter((s) => rules.some((r) => s.rule === r || s.rule.startsWith(`${r}/`))) : [...steps];
  return problemsFirst ? chosen.map((s, i) => ({ s, i })).sort((a, b) => RANK[a.s.outcome] - RANK[b.s.outcome] || a.i - b.i).map(({ s }) => s) : chosen;
}

/**
 * "Perché?": the explanation of a figure or a decision — each step of the rules with its outcome,
 * its detail (the figures used) and its citation as a link. A native <details>, so it works
 * without JavaScript; server component by default (texts: namespace `rules`).
 */
export function RuleTrace({ steps, rules, problemsFirst, summary, open }: RuleTraceProps) {
  const t = useTranslations('rules.trace');
  const shown = selectSteps({ steps, rules, problemsFirst });
  if (shown.length === 0) return null;
  return (
    <Details summary={summary ?? t('summary')} open={open}>
      <ol className="space-y-3">
        {shown.map((step, i) => (
          <li key={`${step.rule}-${i}`} className="text-base">
            <p>
              <Tag tone={TONE[step.outcome]} className="mr-2 text-sm">
                {t(`outcome.${step.outcome}`)}
              </Tag>
              <span>{step.detail}</span>
            </p>
            <p className="mt-1 text-muted">
              {t('source')} <Citation citation={step.citation} /> <span className="text-sm">· {t('rule', { rule: step.rule })}</span>
            </p>
          </li>
        ))}
      </ol>
    </Details>
  );
}
