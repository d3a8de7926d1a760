'use client';
import { usePathname } from 'next/navigation';

export type LanguageSwitchProps = {
  /** Server action that stores the choice and redirects back (lib/server/actions/locale.ts). */
  action: (formData: FormData) => Promise<void>;
  /** The language to switch to, e.g. "en". */
  target: string;
  /** Its name in that language ("English"), shown on the button with `lang={target}`. */
  label: string;
  /** Accessible name in that language ("Switch to English"). */
  accessibleLabel: string;
};

/**
 * One-button language switch. A plain form posting to a server action, so it works without
 * JavaScript; it returns to the page the user was on.
 */
export function LanguageSwitch({ action, target, label, accessibleLabel }: LanguageSwitchProps) {
  const pathname = usePathname();
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={target} />
      <input type="hidden" name="returnTo" value={pathname || '/'} />
      <button
        type="submit"
        lang={target}
        aria-label={accessibleLabel}
        className="cursor-pointer rounded px-2 py-1 font-semibold text-white underline underline-offset-2 hover:decoration-2"
      >
        {label}
      </button>
    </form>
  );
}
