import type { ComponentProps, ReactNode } from 'react';
import { LabelledField, controlClasses } from './field';
import { describedBy, fieldId } from './ids';

export type SelectOption = { value: string; label: string };

export type SelectProps = Omit<ComponentProps<'select'>, 'name'> & {
  name: string;
  label: ReactNode;
  options: SelectOption[];
  /** A first, empty choice such as "Scegli…" (value ""). */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
};

/** A labelled drop-down (GOV.UK select). Prefer `Radios` for fewer than ~8 choices. */
export function Select({ name, id, label, options, placeholder, hint, error, optional, className, ...props }: SelectProps) {
  const controlId = id ?? fieldId(name);
  return (
    <LabelledField id={controlId} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={controlId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(controlId, { hint, error })}
        className={controlClasses(error, `min-w-[23ex] max-w-full ${className ?? ''}`)}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
