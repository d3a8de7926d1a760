import type { ComponentProps, ReactNode } from 'react';
import { Fieldset } from './fieldset';
import { fieldId } from './ids';
import { ChoiceItem, optionId, type ChoiceOption } from './radios';

export type CheckboxesProps = Omit<ComponentProps<'input'>, 'name' | 'type' | 'defaultValue' | 'value' | 'id'> & {
  name: string;
  legend: ReactNode;
  options: ChoiceOption[];
  /** Values ticked when the page loads. */
  defaultValue?: string[];
  hint?: ReactNode;
  error?: string;
  isPageHeading?: boolean;
};

/**
 * Several choices (GOV.UK checkboxes). Posted as repeated names, which formDataToObject turns
 * into an array; with react-hook-form, `register(name)` yields an array of the ticked values.
 */
export function Checkboxes({ name, legend, options, defaultValue = [], hint, error, isPageHeading, ...input }: CheckboxesProps) {
  return (
    <Fieldset legend={legend} isPageHeading={isPageHeading} id={fieldId(name)} hint={hint} error={error}>
      <div className="space-y-3">
        {options.map((option, i) => (
          <ChoiceItem key={option.value} type="checkbox" id={optionId(name, i)} name={name} option={option} defaultChecked={defaultValue.includes(option.value)} input={input} />
        ))}
      </div>
    </Fieldset>
  );
}
