'use client';
import { useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { Radios } from '@/components/form/radios';
import { Textarea } from '@/components/form/textarea';
import { TextInput } from '@/components/form/text-input';
import type { WizardFormAction } from '@/lib/requests/wizard';
import type { StoredProcedure } from '@/lib/schemas/request-draft';
import { postedParts, postedText, useWizardForm, type Parts } from './use-wizard-form';
import { WizardFormFrame } from './wizard-form-frame';

/** The schema the action parses, for the browser's check on submit: a separate chunk, not first-load JS. */
const loadSaveProcedureSchema = () => import('@/lib/schemas/request-procedure').then((m) => m.saveProcedureSchema);

type Values = {
  unionCommunicationDate: Parts;
  unavoidableEvent: string;
  weeklyReductionHours: string;
  jointExamRequestDate: Parts;
  agreementDate: Parts;
  unionRecipients: string;
};

function initialValues(posted: Record<string, unknown> | undefined, saved: StoredProcedure | null): Values {
  if (posted) {
    return {
      unionCommunicationDate: postedParts(posted.unionCommunicationDate),
      unavoidableEvent: postedText(posted.unavoidableEvent),
      weeklyReductionHours: postedText(posted.weeklyReductionHours),
      jointExamRequestDate: postedParts(posted.jointExamRequestDate),
      agreementDate: postedParts(posted.agreementDate),
      unionRecipients: postedText(posted.unionRecipients),
    };
  }
  return {
    unionCommunicationDate: postedParts(saved?.unionCommunicationDate),
    unavoidableEvent: saved ? (saved.unavoidableEvent ? 'yes' : 'no') : '',
    weeklyReductionHours: saved?.weeklyReductionHours?.replace('.', ',') ?? '',
    jointExamRequestDate: postedParts(saved?.jointExamRequestDate ?? undefined),
    agreementDate: postedParts(saved?.agreementDate ?? undefined),
    unionRecipients: saved?.unionRecipients ?? '',
  };
}

export type ProcedureFormProps = {
  employerId: string;
  requestId: string;
  saved: StoredProcedure | null;
  returnTo?: string;
  taskListHref: string;
  /** saveProcedureFormAction, passed by the page. */
  action: WizardFormAction;
};

/** Step "Procedura sindacale" (digest G-1): GOV.UK validation and Post/Redirect/Get, no JS needed. */
export function ProcedureForm({ employerId, requestId, saved, returnTo, taskListHref, action }: ProcedureFormProps) {
  const t = useTranslations('wizard.procedure');
  const tl = useTranslations('labels');
  const tc = useTranslations('wizard.causePeriod');
  const tCommon = useTranslations('common');
  const { values: initial, formAction, onSubmit, pending, errorFor, summary, focusKey } = useWizardForm<Values>(action, (posted) => initialValues(posted, saved), loadSaveProcedureSchema);
  const optional = (label: string) => `${label} ${tCommon('optional')}`;

  return (
    <WizardFormFrame {...{ employerId, requestId, returnTo, taskListHref, formAction, onSubmit, summary, focusKey, pending }}>
      <DateInput
        name="unionCommunicationDate"
        legend={t('unionCommunicationDate')}
        hint={tc('dateHint', { example: '2 2 2026' })}
        defaultValue={initial.unionCommunicationDate}
       
        error={errorFor('unionCommunicationDate')}
      />
      <Radios
        name="unavoidableEvent"
        legend={t('unavoidableEvent')}
        options={[
          { value: 'yes', label: tl('yes') },
          { value: 'no', label: tl('no') },
        ]}
        inline
        defaultValue={initial.unavoidableEvent}
        error={errorFor('unavoidableEvent')}
      />
      <TextInput
        name="weeklyReductionHours"
        label={t('weeklyReductionHours')}
        hint={t('weeklyReductionHint')}
        optional
        inputMode="decimal"
        width={4}
        defaultValue={initial.weeklyReductionHours}
        error={errorFor('weeklyReductionHours')}
      />
      <DateInput
        name="jointExamRequestDate"
        legend={optional(t('jointExamRequestDate'))}
        hint={tc('dateHint', { example: '4 2 2026' })}
        defaultValue={initial.jointExamRequestDate}
       
        error={errorFor('jointExamRequestDate')}
      />
      <DateInput
        name="agreementDate"
        legend={optional(t('agreementDate'))}
        hint={`${t('agreementHint')} ${tc('dateHint', { example: '10 2 2026' })}`}
        defaultValue={initial.agreementDate}
       
        error={errorFor('agreementDate')}
      />
      <Textarea name="unionRecipients" label={t('unionRecipients')} hint={t('unionRecipientsHint')} optional rows={3} defaultValue={initial.unionRecipients} error={errorFor('unionRecipients')} />
    </WizardFormFrame>
  );
}
