'use client';
import { useActionState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextInput } from '@/components/form/text-input';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button } from '@/components/ui/button';
import { localizedZodResolver } from '@/lib/forms/localized-resolver';
import { signInSchema, type SignInInput } from '@/lib/schemas/auth';
import { signInAction } from '@/lib/server/actions/session';

/**
 * E-mail and password, checked in the browser with the same schema as the server, then posted to
 * `signInAction`. Without JavaScript the form posts straight to the action and the page comes back
 * with the same errors.
 */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const t = useTranslations('auth.signIn');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(signInAction, null);
  const form = useForm<SignInInput>({
    ...FORM_OPTIONS,
    resolver: localizedZodResolver(signInSchema, locale),
    defaultValues: { email: state?.email ?? '', password: '' },
  });
  const server = state ?? (initialError ? { formErrors: [initialError] } : null);
  const { errorFor, summary, focusKey } = useFormErrors(form, server, { formErrorField: 'email' });
  const onSubmit = useValidatedSubmit(form, formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextInput
        label={t('email')}
        type="email"
        autoComplete="username"
        spellCheck={false}
        width={30}
        defaultValue={state?.email}
        error={errorFor('email')}
        {...form.register('email')}
      />
      <TextInput label={t('password')} type="password" autoComplete="current-password" width={20} error={errorFor('password')} {...form.register('password')} />
      <Button disabled={pending}>{pending ? t('submitting') : t('submit')}</Button>
    </form>
  );
}
