'use client';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorTitle } from './error-title';

export type ErrorSummaryItem = { text: string; href: string };

export type ErrorSummaryProps = {
  items: ErrorSummaryItem[];
  /** Changes on every submit (useFormErrors gives one): the summary takes focus again. */
  focusKey?: string | number;
  title?: string;
};

/** Brings a field into view with its label or legend above it, then focuses it (govuk-frontend). */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, href: string) {
  const input = document.getElementById(href.slice(1));
  if (!input) return;
  event.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary: at the top of the form, lists every error with a link to its field,
 * takes focus when it appears (so screen readers read it) and prefixes the page title with
 * "Errore: " (useErrorTitle). The texts must be identical to the inline messages: `useFormErrors` builds both.
 */
export function ErrorSummary({ items, focusKey, title }: ErrorSummaryProps) {
  const t = useTranslations('common');
  const ref = useRef<HTMLDivElement>(null);
  const visible = items.length > 0;

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, focusKey]);

  useErrorTitle(visible);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" className="mb-8 border-4 border-danger p-5 focus:outline-[3px] focus:outline-focus">
      <div role="alert">
        <h2 id="error-summary-title" className="mb-4 text-2xl font-bold">
          {title ?? t('errorSummaryTitle')}
        </h2>
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={`${item.href}-${item.text}`}>
              <a href={item.href} onClick={(event) => focusTarget(event, item.href)} className="font-bold text-danger hover:text-danger-dark">
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
