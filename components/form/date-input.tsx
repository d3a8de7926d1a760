import type { ComponentProps, ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import { controlClasses } from './field';
import { Fieldset } from './fieldset';
import { fieldId } from './ids';

export type DateParts = { day: string; month: string; year: string };
export type DatePart = keyof DateParts;
const PARTS: DatePart[] = ['day', 'month', 'year'];

export type DateInputProps = {
  /** Base name: the boxes are posted as `<name>.day`, `<name>.month`, `<name>.year`. */
  name: string;
  legend: ReactNode;
  /** Say what format and give an example: "Ad esempio, 27 3 2025". */
  hint?: ReactNode;
  error?: string;
  isPageHeading?: boolean;
  defaultValue?: Partial<DateParts>;
  /** Props for each box, typically `(part) => register(\`startDate.${part}\`)`. */
  partProps?: (part: DatePart) => Omit<ComponentProps<'input'>, 'id'>;
};

/**
 * A date as three boxes, giorno / mese / anno (GOV.UK date input), for dates the user knows
 * (hire date, period start). Parse with `dateFromParts()` from lib/schemas/form-values, which
 * yields a `YYYY-MM-DD` string. The day box carries `fieldId(name)`: the error summary links there.
 */
export function DateInput({ name, legend, hint, error, isPageHeading, defaultValue, partProps }: DateInputProps) {
  const t = useTranslations('common.dateParts');
  const baseId = fieldId(name);
  return (
    <Fieldset legend={legend} isPageHeading={isPageHeading} id={baseId} hint={hint} error={error}>
      <div className="flex flex-wrap gap-4">
        {PARTS.map((part) => {
          const id = part === 'day' ? baseId : `${baseId}-${part}`;
          return (
            <div key={part}>
              <label htmlFor={id} className="mb-1 block">
                {t(part)}
              </label>
              <input
                id={id}
                name={`${name}.${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                defaultValue={defaultValue?.[part]}
                aria-invalid={error ? true : undefined}
                className={controlClasses(error, cx(part === 'year' ? 'w-[9ex]' : 'w-[5.4ex]'))}
                {...partProps?.(part)}
              />
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
