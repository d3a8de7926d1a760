'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextInput } from '@/components/form/text-input';
import { errorId, fieldId } from '@/components/form/ids';
import { controlClasses } from '@/components/form/field';
import { useActionForm } from '@/components/form/use-action-form';
import { Button, ButtonGroup } from '@/components/ui/button';
import { headcountsSchema } from '@/lib/schemas/headcounts';
import { saveHeadcountsAction } from '@/lib/server/actions/workforce';

export type HeadcountRowValues = { month: string; heads: string; partTimeHeads: string; partTimeHours: string };
export type HeadcountsValues = { productionUnitId: string; fullTimeWeeklyHours: string; months: HeadcountRowValues[] };

const COLUMNS = ['heads', 'partTimeHeads', 'partTimeHours'] as const;

/**
 * A unit's employees month by month (digest A-6 heads, B-2 size units): one row per month, three
 * boxes each; a month left blank is not saved. Every box has its own (visually hidden) label
 * naming the month, and its error under it; the error summary links to the box.
 */
export function HeadcountsForm({ employerId, defaults, monthLabels, cancelHref }: { employerId: string; defaults: HeadcountsValues; monthLabels: Record<string, string>; cancelHref: string }) {
  const t = useTranslations('company.headcounts');
  const f = useActionForm(saveHeadcountsAction, headcountsSchema, defaults, { formErrorField: 'months.0.heads' });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate>
      <ErrorSummary items={f.summary} focusKey={f.focusKey} />
      <input type="hidden" name="ritorno" value="1" />
      <input type="hidden" name="employerId" value={employerId} />
      <input type="hidden" {...f.form.register('productionUnitId')} defaultValue={defaults.productionUnitId} />
      <TextInput
        {...f.form.register('fullTimeWeeklyHours')}
        label={t('fullTimeWeeklyHours')}
        hint={t('fullTimeWeeklyHoursHint')}
        inputMode="decimal"
        width={4}
        suffix={t('hours')}
        defaultValue={f.initial.fullTimeWeeklyHours}
        error={f.errorFor('fullTimeWeeklyHours')}
      />
      <div className="mb-8 overflow-x-auto">
        <table className="w-full max-w-4xl border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-semibold">{t('caption')}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t('month')}
              </th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="py-2 pr-4">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {defaults.months.map((row, i) => (
              <tr key={row.month} className="border-b border-subtle align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {monthLabels[row.month]}
                  <input type="hidden" {...f.form.register(`months.${i}.month`)} defaultValue={row.month} />
                </th>
                {COLUMNS.map((c) => {
                  const name = `months.${i}.${c}` as const;
                  const id = fieldId(name);
                  const error = f.errorFor(name);
                  return (
                    <td key={c} className="py-2 pr-4">
                      <label htmlFor={id} className="sr-only">
                        {t(`labels.${c}`, { month: monthLabels[row.month] ?? row.month })}
                      </label>
                      <input
                        id={id}
                        type="text"
                        inputMode={c === 'partTimeHours' ? 'decimal' : 'numeric'}
                        autoComplete="off"
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId(id) : undefined}
                        className={controlClasses(error, 'w-[8ex]')}
                        defaultValue={f.initial.months[i]?.[c]}
                        {...f.form.register(name)}
                      />
                      {error ? (
                        <p id={errorId(id)} className="mt-1 max-w-[22ch] text-base font-bold text-danger">
                          <span className="sr-only">{t('errorPrefix')}</span>
                          {error}
                        </p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ButtonGroup>
        <Button disabled={f.pending}>{t('save')}</Button>
        <Link href={cancelHref}>{t('cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
