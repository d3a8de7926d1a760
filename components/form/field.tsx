import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import { errorId, hintId } from './ids';

/**
 * Wraps one question: a red bar on the left when it has an error (GOV.UK form group).
 * The inputs in this folder already use it; use it directly only for a custom control.
 */
export function FormGroup({ error, className, children }: { error?: string; className?: string; children: ReactNode }) {
  return <div className={cx('mb-8', error && 'border-l-4 border-danger pl-4', className)}>{children}</div>;
}

export type LabelProps = {
  htmlFor: string;
  children: ReactNode;
  /** Marks the field "(facoltativo)"; required fields carry no marker (GOV.UK). */
  optional?: boolean;
  /** On a one-question page the label is the page's h1. */
  isPageHeading?: boolean;
};

/** A field's label; as page heading it is wrapped in the page's h1. */
export function Label({ htmlFor, children, optional, isPageHeading }: LabelProps) {
  const t = useTranslations('common');
  const label = (
    <label htmlFor={htmlFor} className={cx('mb-1 block', isPageHeading ? 'text-4xl font-bold' : 'text-lg font-semibold')}>
      {children}
      {optional ? <span className="font-normal"> {t('optional')}</span> : null}
    </label>
  );
  return isPageHeading ? <h1 className="mb-2">{label}</h1> : label;
}

/** Grey hint under a label or legend; `id` is the control's id (the hint's own id derives from it). */
export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={hintId(id)} className="mb-2 text-muted">
      {children}
    </div>
  );
}

/** Inline error, identical to the error summary's text, with a hidden "Errore:" for screen readers. */
export function ErrorMessage({ id, children }: { id: string; children?: ReactNode }) {
  const t = useTranslations('common');
  if (!children) return null;
  return (
    <p id={errorId(id)} className="mb-2 font-bold text-danger">
      <span className="sr-only">{t('errorPrefix')}</span>
      {children}
    </p>
  );
}

/** Border classes of a text control, red and thicker when in error. */
export function controlClasses(error: string | undefined, className?: string): string {
  return cx(
    'block rounded-none border-2 bg-white px-2 py-1.5 text-lg text-ink',
    error ? 'border-danger border-[3px]' : 'border-muted',
    className,
  );
}

/** Input widths in characters (GOV.UK input widths): size the box to the expected answer. */
export type InputWidth = 'full' | 30 | 20 | 10 | 5 | 4 | 3 | 2;
const WIDTHS: Record<InputWidth, string> = {
  full: 'w-full',
  30: 'w-full max-w-[59ex]',
  20: 'w-full max-w-[41ex]',
  10: 'w-full max-w-[23ex]',
  5: 'w-full max-w-[10.8ex]',
  4: 'w-full max-w-[9ex]',
  3: 'w-full max-w-[7.2ex]',
  2: 'w-full max-w-[5.4ex]',
};
export const widthClass = (width: InputWidth = 'full') => WIDTHS[width];

export type LabelledFieldProps = {
  /** The control's id: the label points to it, the hint and error ids derive from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  isPageHeading?: boolean;
  children: ReactNode;
};

/** Label, hint and error above one control, in GOV.UK order. TextInput, Textarea and Select use it. */
export function LabelledField({ id, label, hint, error, optional, isPageHeading, children }: LabelledFieldProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} optional={optional} isPageHeading={isPageHeading}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      {children}
    </FormGroup>
  );
}
