'use client';
import { useActionState } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useLocale, useTranslations } from 'next-intl';
import { DateInput } from '@/components/form/date-input';
import { ErrorSummary } from '@/components/form/error-summary';
import { Radios } from '@/components/form/radios';
import { TextInput } from '@/components/form/text-input';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { formatCalendarDate } from '@/lib/format';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import type { Locale } from '@/lib/i18n/config';
import { formatDelegationCode, inviteConsultantSchema, type InviteConsultantInput } from '@/lib/schemas/delegation';
import { inviteConsultantAction } from '@/lib/server/actions/delegation';

/**
 * The employer invites a consultant by e-mail or creates a code. Validated in the browser with the
 * action's schema, posted as FormData (works without JavaScript); the outcome (e-mail sent, or the
 * code shown once) replaces nothing else on the page.
 */
export function InviteForm({ employerId }: { employerId: string }) {
  const t = useTranslations('delegations.employer');
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState(inviteConsultantAction, null);
  const form = useForm<InviteConsultantInput>({
    ...FORM_OPTIONS,
    // The schema turns the date boxes into ISO dates; the form keeps the boxes (it posts FormData).
    resolver: localizedZodResolver(inviteConsultantSchema as unknown as z.ZodType<InviteConsultantInput, FieldValues>, locale),
    defaultValues: { employerId, method: 'EMAIL', email: '', startsOn: { day: '', month: '', year: '' }, endsOn: { day: '', month: '', year: '' } },
  });
  const server = state?.status === 'error' ? state : null;
  const { errorFor, summary, focusKey } = useFormErrors(form, server, { formErrorField: 'method' });
  const onSubmit = useValidatedSubmit(form, formAction);
  const done = state?.status === 'success' ? state.data : null;

  return (
    <>
      {done?.method === 'EMAIL' ? (
        <NotificationBanner type="success" title={t('sentTitle')}>
          <p>{done.consultantRegistered ? t('sent', { email: done.email }) : t('sentUnknown', { email: done.email })}</p>
        </NotificationBanner>
      ) : null}
      {done?.method === 'CODE' ? (
        <NotificationBanner type="success" title={t('codeTitle')}>
          <p className="text-xl">
            {t('codeIntro')}{' '}
            <strong className="font-mono text-2xl tracking-widest" data-testid="delegation-code">
              {formatDelegationCode(done.code)}
            </strong>
          </p>
          <p className="mt-2">{t('codeOnce', { date: formatCalendarDate(done.expiresAt.slice(0, 10), locale) })}</p>
        </NotificationBanner>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <ErrorSummary items={summary} focusKey={focusKey} />
        {/* defaultValue: without JavaScript the server-rendered field must carry the id itself. */}
        <input type="hidden" defaultValue={employerId} {...form.register('employerId')} />
        <Radios
          legend={t('method')}
          defaultValue="EMAIL"
          error={errorFor('method')}
          options={[
            { value: 'EMAIL', label: t('methodEmail'), hint: t('methodEmailHint') },
            { value: 'CODE', label: t('methodCode'), hint: t('methodCodeHint') },
          ]}
          {...form.register('method')}
        />
        <TextInput label={t('email')} hint={t('emailHint')} type="email" autoComplete="off" spellCheck={false} width={30} error={errorFor('email')} {...form.register('email')} />
        <DateInput name="startsOn" legend={t('startsOn')} hint={t('startsOnHint')} error={errorFor('startsOn')} partProps={(part) => form.register(`startsOn.${part}` as 'startsOn')} />
        <DateInput name="endsOn" legend={<>{t('endsOn')}</>} hint={t('endsOnHint')} error={errorFor('endsOn')} partProps={(part) => form.register(`endsOn.${part}` as 'endsOn')} />
        <Button disabled={pending}>{pending ? t('submitting') : t('submit')}</Button>
      </form>
    </>
  );
}
