import { getLocale, getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';
import { MessageForm, type PostMessageAction } from './message-form';

export type ThreadMessage = { id: string; body: string; createdAt: string; authorName: string; side: 'COMMITTEE' | 'EMPLOYER' | 'CONSULTANT'; mine: boolean };
export type Thread = { requestId: string; messages: ThreadMessage[]; canPost: boolean; awaitingEmployer: boolean };

const SIDE_KEY = { COMMITTEE: 'committee', EMPLOYER: 'employer', CONSULTANT: 'consultant' } as const;

/**
 * The message thread of a filed request, between the Committee and the employer (or its
 * consultant): shared by the Committee's review page and the employer's request page. Give it
 * the thread from lib/server/data/messages.ts and postRequestMessageAction; wrap it in
 * <ClientMessages namespaces={['review']}> for the form's texts.
 */
export async function MessageThread({ thread, action, viewer = 'committee' }: { thread: Thread; action: PostMessageAction; viewer?: 'committee' | 'employer' }) {
  const [t, locale] = await Promise.all([getTranslations('review.messages'), getLocale()]);
  const when = new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Rome' });
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
                · {t(SIDE_KEY[m.side])} · <time dateTime={m.createdAt}>{when.format(new Date(m.createdAt))}</time>
              </p>
              <p className="whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {thread.awaitingEmployer && viewer === 'employer' ? <p className="mb-4 font-semibold">{t('awaiting')}</p> : null}
      {thread.canPost ? <MessageForm requestId={thread.requestId} action={action} /> : <p>{t('closed')}</p>}
    </div>
  );
}
