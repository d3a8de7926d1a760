import type { ComponentProps, ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import { Fieldset } from './fieldset';
import { fieldId } from './ids';

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode };

type ChoiceInputProps = Omit<ComponentProps<'input'>, 'name' | 'type' | 'defaultValue' | 'value' | 'id'>;

export type RadiosProps = ChoiceInputProps & {
  name: string;
  legend: ReactNode;
  options: ChoiceOption[];
  /** The chosen value when the page loads (no-JS re-render, saved answer). */
  defaultValue?: string;
  hint?: ReactNode;
  error?: string;
  isPageHeading?: boolean;
  /** Two short options ("Sì" / "No") side by side. */
  inline?: boolean;
};

/** The id of one option: the first keeps `fieldId(name)` so that the error summary lands on it. */
export const optionId = (name: string, index: number) => (index === 0 ? fieldId(name) : `${fieldId(name)}-${index + 1}`);

/**
 * One choice from a few (GOV.UK radios), inside a fieldset with the question as legend.
 * Spread `register(name)` into it: every radio gets the same name, ref and handlers.
 */
export function Radios({ name, legend, options, defaultValue, hint, error, isPageHeading, inline, ...input }: RadiosProps) {
  return (
    <Fieldset legend={legend} isPageHeading={isPageHeading} id={fieldId(name)} hint={hint} error={error}>
      <div className={cx(inline ? 'flex flex-wrap gap-x-8' : 'space-y-3')}>
        {options.map((option, i) => (
          <ChoiceItem key={option.value} type="radio" id={optionId(name, i)} name={name} option={option} defaultChecked={defaultValue === option.value} input={input} />
        ))}
      </div>
    </Fieldset>
  );
}

/** One radio or checkbox with its label and optional hint (shared with `Checkboxes`). */
export function ChoiceItem({
  type,
  id,
  name,
  option,
  defaultChecked,
  input,
}: {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  option: ChoiceOption;
  defaultChecked: boolean;
  input: ChoiceInputProps;
}) {
  const optionHintId = option.hint ? `${id}-item-hint` : undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type={type}
        value={option.value}
        defaultChecked={defaultChecked}
        aria-describedby={optionHintId}
        className={cx('mt-0.5 size-7 shrink-0 cursor-pointer border-2 border-ink accent-primary', type === 'radio' ? 'rounded-full' : 'rounded-none')}
        {...input}
      />
      <div>
        <label htmlFor={id} className="cursor-pointer">
          {option.label}
        </label>
        {option.hint ? (
          <div id={optionHintId} className="text-muted">
            {option.hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}
