'use client';
import { useActionState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/form/error-summary';
import { FileInput } from '@/components/form/file-input';
import { ImportIssues } from '@/components/form/import-issues';
import { Radios } from '@/components/form/radios';
import { Select } from '@/components/form/select';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button } from '@/components/ui/button';
import { previewImportAction } from '@/lib/server/actions/bulk-import';

/**
 * Client, kind of file and the file itself, posted as multipart FormData (works without
 * JavaScript). The server validates everything — a file box cannot be checked by the form schema
 * in the browser — and either opens the preview or lists every problem by row and column.
 */
export function ImportForm({ clients, defaultClient }: { clients: Array<{ value: string; label: string }>; defaultClient?: string }) {
  const t = useTranslations('consultant.import');
  const [state, formAction, pending] = useActionState(previewImportAction, null);
  const form = useForm(FORM_OPTIONS);
  const server = state?.status === 'error' ? state : null;
  const { errorFor, summary, focusKey } = useFormErrors(form, server, { formErrorField: 'employerId' });
  const onSubmit = useValidatedSubmit(form, formAction);
  const refused = state?.status === 'success' && !state.data.ok ? state.data : null;

  return (
    <>
      {refused ? (
        <ImportIssues id="import-issues" title={t('issuesTitle')} lead={t('issuesLead')} issues={refused.issues}>
          {refused.notes.length ? (
            <>
              <h3 className="mb-2 text-xl font-semibold">{t('notesTitle')}</h3>
              <ul className="mb-4 list-disc pl-6">
                {refused.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          ) : null}
        </ImportIssues>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} noValidate encType="multipart/form-data">
        <ErrorSummary items={summary} focusKey={focusKey} />
        <Select name="employerId" label={t('client')} placeholder={t('clientPlaceholder')} options={clients} defaultValue={defaultClient ?? ''} error={errorFor('employerId')} />
        <Radios
          name="kind"
          legend={t('kind')}
          defaultValue="WORKERS"
          error={errorFor('kind')}
          options={(['WORKERS', 'HEADCOUNTS'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`), hint: t(`kindHints.${k}`) }))}
        />
        <FileInput name="file" label={t('file')} hint={t('fileHint')} error={errorFor('file')} accept=".csv,text/csv,text/plain" />
        <Button disabled={pending}>{pending ? t('submitting') : t('submit')}</Button>
      </form>
    </>
  );
}
