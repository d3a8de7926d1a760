import { getTranslations } from 'next-intl/server';
import { Select } from '@/components/form/select';
import { Button } from '@/components/ui/button';

/**
 * Which province's comuni the unit form lists: a GET form to this same page (`?provincia=VR`), so
 * it works without JavaScript. Trentino first, since the Fund is about Trentino units.
 */
export async function ProvincePicker({ action, provinces, current }: { action: string; provinces: string[]; current: string }) {
  const t = await getTranslations('company.units');
  return (
    <form method="get" action={action} className="mb-8 flex flex-wrap items-end gap-4 border-l-4 border-subtle pl-4">
      <Select name="provincia" id="provincia" label={t('province')} hint={t('provinceHint')} options={provinces.map((p) => ({ value: p, label: p }))} defaultValue={current} />
      <Button variant="secondary" className="mb-8">
        {t('showComuni')}
      </Button>
    </form>
  );
}
