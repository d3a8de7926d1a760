import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import { ErrorMessage, FormGroup, Hint } from './field';
import { describedBy } from './ids';

export type FieldsetProps = {
  /** The question. On a one-question page it is the page's h1 (`isPageHeading`). */
  legend: ReactNode;
  isPageHeading?: boolean;
  /** Base for the hint and error ids: use the id of the group's first control. */
  id: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
};

/**
 * Groups related controls under a legend (GOV.UK fieldset): radios, checkboxes, the three boxes
 * of a date. The hint and error are announced with the group (aria-describedby on the fieldset).
 */
export function Fieldset({ legend, isPageHeading, id, hint, error, children, className }: FieldsetProps) {
  return (
    <FormGroup error={error} className={className}>
      <fieldset aria-describedby={describedBy(id, { hint, error })}>
        <legend className={cx('mb-2', isPageHeading ? 'text-4xl font-bold' : 'text-xl font-semibold')}>
          {isPageHeading ? <h1>{legend}</h1> : legend}
        </legend>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        {children}
      </fieldset>
    </FormGroup>
  );
}
