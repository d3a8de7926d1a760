import type { ComponentProps, ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import { LabelledField, controlClasses, widthClass, type InputWidth } from './field';
import { describedBy, fieldId } from './ids';

export type TextInputProps = Omit<ComponentProps<'input'>, 'name' | 'prefix'> & {
  /** Form name (also react-hook-form's path); the id defaults to `fieldId(name)`. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The error text; shown inline and linked from the error summary. */
  error?: string;
  optional?: boolean;
  isPageHeading?: boolean;
  width?: InputWidth;
  /** Text before or after the box (e.g. "€", "ore"), read with the field. */
  prefix?: string;
  suffix?: string;
};

/**
 * A labelled text box with hint and error (GOV.UK text input). Spread react-hook-form's
 * `register(name)` into it: `<TextInput label="…" {...register('email')} error={errorFor('email')} />`.
 * Never sets `required`: validation happens on submit, with the same zod schema as the server.
 */
export function TextInput({ name, id, label, hint, error, optional, isPageHeading, width, prefix, suffix, className, ...input }: TextInputProps) {
  const controlId = id ?? fieldId(name);
  const box = (
    <input
      id={controlId}
      name={name}
      type="text"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(controlId, { hint, error })}
      className={controlClasses(error, cx(widthClass(width), className))}
      {...input}
    />
  );
  return (
    <LabelledField id={controlId} label={label} hint={hint} error={error} optional={optional} isPageHeading={isPageHeading}>
      {prefix || suffix ? (
        <div className="flex items-stretch">
          {prefix ? (
            <span aria-hidden="true" className="flex items-center border-2 border-r-0 border-muted bg-surface px-3 font-semibold">
              {prefix}
            </span>
          ) : null}
          {box}
          {suffix ? (
            <span aria-hidden="true" className="flex items-center border-2 border-l-0 border-muted bg-surface px-3 font-semibold">
              {suffix}
            </span>
          ) : null}
        </div>
      ) : (
        box
      )}
    </LabelledField>
  );
}
