'use client';
import { useActionState, useEffect } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm, type FieldValues } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Checkboxes } from '@/components/form/checkboxes';
import { ErrorSummary } from '@/components/form/error-summary';
import { Textarea } from '@/components/form/textarea';
import { FORM_OPTIONS, useFormErrors, useValidatedSubmit } from '@/components/form/use-form-errors';
import { Button, ButtonGroup } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { lazyLocalizedZodResolver } from '@/lib/forms/lazy-resolver';
import { withdrawRequestAction } from '@/lib/server/actions/request-filing';
import { companyPaths } from '@/lib/company-paths';

type WithdrawValues = { employerId: string; requestId: string; reason: string; confirm: string | false };

/**
 * "Ritira la domanda": an optional reason and an explicit confirmation, then withdrawRequestAction
 * (the reservation is freed in the same transaction). Back to the request page on success; without
 * JavaScript the page re-renders with a link there.
 */
export function WithdrawForm({ employerId, requestId, protocol }: { employerId: string; requestId: string; protocol: string }) {
  const t = useTranslations('employerRequests.withdraw');
  const tPage = useTranslations('employerRequests.page.withdrawn');
  const locale = useLocale();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(withdrawRequestAction, null);
  const form = useForm<WithdrawValues>({
    ...FORM_OPTIONS,
    resolver: lazyLocalizedZodResolver(() => import('@/lib/schemas/request-filing').then((m) => m.withdrawRequestSchema as unknown as z.ZodType<WithdrawValues, FieldValues>), locale),
    defaultValues: { employerId, requestId, reason: '', confirm: false },
  });
  const server = state?.status === 'error' ? state : null;
  const { errorFor, summary, focusKey } = useFormErrors(form, server, { formErrorField: 'confirm' });
  const onSubmit = useValidatedSubmit(form, formAction);
  const requestPage = companyPaths.request(employerId, requestId);
  const done = state?.status === 'success';

  useEffect(() => {
    if (done) router.push(`${requestPage}?esito=ritirata`);
  }, [done, requestPage, router]);

  if (done) {
    return (
      <NotificationBanner type="success" title={tPage('title')} heading={tPage('heading')}>
        <Link href={`${requestPage}?esito=ritirata`}>{t('back')}</Link>
      </NotificationBanner>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {/* defaultValue: without JavaScript the server-rendered fields must carry the ids themselves. */}
      <input type="hidden" defaultValue={employerId} {...form.register('employerId')} />
      <input type="hidden" defaultValue={requestId} {...form.register('requestId')} />
      <Textarea label={t('reason')} hint={t('reasonHint')} optional rows={4} error={errorFor('reason')} {...form.register('reason')} />
      <Checkboxes legend={t('confirmLegend')} error={errorFor('confirm')} options={[{ value: 'yes', label: t('confirm', { protocol }) }]} {...form.register('confirm')} />
      <ButtonGroup>
        <Button variant="warning" disabled={pending}>
          {t('submit')}
        </Button>
        <Link href={requestPage}>{t('cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
