import type { ComponentProps, ReactNode } from 'react';
import { LabelledField, controlClasses } from './field';
import { describedBy, fieldId } from './ids';

export type TextareaProps = Omit<ComponentProps<'textarea'>, 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  isPageHeading?: boolean;
};

/** A labelled multi-line box (GOV.UK textarea), e.g. a message to the Committee. */
export function Textarea({ name, id, label, hint, error, optional, isPageHeading, rows = 5, className, ...props }: TextareaProps) {
  const controlId = id ?? fieldId(name);
  return (
    <LabelledField id={controlId} label={label} hint={hint} error={error} optional={optional} isPageHeading={isPageHeading}>
      <textarea
        id={controlId}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(controlId, { hint, error })}
        className={controlClasses(error, `w-full ${className ?? ''}`)}
        {...props}
      />
    </LabelledField>
  );
}
