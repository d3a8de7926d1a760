import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { PageHeading } from '@/components/layout/page-heading';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Tag, type TagTone } from '@/components/ui/tag';
import { stepPath, type Problem, type StepKey, type StepStatus, type WizardStep } from '@/lib/requests/wizard';
import { getEmployerOverview } from '@/lib/server/data/homes';
import { evaluateDraft } from '@/lib/server/data/requests';
import { fixPath } from './fix-links';
import { ProblemText } from './problem-text';

const STEP_PAGES: Record<StepKey, WizardStep> = { causePeriod: 'causale', workers: 'lavoratori', procedure: 'procedura', summary: 'riepilogo' };
const TONES: Record<StepStatus, TagTone | null> = { completed: null, todo: 'blue', cannotStart: null, problem: 'red' };

/**
 * The task list of a draft request (style.md §15): the four steps with their status from the
 * draft's evaluation — Completato / Da completare / Non ancora disponibile / C'è un problema — and
 * under it what to fix and where. Async server component: loads the draft itself (the DAL checks
 * access; the page's guard already did). Rendered by the request page while the status is DRAFT,
 * as the whole page: breadcrumb, heading and, after "Salva come bozza" (`?salvata=…`), `saved`.
 * `readOnly` (the Committee's staff): statuses and problems without the links that edit.
 */
export async function DraftTaskList({ employerId, requestId, saved, readOnly }: { employerId: string; requestId: string; saved?: boolean; readOnly?: boolean }) {
  const [evaluation, company, t, tDiscard] = await Promise.all([evaluateDraft(employerId, requestId), getEmployerOverview(employerId), getTranslations('wizard.taskList'), getTranslations('wizard.discard')]);
  const keys: StepKey[] = ['causePeriod', 'workers', 'procedure', 'summary'];
  const done = keys.filter((k) => evaluation.steps[k] === 'completed').length;
  const notFund = evaluation.result && evaluation.result.instrument !== 'FSTN';
  const problemsOf = (step: StepKey) => evaluation.problems.filter((p) => p.step === step);

  return (
    <div className="max-w-3xl">
      <Breadcrumb items={[{ label: company.legalName, href: `/aziende/${employerId}` }, { label: t('title') }]} />
      {saved ? (
        <NotificationBanner type="success" title={t('saved')}>
          <p>{t('savedBody')}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={company.legalName} title={t('title')} lead={t('lead')} />
      <p className="mb-6 text-lg">{t('progress', { done, total: keys.length - 1 })}</p>
      {notFund ? (
        <p className="mb-6 border-l-4 border-warning pl-4 text-lg font-semibold">
          <Link href={stepPath(employerId, requestId, 'fondo-non-applicabile')}>{t('notFund')}</Link>
        </p>
      ) : null}
      <ul className="mb-10 border-t border-subtle">
        {keys.map((key) => {
          const status = evaluation.steps[key];
          const statusId = `step-${key}-status`;
          const tone = TONES[status];
          const problems = problemsOf(key);
          return (
            <li key={key} className="border-b border-subtle py-4">
              <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
                {status === 'cannotStart' || readOnly ? (
                  <span className="text-lg">{t(`steps.${key}`)}</span>
                ) : (
                  <Link href={stepPath(employerId, requestId, STEP_PAGES[key])} aria-describedby={statusId} className="text-lg">
                    {t(`steps.${key}`)}
                  </Link>
                )}
                <span id={statusId}>{tone ? <Tag tone={tone}>{t(`status.${status}`)}</Tag> : <span className={status === 'cannotStart' ? 'text-muted' : undefined}>{t(`status.${status}`)}</span>}</span>
              </div>
              {problems.length ? <ProblemList problems={problems} employerId={employerId} fixLabel={(fix) => t(`fixLink.${fix}`)} /> : null}
            </li>
          );
        })}
      </ul>
      {readOnly ? null : (
        <p>
          <Link href={stepPath(employerId, requestId, 'annulla')}>{tDiscard('link')}</Link>
        </p>
      )}
    </div>
  );
}

/** The problems of one step, each with the page where it is fixed when that is not the step itself. */
export function ProblemList({ problems, employerId, fixLabel }: { problems: Problem[]; employerId: string; fixLabel: (fix: NonNullable<Problem['fix']>) => string }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6 text-danger-dark">
      {problems.map((p, i) => (
        <li key={i}>
          <ProblemText problem={p} />
          {p.fix ? (
            <>
              {' '}
              <Link href={fixPath(employerId, p.fix)}>{fixLabel(p.fix)}</Link>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
