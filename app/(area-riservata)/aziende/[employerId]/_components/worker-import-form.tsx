'use client';
import { useActionState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/form/error-summary';
import { FileInput } from '@/components/form/file-input';
import { ImportIssues } from '@/components/form/import-issues';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button } from '@/components/ui/button';
import { importWorkersAction } from '@/lib/server/actions/workforce';

/**
 * Upload of a CSV of workers, imported all or nothing (multipart post, works without
 * JavaScript). The server reads and checks the whole file: a good file is saved and the page
 * moves to the list; a bad one saves nothing and lists every problem by row and column.
 */
export function WorkerImportForm({ employerId }: { employerId: string }) {
  const t = useTranslations('company.import');
  const [state, formAction, pending] = useActionState(importWorkersAction, null);
  const form = useForm(FORM_OPTIONS);
  const server = state?.status === 'error' ? state : null;
  const { errorFor, summary, focusKey } = useFormErrors(form, server, { formErrorField: 'file' });
  const onSubmit = useValidatedSubmit(form, formAction);
  const refused = state?.status === 'success' && !state.data.ok ? state.data : null;
  return (
    <>
      {refused ? <ImportIssues id="import-issues" title={t('refusedTitle')} lead={t('refusedLead', { count: refused.issues.length })} issues={refused.issues} /> : null}
      <form action={formAction} onSubmit={onSubmit} noValidate encType="multipart/form-data" className="max-w-3xl">
        <ErrorSummary items={summary} focusKey={focusKey} />
        <input type="hidden" name="ritorno" value="1" />
        <input type="hidden" name="employerId" value={employerId} />
        <input type="hidden" name="confirm" value="on" />
        <FileInput name="file" label={t('file')} hint={t('fileHint')} error={errorFor('file')} accept=".csv,text/csv,text/plain" />
        <Button disabled={pending}>{pending ? t('submitting') : t('submit')}</Button>
      </form>
    </>
  );
}
