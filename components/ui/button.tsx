import type { ComponentProps } from 'react';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'warning';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-primary text-white border-primary hover:bg-primary-hover hover:border-primary-hover active:bg-primary-deep',
  secondary: 'bg-white text-primary border-primary hover:bg-primary-lighter active:bg-primary-light',
  warning: 'bg-danger text-white border-danger hover:bg-danger-dark hover:border-danger-dark',
};

/** Classes of a button, shared by `Button` and `LinkButton` so both look the same. */
export function buttonClasses(variant: ButtonVariant = 'primary', className?: string): string {
  return cx(
    'inline-flex items-center justify-center gap-2 rounded border-2 px-5 py-2 text-lg font-semibold no-underline',
    'cursor-pointer transition-colors disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:opacity-50',
    VARIANTS[variant],
    className,
  );
}

export type ButtonProps = ComponentProps<'button'> & {
  /** `primary` for the page's main action (one per page), `secondary` for others, `warning` for destructive ones. */
  variant?: ButtonVariant;
};

/**
 * A form button (GOV.UK behaviour, Designers Italia look). `type` defaults to "submit".
 * For navigation use `LinkButton`; for a button inside a no-JS form keep it a submit button.
 */
export function Button({ variant = 'primary', className, type = 'submit', ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}

/** Lays out a primary action and its secondary actions/links on one row (GOV.UK button group). */
export function ButtonGroup({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cx('mt-6 mb-4 flex flex-wrap items-center gap-x-6 gap-y-3', className)} {...props} />;
}
