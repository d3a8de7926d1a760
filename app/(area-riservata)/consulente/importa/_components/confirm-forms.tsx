'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ImportIssues } from '@/components/form/import-issues';
import { Button, ButtonGroup } from '@/components/ui/button';
import { commitImportAction, discardImportAction } from '@/lib/server/actions/bulk-import';

/** "Importa" and "Annulla" for a preview. A refusal at commit time (data changed) lists its reasons. */
export function ConfirmForms({ batchId, rows, canImport }: { batchId: string; rows: number; canImport: boolean }) {
  const t = useTranslations('consultant.preview');
  const [commit, commitAction, committing] = useActionState(commitImportAction, null);
  const [discard, discardAction, discarding] = useActionState(discardImportAction, null);
  const refused = commit?.status === 'success' && !commit.data.ok ? commit.data.issues : null;
  const error = commit?.status === 'error' ? commit.formErrors[0] : discard?.status === 'error' ? discard.formErrors[0] : null;
  return (
    <>
      {refused ? <ImportIssues id="changed-title" className="mb-6" title={t('changedTitle')} lead={t('changedLead')} issues={refused} /> : null}
      {error ? (
        <p role="alert" className="mb-4 font-bold text-danger">
          {error}
        </p>
      ) : null}
      <ButtonGroup>
        {canImport && !refused ? (
          <form action={commitAction}>
            <input type="hidden" name="batchId" value={batchId} />
            <Button disabled={committing || discarding}>{t('confirmLabel', { count: rows })}</Button>
          </form>
        ) : null}
        <form action={discardAction}>
          <input type="hidden" name="batchId" value={batchId} />
          <Button variant="secondary" disabled={committing || discarding}>
            {t('discard')}
          </Button>
        </form>
      </ButtonGroup>
    </>
  );
}
