'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextInput } from '@/components/form/text-input';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { formatCalendarDate } from '@/lib/format';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import type { Locale } from '@/lib/i18n/config';
import { acceptDelegationSchema, type AcceptDelegationInput } from '@/lib/schemas/delegation';
import { acceptDelegationAction } from '@/lib/server/actions/delegation';

/**
 * Accepting by code (typed) or by the token of an e-mail link (prefilled, hidden): the same action.
 * `fixedCode` hides the box and shows only the button.
 */
export function AcceptCodeForm({ fixedCode, submitLabel }: { fixedCode?: string; submitLabel?: string }) {
  const t = useTranslations('delegations.consultant');
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState(acceptDelegationAction, null);
  const form = useForm<AcceptDelegationInput>({
    ...FORM_OPTIONS,
    resolver: localizedZodResolver(acceptDelegationSchema as unknown as z.ZodType<AcceptDelegationInput, FieldValues>, locale),
    defaultValues: { code: fixedCode ?? '' },
  });
  const server = state?.status === 'error' ? state : null;
  const { errorFor, summary, focusKey } = useFormErrors(form, server, { formErrorField: 'code' });
  const onSubmit = useValidatedSubmit(form, formAction);
  const done = state?.status === 'success' ? state.data : null;

  if (done) {
    return (
      <NotificationBanner type="success" title={t('acceptedTitle')}>
        <p>{t('accepted', { company: done.employerName, date: formatCalendarDate(done.startsOn, locale) })}</p>
        <p className="mt-2">
          <Link href={`/aziende/${done.employerId}`}>{t('open')}</Link>
        </p>
      </NotificationBanner>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {fixedCode ? (
        <>
          {/* defaultValue: without JavaScript the server-rendered field must carry the code itself. */}
          <input type="hidden" defaultValue={fixedCode} {...form.register('code')} />
          {errorFor('code') ? <p className="mb-4 font-bold text-danger">{errorFor('code')}</p> : null}
        </>
      ) : (
        <TextInput label={t('code')} hint={t('codeHint')} autoComplete="off" spellCheck={false} autoCapitalize="characters" width={20} error={errorFor('code')} {...form.register('code')} />
      )}
      <Button disabled={pending}>{submitLabel ?? t('codeSubmit')}</Button>
    </form>
  );
}
