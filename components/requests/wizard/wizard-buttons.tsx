'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button, ButtonGroup } from '@/components/ui/button';

/**
 * The step's navigation (style.md §15): "Salva e continua" (primary, first so Enter presses it),
 * "Salva come bozza", and the way back to the task list. Both buttons save on the server.
 */
export function WizardButtons({ pending, taskListHref }: { pending: boolean; taskListHref: string }) {
  const t = useTranslations('wizard.nav');
  return (
    <ButtonGroup>
      <Button name="intent" value="continua" disabled={pending}>
        {pending ? t('saving') : t('continue')}
      </Button>
      <Button name="intent" value="bozza" variant="secondary" disabled={pending}>
        {t('saveDraft')}
      </Button>
      <Link href={taskListHref}>{t('backToTaskList')}</Link>
    </ButtonGroup>
  );
}
