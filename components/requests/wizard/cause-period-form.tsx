'use client';
import { useTranslations } from 'next-intl';
import { Checkboxes } from '@/components/form/checkboxes';
import { DateInput } from '@/components/form/date-input';
import { Radios } from '@/components/form/radios';
import { Textarea } from '@/components/form/textarea';
import type { WizardFormAction } from '@/lib/requests/wizard';
import { DIRECT_PAYMENT_GROUNDS, PAYMENT_MODES, REDUCTION_TYPES, type Cause } from '@/lib/rules/types';
import type { StoredCausePeriod } from '@/lib/schemas/request-draft';
import { postedParts, postedText, useWizardForm, type Parts } from './use-wizard-form';
import { WizardFormFrame } from './wizard-form-frame';

/** The schema the action parses, for the browser's check on submit: a separate chunk, not first-load JS. */
const loadSaveCausePeriodSchema = () => import('@/lib/schemas/request-cause-period').then((m) => m.saveCausePeriodSchema);

type Values = {
  productionUnitId: string;
  cause: string;
  crisisDueToCessation: string;
  causeDescription: string;
  reductionType: string;
  periodStart: Parts;
  periodEnd: Parts;
  weekDays: string;
  paymentMode: string;
  directPaymentGrounds: string[];
};

/** The answers shown: what was just posted (no-JS re-render), else what is saved, else blanks. */
function initialValues(posted: Record<string, unknown> | undefined, saved: StoredCausePeriod | null, units: Array<{ id: string }>): Values {
  if (posted) {
    const grounds = posted.directPaymentGrounds;
    return {
      productionUnitId: postedText(posted.productionUnitId),
      cause: postedText(posted.cause),
      crisisDueToCessation: postedText(posted.crisisDueToCessation),
      causeDescription: postedText(posted.causeDescription),
      reductionType: postedText(posted.reductionType),
      periodStart: postedParts(posted.periodStart),
      periodEnd: postedParts(posted.periodEnd),
      weekDays: postedText(posted.weekDays),
      paymentMode: postedText(posted.paymentMode),
      directPaymentGrounds: (Array.isArray(grounds) ? grounds : grounds ? [grounds] : []).map(postedText),
    };
  }
  return {
    productionUnitId: saved?.productionUnitId ?? (units.length === 1 ? units[0]!.id : ''),
    cause: saved?.cause ?? '',
    crisisDueToCessation: saved ? (saved.crisisDueToCessation ? 'yes' : 'no') : '',
    causeDescription: saved?.causeDescription ?? '',
    reductionType: saved?.reductionType ?? '',
    periodStart: postedParts(saved?.periodStart),
    periodEnd: postedParts(saved?.periodEnd),
    weekDays: saved ? String(saved.weekDays) : '',
    paymentMode: saved?.paymentMode ?? '',
    directPaymentGrounds: saved?.directPaymentGrounds ?? [],
  };
}

export type CausePeriodFormProps = {
  employerId: string;
  requestId: string;
  units: Array<{ id: string; name: string; comuneName: string; provinceCode: string }>;
  saved: StoredCausePeriod | null;
  /** `riepilogo` when the user came from the riepilogo's "Modifica". */
  returnTo?: string;
  taskListHref: string;
  /** The causes an employer can request (REQUEST_CAUSES: passed by the page, so the schema module stays off the client). */
  causes: readonly Cause[];
  /** saveCausePeriodFormAction (lib/server/actions/request-wizard.ts), passed by the page. */
  action: WizardFormAction;
};

/**
 * Step "Causale e periodo": one question group, GOV.UK validation (error summary + inline, same
 * zod schema as the action, typed values kept) and Post/Redirect/Get; works without JavaScript.
 */
export function CausePeriodForm({ employerId, requestId, units, saved, returnTo, taskListHref, causes, action }: CausePeriodFormProps) {
  const t = useTranslations('wizard.causePeriod');
  const tl = useTranslations('labels');
  const { values: initial, formAction, onSubmit, pending, errorFor, summary, focusKey } = useWizardForm<Values>(action, (posted) => initialValues(posted, saved, units), loadSaveCausePeriodSchema);
  const yesNo = [
    { value: 'yes', label: tl('yes') },
    { value: 'no', label: tl('no') },
  ];

  return (
    <WizardFormFrame {...{ employerId, requestId, returnTo, taskListHref, formAction, onSubmit, summary, focusKey, pending }}>
      <Radios
        name="productionUnitId"
        legend={t('unit')}
        hint={t('unitHint')}
        options={units.map((u) => ({ value: u.id, label: u.name, hint: `${u.comuneName} (${u.provinceCode})` }))}
        defaultValue={initial.productionUnitId}
        error={errorFor('productionUnitId')}
      />
      <Radios
        name="cause"
        legend={t('cause')}
        hint={t('causeHint')}
        options={causes.map((value) => ({ value, label: tl(`cause.${value}`) }))}
        defaultValue={initial.cause}
        error={errorFor('cause')}
      />
      <Radios name="crisisDueToCessation" legend={t('crisisDueToCessation')} hint={t('crisisHint')} options={yesNo} inline defaultValue={initial.crisisDueToCessation} error={errorFor('crisisDueToCessation')} />
      <Textarea name="causeDescription" label={t('causeDescription')} hint={t('causeDescriptionHint')} defaultValue={initial.causeDescription} error={errorFor('causeDescription')} />
      <Radios
        name="reductionType"
        legend={t('reductionType')}
        options={REDUCTION_TYPES.map((value) => ({ value, label: tl(`reductionType.${value}`) }))}
        defaultValue={initial.reductionType}
        error={errorFor('reductionType')}
      />
      <DateInput name="periodStart" legend={t('periodStart')} hint={t('dateHint', { example: '2 3 2026' })} defaultValue={initial.periodStart} error={errorFor('periodStart')} />
      <DateInput name="periodEnd" legend={t('periodEnd')} hint={t('dateHint', { example: '29 5 2026' })} defaultValue={initial.periodEnd} error={errorFor('periodEnd')} />
      <Radios
        name="weekDays"
        legend={t('weekDays')}
        options={['5', '6'].map((days) => ({ value: days, label: t('weekDaysOption', { days }) }))}
        inline
        defaultValue={initial.weekDays}
        error={errorFor('weekDays')}
      />
      <Radios
        name="paymentMode"
        legend={t('paymentMode')}
        options={PAYMENT_MODES.map((value) => ({ value, label: tl(`paymentMode.${value}`) }))}
        defaultValue={initial.paymentMode}
        error={errorFor('paymentMode')}
      />
      <Checkboxes
        name="directPaymentGrounds"
        legend={t('directPaymentGrounds')}
        hint={t('directPaymentHint')}
        options={DIRECT_PAYMENT_GROUNDS.map((value) => ({ value, label: tl(`directPaymentGround.${value}`) }))}
        defaultValue={initial.directPaymentGrounds}
        error={errorFor('directPaymentGrounds')}
      />
    </WizardFormFrame>
  );
}
