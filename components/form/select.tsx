import type { ComponentProps, ReactNode } from 'react';
import { LabelledField, controlClasses } from './field';
import { describedBy, fieldId } from './ids';

export type SelectOption = { value: string; label: string };

/**
 * A long, fixed list of options as HTML, built once (`prebuildOptions`): the page and its RSC
 * payload then carry one string instead of an element per option (the queue's 185 comuni were
 * 15 KB of it). Same markup as `options`, the chosen one marked `selected` for use without JavaScript.
 */
export type PrebuiltOptions = { readonly html: string };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const optionHtml = (o: SelectOption) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`;

export function prebuildOptions(options: readonly SelectOption[]): PrebuiltOptions {
  return { html: options.map(optionHtml).join('') };
}

/** The prebuilt list behind the placeholder, with the option of `chosen` marked selected. */
export function prebuiltOptionsHtml(options: PrebuiltOptions, placeholder: string | undefined, chosen: string): string {
  const html = (placeholder !== undefined ? optionHtml({ value: '', label: placeholder }) : '') + options.html;
  const start = `<option value="${escapeHtml(chosen)}">`;
  return html.replace(start, `<option value="${escapeHtml(chosen)}" selected="">`);
}

export type SelectProps = Omit<ComponentProps<'select'>, 'name'> & {
  name: string;
  label: ReactNode;
  options: SelectOption[] | PrebuiltOptions;
  /** A first, empty choice such as "Scegli…" (value ""). */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
};

/** A labelled drop-down (GOV.UK select). Prefer `Radios` for fewer than ~8 choices. */
export function Select({ name, id, label, options, placeholder, hint, error, optional, className, ...props }: SelectProps) {
  const controlId = id ?? fieldId(name);
  const prebuilt = Array.isArray(options) ? null : { __html: prebuiltOptionsHtml(options, placeholder, String(props.defaultValue ?? props.value ?? '')) };
  return (
    <LabelledField id={controlId} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={controlId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(controlId, { hint, error })}
        className={controlClasses(error, `min-w-[23ex] max-w-full ${className ?? ''}`)}
        {...props}
        {...(prebuilt ? { dangerouslySetInnerHTML: prebuilt } : null)}
      >
        {Array.isArray(options) ? (
          <>
            {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </>
        ) : null}
      </select>
    </LabelledField>
  );
}
