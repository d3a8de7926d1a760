import { getLocale, getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';
import { ErrorSummary } from '@/components/form/error-summary';
import { ErrorMessage, FormGroup, Hint, Label } from '@/components/form/field';
import { describedBy } from '@/components/form/ids';
import { Button } from '@/components/ui/button';
import { formatInstant } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { MessageForm, type PostMessageAction } from './message-form';

export type ThreadMessage = { id: string; body: string; createdAt: string; authorName: string; side: 'COMMITTEE' | 'EMPLOYER' | 'CONSULTANT'; mine: boolean };
export type ThreadAttachment = { id: string; filename: string; sizeBytes: number; uploadedBy: string; side: ThreadMessage['side']; createdAt: string };
export type Thread = { requestId: string; messages: ThreadMessage[]; attachments: ThreadAttachment[]; canPost: boolean; awaitingEmployer: boolean };

/** The outcome codes /api/allegati puts in the address it returns to (`?allegato=`). */
export const UPLOAD_OUTCOMES = ['ok', 'vuoto', 'troppo-grande', 'tipo', 'chiusa'] as const;
export type UploadOutcome = (typeof UPLOAD_OUTCOMES)[number];

const SIDE_KEY = { COMMITTEE: 'committee', EMPLOYER: 'employer', CONSULTANT: 'consultant' } as const;

/**
 * The message thread of a filed request, between the Committee and the employer (or its
 * consultant): shared by the Committee's review page and the employer's request page. Give it
 * the thread from lib/server/data/messages.ts and postRequestMessageAction; wrap it in
 * <ClientMessages namespaces={['review']}> for the form's texts. Documents are attached with a
 * plain multipart form to /api/allegati, which returns to `returnTo` with `?allegato=<outcome>`:
 * pass that outcome back as `uploadOutcome`.
 */
export async function MessageThread({
  thread,
  action,
  viewer = 'committee',
  returnTo,
  uploadOutcome,
}: {
  thread: Thread;
  action: PostMessageAction;
  viewer?: 'committee' | 'employer';
  /** This page's address: where the upload form comes back to. */
  returnTo: string;
  uploadOutcome?: UploadOutcome | null;
}) {
  const [t, locale] = await Promise.all([getTranslations('review.messages'), getLocale() as Promise<Locale>]);
  return (
    <div className="max-w-3xl">
      {thread.messages.length === 0 ? (
        <p className="mb-6">{t('empty')}</p>
      ) : (
        <ol className="mb-8 space-y-4" aria-label={t('title')}>
          {thread.messages.map((m) => (
            <li key={m.id} className={cx('border-l-4 p-4', m.side === 'COMMITTEE' ? 'border-primary bg-primary-lighter' : 'border-ink bg-surface')}>
              <p className="mb-2 text-base">
                <strong>
                  {m.authorName} {m.mine ? t('you') : null}
                </strong>{' '}
                · {t(SIDE_KEY[m.side])} · <time dateTime={m.createdAt}>{formatInstant(m.createdAt, locale)}</time>
              </p>
              <p className="whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {thread.awaitingEmployer && viewer === 'employer' ? <p className="mb-4 font-semibold">{t('awaiting')}</p> : null}
      {thread.canPost ? <MessageForm requestId={thread.requestId} action={action} /> : <p>{t('closed')}</p>}

      <h3 className="mt-10 mb-3 text-2xl">{t('attachmentsTitle')}</h3>
      {uploadOutcome === 'ok' ? (
        <p role="status" className="mb-4 font-semibold text-success">
          {t('uploaded')}
        </p>
      ) : null}
      {thread.attachments.length === 0 ? (
        <p className="mb-6">{t('noAttachments')}</p>
      ) : (
        <ul className="mb-6 space-y-2">
          {thread.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/allegati/${a.id}`} download>
                {t('download', { name: a.filename })}
              </a>{' '}
              <span className="text-muted">
                ({t('attachmentMeta', { size: Math.max(1, Math.round(a.sizeBytes / 1024)), name: a.uploadedBy, side: t(SIDE_KEY[a.side]), date: formatInstant(a.createdAt, locale) })})
              </span>
            </li>
          ))}
        </ul>
      )}
      {thread.canPost ? <UploadForm requestId={thread.requestId} returnTo={returnTo} error={uploadOutcome && uploadOutcome !== 'ok' ? t(`uploadErrors.${uploadOutcome}`) : undefined} /> : null}
    </div>
  );
}

/** A plain multipart form (no JavaScript needed); errors come back in the address and show here. */
async function UploadForm({ requestId, returnTo, error }: { requestId: string; returnTo: string; error?: string }) {
  const t = await getTranslations('review.messages');
  const id = 'allegato-file';
  return (
    <form method="post" action="/api/allegati" encType="multipart/form-data" noValidate>
      {error ? <ErrorSummary items={[{ text: error, href: `#${id}` }]} /> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormGroup error={error}>
        <Label htmlFor={id}>{t('upload')}</Label>
        <Hint id={id}>{t('uploadHint')}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        <input
          id={id}
          name="file"
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint: true, error })}
          className="block max-w-full text-lg file:mr-4 file:cursor-pointer file:rounded file:border-2 file:border-primary file:bg-white file:px-4 file:py-2 file:font-semibold file:text-primary"
        />
      </FormGroup>
      <Button variant="secondary">{t('uploadSubmit')}</Button>
    </form>
  );
}
