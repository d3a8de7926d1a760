import type { ReactNode } from 'react';

/**
 * Confirmation panel (GOV.UK panel) for the end of a transaction, e.g. "Richiesta inviata" with
 * the protocol number. Use once per page, at the top, never for other messages.
 */
export function Panel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-8 bg-success px-6 py-8 text-center text-white">
      <h1 className="text-4xl font-bold text-white">{title}</h1>
      {children ? <div className="mt-4 text-2xl">{children}</div> : null}
    </div>
  );
}
