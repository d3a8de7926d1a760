import Link from 'next/link';
import type { ComponentProps } from 'react';
import { buttonClasses, type ButtonVariant } from './button';

export type LinkButtonProps = ComponentProps<typeof Link> & {
  /** Same variants as `Button`. A "start" call to action is `primary`. */
  variant?: ButtonVariant;
};

/** A link that looks like a button: for navigation ("Avvia", "Prova il simulatore"), never for submitting. */
export function LinkButton({ variant = 'primary', className, ...props }: LinkButtonProps) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
