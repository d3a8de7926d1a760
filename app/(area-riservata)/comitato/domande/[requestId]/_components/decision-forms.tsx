'use client';
import { useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { Radios } from '@/components/form/radios';
import { Textarea } from '@/components/form/textarea';
import { TextInput } from '@/components/form/text-input';
import { useLocale } from 'next-intl';
import { reasonCodesFor } from '@/lib/review/reason-codes';
import {
  approvePartialSchema,
  approveSchema,
  authoriseDirectPaymentSchema,
  rejectSchema,
  requestInformationSchema,
  type ApproveInput,
  type ApprovePartialInput,
  type AuthoriseDirectPaymentInput,
  type RejectInput,
  type RequestInformationInput,
} from '@/lib/schemas/review';
import { approveRequestAction, approveRequestInPartAction, authoriseDirectPaymentAction, rejectRequestAction, requestInformationAction } from '@/lib/server/actions/review';
import { DecisionForm, NoteField, ReasonField, ResolutionField, type ResolutionChoice } from './decision-form';

type Common = { requestId: string; version: number; resolutions: ResolutionChoice[] };

export function ApproveForm({ requestId, version, resolutions }: Common) {
  const t = useTranslations('review.decision');
  return (
    <DecisionForm<ApproveInput>
      schema={approveSchema as never}
      action={approveRequestAction}
      defaultValues={{ requestId, version, resolutionId: '', note: '' }}
      requestId={requestId}
      version={version}
      submitLabel={t('approve.submit')}
      formErrorField="resolutionId"
    >
      {(form, { errorFor }) => (
        <>
          <ResolutionField resolutions={resolutions} error={errorFor('resolutionId')} register={form.register('resolutionId')} />
          <NoteField error={errorFor('note')} register={form.register('note')} />
        </>
      )}
    </DecisionForm>
  );
}

export type PartialWorker = { requestWorkerId: string; name: string; hoursLost: string };

export function ApprovePartialForm({ requestId, version, resolutions, workers }: Common & { workers: PartialWorker[] }) {
  const t = useTranslations('review.decision');
  const locale = useLocale();
  const hours = (h: string) => (locale === 'it' ? h.replace('.', ',') : h);
  return (
    <DecisionForm<ApprovePartialInput>
      schema={approvePartialSchema as never}
      action={approveRequestInPartAction}
      defaultValues={{
        requestId,
        version,
        resolutionId: '',
        grantedStart: { day: '', month: '', year: '' },
        grantedEnd: { day: '', month: '', year: '' },
        workers: workers.map((w) => ({ requestWorkerId: w.requestWorkerId, hoursGranted: hours(w.hoursLost) })),
        reasonCodes: [],
        note: '',
      }}
      requestId={requestId}
      version={version}
      submitLabel={t('partial.submit')}
      formErrorField="grantedStart"
    >
      {(form, { errorFor }) => (
        <>
          <h2 className="mb-4 text-2xl">{t('partial.period')}</h2>
          <DateInput name="grantedStart" legend={t('partial.grantedStart')} hint={t('partial.dateHint')} error={errorFor('grantedStart')} partProps={(part) => form.register(`grantedStart.${part}`)} />
          <DateInput name="grantedEnd" legend={t('partial.grantedEnd')} hint={t('partial.dateHint')} error={errorFor('grantedEnd')} partProps={(part) => form.register(`grantedEnd.${part}`)} />
          <h2 className="mb-2 text-2xl">{t('partial.workers')}</h2>
          <p className="mb-4 max-w-3xl text-muted">{t('partial.workersHint')}</p>
          {workers.map((w, i) => (
            <div key={w.requestWorkerId}>
              {/* defaultValue: without JavaScript the server-rendered fields must carry their values. */}
              <input type="hidden" defaultValue={w.requestWorkerId} {...form.register(`workers.${i}.requestWorkerId`)} />
              <TextInput
                label={t('partial.hoursLabel', { name: w.name, hours: hours(w.hoursLost) })}
                inputMode="decimal"
                width={5}
                suffix="h"
                error={errorFor(`workers.${i}.hoursGranted`)}
                defaultValue={hours(w.hoursLost)}
                {...form.register(`workers.${i}.hoursGranted`)}
              />
            </div>
          ))}
          <ReasonField use="APPROVE_PARTIAL" legend={t('partial.reasons')} error={errorFor('reasonCodes')} register={form.register('reasonCodes')} />
          <ResolutionField resolutions={resolutions} error={errorFor('resolutionId')} register={form.register('resolutionId')} />
          <NoteField error={errorFor('note')} register={form.register('note')} />
        </>
      )}
    </DecisionForm>
  );
}

export function RejectForm({ requestId, version, resolutions }: Common) {
  const t = useTranslations('review.decision');
  return (
    <DecisionForm<RejectInput>
      schema={rejectSchema as never}
      action={rejectRequestAction}
      defaultValues={{ requestId, version, resolutionId: '', reasonCodes: [], note: '' }}
      requestId={requestId}
      version={version}
      submitLabel={t('reject.submit')}
      variant="warning"
      formErrorField="reasonCodes"
    >
      {(form, { errorFor }) => (
        <>
          <ReasonField use="REJECT" legend={t('reject.reasons')} error={errorFor('reasonCodes')} register={form.register('reasonCodes')} />
          <ResolutionField resolutions={resolutions} error={errorFor('resolutionId')} register={form.register('resolutionId')} />
          <NoteField error={errorFor('note')} register={form.register('note')} />
        </>
      )}
    </DecisionForm>
  );
}

export function RequestInformationForm({ requestId, version, resolutions }: Common) {
  const t = useTranslations('review.decision');
  return (
    <DecisionForm<RequestInformationInput>
      schema={requestInformationSchema as never}
      action={requestInformationAction}
      defaultValues={{ requestId, version, resolutionId: '', message: '' }}
      requestId={requestId}
      version={version}
      submitLabel={t('requestInfo.submit')}
      formErrorField="message"
    >
      {(form, { errorFor }) => (
        <>
          <Textarea label={t('requestInfo.message')} hint={t('requestInfo.messageHint')} rows={6} error={errorFor('message')} {...form.register('message')} />
          <ResolutionField resolutions={resolutions} optional hint={t('requestInfo.resolutionHint')} error={errorFor('resolutionId')} register={form.register('resolutionId')} />
        </>
      )}
    </DecisionForm>
  );
}

export function DirectPaymentForm({ requestId, version, resolutions }: Common) {
  const t = useTranslations('review.decision');
  const locale = useLocale();
  return (
    <DecisionForm<AuthoriseDirectPaymentInput>
      schema={authoriseDirectPaymentSchema as never}
      action={authoriseDirectPaymentAction}
      defaultValues={{ requestId, version, resolutionId: '', reasonCodes: [], note: '' }}
      requestId={requestId}
      version={version}
      submitLabel={t('direct.submit')}
      formErrorField="reasonCodes"
    >
      {(form, { errorFor }) => (
        <>
          <Radios
            legend={t('direct.grounds')}
            error={errorFor('reasonCodes')}
            options={reasonCodesFor('AUTHORISE_DIRECT_PAYMENT').map((r) => ({
              value: r.code,
              label: locale === 'en' ? r.label.en : r.label.it,
              hint: t('reasonCitation', { citation: r.citation.label, digest: r.digest }),
            }))}
            {...form.register('reasonCodes')}
          />
          <ResolutionField resolutions={resolutions} error={errorFor('resolutionId')} register={form.register('resolutionId')} />
          <NoteField error={errorFor('note')} register={form.register('note')} />
        </>
      )}
    </DecisionForm>
  );
}
