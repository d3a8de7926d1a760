'use client';
import { useTranslations } from 'next-intl';
import { ErrorMessage, FormGroup } from '@/components/form/field';
import { describedBy, fieldId } from '@/components/form/ids';
import { TextInput } from '@/components/form/text-input';
import type { WizardFormAction } from '@/lib/requests/wizard';
import type { StoredWorkers } from '@/lib/schemas/request-draft';
import { postedText, useWizardForm } from './use-wizard-form';
import { WizardFormFrame } from './wizard-form-frame';

/** The schema the action parses, for the browser's check on submit: a separate chunk, not first-load JS. */
const loadSaveRequestWorkersSchema = () => import('@/lib/schemas/request-workers').then((m) => m.saveRequestWorkersSchema);

export type WorkerChoice = { id: string; name: string; details: string };
type Line = { workerId: string; included: boolean; hoursLost: string; daysAffected: string };
type Values = { lines: Line[] };

function initialValues(posted: Record<string, unknown> | undefined, saved: StoredWorkers | null, workers: WorkerChoice[]): Values {
  const postedLines = posted && Array.isArray(posted.lines) ? (posted.lines as Array<Record<string, unknown>>) : null;
  return {
    lines: workers.map((w, i) => {
      if (postedLines) {
        const p = postedLines.find((l) => l?.workerId === w.id) ?? postedLines[i] ?? {};
        return { workerId: w.id, included: p.included === 'on' || p.included === true, hoursLost: postedText(p.hoursLost), daysAffected: postedText(p.daysAffected) };
      }
      const s = saved?.lines.find((l) => l.workerId === w.id);
      return { workerId: w.id, included: !!s, hoursLost: s ? s.hoursLost.replace('.', ',') : '', daysAffected: s?.daysAffected ? String(s.daysAffected) : '' };
    }),
  };
}

export type WorkersFormProps = {
  employerId: string;
  requestId: string;
  workers: WorkerChoice[];
  saved: StoredWorkers | null;
  /** A reduction of hours asks on how many days each worker is reduced (D-7). */
  reduction: boolean;
  returnTo?: string;
  taskListHref: string;
  /** saveWorkersFormAction, passed by the page. */
  action: WizardFormAction;
};

/**
 * Step "Lavoratori": which of the unit's workers are suspended or reduced and the hours each loses.
 * Each worker is a checkbox and its hours; GOV.UK validation and Post/Redirect/Get, no JS needed.
 */
export function WorkersForm({ employerId, requestId, workers, saved, reduction, returnTo, taskListHref, action }: WorkersFormProps) {
  const t = useTranslations('wizard.workers');
  const { values: initial, formAction, onSubmit, pending, errorFor, summary, focusKey } = useWizardForm<Values>(action, (posted) => initialValues(posted, saved, workers), loadSaveRequestWorkersSchema);
  const listError = errorFor('lines');

  return (
    <WizardFormFrame {...{ employerId, requestId, returnTo, taskListHref, formAction, onSubmit, summary, focusKey, pending }}>
      <FormGroup error={listError}>
        <fieldset aria-describedby={describedBy('lines', { error: listError })}>
          <legend className="mb-4 text-xl font-semibold">{t('legend')}</legend>
          <ErrorMessage id="lines">{listError}</ErrorMessage>
          {workers.map((w, i) => {
            const name = (key: keyof Line) => `lines.${i}.${key}` as const;
            const checkboxId = i === 0 ? fieldId('lines') : fieldId(name('included'));
            return (
              <div key={w.id} className="mb-6 border-l-4 border-subtle pl-4">
                <input type="hidden" name={name('workerId')} defaultValue={w.id} />
                <div className="mb-3 flex items-start gap-3">
                  <input
                    id={checkboxId}
                    type="checkbox"
                    value="on"
                    defaultChecked={initial.lines[i]!.included}
                    aria-describedby={`${checkboxId}-item-hint`}
                    className="mt-0.5 size-7 shrink-0 cursor-pointer rounded-none border-2 border-ink accent-primary"
                    name={name('included')}
                  />
                  <div>
                    <label htmlFor={checkboxId} className="cursor-pointer font-semibold">
                      {t('include', { name: w.name })}
                    </label>
                    <div id={`${checkboxId}-item-hint`} className="text-muted">
                      {w.details}
                    </div>
                  </div>
                </div>
                <TextInput
                  name={name('hoursLost')}
                  label={t('hoursLost', { name: w.name })}
                  hint={t('hoursHint')}
                  inputMode="decimal"
                  width={5}
                  suffix={t('hoursSuffix')}
                  defaultValue={initial.lines[i]!.hoursLost}
                  error={errorFor(name('hoursLost'))}
                />
                {reduction ? (
                  <TextInput
                    name={name('daysAffected')}
                    label={t('daysAffected', { name: w.name })}
                    optional
                    inputMode="numeric"
                    width={4}
                    defaultValue={initial.lines[i]!.daysAffected}
                    error={errorFor(name('daysAffected'))}
                  />
                ) : null}
              </div>
            );
          })}
        </fieldset>
      </FormGroup>
    </WizardFormFrame>
  );
}
