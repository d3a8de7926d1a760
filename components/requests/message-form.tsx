'use client';
import { useActionState, useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/form/error-summary';
import { Textarea } from '@/components/form/textarea';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button } from '@/components/ui/button';
import { lazyLocalizedZodResolver } from '@/lib/forms/lazy-resolver';
import type { PostMessageInput } from '@/lib/schemas/request-message';

type Posted = { id: string; returnedToReview: boolean };
type Result =
  | { status: 'success'; data: Posted }
  | { status: 'error'; code: 'VALIDATION' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DOMAIN'; fieldErrors: Record<string, string[]>; formErrors: string[] };
export type PostMessageAction = (previous: Result | null | undefined, formData: FormData) => Promise<Result>;

/** A new message in the request's thread (works without JavaScript: the page re-renders). */
export function MessageForm({ requestId, action }: { requestId: string; action: PostMessageAction }) {
  const t = useTranslations('review.messages');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, null);
  const form = useForm<PostMessageInput>({ ...FORM_OPTIONS, resolver: lazyLocalizedZodResolver(() => import('@/lib/schemas/request-message').then((m) => m.postMessageSchema), locale), defaultValues: { requestId, body: '' } });
  const server = state?.status === 'error' ? state : null;
  const { errorFor, summary, focusKey } = useFormErrors(form, server, { formErrorField: 'body' });
  const onSubmit = useValidatedSubmit(form, formAction);
  const sent = useRef<Posted | null>(null);

  useEffect(() => {
    if (state?.status === 'success' && sent.current !== state.data) {
      sent.current = state.data;
      form.reset({ requestId, body: '' });
    }
  }, [state, form, requestId]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {state?.status === 'success' ? (
        <p role="status" className="mb-4 font-semibold text-success">
          {state.data.returnedToReview ? t('sentBack') : t('sent')}
        </p>
      ) : null}
      {/* defaultValue: without JavaScript the server-rendered field must carry the id itself. */}
      <input type="hidden" defaultValue={requestId} {...form.register('requestId')} />
      <Textarea label={t('body')} hint={t('bodyHint')} rows={5} error={errorFor('body')} {...form.register('body')} />
      <Button disabled={pending}>{t('submit')}</Button>
    </form>
  );
}
